/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-me-handlers.h"

/* GET /me: who is signed in, with the customer record they belong to.
 * Signing in answers the same members (ds-auth-handlers.c). The check of
 * the access token read all of it already (ds_session_store_identify()),
 * in the same statement, so this answers without another query. */

void
ds_write_user_members (DsJsonWriter *builder,
                       const DsUser *user)
{
  ds_json_add_string (builder, "id", user->id);
  ds_json_add_string (builder, "email", user->email);
  ds_json_add_string (builder, "display_name", user->display_name);
  ds_json_add_string (builder, "role", user->role);
  ds_json_writer_set_member_name (builder, "customer");
  if (user->customer_id == NULL)
    ds_json_writer_add_null_value (builder);
  else
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", user->customer_id);
      ds_json_add_string (builder, "display_name", user->customer_name);
      ds_json_writer_end_object (builder);
    }
}

DsReply *
ds_me_handler (DsCall   *call,
               gpointer  input,
               GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  const DsIdentity *identity = ds_call_get_identity (call);
  DsUser user = {
    .id = identity->user_id,
    .email = identity->email,
    .display_name = identity->display_name,
    .role = (char *) doorstep_role_to_string (identity->role),
    .customer_id = identity->customer_id,
    .customer_name = identity->customer_name,
  };

  ds_json_writer_begin_object (builder);
  ds_write_user_members (builder, &user);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

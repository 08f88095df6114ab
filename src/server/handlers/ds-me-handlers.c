/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-me-handlers.h"

/* GET /me: who is signed in, with the customer record they belong to.
 * Signing in answers the same members (ds-auth-handlers.c). */

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
  g_autoptr(DsUser) user = ds_user_store_get (ds_call_get_db (call), ds_call_get_identity (call)->user_id, error);

  if (user == NULL)
    return NULL;
  ds_json_writer_begin_object (builder);
  ds_write_user_members (builder, user);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

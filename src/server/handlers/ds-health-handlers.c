/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-demo.h"
#include "ds-health-handlers.h"
#include "ds-user-store.h"

/* Whether the server is up. A demo server also says how to sign in to it,
 * so the app can offer the accounts; a real business's server says
 * nothing of the kind. */

static gboolean
write_demo (DsJsonWriter  *builder,
            DsDb         *db,
            GError      **error)
{
  g_auto(GStrv) emails = ds_demo_get_account_emails ();
  g_autoptr(GPtrArray) users = ds_user_store_list_by_email (db, (const char * const *) emails, error);

  if (users == NULL)
    return FALSE;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "password", DS_DEMO_PASSWORD);
  ds_json_writer_set_member_name (builder, "accounts");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < users->len; i++)
    {
      const DsUser *user = g_ptr_array_index (users, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "email", user->email);
      ds_json_add_string (builder, "role", user->role);
      ds_json_add_string (builder, "display_name", user->display_name);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
  return TRUE;
}

DsReply *
ds_health_handler (DsCall   *call,
                   gpointer  input,
                   GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  DsDb *db = ds_call_get_db (call);

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "status", "ok");
  ds_json_add_string (builder, "version", PACKAGE_VERSION);
  ds_json_writer_set_member_name (builder, "demo");
  if (!ds_demo_is_demo (db))
    ds_json_writer_add_null_value (builder);
  else if (!write_demo (builder, db, error))
    return NULL;
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

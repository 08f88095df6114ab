/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-demo.h"
#include "ds-health.h"

void
ds_health_handler (DsContext *ctx)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  DsDb *db = ds_context_get_db (ctx);
  DsStep step;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "ok");
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);

  /* A demo server says how to sign in to it, so the app can offer the
   * accounts; a real business's server says nothing of the kind. */
  json_builder_set_member_name (builder, "demo");
  if (!ds_demo_is_demo (db))
    json_builder_add_null_value (builder);
  else
    {
      stmt = ds_db_prepare (db,
                            "SELECT email, role, display_name FROM users"
                            " ORDER BY CASE role WHEN 'customer' THEN 0 WHEN 'admin' THEN 1"
                            "   WHEN 'operator' THEN 2 ELSE 3 END, rowid",
                            &error);
      if (stmt == NULL)
        {
          ds_context_respond_error (ctx, error);
          return;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "password");
      json_builder_add_string_value (builder, DS_DEMO_PASSWORD);
      json_builder_set_member_name (builder, "accounts");
      json_builder_begin_array (builder);
      while ((step = ds_stmt_step (stmt, &error)) == DS_STEP_ROW)
        {
          json_builder_begin_object (builder);
          ds_json_add_string (builder, "email", ds_stmt_get_text (stmt, 0));
          ds_json_add_string (builder, "role", ds_stmt_get_text (stmt, 1));
          ds_json_add_string (builder, "display_name", ds_stmt_get_text (stmt, 2));
          json_builder_end_object (builder);
        }
      if (step == DS_STEP_ERROR)
        {
          ds_context_respond_error (ctx, error);
          return;
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"

#include "ds-quotes.h"
#include "ds-requests.h"

/* A customer's request for a job or a quote, sent from the (+) button. */

#define REQUEST_COLUMNS \
  "r.id, r.customer_id, r.kind, r.service_type_id, s.name, r.property_id, p.label," \
  " r.description, r.preferred_timing, r.status, r.created_at"
#define REQUEST_FROM \
  " FROM requests r" \
  " JOIN service_types s ON s.id = r.service_type_id" \
  " JOIN properties p ON p.id = r.property_id"

static void
add_request (JsonBuilder *builder,
             DsStmt      *stmt)
{
  static const char * const names[] = {
    "id", "customer_id", "kind", "service_type_id", "service_type_name", "property_id",
    "property_label", "description", "preferred_timing", "status", "created_at",
  };

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    ds_json_add_string (builder, names[i], ds_stmt_get_text (stmt, (int) i));
  json_builder_end_object (builder);
}

/* A required string member: missing gets @missing_message. */
static const char *
get_string (JsonObject *object,
            const char *member,
            GHashTable *errors,
            const char *missing_message)
{
  const char *value = ds_json_get_string (object, member, errors);

  if (value == NULL && !g_hash_table_contains (errors, member))
    ds_field_errors_add (errors, member, missing_message);
  return value;
}

static DsStep
row_exists (DsDb        *db,
            const char  *sql,
            const char  *first,
            const char  *second,
            GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);

  if (stmt == NULL)
    return DS_STEP_ERROR;
  ds_stmt_bind_text (stmt, 1, first);
  if (second != NULL)
    ds_stmt_bind_text (stmt, 2, second);
  return ds_stmt_step (stmt, error);
}

void
ds_requests_create_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) insert = NULL;
  g_autoptr(DsStmt) select = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = NULL;
  g_autofree char *location = NULL;
  g_autofree char *description = NULL;
  const char *kind, *service_type, *property_id, *raw_description, *timing;
  g_autoptr(DsTransaction) tx = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id))
    return;
  if ((body = ds_context_read_json (ctx)) == NULL)
    return;

  errors = ds_field_errors_new ();
  kind = get_string (body, "kind", errors, "Choose a job or a quote.");
  service_type = get_string (body, "service_type_id", errors, "Choose a service.");
  property_id = get_string (body, "property_id", errors, "Choose the property.");
  raw_description = get_string (body, "description", errors, "Describe what you need.");
  timing = get_string (body, "preferred_timing", errors, "Choose when suits you.");

  if (kind != NULL && !doorstep_request_kind_from_string (kind, NULL))
    ds_field_errors_add (errors, "kind", "Must be “job” or “quote”.");
  if (timing != NULL && !doorstep_timing_from_string (timing, NULL))
    ds_field_errors_add (errors, "preferred_timing", "Choose one of the offered timings.");
  if (raw_description != NULL)
    {
      description = g_strstrip (g_strdup (raw_description));
      if (!doorstep_validate_text (description, DOORSTEP_REQUEST_DESCRIPTION_MAX))
        ds_field_errors_add (errors, "description",
                             *description == '\0' ? "Describe what you need."
                                                  : "Keep the description under 4,000 characters.");
    }

  if (service_type != NULL)
    switch (row_exists (db, "SELECT 1 FROM service_types WHERE id = ?", service_type, NULL, &error))
      {
      case DS_STEP_ROW:
        break;
      case DS_STEP_DONE:
        ds_field_errors_add (errors, "service_type_id", "Choose one of the offered services.");
        break;
      case DS_STEP_ERROR:
      default:
        goto fail;
      }
  /* Another customer's property is as unknown as one that does not exist. */
  if (property_id != NULL)
    switch (row_exists (db, "SELECT 1 FROM properties WHERE id = ? AND customer_id = ?",
                        property_id, customer_id, &error))
      {
      case DS_STEP_ROW:
        break;
      case DS_STEP_DONE:
        ds_field_errors_add (errors, "property_id", "Choose one of your properties.");
        break;
      case DS_STEP_ERROR:
      default:
        goto fail;
      }

  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  id = ds_new_id ("req");
  now = ds_now_timestamp ();
  if ((tx = ds_transaction_begin (db, &error)) == NULL)
    goto fail;
  insert = ds_db_prepare (db,
                          "INSERT INTO requests (id, customer_id, property_id, kind, service_type_id,"
                          " description, preferred_timing, status, created_by, created_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
                          &error);
  if (insert == NULL)
    goto fail;
  ds_stmt_bind_text (insert, 1, id);
  ds_stmt_bind_text (insert, 2, customer_id);
  ds_stmt_bind_text (insert, 3, property_id);
  ds_stmt_bind_text (insert, 4, kind);
  ds_stmt_bind_text (insert, 5, service_type);
  ds_stmt_bind_text (insert, 6, description);
  ds_stmt_bind_text (insert, 7, timing);
  ds_stmt_bind_text (insert, 8, ds_context_get_identity (ctx)->user_id);
  ds_stmt_bind_text (insert, 9, now);
  if (!ds_stmt_run (insert, &error))
    goto fail;
  /* A quote request is also the quote it asks for, under Requested. */
  if (g_str_equal (kind, "quote") && !ds_quotes_create_for_request (db, id, &error))
    goto fail;
  if (!ds_transaction_commit (tx, &error))
    goto fail;

  select = ds_db_prepare (db, "SELECT " REQUEST_COLUMNS REQUEST_FROM " WHERE r.id = ?", &error);
  if (select == NULL)
    goto fail;
  ds_stmt_bind_text (select, 1, id);
  if (!ds_stmt_step_row (select, &error))
    goto fail;
  add_request (builder, select);

  location = g_strconcat ("/api/v1/requests/", id, NULL);
  ds_context_set_header (ctx, "Location", location);
  ds_context_respond_json (ctx, 201, json_builder_get_root (builder));
  return;

fail:
  ds_context_respond_error (ctx, error);
}

#define LIST_SQL(cursor_condition)                                            \
  "SELECT " REQUEST_COLUMNS REQUEST_FROM                                       \
  " WHERE (?1 IS NULL OR r.customer_id = ?1)"                                  \
  "   " cursor_condition                                                       \
  " ORDER BY r.created_at DESC, r.id DESC"                                     \
  " LIMIT ?4"

void
ds_requests_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_auto(GStrv) after = NULL;
  g_autofree char *customer_id = NULL;
  guint limit;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ_ALL_STAFF, &customer_id) ||
      !ds_context_get_limit (ctx, &limit) ||
      !ds_context_get_cursor (ctx, &after))
    return;

  /* Newest first. As in ds-customers.c, the cursor condition is there
   * only with a cursor, so the index is sought, not scanned. */
  stmt = ds_db_prepare (ds_context_get_db (ctx),
                        after != NULL ? LIST_SQL ("AND (r.created_at, r.id) < (?2, ?3)") : LIST_SQL (""),
                        &error);
  if (stmt == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, after != NULL ? after[0] : NULL);
  ds_stmt_bind_text (stmt, 3, after != NULL ? after[1] : NULL);
  ds_stmt_bind_int64 (stmt, 4, limit + 1);

  ds_context_respond_rows (ctx, stmt, limit, 10, 0, add_request);
}

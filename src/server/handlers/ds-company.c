/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company.h"

/* The business itself (GET /company) and a customer's summary of what they
 * have with it (GET /dashboard). */

/**
 * ds_company_get_currency:
 * @today: (out) (optional) (transfer full): today's date, "YYYY-MM-DD", in
 *   the business's time zone: the day a quote expires or an invoice falls
 *   due is the business's day
 *
 * Returns: (transfer full) (nullable): the business's currency
 */
char *
ds_company_get_currency (DsDb    *db,
                         char   **today,
                         GError **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT currency, timezone FROM company WHERE id = 1", error);

  if (stmt == NULL || !ds_stmt_step_row (stmt, error))
    return NULL;

  if (today != NULL)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (ds_stmt_get_text (stmt, 1));
      g_autoptr(GDateTime) now = NULL;

      if (tz == NULL)
        tz = g_time_zone_new_utc ();
      now = g_date_time_new_now (tz);
      *today = g_date_time_format (now, "%Y-%m-%d");
    }
  return g_strdup (ds_stmt_get_text (stmt, 0));
}

static gboolean
add_hours (JsonBuilder  *builder,
           DsDb         *db,
           GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT weekday, opens, closes FROM company_hours"
                                          " ORDER BY weekday, opens",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "hours");
  json_builder_begin_array (builder);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      g_autofree char *opens = doorstep_clock_time_format ((guint) ds_stmt_get_int64 (stmt, 1));
      g_autofree char *closes = doorstep_clock_time_format ((guint) ds_stmt_get_int64 (stmt, 2));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "weekday");
      json_builder_add_int_value (builder, ds_stmt_get_int64 (stmt, 0));
      json_builder_set_member_name (builder, "opens");
      json_builder_add_string_value (builder, opens);
      json_builder_set_member_name (builder, "closes");
      json_builder_add_string_value (builder, closes);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return step == DS_STEP_DONE;
}

static gboolean
add_service_types (JsonBuilder  *builder,
                   DsDb         *db,
                   GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT id, name FROM service_types ORDER BY position", error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "service_types");
  json_builder_begin_array (builder);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 0));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 1));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return step == DS_STEP_DONE;
}

void
ds_company_handler (DsContext *ctx)
{
  static const char * const columns[] = {
    "name", "phone", "sms_phone", "email", "website", NULL,
  };
  static const char * const address_columns[] = {
    "line1", "line2", "city", "region", "postal_code", "country", NULL,
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  DsDb *db = ds_context_get_db (ctx);
  int col = 0;

  stmt = ds_db_prepare (db,
                        "SELECT name, phone, sms_phone, email, website,"
                        "       address_line1, address_line2, city, region, postal_code, country,"
                        "       timezone, currency"
                        " FROM company WHERE id = 1",
                        &error);
  switch (stmt != NULL ? ds_stmt_step (stmt, &error) : DS_STEP_ERROR)
    {
    case DS_STEP_ROW:
      break;
    case DS_STEP_DONE:
      ds_context_respond_problem (ctx, 404, "not-found", "This server has no business set up yet.");
      return;
    case DS_STEP_ERROR:
    default:
      ds_context_respond_error (ctx, error);
      return;
    }

  json_builder_begin_object (builder);
  for (guint i = 0; columns[i] != NULL; i++, col++)
    ds_json_add_string (builder, columns[i], ds_stmt_get_text (stmt, col));

  json_builder_set_member_name (builder, "address");
  json_builder_begin_object (builder);
  for (guint i = 0; address_columns[i] != NULL; i++, col++)
    ds_json_add_string (builder, address_columns[i], ds_stmt_get_text (stmt, col));
  json_builder_end_object (builder);

  ds_json_add_string (builder, "timezone", ds_stmt_get_text (stmt, col++));
  ds_json_add_string (builder, "currency", ds_stmt_get_text (stmt, col++));
  g_clear_pointer (&stmt, ds_stmt_free);

  if (!add_hours (builder, db, &error) || !add_service_types (builder, db, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

static gboolean
add_customer (JsonBuilder  *builder,
              DsDb         *db,
              const char   *customer_id,
              GError      **error)
{
  g_autoptr(DsStmt) customer = NULL;
  g_autoptr(DsStmt) properties = NULL;
  DsStep step;

  customer = ds_db_prepare (db, "SELECT id, display_name FROM customers WHERE id = ?", error);
  if (customer == NULL)
    return FALSE;
  ds_stmt_bind_text (customer, 1, customer_id);
  if (!ds_stmt_step_row (customer, error))
    return FALSE;

  json_builder_set_member_name (builder, "customer");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, ds_stmt_get_text (customer, 0));
  json_builder_set_member_name (builder, "display_name");
  json_builder_add_string_value (builder, ds_stmt_get_text (customer, 1));

  properties = ds_db_prepare (db,
                              "SELECT id, label, address_line1, address_line2, city, region,"
                              "       postal_code, year_built, building_details"
                              " FROM properties WHERE customer_id = ? ORDER BY position, id",
                              error);
  if (properties == NULL)
    return FALSE;
  ds_stmt_bind_text (properties, 1, customer_id);

  json_builder_set_member_name (builder, "properties");
  json_builder_begin_array (builder);
  while ((step = ds_stmt_step (properties, error)) == DS_STEP_ROW)
    {
      json_builder_begin_object (builder);
      ds_json_add_string (builder, "id", ds_stmt_get_text (properties, 0));
      ds_json_add_string (builder, "label", ds_stmt_get_text (properties, 1));
      json_builder_set_member_name (builder, "address");
      json_builder_begin_object (builder);
      ds_json_add_string (builder, "line1", ds_stmt_get_text (properties, 2));
      ds_json_add_string (builder, "line2", ds_stmt_get_text (properties, 3));
      ds_json_add_string (builder, "city", ds_stmt_get_text (properties, 4));
      ds_json_add_string (builder, "region", ds_stmt_get_text (properties, 5));
      ds_json_add_string (builder, "postal_code", ds_stmt_get_text (properties, 6));
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "year_built");
      if (ds_stmt_is_null (properties, 7))
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, ds_stmt_get_int64 (properties, 7));
      ds_json_add_string (builder, "building_details", ds_stmt_get_text (properties, 8));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return step == DS_STEP_DONE;
}

static gboolean
add_open_quotes (JsonBuilder  *builder,
                 DsDb         *db,
                 const char   *customer_id,
                 const char   *currency,
                 const char   *today,
                 GError      **error)
{
  /* Awaiting the customer's decision: sent, not decided, not expired. */
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*), COALESCE(SUM(total_minor), 0) FROM quotes"
                                          " WHERE customer_id = ? AND status = 'open'"
                                          "   AND (valid_until IS NULL OR valid_until >= ?)",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;

  json_builder_set_member_name (builder, "open_quotes");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, ds_stmt_get_int64 (stmt, 0));
  ds_json_add_money (builder, "total", ds_stmt_get_int64 (stmt, 1), currency);
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
add_next_visit (JsonBuilder  *builder,
                DsDb         *db,
                const char   *customer_id,
                const char   *now,
                GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT v.id, j.id, j.title, v.starts_at, v.ends_at,"
                                          "       v.technician_name, j.property_id"
                                          " FROM visits v JOIN jobs j ON j.id = v.job_id"
                                          " WHERE j.customer_id = ? AND v.status = 'scheduled'"
                                          "   AND v.ends_at > ?"
                                          " ORDER BY v.starts_at, v.id LIMIT 1",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);

  json_builder_set_member_name (builder, "next_visit");
  switch (ds_stmt_step (stmt, error))
    {
    case DS_STEP_ROW:
      break;
    case DS_STEP_DONE:
      json_builder_add_null_value (builder);
      return TRUE;
    case DS_STEP_ERROR:
    default:
      return FALSE;
    }

  json_builder_begin_object (builder);
  ds_json_add_string (builder, "id", ds_stmt_get_text (stmt, 0));
  ds_json_add_string (builder, "job_id", ds_stmt_get_text (stmt, 1));
  ds_json_add_string (builder, "title", ds_stmt_get_text (stmt, 2));
  ds_json_add_string (builder, "starts_at", ds_stmt_get_text (stmt, 3));
  ds_json_add_string (builder, "ends_at", ds_stmt_get_text (stmt, 4));
  ds_json_add_string (builder, "technician_name", ds_stmt_get_text (stmt, 5));
  ds_json_add_string (builder, "property_id", ds_stmt_get_text (stmt, 6));
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
add_balance (JsonBuilder  *builder,
             DsDb         *db,
             const char   *customer_id,
             const char   *currency,
             const char   *today,
             GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COALESCE(SUM(balance_minor), 0), COUNT(*),"
                                          "       COALESCE(SUM(due_date < ?), 0)"
                                          " FROM invoices"
                                          " WHERE customer_id = ? AND status = 'open' AND balance_minor > 0",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, today);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;

  json_builder_set_member_name (builder, "balance_due");
  json_builder_begin_object (builder);
  ds_json_add_money (builder, "total", ds_stmt_get_int64 (stmt, 0), currency);
  json_builder_set_member_name (builder, "invoice_count");
  json_builder_add_int_value (builder, ds_stmt_get_int64 (stmt, 1));
  json_builder_set_member_name (builder, "overdue_count");
  json_builder_add_int_value (builder, ds_stmt_get_int64 (stmt, 2));
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
add_open_requests (JsonBuilder  *builder,
                   DsDb         *db,
                   const char   *customer_id,
                   GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*) FROM requests"
                                          " WHERE customer_id = ? AND status != 'closed'",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;

  json_builder_set_member_name (builder, "open_requests");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, ds_stmt_get_int64 (stmt, 0));
  json_builder_end_object (builder);
  return TRUE;
}

void
ds_dashboard_handler (DsContext *ctx)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *customer_id = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *now_str = doorstep_timestamp_format (now);
  g_autofree char *today = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;

  currency = ds_company_get_currency (db, &today, &error);
  if (currency == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  json_builder_begin_object (builder);
  if (!add_customer (builder, db, customer_id, &error) ||
      !add_open_quotes (builder, db, customer_id, currency, today, &error) ||
      !add_next_visit (builder, db, customer_id, now_str, &error) ||
      !add_balance (builder, db, customer_id, currency, today, &error) ||
      !add_open_requests (builder, db, customer_id, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

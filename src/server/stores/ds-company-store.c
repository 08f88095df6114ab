/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"

/* The business: who it is, where, its hours, the services it offers, and
 * its day: the day a quote expires or an invoice falls due is the
 * business's day, in its time zone. */

void
ds_company_free (DsCompany *company)
{
  if (company == NULL)
    return;
  g_free (company->name);
  g_free (company->phone);
  g_free (company->sms_phone);
  g_free (company->email);
  g_free (company->website);
  g_free (company->address_line1);
  g_free (company->address_line2);
  g_free (company->city);
  g_free (company->region);
  g_free (company->postal_code);
  g_free (company->country);
  g_free (company->timezone);
  g_free (company->currency);
  g_free (company);
}

static void
free_service_type (gpointer data)
{
  DsServiceType *type = data;

  g_free (type->id);
  g_free (type->name);
  g_free (type);
}

/**
 * ds_company_store_get:
 * @company: (out) (transfer full) (nullable): the business, or %NULL on a
 *   server where none is set up
 *
 * Returns: %FALSE on error
 */
gboolean
ds_company_store_get (DsDb       *db,
                      DsCompany **company,
                      GError    **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT name, phone, sms_phone, email, website,"
                                          "  address_line1, address_line2, city, region, postal_code, country,"
                                          "  timezone, currency, notice_hours,"
                                          "  COALESCE(partial_payment_minimum_minor, 0), tips_allowed"
                                          " FROM company WHERE id = 1",
                                          error);
  DsCompany *found;
  gboolean has_row;

  *company = NULL;
  if (stmt == NULL)
    return FALSE;
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  found = g_new0 (DsCompany, 1);
  found->name = ds_stmt_dup_text (stmt, 0);
  found->phone = ds_stmt_dup_text (stmt, 1);
  found->sms_phone = ds_stmt_dup_text (stmt, 2);
  found->email = ds_stmt_dup_text (stmt, 3);
  found->website = ds_stmt_dup_text (stmt, 4);
  found->address_line1 = ds_stmt_dup_text (stmt, 5);
  found->address_line2 = ds_stmt_dup_text (stmt, 6);
  found->city = ds_stmt_dup_text (stmt, 7);
  found->region = ds_stmt_dup_text (stmt, 8);
  found->postal_code = ds_stmt_dup_text (stmt, 9);
  found->country = ds_stmt_dup_text (stmt, 10);
  found->timezone = ds_stmt_dup_text (stmt, 11);
  found->currency = ds_stmt_dup_text (stmt, 12);
  found->notice_hours = (guint) CLAMP (ds_stmt_get_int64 (stmt, 13), 0, 24 * 365);
  found->partial_payment_minimum_minor = MAX (ds_stmt_get_int64 (stmt, 14), 0);
  found->tips_allowed = ds_stmt_get_int64 (stmt, 15) != 0;
  *company = found;
  return TRUE;
}

/**
 * ds_company_store_require:
 *
 * For what cannot answer without the business: a server with none set up
 * is an error here.
 *
 * Returns: (transfer full) (nullable): the business, or %NULL with @error set
 */
DsCompany *
ds_company_store_require (DsDb    *db,
                          GError **error)
{
  DsCompany *company = NULL;

  if (!ds_company_store_get (db, &company, error))
    return NULL;
  if (company == NULL)
    g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "No business is set up");
  return company;
}

/* Loading a time zone reads and parses its file, which cost more than the
 * rest of a request; a zone by its name never changes, so each is loaded
 * once. (Which zone the business is in is read every time.) */
G_LOCK_DEFINE_STATIC (zones);

static GTimeZone *
time_zone_for (const char *identifier)
{
  static GHashTable *zones;
  GTimeZone *zone;

  G_LOCK (zones);
  if (zones == NULL)
    zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_time_zone_unref);
  zone = g_hash_table_lookup (zones, identifier != NULL ? identifier : "");
  if (zone == NULL)
    {
      zone = identifier != NULL ? g_time_zone_new_identifier (identifier) : NULL;
      if (zone == NULL)
        zone = g_time_zone_new_utc ();
      g_hash_table_insert (zones, g_strdup (identifier != NULL ? identifier : ""), zone);
    }
  g_time_zone_ref (zone);
  G_UNLOCK (zones);
  return zone;
}

/* Today, "YYYY-MM-DD", in the zone named @tzid. */
static char *
today_in (const char *tzid)
{
  g_autoptr(GTimeZone) tz = time_zone_for (tzid);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * ds_company_store_get_today:
 * @today: (out) (transfer full): today's date, "YYYY-MM-DD", in the
 *   business's time zone
 * @currency: (out) (optional) (transfer full): the business's currency
 *
 * Returns: %FALSE on error, which includes a business not set up yet
 */
gboolean
ds_company_store_get_today (DsDb    *db,
                            char   **today,
                            char   **currency,
                            GError **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT currency, timezone FROM company WHERE id = 1", error);

  if (stmt == NULL || !ds_stmt_step_row (stmt, error))
    return FALSE;

  *today = today_in (ds_stmt_get_text (stmt, 1));
  if (currency != NULL)
    *currency = ds_stmt_dup_text (stmt, 0);
  return TRUE;
}

/**
 * ds_company_dup_today:
 *
 * Returns: (transfer full): today's date, "YYYY-MM-DD", in @company's
 *   time zone, for a handler that has the business loaded already
 */
char *
ds_company_dup_today (const DsCompany *company)
{
  return today_in (company->timezone);
}

/**
 * ds_company_store_list_hours:
 *
 * Returns: (transfer full) (nullable): the opening hours, of
 *   #DoorstepHoursSpan, by weekday and opening time
 */
GArray *
ds_company_store_list_hours (DsDb    *db,
                             GError **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT weekday, opens, closes FROM company_hours"
                                          " ORDER BY weekday, opens",
                                          error);
  g_autoptr(GArray) hours = g_array_new (FALSE, FALSE, sizeof (DoorstepHoursSpan));
  DsStep step;

  if (stmt == NULL)
    return NULL;
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DoorstepHoursSpan span = {
        .weekday = (guint) ds_stmt_get_int64 (stmt, 0),
        .opens = (guint) ds_stmt_get_int64 (stmt, 1),
        .closes = (guint) ds_stmt_get_int64 (stmt, 2),
      };
      g_array_append_val (hours, span);
    }
  return step == DS_STEP_DONE ? g_steal_pointer (&hours) : NULL;
}

/**
 * ds_company_store_list_service_types:
 *
 * Returns: (transfer full) (nullable): of #DsServiceType, in the order the
 *   business offers them
 */
GPtrArray *
ds_company_store_list_service_types (DsDb    *db,
                                     GError **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT id, name FROM service_types ORDER BY position", error);
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (free_service_type);
  DsStep step;

  if (stmt == NULL)
    return NULL;
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsServiceType *type = g_new0 (DsServiceType, 1);

      type->id = ds_stmt_dup_text (stmt, 0);
      type->name = ds_stmt_dup_text (stmt, 1);
      g_ptr_array_add (types, type);
    }
  return step == DS_STEP_DONE ? g_steal_pointer (&types) : NULL;
}

gboolean
ds_company_store_has_service_type (DsDb        *db,
                                   const char  *service_type_id,
                                   gboolean    *exists,
                                   GError     **error)
{
  return ds_db_exists (db, "SELECT 1 FROM service_types WHERE id = ?", service_type_id, NULL, exists, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-demo-sql.h"

/* Runs @sql with @n_values values, all text (or NULL): numbers are bound
 * as text too, and SQLite's column affinity stores them as integers. */
gboolean
ds_demo_run_sql (DsDb        *db,
                 GError     **error,
                 const char  *sql,
                 guint        n_values,
                 ...)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;

  va_start (args, n_values);
  for (guint i = 0; i < n_values; i++)
    ds_stmt_bind_text (stmt, (int) i + 1, va_arg (args, const char *));
  va_end (args);

  return ds_stmt_run (stmt, error);
}

/* A day in the business's time zone, "YYYY-MM-DD". */
char *
ds_demo_date (int days_from_today)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) day = NULL;

  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  now = g_date_time_new_now (tz);
  day = g_date_time_add_days (now, days_from_today);
  return g_date_time_format (day, "%Y-%m-%d");
}

char *
ds_demo_timestamp (int days_from_today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days_from_today);

  return doorstep_timestamp_format (then);
}

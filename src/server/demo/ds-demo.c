/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-demo-private.h"
#include "ds-user-store.h"

/* Northwind Home Services: a heating, plumbing and pest-control business in
 * Portland, Oregon, with customers, their properties, staff accounts and
 * quotes in every state. The business itself is in ds-demo-company.c, its
 * people in ds-demo-customers.c, the quotes in ds-demo-quotes.c, and
 * what they share to write themselves in ds-demo-sql.c. */

static gboolean
seed_locked (DsDb        *db,
             DsBlobStore *blobs,
             gboolean *seeded,
             GError  **error)
{
  g_autoptr(DsStmt) check = NULL;
  g_autofree char *password_hash = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) week_ago = NULL;
  g_autoptr(DsTransaction) tx = NULL;
  gboolean has_business;

  *seeded = FALSE;

  if ((tx = ds_transaction_begin (db, error)) == NULL)
    return FALSE;

  check = ds_db_prepare (db, "SELECT 1 FROM company", error);
  if (check == NULL || !ds_stmt_step_optional (check, &has_business, error))
    return FALSE;
  if (has_business)
    return ds_transaction_commit (tx, error);
  g_clear_pointer (&check, ds_stmt_free);

  /* Every demo account shares the one published demo password; hashing it
   * once keeps start-up quick. */
  password_hash = ds_password_hash (DS_DEMO_PASSWORD);
  {
    g_autoptr(GDateTime) utc_now = g_date_time_new_now_utc ();
    week_ago = g_date_time_add_days (utc_now, -7);
    now = doorstep_timestamp_format (week_ago);
  }

  if (!ds_demo_seed_company (db, error) ||
      !ds_demo_seed_customers (db, password_hash, now, error) ||
      !ds_demo_seed_quotes (db, error) ||
      !ds_demo_seed_jobs (db, error) ||
      !ds_demo_seed_invoices (db, error) ||
      !ds_demo_seed_plans (db, error) ||
      !ds_demo_seed_files (db, blobs, error) ||
      !ds_demo_seed_staff (db, error) ||
      !ds_demo_run_sql (db, error, "INSERT INTO settings (key, value) VALUES ('demo', '1')", 0) ||
      !ds_transaction_commit (tx, error))
    return FALSE;

  *seeded = TRUE;
  return TRUE;
}

/**
 * ds_demo_seed:
 * @seeded: (out): whether this call added the demo business
 *
 * Fills an empty database with the demo business. A database that already
 * has a business, demo or real, is left exactly as it is.
 */
gboolean
ds_demo_seed (DsDb        *db,
              DsBlobStore *blobs,
              gboolean *seeded,
              GError  **error)
{
  gboolean ok;

  /* Servers started at once on one empty database seed it once. */
  if (!ds_db_lock_exclusive (db, error))
    return FALSE;
  ok = seed_locked (db, blobs, seeded, error);
  ds_db_unlock_exclusive (db);
  return ok;
}

gboolean
ds_demo_is_demo (DsDb *db)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT value FROM settings WHERE key = 'demo'", NULL);

  return stmt != NULL && ds_stmt_step (stmt, NULL) == DS_STEP_ROW && g_strcmp0 (ds_stmt_get_text (stmt, 0), "1") == 0;
}

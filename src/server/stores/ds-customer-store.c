/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-customer-store.h"

/* Customers and their properties. */

gboolean
ds_customer_store_exists (DsDb        *db,
                          const char  *customer_id,
                          gboolean    *exists,
                          GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT 1 FROM customers WHERE id = ?", error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  step = ds_stmt_step (stmt, error);
  *exists = step == DS_STEP_ROW;
  return step != DS_STEP_ERROR;
}

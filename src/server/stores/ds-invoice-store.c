/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-invoice-store.h"

/* Invoices. */

/**
 * ds_invoice_store_get_balance:
 * @today: the business's date: an invoice due before it is overdue
 */
gboolean
ds_invoice_store_get_balance (DsDb        *db,
                              const char  *customer_id,
                              const char  *today,
                              DsBalance   *balance,
                              GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COALESCE(SUM(balance_minor), 0), COUNT(*),"
                                          "       COUNT(*) FILTER (WHERE due_date < ?)"
                                          " FROM invoices"
                                          " WHERE customer_id = ? AND status = 'open' AND balance_minor > 0",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, today);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  balance->total_minor = ds_stmt_get_int64 (stmt, 0);
  balance->invoice_count = ds_stmt_get_int64 (stmt, 1);
  balance->overdue_count = ds_stmt_get_int64 (stmt, 2);
  return TRUE;
}

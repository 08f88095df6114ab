/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-payment-store.h"

/* Payments as the customer's history shows them: newest first, each
 * with its card and what it paid. */

#define COLUMNS \
  "p.id, p.receipt_number, c.currency, p.amount_minor, p.paid_at, c.card_brand, c.card_last4," \
  " p.invoice_id, i.number, p.quote_id, q.number, COALESCE(i.title, q.title)"
#define FROM \
  "payments p JOIN payment_charges c ON c.id = p.charge_id" \
  " LEFT JOIN invoices i ON i.id = p.invoice_id LEFT JOIN quotes q ON q.id = p.quote_id"

/* Newest first; ?1 is the customer. */
static const DsListSpec list_spec = {
  .columns = COLUMNS,
  .from = FROM " WHERE p.customer_id = ?1",
  .key = "p.paid_at",
  .id = "p.id",
  .descending = TRUE,
  .n_params = 1,
};

void
ds_payment_free (DsPayment *payment)
{
  if (payment == NULL)
    return;
  g_free (payment->id);
  g_free (payment->receipt_number);
  g_free (payment->currency);
  g_free (payment->paid_at);
  g_free (payment->card_brand);
  g_free (payment->card_last4);
  g_free (payment->invoice_id);
  g_free (payment->invoice_number);
  g_free (payment->quote_id);
  g_free (payment->quote_number);
  g_free (payment->title);
  g_free (payment->customer_name);
  g_free (payment);
}

static gpointer
read_payment (DsStmt *stmt)
{
  DsPayment *payment = g_new0 (DsPayment, 1);

  payment->id = ds_stmt_dup_text (stmt, 0);
  payment->receipt_number = ds_stmt_dup_text (stmt, 1);
  payment->currency = ds_stmt_dup_text (stmt, 2);
  payment->amount_minor = ds_stmt_get_int64 (stmt, 3);
  payment->paid_at = ds_stmt_dup_text (stmt, 4);
  payment->card_brand = ds_stmt_dup_text (stmt, 5);
  payment->card_last4 = ds_stmt_dup_text (stmt, 6);
  payment->invoice_id = ds_stmt_dup_text (stmt, 7);
  payment->invoice_number = ds_stmt_dup_text (stmt, 8);
  payment->quote_id = ds_stmt_dup_text (stmt, 9);
  payment->quote_number = ds_stmt_dup_text (stmt, 10);
  payment->title = ds_stmt_dup_text (stmt, 11);
  return payment;
}

/**
 * ds_payment_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsPayment, newest first
 */
DsPage *
ds_payment_store_list (DsDb                 *db,
                       const char           *customer_id,
                       const DsPageRequest  *request,
                       GError              **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_payment, (GDestroyNotify) ds_payment_free, error);
}

/**
 * ds_payment_store_get:
 * @customer_id: whose payment it must be; another customer's is as
 *   unknown as one that does not exist
 * @payment: (out) (transfer full) (nullable): the payment, or %NULL
 *
 * Returns: %FALSE on error
 */
gboolean
ds_payment_store_get (DsDb        *db,
                      const char  *payment_id,
                      const char  *customer_id,
                      DsPayment  **payment,
                      GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " COLUMNS ", cu.display_name"
                                          " FROM " FROM " JOIN customers cu ON cu.id = p.customer_id"
                                          " WHERE p.id = ?1 AND p.customer_id = ?2",
                                          error);
  gboolean has_row;
  DsPayment *found;

  *payment = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, payment_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  found = read_payment (stmt);
  found->customer_name = ds_stmt_dup_text (stmt, 12);
  *payment = found;
  return TRUE;
}

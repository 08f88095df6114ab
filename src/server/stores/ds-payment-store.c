/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-error.h"
#include "ds-invoice-store.h"
#include "ds-payment-store.h"

/* Payments as the customer's history shows them: newest first, each
 * with its card and what it paid; what can be paid now; and paying: the
 * lines locked and checked against the rules of paying online, then the
 * charge and a payment per line recorded. */

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

/* The orders the staff may sort the history in. */
static const DsListSort sorts[] = {
  { "paid", "p.paid_at" },
  { "amount", "p.amount_minor" },
  { "receipt", "p.receipt_number" },
};

const DsListSorts ds_payment_list_sorts = { sorts, G_N_ELEMENTS (sorts) };

/* Deposits first (they are due before the work starts), then invoices by
 * due date; ?1 is the customer. The key is text on both backends. */
static const DsListSpec payable_spec = {
  .columns = "x.kind, x.number, x.title, x.currency, x.due_date, x.total_minor, x.due_minor",
  .from = "(SELECT 'invoice' AS kind, i.id, i.customer_id, i.number, i.title, i.currency,"
          "        CAST(i.due_date AS TEXT) AS due_date, i.total_minor, i.balance_minor AS due_minor,"
          "        COALESCE(CAST(i.due_date AS TEXT), '9999-12-31') AS sort_key"
          "   FROM invoices i WHERE i.status = 'open' AND i.balance_minor > 0"
          " UNION ALL"
          " SELECT 'deposit', q.id, q.customer_id, q.number, q.title, q.currency, NULL, q.deposit_minor,"
          "        q.deposit_minor - (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p"
          "                            WHERE p.quote_id = q.id),"
          "        '0000-00-00'"
          "   FROM quotes q WHERE q.status = 'approved' AND q.deposit_minor >"
          "        (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p WHERE p.quote_id = q.id)) x"
          " WHERE x.customer_id = ?1",
  .key = "x.sort_key",
  .id = "x.id",
  .n_params = 1,
};

static void
payable_item_free (DsPayableItem *item)
{
  g_free (item->id);
  g_free (item->number);
  g_free (item->title);
  g_free (item->currency);
  g_free (item->due_date);
  g_free (item);
}

static gpointer
read_payable (DsStmt *stmt)
{
  DsPayableItem *item = g_new0 (DsPayableItem, 1);

  item->kind = g_strcmp0 (ds_stmt_get_text (stmt, 0), "deposit") == 0 ? DS_PAYABLE_DEPOSIT : DS_PAYABLE_INVOICE;
  item->number = ds_stmt_dup_text (stmt, 1);
  item->title = ds_stmt_dup_text (stmt, 2);
  item->currency = ds_stmt_dup_text (stmt, 3);
  item->due_date = ds_stmt_dup_text (stmt, 4);
  item->total_minor = ds_stmt_get_int64 (stmt, 5);
  item->due_minor = MAX (ds_stmt_get_int64 (stmt, 6), 0);
  item->id = ds_stmt_dup_text (stmt, 8);
  return item;
}

/**
 * ds_payment_store_list_payable:
 * @today: the business's date, for how overdue an invoice is
 *
 * Returns: (transfer full) (nullable): a page of #DsPayableItem
 */
DsPage *
ds_payment_store_list_payable (DsDb                *db,
                               const char          *customer_id,
                               const char          *today,
                               const DsPageRequest *request,
                               GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &payable_spec, NULL, request, error);
  DsPage *page;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  page = ds_list_read_page (stmt, request, read_payable, (GDestroyNotify) payable_item_free, error);
  for (guint i = 0; page != NULL && i < page->items->len; i++)
    {
      DsPayableItem *item = g_ptr_array_index (page->items, i);

      if (item->due_date != NULL)
        item->days_overdue = ds_invoice_days_overdue (item->due_date, today);
    }
  return page;
}

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
  g_autoptr(DsStmt) stmt = NULL;
  DsListSpec spec;

  g_return_val_if_fail (ds_list_spec_sort (&list_spec, &ds_payment_list_sorts, request, &spec), NULL);
  stmt = ds_list_prepare (db, &spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_payment, (GDestroyNotify) ds_payment_free, error);
}

/**
 * ds_payment_store_sum_received:
 *
 * What @customer_id has paid the business in all, invoices and deposits:
 * what the staff see as the customer's lifetime value. (Nothing is
 * refunded yet; refunds will be taken off here when they exist.)
 */
gboolean
ds_payment_store_sum_received (DsDb        *db,
                               const char  *customer_id,
                               gint64      *total_minor,
                               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COALESCE(SUM(amount_minor), 0) FROM payments WHERE customer_id = ?",
                                          error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *total_minor = ds_stmt_get_int64 (stmt, 0);
  return TRUE;
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

/**
 * ds_payment_store_require:
 * @customer_id: whose payment it must be
 *
 * Returns: (transfer full) (nullable): the payment, or %NULL with @error
 *   (DS_ERROR_NOT_FOUND when there is none, or it is someone else's)
 */
DsPayment *
ds_payment_store_require (DsDb        *db,
                          const char  *payment_id,
                          const char  *customer_id,
                          GError     **error)
{
  DsPayment *payment;

  if (!ds_payment_store_get (db, payment_id, customer_id, &payment, error))
    return NULL;
  if (payment == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such payment.");
  return payment;
}

/* What one line of a checkout would pay, as it stands in the transaction. */
typedef struct {
  char     *number;
  char     *currency;
  /* what is left to pay: the invoice's balance, or the deposit pending */
  gint64    due_minor;
  /* open with a balance, or approved with a deposit pending */
  gboolean  payable;
} Payable;

static void
payable_free (Payable *payable)
{
  if (payable == NULL)
    return;
  g_free (payable->number);
  g_free (payable->currency);
  g_free (payable);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Payable, payable_free)

/* Reads what @line would pay and keeps it from changing under the
 * transaction: on SQLite the write transaction already excludes every
 * other writer; on PostgreSQL the row is locked (FOR UPDATE), so a
 * concurrent payment of it waits, then fails to serialize and runs again
 * seeing this one's result. @payable is %NULL when the customer has no
 * such invoice or quote. */
static gboolean
lock_payable (DsDb                 *db,
              const char           *customer_id,
              const DsPaymentLine  *line,
              Payable             **payable,
              GError              **error)
{
  gboolean pg = ds_db_get_dialect (db) == DS_DB_DIALECT_POSTGRESQL;
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(Payable) found = NULL;
  gboolean has_row;

  *payable = NULL;
  if (line->invoice_id != NULL)
    stmt = ds_db_prepare (db,
                          pg ? "SELECT number, currency, balance_minor, status = 'open' AND balance_minor > 0"
                               " FROM invoices WHERE id = ?1 AND customer_id = ?2 FOR UPDATE"
                             : "SELECT number, currency, balance_minor, status = 'open' AND balance_minor > 0"
                               " FROM invoices WHERE id = ?1 AND customer_id = ?2",
                          error);
  else
    /* The deposit pending: approved quotes only, less what was paid. A
     * deposit's payments lock their quote's row as invoices do. */
    stmt = ds_db_prepare (db,
                          pg ? "SELECT q.number, q.currency,"
                               "  q.deposit_minor - (SELECT COALESCE(SUM(amount_minor), 0) FROM payments p"
                               "                      WHERE p.quote_id = q.id),"
                               "  q.status = 'approved'"
                               " FROM quotes q WHERE q.id = ?1 AND q.customer_id = ?2 FOR UPDATE"
                             : "SELECT q.number, q.currency,"
                               "  q.deposit_minor - (SELECT COALESCE(SUM(amount_minor), 0) FROM payments p"
                               "                      WHERE p.quote_id = q.id),"
                               "  q.status = 'approved'"
                               " FROM quotes q WHERE q.id = ?1 AND q.customer_id = ?2",
                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, line->invoice_id != NULL ? line->invoice_id : line->quote_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  found = g_new0 (Payable, 1);
  found->number = ds_stmt_dup_text (stmt, 0);
  found->currency = ds_stmt_dup_text (stmt, 1);
  found->due_minor = MAX (ds_stmt_get_int64 (stmt, 2), 0);
  found->payable = ds_stmt_get_int64 (stmt, 3) != 0 && found->due_minor > 0;
  *payable = g_steal_pointer (&found);
  return TRUE;
}

/* Refuses a checkout for line @index (or one of its members), naming it
 * in the problem's "errors" as well as in its detail. */
static void
refuse_line (GError     **error,
             DsErrorCode  code,
             const char  *type,
             guint        index,
             const char  *member,
             const char  *message)
{
  g_autofree char *field = member == NULL ? g_strdup_printf ("lines[%u]", index)
                                          : g_strdup_printf ("lines[%u].%s", index, member);

  ds_set_problem (error, code, type, message);
  if (error != NULL)
    ds_error_add_field (*error, field, message);
}

/**
 * ds_payment_store_lock_lines:
 * @company: the business, whose rules and currency the lines follow
 *
 * Locks and checks every line of a payment, and its tip, against
 * concurrent payments until the transaction ends: the customer's (another
 * customer's is 404, as if it were not there), still payable, in the
 * business's currency, and within the rules of paying that the app shares
 * (src/common/doorstep-payment-rules.c: no more than is due, a part
 * payment of at least the business's minimum, a deposit in full, a tip
 * only where the business takes them). A refusal names the line
 * ("lines[1]") or its amount ("lines[1].amount_minor").
 */
gboolean
ds_payment_store_lock_lines (DsDb                 *db,
                             const char           *customer_id,
                             const DsCompany      *company,
                             const DsPaymentLine  *lines,
                             guint                 n_lines,
                             gint64                tip_minor,
                             GError              **error)
{
  g_autofree char *tip_fault = NULL;
  const char *field;

  if ((tip_fault = doorstep_payment_check_tip (tip_minor, company->tips_allowed, &field)) != NULL)
    {
      ds_set_field_error (error, field, tip_fault);
      return FALSE;
    }

  for (guint i = 0; i < n_lines; i++)
    {
      const DsPaymentLine *line = &lines[i];
      DoorstepPayableKind kind = line->invoice_id != NULL ? DOORSTEP_PAYABLE_INVOICE : DOORSTEP_PAYABLE_DEPOSIT;
      g_autoptr(Payable) payable = NULL;
      g_autofree char *message = NULL;
      const char *what = kind == DOORSTEP_PAYABLE_INVOICE ? "Invoice" : "The deposit of quote";

      if (!lock_payable (db, customer_id, line, &payable, error))
        return FALSE;
      if (payable == NULL)
        {
          /* Someone else's is no one's, as far as this customer knows. */
          refuse_line (error, DS_ERROR_NOT_FOUND, "not-found", i, NULL,
                       line->invoice_id != NULL ? "There is no such invoice." : "There is no such quote.");
          return FALSE;
        }
      if (!payable->payable)
        {
          message = line->invoice_id != NULL
                    ? g_strdup_printf ("Invoice %s is already paid.", payable->number)
                    : g_strdup_printf ("Quote %s has no deposit to pay.", payable->number);
          refuse_line (error, DS_ERROR_CONFLICT, "not-payable", i, NULL, message);
          return FALSE;
        }
      if (g_strcmp0 (payable->currency, company->currency) != 0)
        {
          message = g_strdup_printf ("%s %s is in %s; pay it on its own.", what, payable->number,
                                     payable->currency);
          refuse_line (error, DS_ERROR_CONFLICT, "currency-mismatch", i, NULL, message);
          return FALSE;
        }
      message = doorstep_payment_check_line (kind, payable->number, line->amount_minor, payable->due_minor,
                                             company->partial_payment_minimum_minor, payable->currency, &field);
      if (message != NULL)
        {
          /* More than is due is the invoice's state refusing it (someone
           * may just have paid); less than the rules allow, the input. */
          if (line->amount_minor > payable->due_minor)
            refuse_line (error, DS_ERROR_CONFLICT, "overpayment", i, field, message);
          else
            refuse_line (error, DS_ERROR_INVALID, "validation", i, field, message);
          return FALSE;
        }
    }
  return TRUE;
}

void
ds_payment_line_clear (DsPaymentLine *line)
{
  g_clear_pointer (&line->invoice_id, g_free);
  g_clear_pointer (&line->quote_id, g_free);
}

static gboolean
run (DsStmt  *stmt,
     GError **error)
{
  return stmt != NULL && ds_stmt_run (stmt, error);
}

/**
 * ds_payment_store_record:
 * @charge_id: (out): the charge's id
 *
 * Records one charge the gateway took and, for each line, a payment with
 * its own receipt number, lowering each invoice's balance (paid once
 * nothing is left). The lines must have been locked and checked in this
 * transaction (ds_payment_store_lock_lines()).
 *
 * Returns: (transfer full) (element-type DsPayment) (nullable): the
 *   payments as the history shows them, in the order of @lines
 */
GPtrArray *
ds_payment_store_record (DsDb                 *db,
                         const char           *customer_id,
                         const DsChargeRecord *charge,
                         const DsPaymentLine  *lines,
                         guint                 n_lines,
                         char                **charge_id,
                         GError              **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) payments = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_payment_free);
  g_autoptr(DsStmt) counter = NULL;
  g_autoptr(DsStmt) insert = NULL;
  g_autofree char *id = ds_new_id ("chg");
  g_autofree char *now = ds_now_timestamp ();
  gint64 total = charge->tip_minor;
  gint64 last_receipt;

  for (guint i = 0; i < n_lines; i++)
    total += lines[i].amount_minor;

  /* Receipt numbers as quote numbers: the counter row moved on, held
   * until the transaction ends. */
  counter = ds_db_prepare (db, "UPDATE counters SET value = value + ?1 WHERE name = 'receipt' RETURNING value",
                           error);
  if (counter == NULL)
    return NULL;
  ds_stmt_bind_int64 (counter, 1, n_lines);
  if (!ds_stmt_step_row (counter, error))
    return NULL;
  last_receipt = ds_stmt_get_int64 (counter, 0);

  insert = ds_db_prepare (db,
                          "INSERT INTO payment_charges (id, customer_id, gateway, gateway_charge_id, currency,"
                          " amount_minor, tip_minor, card_brand, card_last4, created_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);
  if (insert == NULL)
    return NULL;
  ds_stmt_bind_text (insert, 1, id);
  ds_stmt_bind_text (insert, 2, customer_id);
  ds_stmt_bind_text (insert, 3, charge->gateway);
  ds_stmt_bind_text (insert, 4, charge->gateway_charge_id);
  ds_stmt_bind_text (insert, 5, charge->currency);
  ds_stmt_bind_int64 (insert, 6, total);
  ds_stmt_bind_int64 (insert, 7, charge->tip_minor);
  ds_stmt_bind_text (insert, 8, charge->card_brand);
  ds_stmt_bind_text (insert, 9, charge->card_last4);
  ds_stmt_bind_text (insert, 10, now);
  if (!ds_stmt_run (insert, error))
    return NULL;

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(DsStmt) payment = NULL;
      g_autoptr(DsStmt) invoice = NULL;
      g_autofree char *payment_id = ds_new_id ("pay");
      g_autofree char *receipt = g_strdup_printf ("R-%" G_GINT64_FORMAT, last_receipt - n_lines + 1 + i);

      payment = ds_db_prepare (db,
                               "INSERT INTO payments (id, charge_id, customer_id, invoice_id, quote_id,"
                               " amount_minor, receipt_number, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
      if (payment == NULL)
        return NULL;
      ds_stmt_bind_text (payment, 1, payment_id);
      ds_stmt_bind_text (payment, 2, id);
      ds_stmt_bind_text (payment, 3, customer_id);
      ds_stmt_bind_text (payment, 4, lines[i].invoice_id);
      ds_stmt_bind_text (payment, 5, lines[i].quote_id);
      ds_stmt_bind_int64 (payment, 6, lines[i].amount_minor);
      ds_stmt_bind_text (payment, 7, receipt);
      ds_stmt_bind_text (payment, 8, now);
      if (!ds_stmt_run (payment, error))
        return NULL;

      if (lines[i].invoice_id != NULL)
        {
          /* The CHECK-free guard against a balance below zero is the lock
           * and the check before the charge; the WHERE makes a mistake
           * there fail loudly rather than overpay. */
          invoice = ds_db_prepare (db,
                                   "UPDATE invoices SET balance_minor = balance_minor - ?1,"
                                   " status = CASE WHEN balance_minor - ?1 = 0 THEN 'paid' ELSE status END"
                                   " WHERE id = ?2 AND customer_id = ?3 AND balance_minor >= ?1",
                                   error);
          if (invoice == NULL)
            return NULL;
          ds_stmt_bind_int64 (invoice, 1, lines[i].amount_minor);
          ds_stmt_bind_text (invoice, 2, lines[i].invoice_id);
          ds_stmt_bind_text (invoice, 3, customer_id);
          if (!run (invoice, error))
            return NULL;
          if (ds_db_changes (db) != 1)
            {
              g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED,
                           "Invoice %s would have been overpaid", lines[i].invoice_id);
              return NULL;
            }
        }
      g_ptr_array_add (ids, g_steal_pointer (&payment_id));
    }

  for (guint i = 0; i < ids->len; i++)
    {
      DsPayment *payment;

      if (!ds_payment_store_get (db, g_ptr_array_index (ids, i), customer_id, &payment, error))
        return NULL;
      if (payment == NULL)
        {
          g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "A payment just made is not there");
          return NULL;
        }
      g_ptr_array_add (payments, payment);
    }

  *charge_id = g_steal_pointer (&id);
  return g_steal_pointer (&payments);
}

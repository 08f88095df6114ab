/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-address.h"
#include "ds-error.h"
#include "ds-invoice-store.h"

/* Invoices: the balance the dashboard shows, the list with its filters
 * and counts, and one invoice with its items and the payments applied to
 * it. Totals come only from doorstep_quote_compute_lines(), the rule
 * quotes follow; the balance is the stored one, which payments lower in
 * the transaction that records them.
 *
 * Which invoices are overdue is said once, here, in SQL: open and past
 * their due day, the business's day, which the query gives as ?2. */
#define OVERDUE(today) "(i.status = 'open' AND i.due_date IS NOT NULL AND i.due_date < " today ")"

/* The list's filters, in the order of DoorstepInvoiceFilter. Void
 * invoices show only under All. */
static const char * const filter_conditions[] = {
  [DOORSTEP_INVOICE_FILTER_OPEN]    = "i.status = 'open'",
  [DOORSTEP_INVOICE_FILTER_OVERDUE] = OVERDUE ("?2"),
  [DOORSTEP_INVOICE_FILTER_PAID]    = "i.status = 'paid'",
  [DOORSTEP_INVOICE_FILTER_ALL]     = NULL,
};

/* Newest first; ?1 is the customer, ?2 today. */
static const DsListSpec list_spec = {
  /* The last column is there for ?2, which PostgreSQL must see used */
  .columns = "i.id, i.number, i.title, i.status, i.issued_on, i.due_date, i.created_at, p.label,"
             " i.currency, i.total_minor, i.balance_minor, " OVERDUE ("?2"),
  .from = "invoices i LEFT JOIN properties p ON p.id = i.property_id WHERE i.customer_id = ?1",
  .key = "i.created_at",
  .id = "i.id",
  .descending = TRUE,
  .n_params = 2,
};

/* The orders the staff may sort the list in; an invoice without a due
 * day comes after every one with one. */
static const DsListSort sorts[] = {
  { "created", "i.created_at" },
  { "number", "i.number" },
  { "title", "i.title" },
  { "status", "i.status" },
  { "total", "i.total_minor" },
  { "balance", "i.balance_minor" },
  { "due", "COALESCE(CAST(i.due_date AS TEXT), '9999-12-31')" },
};

const DsListSorts ds_invoice_list_sorts = { sorts, G_N_ELEMENTS (sorts) };

/* How many days @due_date is behind @today; 0 when it is not. */
gint64
ds_invoice_days_overdue (const char *due_date,
                         const char *today)
{
  GDate due, now;

  if (!doorstep_local_date_parse (due_date, &due) || !doorstep_local_date_parse (today, &now))
    return 0;
  return MAX (g_date_days_between (&due, &now), 0);
}

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
                                          "SELECT COALESCE(SUM(i.balance_minor), 0), COUNT(*),"
                                          "       COUNT(*) FILTER (WHERE " OVERDUE ("?2") "),"
                                          "       COALESCE(SUM(i.balance_minor) FILTER (WHERE " OVERDUE ("?2") "), 0)"
                                          " FROM invoices i"
                                          " WHERE i.customer_id = ?1 AND i.status = 'open' AND i.balance_minor > 0",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  balance->total_minor = ds_stmt_get_int64 (stmt, 0);
  balance->invoice_count = ds_stmt_get_int64 (stmt, 1);
  balance->overdue_count = ds_stmt_get_int64 (stmt, 2);
  balance->overdue_minor = ds_stmt_get_int64 (stmt, 3);
  return TRUE;
}

static void
free_summary (gpointer data)
{
  DsInvoiceSummary *invoice = data;

  g_free (invoice->id);
  g_free (invoice->number);
  g_free (invoice->title);
  g_free (invoice->status);
  g_free (invoice->issued_on);
  g_free (invoice->due_date);
  g_free (invoice->created_at);
  g_free (invoice->property_label);
  g_free (invoice->currency);
  g_free (invoice);
}

static gpointer
read_summary (DsStmt *stmt)
{
  DsInvoiceSummary *invoice = g_new0 (DsInvoiceSummary, 1);

  invoice->id = ds_stmt_dup_text (stmt, 0);
  invoice->number = ds_stmt_dup_text (stmt, 1);
  invoice->title = ds_stmt_dup_text (stmt, 2);
  invoice->status = ds_stmt_dup_text (stmt, 3);
  invoice->issued_on = ds_stmt_dup_text (stmt, 4);
  invoice->due_date = ds_stmt_dup_text (stmt, 5);
  invoice->created_at = ds_stmt_dup_text (stmt, 6);
  invoice->property_label = ds_stmt_dup_text (stmt, 7);
  invoice->currency = ds_stmt_dup_text (stmt, 8);
  invoice->total_minor = ds_stmt_get_int64 (stmt, 9);
  invoice->balance_minor = ds_stmt_get_int64 (stmt, 10);
  return invoice;
}

/**
 * ds_invoice_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsInvoiceSummary,
 *   newest first, each overdue one with how many days
 */
DsPage *
ds_invoice_store_list (DsDb                   *db,
                       const char             *customer_id,
                       DoorstepInvoiceFilter   filter,
                       const char             *today,
                       const DsPageRequest    *request,
                       GError                **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  DsListSpec spec;
  DsPage *page;

  g_return_val_if_fail ((guint) filter < G_N_ELEMENTS (filter_conditions), NULL);
  g_return_val_if_fail (ds_list_spec_sort (&list_spec, &ds_invoice_list_sorts, request, &spec), NULL);

  stmt = ds_list_prepare (db, &spec, filter_conditions[filter], request, error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  page = ds_list_read_page (stmt, request, read_summary, free_summary, error);
  for (guint i = 0; page != NULL && i < page->items->len; i++)
    {
      DsInvoiceSummary *invoice = g_ptr_array_index (page->items, i);

      if (g_strcmp0 (invoice->status, "open") == 0)
        invoice->days_overdue = ds_invoice_days_overdue (invoice->due_date, today);
    }
  return page;
}

/**
 * ds_invoice_store_count:
 * @counts: (out caller-allocates) (array fixed-size=4): how many invoices
 *   each filter holds, in the order of #DoorstepInvoiceFilter
 */
gboolean
ds_invoice_store_count (DsDb        *db,
                        const char  *customer_id,
                        const char  *today,
                        gint64      *counts,
                        GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(DsStmt) stmt = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (filter_conditions); i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      if (filter_conditions[i] != NULL)
        g_string_append_printf (sql, "COUNT(*) FILTER (WHERE %s)", filter_conditions[i]);
      else
        g_string_append (sql, "COUNT(*)");
    }
  g_string_append (sql, " FROM invoices i WHERE i.customer_id = ?1");

  stmt = ds_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (filter_conditions); i++)
    counts[i] = ds_stmt_get_int64 (stmt, (int) i);
  return TRUE;
}

static void
free_item (gpointer data)
{
  DsInvoiceItem *item = data;

  g_free (item->id);
  g_free (item->description);
  g_free (item);
}

static void
free_payment (gpointer data)
{
  DsInvoicePayment *payment = data;

  g_free (payment->id);
  g_free (payment->receipt_number);
  g_free (payment->paid_at);
  g_free (payment->card_brand);
  g_free (payment->card_last4);
  g_free (payment);
}

void
ds_invoice_free (DsInvoice *invoice)
{
  if (invoice == NULL)
    return;
  g_free (invoice->id);
  g_free (invoice->customer_name);
  g_free (invoice->number);
  g_free (invoice->title);
  g_free (invoice->currency);
  g_free (invoice->issued_on);
  g_free (invoice->due_date);
  g_free (invoice->created_at);
  g_free (invoice->job_id);
  g_free (invoice->job_title);
  g_free (invoice->property_id);
  g_free (invoice->property_label);
  g_free (invoice->property_address);
  g_free (invoice->quote_id);
  g_free (invoice->quote_number);
  g_free (invoice->notes);
  g_clear_pointer (&invoice->items, g_ptr_array_unref);
  g_clear_pointer (&invoice->payments, g_ptr_array_unref);
  g_free (invoice);
}

static gboolean
load_items (DsDb       *db,
            DsInvoice  *invoice,
            GError    **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT id, description, quantity_milli, unit_price_minor"
                                          " FROM invoice_items WHERE invoice_id = ? ORDER BY position, id",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, invoice->id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsInvoiceItem *item = g_new0 (DsInvoiceItem, 1);

      item->id = ds_stmt_dup_text (stmt, 0);
      item->description = ds_stmt_dup_text (stmt, 1);
      item->quantity_milli = CLAMP (ds_stmt_get_int64 (stmt, 2), 0, DOORSTEP_QUOTE_QUANTITY_MAX);
      item->unit_price_minor = CLAMP (ds_stmt_get_int64 (stmt, 3), 0, DOORSTEP_QUOTE_PRICE_MAX);
      g_ptr_array_add (invoice->items, item);
    }
  return step == DS_STEP_DONE;
}

static gboolean
load_payments (DsDb       *db,
               DsInvoice  *invoice,
               GError    **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT p.id, p.receipt_number, p.amount_minor, p.paid_at,"
                                          "  c.card_brand, c.card_last4"
                                          " FROM payments p JOIN payment_charges c ON c.id = p.charge_id"
                                          " WHERE p.invoice_id = ? ORDER BY p.paid_at, p.id",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, invoice->id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsInvoicePayment *payment = g_new0 (DsInvoicePayment, 1);

      payment->id = ds_stmt_dup_text (stmt, 0);
      payment->receipt_number = ds_stmt_dup_text (stmt, 1);
      payment->amount_minor = ds_stmt_get_int64 (stmt, 2);
      payment->paid_at = ds_stmt_dup_text (stmt, 3);
      payment->card_brand = ds_stmt_dup_text (stmt, 4);
      payment->card_last4 = ds_stmt_dup_text (stmt, 5);
      invoice->paid_minor += payment->amount_minor;
      g_ptr_array_add (invoice->payments, payment);
    }
  return step == DS_STEP_DONE;
}

static void
compute_totals (DsInvoice *invoice)
{
  g_autofree DoorstepQuoteLine *lines = g_new0 (DoorstepQuoteLine, MAX (invoice->items->len, 1));

  for (guint i = 0; i < invoice->items->len; i++)
    {
      DsInvoiceItem *item = g_ptr_array_index (invoice->items, i);

      lines[i].quantity_milli = item->quantity_milli;
      lines[i].unit_price_minor = item->unit_price_minor;
    }
  doorstep_quote_compute_lines (lines, invoice->items->len, invoice->discount_minor,
                                MIN (invoice->tax_rate_bp, DOORSTEP_QUOTE_TAX_RATE_MAX), &invoice->totals);
}

/**
 * ds_invoice_store_get:
 * @customer_id: whose invoice it must be; another customer's is as
 *   unknown as one that does not exist
 * @today: the business's date, which decides whether it is overdue
 * @invoice: (out) (transfer full) (nullable): the invoice, or %NULL when
 *   this customer has no such invoice
 *
 * Returns: %FALSE on error
 */
gboolean
ds_invoice_store_get (DsDb        *db,
                      const char  *invoice_id,
                      const char  *customer_id,
                      const char  *today,
                      DsInvoice  **invoice,
                      GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(DsInvoice) found = NULL;
  gboolean has_row;

  *invoice = NULL;
  stmt = ds_db_prepare (db,
                        "SELECT i.id, c.display_name, i.number, i.title, i.status, i.currency,"
                        "  i.issued_on, i.due_date, i.created_at, i.job_id, j.title,"
                        "  i.property_id, p.label, p.address_line1, p.city, p.region, p.postal_code,"
                        "  i.quote_id, q.number, i.notes, i.discount_minor, i.tax_rate_bp, i.balance_minor"
                        " FROM invoices i"
                        " JOIN customers c ON c.id = i.customer_id"
                        " LEFT JOIN jobs j ON j.id = i.job_id"
                        " LEFT JOIN properties p ON p.id = i.property_id"
                        " LEFT JOIN quotes q ON q.id = i.quote_id"
                        " WHERE i.id = ?1 AND i.customer_id = ?2",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, invoice_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  found = g_new0 (DsInvoice, 1);
  found->items = g_ptr_array_new_with_free_func (free_item);
  found->payments = g_ptr_array_new_with_free_func (free_payment);
  found->id = ds_stmt_dup_text (stmt, 0);
  found->customer_name = ds_stmt_dup_text (stmt, 1);
  found->number = ds_stmt_dup_text (stmt, 2);
  found->title = ds_stmt_dup_text (stmt, 3);
  if (!doorstep_invoice_status_from_string (ds_stmt_get_text (stmt, 4), &found->status))
    {
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "Invoice %s has an unknown status “%s”",
                   invoice_id, ds_stmt_get_text (stmt, 4));
      return FALSE;
    }
  found->currency = ds_stmt_dup_text (stmt, 5);
  found->issued_on = ds_stmt_dup_text (stmt, 6);
  found->due_date = ds_stmt_dup_text (stmt, 7);
  found->created_at = ds_stmt_dup_text (stmt, 8);
  found->job_id = ds_stmt_dup_text (stmt, 9);
  found->job_title = ds_stmt_dup_text (stmt, 10);
  found->property_id = ds_stmt_dup_text (stmt, 11);
  found->property_label = ds_stmt_dup_text (stmt, 12);
  found->property_address = ds_address_from_columns (stmt, 13);
  found->quote_id = ds_stmt_dup_text (stmt, 17);
  found->quote_number = ds_stmt_dup_text (stmt, 18);
  found->notes = ds_stmt_dup_text (stmt, 19);
  found->discount_minor = MAX (ds_stmt_get_int64 (stmt, 20), 0);
  found->tax_rate_bp = (guint) CLAMP (ds_stmt_get_int64 (stmt, 21), 0, DOORSTEP_QUOTE_TAX_RATE_MAX);
  found->balance_minor = MAX (ds_stmt_get_int64 (stmt, 22), 0);
  g_clear_pointer (&stmt, ds_stmt_free);

  if (!load_items (db, found, error) || !load_payments (db, found, error))
    return FALSE;
  compute_totals (found);
  if (found->status == DOORSTEP_INVOICE_STATUS_OPEN)
    found->days_overdue = ds_invoice_days_overdue (found->due_date, today);

  *invoice = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_invoice_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's invoice, or %NULL
 *   with @error (DS_ERROR_NOT_FOUND when there is none, or it is someone
 *   else's)
 */
DsInvoice *
ds_invoice_store_require (DsDb        *db,
                          const char  *invoice_id,
                          const char  *customer_id,
                          const char  *today,
                          GError     **error)
{
  DsInvoice *invoice;

  if (!ds_invoice_store_get (db, invoice_id, customer_id, today, &invoice, error))
    return NULL;
  if (invoice == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such invoice.");
  return invoice;
}

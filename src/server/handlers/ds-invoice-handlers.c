/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-invoice-handlers.h"
#include "ds-invoice-pdf.h"
#include "ds-invoice-store.h"
#include "ds-paging.h"

/* Invoices: the list with its filters and counts, one invoice with its
 * items and the payments applied to it, and its PDF. Customers read their
 * own; staff read a customer's with customer_id. */

/* JSON */

static void
write_invoice (DsJsonWriter    *builder,
               const DsInvoice *invoice)
{
  const char *currency = invoice->currency;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", invoice->id);
  ds_json_add_string (builder, "number", invoice->number);
  ds_json_add_string (builder, "title", invoice->title);
  ds_json_add_string (builder, "status", doorstep_invoice_status_to_string (invoice->status));
  ds_json_add_string (builder, "issued_on", invoice->issued_on);
  ds_json_add_string (builder, "due_date", invoice->due_date);
  ds_json_add_int (builder, "days_overdue", invoice->days_overdue);
  ds_json_add_string (builder, "created_at", invoice->created_at);
  ds_json_add_string (builder, "customer_name", invoice->customer_name);
  ds_json_add_string (builder, "property_id", invoice->property_id);
  ds_json_add_string (builder, "property_label", invoice->property_label);
  ds_json_add_string (builder, "property_address", invoice->property_address);
  ds_json_add_link (builder, "job", invoice->job_id, "title", invoice->job_title);
  ds_json_add_link (builder, "quote", invoice->quote_id, "number", invoice->quote_number);
  ds_json_add_string (builder, "notes", invoice->notes);

  ds_json_writer_set_member_name (builder, "items");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < invoice->items->len; i++)
    {
      const DsInvoiceItem *item = g_ptr_array_index (invoice->items, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", item->id);
      ds_json_add_string (builder, "description", item->description);
      ds_json_add_int (builder, "quantity_milli", item->quantity_milli);
      ds_json_add_money (builder, "unit_price", item->unit_price_minor, currency);
      ds_json_add_money (builder, "amount", doorstep_quote_line_amount (item->quantity_milli, item->unit_price_minor),
                         currency);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);

  ds_json_add_money (builder, "subtotal", invoice->totals.subtotal, currency);
  ds_json_add_money (builder, "discount", invoice->totals.discount, currency);
  ds_json_add_int (builder, "tax_rate_bp", invoice->tax_rate_bp);
  ds_json_add_money (builder, "tax", invoice->totals.tax, currency);
  ds_json_add_money (builder, "total", invoice->totals.total, currency);
  ds_json_add_money (builder, "paid", invoice->paid_minor, currency);
  ds_json_add_money (builder, "balance", invoice->balance_minor, currency);

  ds_json_writer_set_member_name (builder, "payments");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < invoice->payments->len; i++)
    {
      const DsInvoicePayment *payment = g_ptr_array_index (invoice->payments, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", payment->id);
      ds_json_add_string (builder, "receipt_number", payment->receipt_number);
      ds_json_add_money (builder, "amount", payment->amount_minor, currency);
      ds_json_add_string (builder, "paid_at", payment->paid_at);
      ds_json_writer_set_member_name (builder, "card");
      if (payment->card_last4 != NULL)
        {
          ds_json_writer_begin_object (builder);
          ds_json_add_string (builder, "brand", payment->card_brand);
          ds_json_add_string (builder, "last4", payment->card_last4);
          ds_json_writer_end_object (builder);
        }
      else
        ds_json_writer_add_null_value (builder);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
}

static void
write_summary (DsJsonWriter  *builder,
               gconstpointer  item,
               gpointer       user_data)
{
  const DsInvoiceSummary *invoice = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", invoice->id);
  ds_json_add_string (builder, "number", invoice->number);
  ds_json_add_string (builder, "title", invoice->title);
  ds_json_add_string (builder, "status", invoice->status);
  ds_json_add_string (builder, "issued_on", invoice->issued_on);
  ds_json_add_string (builder, "due_date", invoice->due_date);
  ds_json_add_int (builder, "days_overdue", invoice->days_overdue);
  ds_json_add_string (builder, "created_at", invoice->created_at);
  ds_json_add_string (builder, "property_label", invoice->property_label);
  ds_json_add_money (builder, "total", invoice->total_minor, invoice->currency);
  ds_json_add_money (builder, "balance", invoice->balance_minor, invoice->currency);
  ds_json_writer_end_object (builder);
}

/* The list */

static gboolean
get_filter (DsCall                 *call,
            DoorstepInvoiceFilter  *filter,
            GError                **error)
{
  const char *value = ds_call_get_query (call, "status");

  *filter = DOORSTEP_INVOICE_FILTER_OPEN;
  if (value == NULL || doorstep_invoice_filter_from_string (value, filter))
    return TRUE;
  ds_set_field_error (error, "status", "Use open, overdue, paid or all.");
  return FALSE;
}

DsReply *
ds_invoices_list_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  DoorstepInvoiceFilter filter;
  const char *today;

  if ((today = ds_call_get_today (call, error)) == NULL || !get_filter (call, &filter, error) ||
      !ds_call_read_sorted_page (call, &ds_invoice_list_sorts, &request, error) ||
      (page = ds_invoice_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), filter, today,
                                     &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_summary, NULL);
}

DsReply *
ds_invoices_counts_handler (DsCall   *call,
                            gpointer  input,
                            GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  gint64 counts[DOORSTEP_INVOICE_FILTER_ALL + 1];
  const char *today;

  if ((today = ds_call_get_today (call, error)) == NULL ||
      !ds_invoice_store_count (ds_call_get_db (call), ds_call_get_customer_id (call), today, counts, error))
    return NULL;

  ds_json_writer_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    ds_json_add_int (builder, doorstep_invoice_filter_to_string ((DoorstepInvoiceFilter) i), counts[i]);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

/* One invoice */

/* The invoice the path names, of the call's customer. */
static DsInvoice *
load_invoice (DsCall  *call,
              GError **error)
{
  const char *today = ds_call_get_today (call, error);

  if (today == NULL)
    return NULL;
  return ds_invoice_store_require (ds_call_get_db (call), ds_call_get_param (call, "id"),
                                   ds_call_get_customer_id (call), today, error);
}

DsReply *
ds_invoices_get_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  g_autoptr(DsInvoice) invoice = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if ((invoice = load_invoice (call, error)) == NULL)
    return NULL;
  write_invoice (builder, invoice);
  return ds_reply_json (200, builder);
}

DsReply *
ds_invoices_pdf_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  g_autoptr(DsInvoice) invoice = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((invoice = load_invoice (call, error)) == NULL ||
      (company = ds_company_store_require (ds_call_get_db (call), error)) == NULL ||
      (pdf = ds_invoice_pdf_render (invoice, company, error)) == NULL)
    return NULL;

  /* Numbers are "I-" and digits, so the file name needs no quoting. */
  file_name = g_strdup_printf ("Invoice %s.pdf", invoice->number);
  return ds_reply_pdf (pdf, file_name);
}

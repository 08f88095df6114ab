/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-invoice-pdf.h"
#include "ds-pdf.h"

/* An invoice as a PDF, in the layout quotes use: the letterhead with its
 * number, dates and status, the items, the totals, every payment applied
 * and the balance due, and the notes. */

static char *
money (const DsInvoice *invoice,
       gint64           amount_minor)
{
  return doorstep_money_format (amount_minor, invoice->currency);
}

static const char *
status_text (const DsInvoice *invoice)
{
  if (invoice->status == DOORSTEP_INVOICE_STATUS_PAID)
    return "Paid";
  if (invoice->status == DOORSTEP_INVOICE_STATUS_VOID)
    return "Void";
  return invoice->days_overdue > 0 ? "Overdue" : "Open";
}

static void
draw_letterhead (DsPdf           *pdf,
                 const DsInvoice *invoice)
{
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autoptr(GString) customer = g_string_new (invoice->customer_name);

  g_string_append_printf (facts, "No. %s", invoice->number);
  if (invoice->issued_on != NULL)
    {
      g_autofree char *issued = ds_pdf_format_date (invoice->issued_on);
      g_string_append_printf (facts, "\nIssued %s", issued);
    }
  if (invoice->due_date != NULL)
    {
      g_autofree char *due = ds_pdf_format_date (invoice->due_date);
      g_string_append_printf (facts, "\nDue %s", due);
    }
  g_string_append_printf (facts, "\n%s", status_text (invoice));

  if (invoice->property_label != NULL)
    g_string_append_printf (customer, "\n%s", invoice->property_label);
  if (invoice->property_address != NULL)
    g_string_append_printf (customer, " — %s", invoice->property_address);

  ds_pdf_letterhead (pdf, facts->str, customer->str, invoice->title);
}

static void
draw_items (DsPdf           *pdf,
            const DsInvoice *invoice)
{
  ds_pdf_begin_items (pdf);
  for (guint i = 0; i < invoice->items->len; i++)
    {
      const DsInvoiceItem *item = g_ptr_array_index (invoice->items, i);
      g_autofree char *quantity = doorstep_quantity_format (item->quantity_milli);
      g_autofree char *price = money (invoice, item->unit_price_minor);
      g_autofree char *amount = money (invoice, doorstep_quote_line_amount (item->quantity_milli,
                                                                            item->unit_price_minor));

      ds_pdf_item (pdf, item->description, quantity, price, amount, TRUE);
    }
  ds_pdf_end_items (pdf);
}

static void
draw_total (DsPdf           *pdf,
            const DsInvoice *invoice,
            const char      *label,
            gint64           amount_minor,
            DsPdfStyle       style)
{
  g_autofree char *amount = money (invoice, amount_minor);

  ds_pdf_total_line (pdf, label, amount, style);
}

static void
draw_totals (DsPdf           *pdf,
             const DsInvoice *invoice)
{
  const DoorstepQuoteTotals *totals = &invoice->totals;

  ds_pdf_advance (pdf, 6);
  draw_total (pdf, invoice, "Subtotal", totals->subtotal, DS_PDF_STYLE_BODY);
  if (totals->discount > 0)
    draw_total (pdf, invoice, "Discount", -totals->discount, DS_PDF_STYLE_BODY);
  if (invoice->tax_rate_bp > 0)
    {
      g_autofree char *rate = doorstep_tax_rate_format (invoice->tax_rate_bp);
      g_autofree char *label = g_strdup_printf ("Tax (%s)", rate);
      draw_total (pdf, invoice, label, totals->tax, DS_PDF_STYLE_BODY);
    }
  draw_total (pdf, invoice, "Total", totals->total, DS_PDF_STYLE_HEADING);

  ds_pdf_advance (pdf, 8);
  for (guint i = 0; i < invoice->payments->len; i++)
    {
      const DsInvoicePayment *payment = g_ptr_array_index (invoice->payments, i);
      g_autofree char *when = ds_pdf_format_timestamp_date (payment->paid_at);
      g_autofree char *label = payment->card_last4 != NULL
                               ? g_strdup_printf ("Paid %s, %s %s", when,
                                                  payment->card_brand != NULL ? payment->card_brand : "Card",
                                                  payment->card_last4)
                               : g_strdup_printf ("Paid %s", when);

      draw_total (pdf, invoice, label, -payment->amount_minor, DS_PDF_STYLE_BODY);
    }
  draw_total (pdf, invoice, "Balance due", invoice->balance_minor, DS_PDF_STYLE_BOLD);
}

static void
draw_body (DsPdf    *pdf,
           gpointer  user_data)
{
  const DsInvoice *invoice = user_data;

  draw_letterhead (pdf, invoice);
  draw_items (pdf, invoice);
  draw_totals (pdf, invoice);
  ds_pdf_paragraph (pdf, "Notes", invoice->notes);
}

/**
 * ds_invoice_pdf_render:
 * @company: the business, whose letterhead the PDF carries
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
ds_invoice_pdf_render (const DsInvoice  *invoice,
                       const DsCompany  *company,
                       GError          **error)
{
  g_autofree char *reference = g_strdup_printf ("Invoice %s", invoice->number);
  DsPdfDocument document = {
    .company = company,
    .kind = "INVOICE",
    .reference = reference,
  };

  return ds_pdf_render (&document, draw_body, (gpointer) invoice, error);
}

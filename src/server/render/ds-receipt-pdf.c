/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-pdf.h"
#include "ds-receipt-pdf.h"

/* A payment's receipt, in the layout every document shares: the
 * letterhead with its number and date, what it paid, by which card, and
 * the amount received. */

static void
draw_body (DsPdf    *pdf,
           gpointer  user_data)
{
  const DsPayment *payment = user_data;
  g_autofree char *day = ds_pdf_format_timestamp_date (payment->paid_at);
  g_autofree char *facts = g_strdup_printf ("No. %s\nPaid %s", payment->receipt_number, day);
  g_autofree char *amount = doorstep_money_format (payment->amount_minor, payment->currency);
  g_autofree char *what = payment->invoice_number != NULL
                          ? g_strdup_printf ("Invoice %s — %s", payment->invoice_number,
                                             payment->title != NULL ? payment->title : "")
                          : g_strdup_printf ("Deposit on quote %s — %s",
                                             payment->quote_number != NULL ? payment->quote_number : "",
                                             payment->title != NULL ? payment->title : "");
  g_autofree char *card = payment->card_last4 != NULL
                          ? g_strdup_printf ("%s ending in %s",
                                             payment->card_brand != NULL ? payment->card_brand : "Card",
                                             payment->card_last4)
                          : g_strdup ("Card");

  ds_pdf_letterhead (pdf, facts, payment->customer_name, "Payment received");
  ds_pdf_begin_items (pdf);
  ds_pdf_item (pdf, what, "1", amount, amount, TRUE);
  ds_pdf_end_items (pdf);
  ds_pdf_advance (pdf, 6);
  ds_pdf_total_line (pdf, "Amount received", amount, DS_PDF_STYLE_HEADING);
  ds_pdf_paragraph (pdf, "Paid with", card);
  ds_pdf_paragraph (pdf, "Thank you", "Keep this receipt for your records.");
}

/**
 * ds_receipt_pdf_render:
 * @company: the business, whose letterhead the PDF carries
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
ds_receipt_pdf_render (const DsPayment  *payment,
                       const DsCompany  *company,
                       GError          **error)
{
  g_autofree char *reference = g_strdup_printf ("Receipt %s", payment->receipt_number);
  DsPdfDocument document = {
    .company = company,
    .kind = "RECEIPT",
    .reference = reference,
  };

  return ds_pdf_render (&document, draw_body, (gpointer) payment, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-pdf.h"
#include "ds-png.h"
#include "ds-quote-pdf.h"

/* A quote as a PDF: the letterhead with its number, dates and status, the
 * items (optional ones marked, and greyed out when left out), the totals
 * and deposit, notes and terms, and the place to sign, or the signature
 * once approved, or the decline and its reason. */

#define SIGNATURE_BOX_WIDTH  240.0
#define SIGNATURE_BOX_HEIGHT 70.0

static char *
money (const DsQuote *quote,
       gint64         amount_minor)
{
  return doorstep_money_format (amount_minor, quote->currency);
}

static const char *
status_text (const DsQuote *quote)
{
  if (quote->expired)
    return "Expired";
  switch (quote->status)
    {
    case DOORSTEP_QUOTE_STATUS_OPEN:
      return "Awaiting approval";
    case DOORSTEP_QUOTE_STATUS_APPROVED:
      return "Approved";
    case DOORSTEP_QUOTE_STATUS_DECLINED:
      return "Declined";
    case DOORSTEP_QUOTE_STATUS_REQUESTED:
    default:
      return "Requested";
    }
}

static void
draw_letterhead (DsPdf         *pdf,
                 const DsQuote *quote)
{
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autoptr(GString) customer = g_string_new (quote->customer_name);

  g_string_append_printf (facts, "No. %s", quote->number);
  if (quote->issued_on != NULL)
    {
      g_autofree char *issued = ds_pdf_format_date (quote->issued_on);
      g_string_append_printf (facts, "\nIssued %s", issued);
    }
  if (quote->valid_until != NULL)
    {
      g_autofree char *valid = ds_pdf_format_date (quote->valid_until);
      g_string_append_printf (facts, "\nValid until %s", valid);
    }
  g_string_append_printf (facts, "\n%s", status_text (quote));

  if (quote->property_label != NULL)
    g_string_append_printf (customer, "\n%s", quote->property_label);
  if (quote->property_address != NULL)
    g_string_append_printf (customer, " — %s", quote->property_address);

  ds_pdf_letterhead (pdf, facts->str, customer->str, quote->title);
}

static void
draw_items (DsPdf         *pdf,
            const DsQuote *quote)
{
  ds_pdf_begin_items (pdf);
  for (guint i = 0; i < quote->items->len; i++)
    {
      const DsQuoteItem *item = g_ptr_array_index (quote->items, i);
      g_autofree char *quantity = doorstep_quantity_format (item->quantity_milli);
      g_autofree char *price = money (quote, item->unit_price_minor);
      g_autofree char *amount = money (quote, doorstep_quote_line_amount (item->quantity_milli,
                                                                          item->unit_price_minor));
      gboolean included = !item->optional || item->selected;
      g_autofree char *description = item->optional
                                     ? g_strdup_printf ("%s\nOptional — %s", item->description,
                                                        included ? "included" : "not included")
                                     : g_strdup (item->description);

      ds_pdf_item (pdf, description, quantity, price, amount, included);
    }
  ds_pdf_end_items (pdf);
}

static void
draw_total (DsPdf         *pdf,
            const DsQuote *quote,
            const char    *label,
            gint64         amount_minor,
            DsPdfStyle     style)
{
  g_autofree char *amount = money (quote, amount_minor);

  ds_pdf_total_line (pdf, label, amount, style);
}

static void
draw_totals (DsPdf         *pdf,
             const DsQuote *quote)
{
  const DoorstepQuoteTotals *totals = &quote->totals;

  ds_pdf_advance (pdf, 6);
  draw_total (pdf, quote, "Subtotal", totals->subtotal, DS_PDF_STYLE_BODY);
  if (totals->discount > 0)
    draw_total (pdf, quote, "Discount", -totals->discount, DS_PDF_STYLE_BODY);
  if (quote->tax_rate_bp > 0)
    {
      g_autofree char *rate = doorstep_tax_rate_format (quote->tax_rate_bp);
      g_autofree char *label = g_strdup_printf ("Tax (%s)", rate);
      draw_total (pdf, quote, label, totals->tax, DS_PDF_STYLE_BODY);
    }
  draw_total (pdf, quote, "Total", totals->total, DS_PDF_STYLE_HEADING);

  if (quote->deposit_minor > 0)
    {
      ds_pdf_advance (pdf, 8);
      draw_total (pdf, quote, "Deposit required", quote->deposit_minor, DS_PDF_STYLE_BODY);
      draw_total (pdf, quote, "Deposit paid", quote->deposit_paid_minor, DS_PDF_STYLE_BODY);
      draw_total (pdf, quote, "Deposit pending", MAX (quote->deposit_minor - quote->deposit_paid_minor, 0),
                  DS_PDF_STYLE_BOLD);
    }
}

static void
draw_signature_image (DsPdf         *pdf,
                      const DsQuote *quote)
{
  cairo_t *cr = ds_pdf_get_cairo (pdf);
  cairo_surface_t *image = ds_png_decode (quote->signature_png);
  g_autofree char *when = ds_pdf_format_timestamp_date (quote->approved_at);
  g_autofree char *caption = g_strdup_printf ("Approved by %s on %s", quote->signer_name, when);
  double y = ds_pdf_get_y (pdf);

  if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
    {
      double w = cairo_image_surface_get_width (image);
      double h = cairo_image_surface_get_height (image);
      double scale = MIN (SIGNATURE_BOX_WIDTH / w, SIGNATURE_BOX_HEIGHT / h);

      cairo_save (cr);
      cairo_translate (cr, DS_PDF_MARGIN, y + (SIGNATURE_BOX_HEIGHT - h * scale));
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }
  cairo_surface_destroy (image);

  y += SIGNATURE_BOX_HEIGHT + 2;
  ds_pdf_line (pdf, DS_PDF_MARGIN, DS_PDF_MARGIN + SIGNATURE_BOX_WIDTH, y, 0.3, 0.8);
  y += 4;
  ds_pdf_set_grey (pdf, 0.1);
  y += ds_pdf_text (pdf, caption, DS_PDF_STYLE_BODY, DS_PDF_MARGIN, y, DS_PDF_CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  ds_pdf_advance (pdf, y - ds_pdf_get_y (pdf));
}

/* Not signed yet: lines to sign on paper, for a printed copy. */
static void
draw_signature_lines (DsPdf *pdf)
{
  double name_x = DS_PDF_MARGIN + SIGNATURE_BOX_WIDTH + 40;
  double y = ds_pdf_get_y (pdf) + SIGNATURE_BOX_HEIGHT - 20;

  ds_pdf_line (pdf, DS_PDF_MARGIN, DS_PDF_MARGIN + SIGNATURE_BOX_WIDTH, y, 0.3, 0.8);
  ds_pdf_line (pdf, name_x, DS_PDF_MARGIN + DS_PDF_CONTENT_WIDTH, y, 0.3, 0.8);
  ds_pdf_set_grey (pdf, 0.45);
  ds_pdf_text (pdf, "Signature", DS_PDF_STYLE_SMALL, DS_PDF_MARGIN, y + 4, SIGNATURE_BOX_WIDTH, PANGO_ALIGN_LEFT);
  y += 4 + ds_pdf_text (pdf, "Name and date", DS_PDF_STYLE_SMALL, name_x, y + 4,
                        DS_PDF_CONTENT_WIDTH - SIGNATURE_BOX_WIDTH - 40, PANGO_ALIGN_LEFT);
  ds_pdf_advance (pdf, y - ds_pdf_get_y (pdf));
}

static void
draw_decision (DsPdf         *pdf,
               const DsQuote *quote)
{
  if (quote->status == DOORSTEP_QUOTE_STATUS_DECLINED)
    {
      g_autofree char *when = ds_pdf_format_timestamp_date (quote->declined_at);
      g_autofree char *text = g_strdup_printf ("Declined on %s.", when);

      ds_pdf_paragraph (pdf, "Declined", text);
      ds_pdf_paragraph (pdf, "Reason given", quote->decline_reason);
      return;
    }

  ds_pdf_need (pdf, SIGNATURE_BOX_HEIGHT + 60);
  ds_pdf_advance (pdf, 18);
  ds_pdf_set_grey (pdf, 0.1);
  ds_pdf_advance (pdf, ds_pdf_text (pdf, "Approval", DS_PDF_STYLE_BOLD, DS_PDF_MARGIN, ds_pdf_get_y (pdf),
                                    DS_PDF_CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 6);

  if (quote->status == DOORSTEP_QUOTE_STATUS_APPROVED && quote->signature_png != NULL)
    draw_signature_image (pdf, quote);
  else
    draw_signature_lines (pdf);
}

static void
draw_body (DsPdf    *pdf,
           gpointer  user_data)
{
  const DsQuote *quote = user_data;

  draw_letterhead (pdf, quote);
  draw_items (pdf, quote);
  draw_totals (pdf, quote);
  ds_pdf_paragraph (pdf, "Notes", quote->notes);
  ds_pdf_paragraph (pdf, "Terms", quote->terms);
  draw_decision (pdf, quote);
}

/**
 * ds_quote_pdf_render:
 * @company: the business, whose letterhead the PDF carries
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
ds_quote_pdf_render (const DsQuote    *quote,
                     const DsCompany  *company,
                     GError          **error)
{
  g_autofree char *reference = g_strdup_printf ("Quote %s", quote->number);
  DsPdfDocument document = {
    .company = company,
    .kind = "QUOTE",
    .reference = reference,
  };

  return ds_pdf_render (&document, draw_body, (gpointer) quote, error);
}

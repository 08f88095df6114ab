/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ds-png.h"
#include "ds-quote-pdf.h"

/* A quote as a US Letter PDF, drawn with cairo and laid out with pango:
 * the business, the customer and property, the items, the totals, the
 * deposit, notes and terms, and the signature once approved. A table that
 * runs over a page break repeats its header; every page says "Page n of
 * m", so the document is drawn twice: once to count the pages, once for
 * real. */

#define PAGE_WIDTH    612.0
#define PAGE_HEIGHT   792.0
#define MARGIN        54.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define FOOTER_TOP    (PAGE_HEIGHT - MARGIN + 12)
#define BODY_BOTTOM   (PAGE_HEIGHT - MARGIN - 6)

#define COL_QTY_WIDTH    48.0
#define COL_PRICE_WIDTH  84.0
#define COL_AMOUNT_WIDTH 84.0
#define COL_GAP          10.0
#define COL_DESC_WIDTH   (CONTENT_WIDTH - COL_QTY_WIDTH - COL_PRICE_WIDTH - COL_AMOUNT_WIDTH - 3 * COL_GAP)

#define FONT_FAMILY "Cantarell, DejaVu Sans, Sans"

typedef struct {
  char *name;
  char *address;
  char *contact;
} Company;

typedef struct {
  cairo_t       *cr;
  const DsQuote *quote;
  const Company *company;
  double         y;
  guint          page;
  guint          n_pages;     /* 0 while counting */
  gboolean       in_table;
} Pdf;

static void
company_clear (Company *company)
{
  g_free (company->name);
  g_free (company->address);
  g_free (company->contact);
}

/* The business as the header shows it: its name, its address on two
 * lines, and one line of ways to reach it. */
static void
describe_company (const DsCompany *source,
                  Company         *company)
{
  g_autoptr(GString) address = g_string_new (source->address_line1);
  g_autoptr(GString) contact = g_string_new (source->phone);

  if (source->address_line2 != NULL)
    g_string_append_printf (address, ", %s", source->address_line2);
  g_string_append_printf (address, "\n%s", source->city);
  if (source->region != NULL)
    g_string_append_printf (address, ", %s", source->region);
  if (source->postal_code != NULL)
    g_string_append_printf (address, " %s", source->postal_code);

  g_string_append_printf (contact, "  ·  %s", source->email);
  if (source->website != NULL)
    {
      const char *scheme_end = strstr (source->website, "://");

      g_string_append_printf (contact, "  ·  %s", scheme_end != NULL ? scheme_end + 3 : source->website);
    }

  company->name = g_strdup (source->name);
  company->address = g_string_free (g_steal_pointer (&address), FALSE);
  company->contact = g_string_free (g_steal_pointer (&contact), FALSE);
}

/* Text */

typedef enum {
  STYLE_BODY,
  STYLE_SMALL,
  STYLE_BOLD,
  STYLE_HEADING,
  STYLE_TITLE,
} Style;

static PangoLayout *
make_layout (Pdf        *pdf,
             const char *text,
             Style       style,
             double      width,
             PangoAlignment alignment)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  switch (style)
    {
    case STYLE_BODY:
      pango_font_description_set_size (font, 10 * PANGO_SCALE);
      break;
    case STYLE_SMALL:
      pango_font_description_set_size (font, 8 * PANGO_SCALE);
      break;
    case STYLE_BOLD:
      pango_font_description_set_size (font, 10 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_HEADING:
      pango_font_description_set_size (font, 13 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_TITLE:
      pango_font_description_set_size (font, 20 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    default:
      g_assert_not_reached ();
    }

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
set_grey (Pdf    *pdf,
          double  level)
{
  cairo_set_source_rgb (pdf->cr, level, level, level);
}

/* Draws @text at (@x, @y) and returns its height. */
static double
draw_text (Pdf            *pdf,
           const char     *text,
           Style           style,
           double          x,
           double          y,
           double          width,
           PangoAlignment  alignment)
{
  g_autoptr(PangoLayout) layout = make_layout (pdf, text, style, width, alignment);

  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
  return layout_height (layout);
}

static double
measure_text (Pdf        *pdf,
              const char *text,
              Style       style,
              double      width)
{
  g_autoptr(PangoLayout) layout = make_layout (pdf, text, style, width, PANGO_ALIGN_LEFT);

  return layout_height (layout);
}

static void
rule (Pdf    *pdf,
      double  y,
      double  level,
      double  width)
{
  set_grey (pdf, level);
  cairo_set_line_width (pdf->cr, width);
  cairo_move_to (pdf->cr, MARGIN, y);
  cairo_line_to (pdf->cr, MARGIN + CONTENT_WIDTH, y);
  cairo_stroke (pdf->cr);
}

/* Pages */

static void
draw_footer (Pdf *pdf)
{
  g_autofree char *left = g_strdup_printf ("%s — Quote %s", pdf->company->name, pdf->quote->number);
  g_autofree char *right = pdf->n_pages > 0
                           ? g_strdup_printf ("Page %u of %u", pdf->page, pdf->n_pages)
                           : g_strdup_printf ("Page %u of %u", pdf->page, pdf->page);

  rule (pdf, FOOTER_TOP - 4, 0.8, 0.5);
  set_grey (pdf, 0.4);
  draw_text (pdf, left, STYLE_SMALL, MARGIN, FOOTER_TOP, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  draw_text (pdf, right, STYLE_SMALL, MARGIN, FOOTER_TOP, CONTENT_WIDTH, PANGO_ALIGN_RIGHT);
}

static void
draw_table_header (Pdf *pdf)
{
  double x = MARGIN;
  double height;

  set_grey (pdf, 0.35);
  height = draw_text (pdf, "Description", STYLE_SMALL, x, pdf->y, COL_DESC_WIDTH, PANGO_ALIGN_LEFT);
  x += COL_DESC_WIDTH + COL_GAP;
  draw_text (pdf, "Qty", STYLE_SMALL, x, pdf->y, COL_QTY_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_QTY_WIDTH + COL_GAP;
  draw_text (pdf, "Unit price", STYLE_SMALL, x, pdf->y, COL_PRICE_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_PRICE_WIDTH + COL_GAP;
  draw_text (pdf, "Amount", STYLE_SMALL, x, pdf->y, COL_AMOUNT_WIDTH, PANGO_ALIGN_RIGHT);
  pdf->y += height + 4;
  rule (pdf, pdf->y, 0.2, 0.8);
  pdf->y += 6;
}

/* The top of every page after the first: who and which quote. */
static void
draw_continued_header (Pdf *pdf)
{
  g_autofree char *text = g_strdup_printf ("%s — Quote %s (continued)",
                                           pdf->company->name, pdf->quote->number);

  set_grey (pdf, 0.4);
  pdf->y += draw_text (pdf, text, STYLE_SMALL, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  pdf->y += 14;
  if (pdf->in_table)
    draw_table_header (pdf);
}

/* Starts a new page unless @height more fits on this one. */
static void
need (Pdf    *pdf,
      double  height)
{
  if (pdf->y + height <= BODY_BOTTOM)
    return;

  draw_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN;
  draw_continued_header (pdf);
}

static char *
format_date (const char *date)
{
  char *formatted = doorstep_local_date_format (date);

  return formatted != NULL ? formatted : g_strdup (date != NULL ? date : "");
}

static char *
format_timestamp_date (const char *timestamp)
{
  g_autoptr(GDateTime) parsed = doorstep_timestamp_parse (timestamp);
  g_autofree char *date = parsed != NULL ? g_date_time_format (parsed, "%Y-%m-%d") : NULL;

  return format_date (date != NULL ? date : timestamp);
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
      return "Requested";
    default:
      g_assert_not_reached ();
    }
}

static void
draw_header (Pdf *pdf)
{
  const DsQuote *quote = pdf->quote;
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autoptr(GString) customer = g_string_new (quote->customer_name);
  double left_height = 0, right_height;

  set_grey (pdf, 0.1);
  left_height += draw_text (pdf, pdf->company->name, STYLE_HEADING, MARGIN, pdf->y,
                            CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT);
  set_grey (pdf, 0.35);
  left_height += draw_text (pdf, pdf->company->address, STYLE_SMALL, MARGIN, pdf->y + left_height + 2,
                            CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT) + 2;
  left_height += draw_text (pdf, pdf->company->contact, STYLE_SMALL, MARGIN, pdf->y + left_height + 2,
                            CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT) + 2;

  set_grey (pdf, 0.1);
  right_height = draw_text (pdf, "QUOTE", STYLE_TITLE, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_RIGHT);
  g_string_append_printf (facts, "No. %s", quote->number);
  if (quote->issued_on != NULL)
    {
      g_autofree char *issued = format_date (quote->issued_on);
      g_string_append_printf (facts, "\nIssued %s", issued);
    }
  if (quote->valid_until != NULL)
    {
      g_autofree char *valid = format_date (quote->valid_until);
      g_string_append_printf (facts, "\nValid until %s", valid);
    }
  g_string_append_printf (facts, "\n%s", status_text (quote));
  set_grey (pdf, 0.25);
  right_height += draw_text (pdf, facts->str, STYLE_BODY, MARGIN, pdf->y + right_height,
                             CONTENT_WIDTH, PANGO_ALIGN_RIGHT);

  pdf->y += MAX (left_height, right_height) + 18;
  rule (pdf, pdf->y, 0.8, 0.5);
  pdf->y += 14;

  set_grey (pdf, 0.45);
  pdf->y += draw_text (pdf, "Prepared for", STYLE_SMALL, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 2;
  if (quote->property_label != NULL)
    g_string_append_printf (customer, "\n%s", quote->property_label);
  if (quote->property_address != NULL)
    g_string_append_printf (customer, " — %s", quote->property_address);
  set_grey (pdf, 0.1);
  pdf->y += draw_text (pdf, customer->str, STYLE_BODY, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 16;

  pdf->y += draw_text (pdf, quote->title, STYLE_HEADING, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 10;
}

static void
draw_item (Pdf               *pdf,
           const DsQuoteItem *item)
{
  const char *currency = pdf->quote->currency;
  g_autofree char *quantity = doorstep_quantity_format (item->quantity_milli);
  g_autofree char *price = doorstep_money_format (item->unit_price_minor, currency);
  g_autofree char *amount = doorstep_money_format (doorstep_quote_line_amount (item->quantity_milli,
                                                                               item->unit_price_minor),
                                                   currency);
  g_autofree char *description = NULL;
  gboolean included = !item->optional || item->selected;
  double x = MARGIN;
  double height;

  if (!item->optional)
    description = g_strdup (item->description);
  else
    description = g_strdup_printf ("%s\nOptional — %s", item->description,
                                   included ? "included" : "not included");

  height = measure_text (pdf, description, STYLE_BODY, COL_DESC_WIDTH) + 8;
  need (pdf, height);

  set_grey (pdf, included ? 0.1 : 0.55);
  draw_text (pdf, description, STYLE_BODY, x, pdf->y, COL_DESC_WIDTH, PANGO_ALIGN_LEFT);
  x += COL_DESC_WIDTH + COL_GAP;
  draw_text (pdf, quantity, STYLE_BODY, x, pdf->y, COL_QTY_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_QTY_WIDTH + COL_GAP;
  draw_text (pdf, price, STYLE_BODY, x, pdf->y, COL_PRICE_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_PRICE_WIDTH + COL_GAP;
  draw_text (pdf, amount, STYLE_BODY, x, pdf->y, COL_AMOUNT_WIDTH, PANGO_ALIGN_RIGHT);
  pdf->y += height;
  rule (pdf, pdf->y - 4, 0.88, 0.5);
}

/* A label and an amount, right-aligned under the Amount column. */
static void
draw_total_line (Pdf        *pdf,
                 const char *label,
                 gint64      amount_minor,
                 Style       style)
{
  g_autofree char *amount = doorstep_money_format (amount_minor, pdf->quote->currency);
  double label_x = MARGIN + CONTENT_WIDTH - COL_AMOUNT_WIDTH - COL_GAP - 200;
  double height;

  need (pdf, 16);
  set_grey (pdf, 0.1);
  height = draw_text (pdf, label, style, label_x, pdf->y, 200, PANGO_ALIGN_RIGHT);
  draw_text (pdf, amount, style, MARGIN + CONTENT_WIDTH - COL_AMOUNT_WIDTH, pdf->y,
             COL_AMOUNT_WIDTH, PANGO_ALIGN_RIGHT);
  pdf->y += height + 4;
}

static void
draw_totals (Pdf *pdf)
{
  const DsQuote *quote = pdf->quote;
  const DoorstepQuoteTotals *totals = &quote->totals;

  pdf->y += 6;
  draw_total_line (pdf, "Subtotal", totals->subtotal, STYLE_BODY);
  if (totals->discount > 0)
    draw_total_line (pdf, "Discount", -totals->discount, STYLE_BODY);
  if (quote->tax_rate_bp > 0)
    {
      g_autofree char *rate = doorstep_tax_rate_format (quote->tax_rate_bp);
      g_autofree char *label = g_strdup_printf ("Tax (%s)", rate);
      draw_total_line (pdf, label, totals->tax, STYLE_BODY);
    }
  draw_total_line (pdf, "Total", totals->total, STYLE_HEADING);

  if (quote->deposit_minor > 0)
    {
      pdf->y += 8;
      draw_total_line (pdf, "Deposit required", quote->deposit_minor, STYLE_BODY);
      draw_total_line (pdf, "Deposit paid", quote->deposit_paid_minor, STYLE_BODY);
      draw_total_line (pdf, "Deposit pending",
                       MAX (quote->deposit_minor - quote->deposit_paid_minor, 0), STYLE_BOLD);
    }
}

static void
draw_paragraph (Pdf        *pdf,
                const char *heading,
                const char *text)
{
  double heading_height, text_height;

  if (text == NULL || *text == '\0')
    return;

  heading_height = measure_text (pdf, heading, STYLE_BOLD, CONTENT_WIDTH);
  text_height = measure_text (pdf, text, STYLE_BODY, CONTENT_WIDTH);
  /* Keep a heading with the start of its text; a long text may break. */
  need (pdf, heading_height + MIN (text_height, 40) + 16);
  pdf->y += 12;
  set_grey (pdf, 0.1);
  pdf->y += draw_text (pdf, heading, STYLE_BOLD, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 4;

  if (pdf->y + text_height <= BODY_BOTTOM)
    {
      set_grey (pdf, 0.2);
      pdf->y += draw_text (pdf, text, STYLE_BODY, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
      return;
    }

  /* Too long for what is left of the page: one line at a time. */
  {
    g_autoptr(PangoLayout) layout = make_layout (pdf, text, STYLE_BODY, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
    PangoLayoutIter *iter = pango_layout_get_iter (layout);

    do
      {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
        PangoRectangle logical;

        pango_layout_iter_get_line_extents (iter, NULL, &logical);
        need (pdf, (double) logical.height / PANGO_SCALE);
        set_grey (pdf, 0.2);
        cairo_move_to (pdf->cr, MARGIN,
                       pdf->y + (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE);
        pango_cairo_show_layout_line (pdf->cr, line);
        pdf->y += (double) logical.height / PANGO_SCALE;
      }
    while (pango_layout_iter_next_line (iter));
    pango_layout_iter_free (iter);
  }
}

static void
draw_signature (Pdf *pdf)
{
  const DsQuote *quote = pdf->quote;
  const double box_height = 70, box_width = 240;

  if (quote->status == DOORSTEP_QUOTE_STATUS_DECLINED)
    {
      g_autofree char *when = format_timestamp_date (quote->declined_at);
      g_autofree char *text = g_strdup_printf ("Declined on %s.", when);

      draw_paragraph (pdf, "Declined", text);
      draw_paragraph (pdf, "Reason given", quote->decline_reason);
      return;
    }

  need (pdf, box_height + 60);
  pdf->y += 18;
  set_grey (pdf, 0.1);
  pdf->y += draw_text (pdf, "Approval", STYLE_BOLD, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 6;

  if (quote->status == DOORSTEP_QUOTE_STATUS_APPROVED && quote->signature_png != NULL)
    {
      cairo_surface_t *image = ds_png_decode (quote->signature_png);
      g_autofree char *when = format_timestamp_date (quote->approved_at);
      g_autofree char *caption = g_strdup_printf ("Approved by %s on %s", quote->signer_name, when);

      if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
        {
          double w = cairo_image_surface_get_width (image);
          double h = cairo_image_surface_get_height (image);
          double scale = MIN (box_width / w, box_height / h);

          cairo_save (pdf->cr);
          cairo_translate (pdf->cr, MARGIN, pdf->y + (box_height - h * scale));
          cairo_scale (pdf->cr, scale, scale);
          cairo_set_source_surface (pdf->cr, image, 0, 0);
          cairo_paint (pdf->cr);
          cairo_restore (pdf->cr);
        }
      cairo_surface_destroy (image);

      pdf->y += box_height + 2;
      cairo_move_to (pdf->cr, MARGIN, pdf->y);
      set_grey (pdf, 0.3);
      cairo_set_line_width (pdf->cr, 0.8);
      cairo_line_to (pdf->cr, MARGIN + box_width, pdf->y);
      cairo_stroke (pdf->cr);
      pdf->y += 4;
      set_grey (pdf, 0.1);
      pdf->y += draw_text (pdf, caption, STYLE_BODY, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
      return;
    }

  /* Not signed yet: lines to sign on paper, for a printed copy. */
  pdf->y += box_height - 20;
  set_grey (pdf, 0.3);
  cairo_set_line_width (pdf->cr, 0.8);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, MARGIN + box_width, pdf->y);
  cairo_move_to (pdf->cr, MARGIN + box_width + 40, pdf->y);
  cairo_line_to (pdf->cr, MARGIN + CONTENT_WIDTH, pdf->y);
  cairo_stroke (pdf->cr);
  set_grey (pdf, 0.45);
  draw_text (pdf, "Signature", STYLE_SMALL, MARGIN, pdf->y + 4, box_width, PANGO_ALIGN_LEFT);
  pdf->y += 4 + draw_text (pdf, "Name and date", STYLE_SMALL, MARGIN + box_width + 40, pdf->y + 4,
                           CONTENT_WIDTH - box_width - 40, PANGO_ALIGN_LEFT);
}

static void
draw_document (Pdf *pdf)
{
  pdf->page = 1;
  pdf->y = MARGIN;
  pdf->in_table = FALSE;

  draw_header (pdf);

  need (pdf, 60);
  draw_table_header (pdf);
  pdf->in_table = TRUE;
  for (guint i = 0; i < pdf->quote->items->len; i++)
    draw_item (pdf, g_ptr_array_index (pdf->quote->items, i));
  pdf->in_table = FALSE;

  draw_totals (pdf);
  draw_paragraph (pdf, "Notes", pdf->quote->notes);
  draw_paragraph (pdf, "Terms", pdf->quote->terms);
  draw_signature (pdf);

  draw_footer (pdf);
  cairo_show_page (pdf->cr);
}

static cairo_status_t
write_to_array (void                *user_data,
                const unsigned char *data,
                unsigned int         length)
{
  if (user_data != NULL)
    g_byte_array_append (user_data, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws the whole document into @sink (NULL to throw it away) and
 * returns the number of pages. */
static guint
render (const DsQuote  *quote,
        const Company  *company,
        guint           n_pages,
        GByteArray     *sink,
        GError        **error)
{
  cairo_surface_t *surface;
  Pdf pdf = { 0 };
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (write_to_array, sink, PAGE_WIDTH, PAGE_HEIGHT);
  if (sink != NULL)
    {
      g_autofree char *title = g_strdup_printf ("Quote %s", quote->number);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, company->name);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Doorstep");
    }
  pdf.cr = cairo_create (surface);
  pdf.quote = quote;
  pdf.company = company;
  pdf.n_pages = n_pages;

  draw_document (&pdf);

  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "Drawing the PDF failed: %s",
                   cairo_status_to_string (status));
      return 0;
    }
  return pdf.page;
}

/**
 * ds_quote_pdf_render:
 * @company: the business, whose header the PDF carries
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
ds_quote_pdf_render (const DsQuote    *quote,
                     const DsCompany  *company,
                     GError          **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  Company header = { 0 };
  guint n_pages;

  describe_company (company, &header);
  n_pages = render (quote, &header, 0, NULL, error);
  if (n_pages > 0)
    {
      bytes = g_byte_array_new ();
      if (render (quote, &header, n_pages, bytes, error) == 0)
        g_clear_pointer (&bytes, g_byte_array_unref);
    }

  company_clear (&header);
  return bytes != NULL ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ds-pdf.h"

/* Drawn with cairo and laid out with pango. Every page says "Page n of
 * m", so a document is drawn twice: once into nothing to count its pages,
 * then for real. */

#define FOOTER_TOP    (DS_PDF_PAGE_HEIGHT - DS_PDF_MARGIN + 12)
#define BODY_BOTTOM   (DS_PDF_PAGE_HEIGHT - DS_PDF_MARGIN - 6)

#define COL_QTY_WIDTH    48.0
#define COL_PRICE_WIDTH  84.0
#define COL_AMOUNT_WIDTH 84.0
#define COL_GAP          10.0
#define COL_DESC_WIDTH   (DS_PDF_CONTENT_WIDTH - COL_QTY_WIDTH - COL_PRICE_WIDTH - COL_AMOUNT_WIDTH - 3 * COL_GAP)

#define FONT_FAMILY "Cantarell, DejaVu Sans, Sans"

struct _DsPdf {
  cairo_t             *cr;
  const DsPdfDocument *document;
  char                *company_address;
  char                *company_contact;
  double               y;
  guint                page;
  guint                n_pages;   /* 0 while counting */
  gboolean             in_table;
};

/* Text */

static PangoLayout *
make_layout (DsPdf          *pdf,
             const char     *text,
             DsPdfStyle      style,
             double          width,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  static const struct { int size; gboolean bold; } styles[] = {
    [DS_PDF_STYLE_BODY]    = { 10, FALSE },
    [DS_PDF_STYLE_SMALL]   = {  8, FALSE },
    [DS_PDF_STYLE_BOLD]    = { 10, TRUE },
    [DS_PDF_STYLE_HEADING] = { 13, TRUE },
    [DS_PDF_STYLE_TITLE]   = { 20, TRUE },
  };

  g_assert ((guint) style < G_N_ELEMENTS (styles));
  pango_font_description_set_size (font, styles[style].size * PANGO_SCALE);
  if (styles[style].bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

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

void
ds_pdf_set_grey (DsPdf  *pdf,
                 double  level)
{
  cairo_set_source_rgb (pdf->cr, level, level, level);
}

/* Draws @text at (@x, @y) and returns its height. */
double
ds_pdf_text (DsPdf          *pdf,
             const char     *text,
             DsPdfStyle      style,
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
measure_text (DsPdf      *pdf,
              const char *text,
              DsPdfStyle  style,
              double      width)
{
  g_autoptr(PangoLayout) layout = make_layout (pdf, text, style, width, PANGO_ALIGN_LEFT);

  return layout_height (layout);
}

void
ds_pdf_line (DsPdf  *pdf,
             double  x1,
             double  x2,
             double  y,
             double  grey,
             double  width)
{
  ds_pdf_set_grey (pdf, grey);
  cairo_set_line_width (pdf->cr, width);
  cairo_move_to (pdf->cr, x1, y);
  cairo_line_to (pdf->cr, x2, y);
  cairo_stroke (pdf->cr);
}

/* A rule across the whole width. */
/* @date ("YYYY-MM-DD") for people to read; as it is if it is not one. */
char *
ds_pdf_format_date (const char *date)
{
  char *formatted = doorstep_local_date_format (date);

  return formatted != NULL ? formatted : g_strdup (date != NULL ? date : "");
}

/* The day of @timestamp (RFC 3339, UTC) for people to read. */
char *
ds_pdf_format_timestamp_date (const char *timestamp)
{
  g_autoptr(GDateTime) parsed = doorstep_timestamp_parse (timestamp);
  g_autofree char *date = parsed != NULL ? g_date_time_format (parsed, "%Y-%m-%d") : NULL;

  return ds_pdf_format_date (date != NULL ? date : timestamp);
}

static void
rule (DsPdf  *pdf,
      double  y,
      double  level,
      double  width)
{
  ds_pdf_line (pdf, DS_PDF_MARGIN, DS_PDF_MARGIN + DS_PDF_CONTENT_WIDTH, y, level, width);
}

/* Pages */

static void
draw_footer (DsPdf *pdf)
{
  g_autofree char *left = g_strdup_printf ("%s — %s", pdf->document->company->name, pdf->document->reference);
  g_autofree char *right = g_strdup_printf ("Page %u of %u", pdf->page, pdf->n_pages > 0 ? pdf->n_pages : pdf->page);

  rule (pdf, FOOTER_TOP - 4, 0.8, 0.5);
  ds_pdf_set_grey (pdf, 0.4);
  ds_pdf_text (pdf, left, DS_PDF_STYLE_SMALL, DS_PDF_MARGIN, FOOTER_TOP, DS_PDF_CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  ds_pdf_text (pdf, right, DS_PDF_STYLE_SMALL, DS_PDF_MARGIN, FOOTER_TOP, DS_PDF_CONTENT_WIDTH, PANGO_ALIGN_RIGHT);
}

static void
draw_table_header (DsPdf *pdf)
{
  double x = DS_PDF_MARGIN;
  double height;

  ds_pdf_set_grey (pdf, 0.35);
  height = ds_pdf_text (pdf, "Description", DS_PDF_STYLE_SMALL, x, pdf->y, COL_DESC_WIDTH, PANGO_ALIGN_LEFT);
  x += COL_DESC_WIDTH + COL_GAP;
  ds_pdf_text (pdf, "Qty", DS_PDF_STYLE_SMALL, x, pdf->y, COL_QTY_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_QTY_WIDTH + COL_GAP;
  ds_pdf_text (pdf, "Unit price", DS_PDF_STYLE_SMALL, x, pdf->y, COL_PRICE_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_PRICE_WIDTH + COL_GAP;
  ds_pdf_text (pdf, "Amount", DS_PDF_STYLE_SMALL, x, pdf->y, COL_AMOUNT_WIDTH, PANGO_ALIGN_RIGHT);
  pdf->y += height + 4;
  rule (pdf, pdf->y, 0.2, 0.8);
  pdf->y += 6;
}

/* The top of every page after the first: who and which document. */
static void
draw_continued_header (DsPdf *pdf)
{
  g_autofree char *text = g_strdup_printf ("%s — %s (continued)",
                                           pdf->document->company->name, pdf->document->reference);

  ds_pdf_set_grey (pdf, 0.4);
  pdf->y += ds_pdf_text (pdf, text, DS_PDF_STYLE_SMALL, DS_PDF_MARGIN, pdf->y, DS_PDF_CONTENT_WIDTH,
                         PANGO_ALIGN_LEFT);
  pdf->y += 14;
  if (pdf->in_table)
    draw_table_header (pdf);
}

/* Starts a new page unless @height more fits on this one. */
void
ds_pdf_need (DsPdf  *pdf,
             double  height)
{
  if (pdf->y + height <= BODY_BOTTOM)
    return;

  draw_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = DS_PDF_MARGIN;
  draw_continued_header (pdf);
}

cairo_t *
ds_pdf_get_cairo (DsPdf *pdf)
{
  return pdf->cr;
}

double
ds_pdf_get_y (DsPdf *pdf)
{
  return pdf->y;
}

void
ds_pdf_advance (DsPdf  *pdf,
                double  height)
{
  pdf->y += height;
}

/* Blocks */

/**
 * ds_pdf_letterhead:
 * @facts: lines under the document's kind: its number, dates, status
 * @prepared_for: who it is for and where, on lines
 * @subject: what it is about, as a heading
 *
 * The top of the first page: the business on the left, the document on
 * the right, then who it is for and what it is about.
 */
void
ds_pdf_letterhead (DsPdf      *pdf,
                   const char *facts,
                   const char *prepared_for,
                   const char *subject)
{
  const DsCompany *company = pdf->document->company;
  double left_height = 0, right_height;

  ds_pdf_set_grey (pdf, 0.1);
  left_height += ds_pdf_text (pdf, company->name, DS_PDF_STYLE_HEADING, DS_PDF_MARGIN, pdf->y,
                              DS_PDF_CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT);
  ds_pdf_set_grey (pdf, 0.35);
  left_height += ds_pdf_text (pdf, pdf->company_address, DS_PDF_STYLE_SMALL, DS_PDF_MARGIN,
                              pdf->y + left_height + 2, DS_PDF_CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT) + 2;
  left_height += ds_pdf_text (pdf, pdf->company_contact, DS_PDF_STYLE_SMALL, DS_PDF_MARGIN,
                              pdf->y + left_height + 2, DS_PDF_CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT) + 2;

  ds_pdf_set_grey (pdf, 0.1);
  right_height = ds_pdf_text (pdf, pdf->document->kind, DS_PDF_STYLE_TITLE, DS_PDF_MARGIN, pdf->y,
                              DS_PDF_CONTENT_WIDTH, PANGO_ALIGN_RIGHT);
  ds_pdf_set_grey (pdf, 0.25);
  right_height += ds_pdf_text (pdf, facts, DS_PDF_STYLE_BODY, DS_PDF_MARGIN, pdf->y + right_height,
                               DS_PDF_CONTENT_WIDTH, PANGO_ALIGN_RIGHT);

  pdf->y += MAX (left_height, right_height) + 18;
  rule (pdf, pdf->y, 0.8, 0.5);
  pdf->y += 14;

  ds_pdf_set_grey (pdf, 0.45);
  pdf->y += ds_pdf_text (pdf, "Prepared for", DS_PDF_STYLE_SMALL, DS_PDF_MARGIN, pdf->y, DS_PDF_CONTENT_WIDTH,
                         PANGO_ALIGN_LEFT) + 2;
  ds_pdf_set_grey (pdf, 0.1);
  pdf->y += ds_pdf_text (pdf, prepared_for, DS_PDF_STYLE_BODY, DS_PDF_MARGIN, pdf->y, DS_PDF_CONTENT_WIDTH,
                         PANGO_ALIGN_LEFT) + 16;
  pdf->y += ds_pdf_text (pdf, subject, DS_PDF_STYLE_HEADING, DS_PDF_MARGIN, pdf->y, DS_PDF_CONTENT_WIDTH,
                         PANGO_ALIGN_LEFT) + 10;
}

/* Starts the items table; its header repeats on every page it runs onto. */
void
ds_pdf_begin_items (DsPdf *pdf)
{
  ds_pdf_need (pdf, 60);
  draw_table_header (pdf);
  pdf->in_table = TRUE;
}

/**
 * ds_pdf_item:
 * @included: %FALSE to grey out a line the total leaves out
 */
void
ds_pdf_item (DsPdf      *pdf,
             const char *description,
             const char *quantity,
             const char *unit_price,
             const char *amount,
             gboolean    included)
{
  double height = measure_text (pdf, description, DS_PDF_STYLE_BODY, COL_DESC_WIDTH) + 8;
  double x = DS_PDF_MARGIN;

  ds_pdf_need (pdf, height);

  ds_pdf_set_grey (pdf, included ? 0.1 : 0.55);
  ds_pdf_text (pdf, description, DS_PDF_STYLE_BODY, x, pdf->y, COL_DESC_WIDTH, PANGO_ALIGN_LEFT);
  x += COL_DESC_WIDTH + COL_GAP;
  ds_pdf_text (pdf, quantity, DS_PDF_STYLE_BODY, x, pdf->y, COL_QTY_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_QTY_WIDTH + COL_GAP;
  ds_pdf_text (pdf, unit_price, DS_PDF_STYLE_BODY, x, pdf->y, COL_PRICE_WIDTH, PANGO_ALIGN_RIGHT);
  x += COL_PRICE_WIDTH + COL_GAP;
  ds_pdf_text (pdf, amount, DS_PDF_STYLE_BODY, x, pdf->y, COL_AMOUNT_WIDTH, PANGO_ALIGN_RIGHT);
  pdf->y += height;
  rule (pdf, pdf->y - 4, 0.88, 0.5);
}

void
ds_pdf_end_items (DsPdf *pdf)
{
  pdf->in_table = FALSE;
}

/* A label and an amount, right-aligned under the Amount column. */
void
ds_pdf_total_line (DsPdf      *pdf,
                   const char *label,
                   const char *amount,
                   DsPdfStyle  style)
{
  double label_x = DS_PDF_MARGIN + DS_PDF_CONTENT_WIDTH - COL_AMOUNT_WIDTH - COL_GAP - 200;
  double height;

  ds_pdf_need (pdf, 16);
  ds_pdf_set_grey (pdf, 0.1);
  height = ds_pdf_text (pdf, label, style, label_x, pdf->y, 200, PANGO_ALIGN_RIGHT);
  ds_pdf_text (pdf, amount, style, DS_PDF_MARGIN + DS_PDF_CONTENT_WIDTH - COL_AMOUNT_WIDTH, pdf->y,
               COL_AMOUNT_WIDTH, PANGO_ALIGN_RIGHT);
  pdf->y += height + 4;
}

/* A heading and its text; nothing when @text is empty. A heading stays
 * with the start of its text; a long text breaks across pages. */
void
ds_pdf_paragraph (DsPdf      *pdf,
                  const char *heading,
                  const char *text)
{
  double heading_height, text_height;

  if (text == NULL || *text == '\0')
    return;

  heading_height = measure_text (pdf, heading, DS_PDF_STYLE_BOLD, DS_PDF_CONTENT_WIDTH);
  text_height = measure_text (pdf, text, DS_PDF_STYLE_BODY, DS_PDF_CONTENT_WIDTH);
  ds_pdf_need (pdf, heading_height + MIN (text_height, 40) + 16);
  pdf->y += 12;
  ds_pdf_set_grey (pdf, 0.1);
  pdf->y += ds_pdf_text (pdf, heading, DS_PDF_STYLE_BOLD, DS_PDF_MARGIN, pdf->y, DS_PDF_CONTENT_WIDTH,
                         PANGO_ALIGN_LEFT) + 4;

  if (pdf->y + text_height <= BODY_BOTTOM)
    {
      ds_pdf_set_grey (pdf, 0.2);
      pdf->y += ds_pdf_text (pdf, text, DS_PDF_STYLE_BODY, DS_PDF_MARGIN, pdf->y, DS_PDF_CONTENT_WIDTH,
                             PANGO_ALIGN_LEFT);
      return;
    }

  /* Too long for what is left of the page: one line at a time. */
  {
    g_autoptr(PangoLayout) layout = make_layout (pdf, text, DS_PDF_STYLE_BODY, DS_PDF_CONTENT_WIDTH,
                                                 PANGO_ALIGN_LEFT);
    PangoLayoutIter *iter = pango_layout_get_iter (layout);

    do
      {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
        PangoRectangle logical;

        pango_layout_iter_get_line_extents (iter, NULL, &logical);
        ds_pdf_need (pdf, (double) logical.height / PANGO_SCALE);
        ds_pdf_set_grey (pdf, 0.2);
        cairo_move_to (pdf->cr, DS_PDF_MARGIN,
                       pdf->y + (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE);
        pango_cairo_show_layout_line (pdf->cr, line);
        pdf->y += (double) logical.height / PANGO_SCALE;
      }
    while (pango_layout_iter_next_line (iter));
    pango_layout_iter_free (iter);
  }
}

/* Rendering */

/* The business as the letterhead shows it: its address on two lines, and
 * one line of ways to reach it. */
static void
describe_company (DsPdf           *pdf,
                  const DsCompany *company)
{
  g_autoptr(GString) address = g_string_new (company->address_line1);
  g_autoptr(GString) contact = g_string_new (company->phone);

  if (company->address_line2 != NULL)
    g_string_append_printf (address, ", %s", company->address_line2);
  g_string_append_printf (address, "\n%s", company->city);
  if (company->region != NULL)
    g_string_append_printf (address, ", %s", company->region);
  if (company->postal_code != NULL)
    g_string_append_printf (address, " %s", company->postal_code);

  g_string_append_printf (contact, "  ·  %s", company->email);
  if (company->website != NULL)
    {
      const char *scheme_end = strstr (company->website, "://");

      g_string_append_printf (contact, "  ·  %s", scheme_end != NULL ? scheme_end + 3 : company->website);
    }

  pdf->company_address = g_string_free (g_steal_pointer (&address), FALSE);
  pdf->company_contact = g_string_free (g_steal_pointer (&contact), FALSE);
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
 * returns the number of pages, 0 on error. */
static guint
render (const DsPdfDocument  *document,
        DsPdfDrawFunc         draw_body,
        gpointer              user_data,
        guint                 n_pages,
        GByteArray           *sink,
        GError              **error)
{
  cairo_surface_t *surface;
  DsPdf pdf = { 0 };
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (write_to_array, sink, DS_PDF_PAGE_WIDTH, DS_PDF_PAGE_HEIGHT);
  if (sink != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, document->reference);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, document->company->name);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Doorstep");
    }
  pdf.cr = cairo_create (surface);
  pdf.document = document;
  pdf.n_pages = n_pages;
  pdf.page = 1;
  pdf.y = DS_PDF_MARGIN;
  describe_company (&pdf, document->company);

  draw_body (&pdf, user_data);
  draw_footer (&pdf);
  cairo_show_page (pdf.cr);

  cairo_destroy (pdf.cr);
  g_free (pdf.company_address);
  g_free (pdf.company_contact);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Drawing the PDF failed: %s",
                   cairo_status_to_string (status));
      return 0;
    }
  return pdf.page;
}

/**
 * ds_pdf_render:
 * @draw_body: draws what comes under the letterhead's top, from the
 *   letterhead itself down
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
ds_pdf_render (const DsPdfDocument  *document,
               DsPdfDrawFunc         draw_body,
               gpointer              user_data,
               GError              **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  guint n_pages;

  n_pages = render (document, draw_body, user_data, 0, NULL, error);
  if (n_pages == 0)
    return NULL;

  bytes = g_byte_array_new ();
  if (render (document, draw_body, user_data, n_pages, bytes, error) == 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

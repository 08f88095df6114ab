/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ds-company-store.h"

G_BEGIN_DECLS

/* The layout every document the business sends shares (quotes now,
 * invoices and receipts later): US Letter, the business's letterhead, an
 * items table whose header repeats after a page break, total lines under
 * the Amount column, paragraphs that break across pages, and "Page n of m"
 * in every footer. A document is a function that draws its body with
 * these; ds_pdf_render() runs it twice, once to count the pages. */

#define DS_PDF_PAGE_WIDTH    612.0
#define DS_PDF_PAGE_HEIGHT   792.0
#define DS_PDF_MARGIN        54.0
#define DS_PDF_CONTENT_WIDTH (DS_PDF_PAGE_WIDTH - 2 * DS_PDF_MARGIN)

typedef struct _DsPdf DsPdf;

typedef enum {
  DS_PDF_STYLE_BODY,
  DS_PDF_STYLE_SMALL,
  DS_PDF_STYLE_BOLD,
  DS_PDF_STYLE_HEADING,
  DS_PDF_STYLE_TITLE,
} DsPdfStyle;

/* What a document is, for the letterhead, the footer and the metadata. */
typedef struct {
  const DsCompany *company;
  const char      *kind;       /* "QUOTE", large at the top right */
  const char      *reference;  /* "Quote Q-1001": footer, continued pages, title */
} DsPdfDocument;

typedef void (*DsPdfDrawFunc) (DsPdf    *pdf,
                               gpointer  user_data);

GBytes   *ds_pdf_render          (const DsPdfDocument *document,
                                  DsPdfDrawFunc        draw_body,
                                  gpointer             user_data,
                                  GError             **error);

/* Dates as documents print them, "2 Nov 2026" */
char     *ds_pdf_format_date           (const char *date);
char     *ds_pdf_format_timestamp_date (const char *timestamp);

/* Blocks */
void      ds_pdf_letterhead      (DsPdf      *pdf,
                                  const char *facts,
                                  const char *prepared_for,
                                  const char *subject);
void      ds_pdf_begin_items     (DsPdf      *pdf);
void      ds_pdf_item            (DsPdf      *pdf,
                                  const char *description,
                                  const char *quantity,
                                  const char *unit_price,
                                  const char *amount,
                                  gboolean    included);
void      ds_pdf_end_items       (DsPdf      *pdf);
void      ds_pdf_total_line      (DsPdf      *pdf,
                                  const char *label,
                                  const char *amount,
                                  DsPdfStyle  style);
void      ds_pdf_paragraph       (DsPdf      *pdf,
                                  const char *heading,
                                  const char *text);

/* Drawing by hand, for what only one document has */
cairo_t  *ds_pdf_get_cairo       (DsPdf      *pdf);
double    ds_pdf_get_y           (DsPdf      *pdf);
void      ds_pdf_advance         (DsPdf      *pdf,
                                  double      height);
void      ds_pdf_need            (DsPdf      *pdf,
                                  double      height);
void      ds_pdf_set_grey        (DsPdf      *pdf,
                                  double      level);
double    ds_pdf_text            (DsPdf          *pdf,
                                  const char     *text,
                                  DsPdfStyle      style,
                                  double          x,
                                  double          y,
                                  double          width,
                                  PangoAlignment  alignment);
void      ds_pdf_line            (DsPdf      *pdf,
                                  double      x1,
                                  double      x2,
                                  double      y,
                                  double      grey,
                                  double      width);

G_END_DECLS

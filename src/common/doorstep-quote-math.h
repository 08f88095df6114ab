/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one place a quote's totals are worked out. The server uses it for
 * the amounts that count; the app uses it to show at once what ticking an
 * optional item does to the total, then shows the server's figure.
 *
 * Every amount is an integer of minor units. Quantities are thousandths
 * (2.5 hours is 2500). Rounding, everywhere: half away from zero, once:
 *   line amount = quantity_milli × unit price ÷ 1000, rounded
 *   subtotal    = sum of the included lines (required ones, and optional
 *                 ones the customer selected)
 *   discount    = the quote's discount, never more than the subtotal
 *   tax         = (subtotal − discount) × tax_rate_bp ÷ 10000, rounded
 *                 once on that sum, never per line
 *   total       = subtotal − discount + tax
 */

typedef struct {
  gint64   quantity_milli;
  gint64   unit_price_minor;
  gboolean optional;
  gboolean selected;
} DoorstepQuoteLine;

typedef struct {
  gint64 subtotal;
  gint64 discount;
  gint64 tax;
  gint64 total;
} DoorstepQuoteTotals;

#define DOORSTEP_QUOTE_QUANTITY_MAX   G_GINT64_CONSTANT (1000000000)  /* one million units */
#define DOORSTEP_QUOTE_PRICE_MAX      G_GINT64_CONSTANT (100000000000) /* 1,000,000,000.00 */
#define DOORSTEP_QUOTE_TAX_RATE_MAX   10000u                            /* 100% */

gint64   doorstep_quote_line_amount (gint64                   quantity_milli,
                                     gint64                   unit_price_minor);
void     doorstep_quote_compute_lines (const DoorstepQuoteLine *lines,
                                     guint                    n_lines,
                                     gint64                   discount_minor,
                                     guint                    tax_rate_bp,
                                     DoorstepQuoteTotals     *totals);
char    *doorstep_quantity_format   (gint64                   quantity_milli);
char    *doorstep_tax_rate_format   (guint                    tax_rate_bp);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-quote-math.h"

/* a × b ÷ d for non-negative a, b and positive d, rounded half up (which,
 * for amounts that are never negative, is half away from zero). Splitting
 * a keeps the product inside 64 bits for every amount within the limits. */
static gint64
mul_div_round (gint64 a,
               gint64 b,
               gint64 d)
{
  gint64 whole = (a / d) * b;
  gint64 rest = (a % d) * b;

  return whole + (rest + d / 2) / d;
}

/**
 * doorstep_quote_line_amount:
 *
 * Returns: quantity × unit price in minor units, rounded half away from zero
 */
gint64
doorstep_quote_line_amount (gint64 quantity_milli,
                            gint64 unit_price_minor)
{
  g_return_val_if_fail (quantity_milli >= 0 && quantity_milli <= DOORSTEP_QUOTE_QUANTITY_MAX, 0);
  g_return_val_if_fail (unit_price_minor >= 0 && unit_price_minor <= DOORSTEP_QUOTE_PRICE_MAX, 0);

  return mul_div_round (quantity_milli, unit_price_minor, 1000);
}

void
doorstep_quote_compute_lines (const DoorstepQuoteLine *lines,
                        guint                    n_lines,
                        gint64                   discount_minor,
                        guint                    tax_rate_bp,
                        DoorstepQuoteTotals     *totals)
{
  gint64 subtotal = 0;

  g_return_if_fail (n_lines == 0 || lines != NULL);
  g_return_if_fail (tax_rate_bp <= DOORSTEP_QUOTE_TAX_RATE_MAX);
  g_return_if_fail (totals != NULL);

  for (guint i = 0; i < n_lines; i++)
    if (!lines[i].optional || lines[i].selected)
      subtotal += doorstep_quote_line_amount (lines[i].quantity_milli, lines[i].unit_price_minor);

  totals->subtotal = subtotal;
  totals->discount = CLAMP (discount_minor, 0, subtotal);
  totals->tax = mul_div_round (subtotal - totals->discount, tax_rate_bp, 10000);
  totals->total = subtotal - totals->discount + totals->tax;
}

/* "2", "2.5", "0.125": thousandths without trailing zeros. */
char *
doorstep_quantity_format (gint64 quantity_milli)
{
  gint64 whole = quantity_milli / 1000;
  gint64 fraction = ABS (quantity_milli % 1000);
  char digits[4];
  int end = 3;

  if (fraction == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, whole);

  g_snprintf (digits, sizeof digits, "%03" G_GINT64_FORMAT, fraction);
  while (end > 0 && digits[end - 1] == '0')
    end--;
  digits[end] = '\0';
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%s",
                          quantity_milli < 0 && whole == 0 ? "-" : "", whole, digits);
}

/* 825 basis points is "8.25%". */
char *
doorstep_tax_rate_format (guint tax_rate_bp)
{
  g_autofree char *number = doorstep_quantity_format ((gint64) tax_rate_bp * 10);

  return g_strconcat (number, "%", NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-money.h"

typedef struct {
  const char *code;
  const char *symbol;
  guint       digits;
} Currency;

/* Currencies whose symbol or exponent we know; any other well-formed code is
 * shown with its code and two decimals, which is right for most of ISO 4217. */
static const Currency currencies[] = {
  { "USD", "$",   2 },
  { "CAD", "CA$", 2 },
  { "AUD", "A$",  2 },
  { "NZD", "NZ$", 2 },
  { "EUR", "€",   2 },
  { "GBP", "£",   2 },
  { "JPY", "¥",   0 },
  { "KRW", "₩",   0 },
  { "ISK", "kr",  0 },
  { "BHD", "BHD", 3 },
  { "KWD", "KWD", 3 },
  { "OMR", "OMR", 3 },
  { "TND", "TND", 3 },
};

static const Currency *
find_currency (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_strcmp0 (currencies[i].code, code) == 0)
      return &currencies[i];
  return NULL;
}

/**
 * doorstep_currency_is_valid:
 * @code: (nullable): a currency code
 *
 * Returns: whether @code has the shape of an ISO 4217 code (three capital
 *   letters).
 */
gboolean
doorstep_currency_is_valid (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (code[i]))
      return FALSE;
  return TRUE;
}

guint
doorstep_currency_get_minor_digits (const char *code)
{
  const Currency *c = find_currency (code);
  return c != NULL ? c->digits : 2;
}

/**
 * doorstep_money_format:
 * @amount_minor: the amount in minor units (cents for USD)
 * @currency: an ISO 4217 code
 *
 * Formats an amount the way a bill shows it: "$1,234.56", "−€5.00",
 * "¥1,200", or "CHF 12.00" for a currency without a known symbol.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
doorstep_money_format (gint64      amount_minor,
                       const char *currency)
{
  const Currency *c = find_currency (currency);
  guint digits = c != NULL ? c->digits : 2;
  guint64 magnitude;
  guint64 divisor = 1;
  guint64 whole, fraction;
  g_autofree char *whole_str = NULL;
  GString *out = g_string_new (NULL);
  gsize len;

  for (guint i = 0; i < digits; i++)
    divisor *= 10;

  /* Negate in unsigned arithmetic so G_MININT64 does not overflow. */
  magnitude = amount_minor < 0 ? (guint64) 0 - (guint64) amount_minor : (guint64) amount_minor;
  whole = magnitude / divisor;
  fraction = magnitude % divisor;

  if (amount_minor < 0)
    g_string_append (out, "−");

  if (c != NULL && !g_str_equal (c->symbol, c->code))
    g_string_append (out, c->symbol);
  else
    g_string_append_printf (out, "%s ", currency != NULL ? currency : "");

  whole_str = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  len = strlen (whole_str);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, whole_str[i]);
    }

  if (digits > 0)
    g_string_append_printf (out, ".%0*" G_GUINT64_FORMAT, (int) digits, fraction);

  return g_string_free (out, FALSE);
}

/**
 * doorstep_money_parse:
 * @text: what a customer typed: "28", "28.5", "$1,028.50", " 28.50 "
 * @amount_minor: (out): the amount in @currency's minor units
 *
 * Reads an amount typed in @currency: its symbol or code may lead,
 * thousands may be separated by commas, and there may be no more decimals
 * than the currency has. Negative amounts and anything else are refused.
 *
 * Returns: whether @text is such an amount
 */
gboolean
doorstep_money_parse (const char *text,
                      const char *currency,
                      gint64     *amount_minor)
{
  const Currency *c = find_currency (currency);
  guint digits = c != NULL ? c->digits : 2;
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  guint64 whole = 0, fraction = 0;
  guint n_whole = 0, n_fraction = 0;

  if (c != NULL && g_str_has_prefix (p, c->symbol))
    p += strlen (c->symbol);
  else if (currency != NULL && g_str_has_prefix (p, currency))
    p += strlen (currency);
  while (*p == ' ')
    p++;

  for (; *p != '\0' && *p != '.'; p++)
    {
      if (*p == ',' && n_whole > 0)
        continue;
      if (!g_ascii_isdigit (*p) || whole > G_MAXINT64 / 100 / 10)
        return FALSE;
      whole = whole * 10 + (guint64) (*p - '0');
      n_whole++;
    }
  if (*p == '.')
    for (p++; *p != '\0'; p++)
      {
        if (!g_ascii_isdigit (*p) || ++n_fraction > digits)
          return FALSE;
        fraction = fraction * 10 + (guint64) (*p - '0');
      }
  if (n_whole == 0 && n_fraction == 0)
    return FALSE;

  for (; n_fraction < digits; n_fraction++)
    fraction *= 10;
  for (guint i = 0; i < digits; i++)
    whole *= 10;
  *amount_minor = (gint64) (whole + fraction);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* gi18n-lib.h: _() is g_dgettext (GETTEXT_PACKAGE, …), which xgettext
 * finds (the glib preset has no g_dgettext) and both binaries translate
 * in the app's domain. */
#include <glib/gi18n-lib.h>

#include "doorstep-money.h"
#include "doorstep-payment-rules.h"

/**
 * doorstep_payment_check_line:
 * @kind: an invoice, or a quote's deposit
 * @number: the invoice's or the quote's number, "I-2008"
 * @amount_minor: what is to be paid towards it
 * @due_minor: what is left to pay on it
 * @partial_minimum_minor: the business's least part payment of an invoice;
 *   0 when invoices are paid in full only
 * @currency: of all three amounts
 * @field: (out): the member at fault when a message is returned
 *
 * Whether @amount_minor may be paid towards one invoice or deposit. An
 * amount of zero or less is less than is due, and refused as such; the
 * server refuses it earlier, as a request's shape.
 *
 * Returns: (transfer full) (nullable): %NULL when it may, or why not
 */
char *
doorstep_payment_check_line (DoorstepPayableKind   kind,
                             const char           *number,
                             gint64                amount_minor,
                             gint64                due_minor,
                             gint64                partial_minimum_minor,
                             const char           *currency,
                             const char          **field)
{
  gboolean deposit = kind == DOORSTEP_PAYABLE_DEPOSIT;

  g_return_val_if_fail (number != NULL, NULL);
  g_return_val_if_fail (currency != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  *field = "amount_minor";
  if (amount_minor > due_minor)
    {
      g_autofree char *due = doorstep_money_format (due_minor, currency);

      if (deposit)
        /* Translators: "The deposit of quote Q-1004 has $300.00 left to pay; pay no more than that." */
        return g_strdup_printf (_("The deposit of quote %s has %s left to pay; pay no more than that."), number,
                                due);
      /* Translators: "Invoice I-2008 has $220.00 left to pay; pay no more than that." */
      return g_strdup_printf (_("Invoice %s has %s left to pay; pay no more than that."),
                              number, due);
    }
  if (amount_minor == due_minor)
    return NULL;
  if (deposit)
    return g_strdup_printf (_("The deposit of quote %s can only be paid in full."), number);
  if (partial_minimum_minor <= 0)
    return g_strdup_printf (_("Invoice %s can only be paid in full."), number);
  if (amount_minor < partial_minimum_minor)
    {
      g_autofree char *minimum = doorstep_money_format (partial_minimum_minor, currency);

      /* Translators: "Pay at least $50.00 towards invoice I-2008, or all of it." */
      return g_strdup_printf (_("Pay at least %s towards invoice %s, or all of it."),
                              minimum, number);
    }
  return NULL;
}

/**
 * doorstep_payment_check_n_lines:
 * @field: (out): "lines" when a message is returned
 *
 * Whether one payment may pay @n_lines invoices and deposits at once
 * (that there is at least one is each side's to say in its own words: the
 * app asks to tick one).
 *
 * Returns: (transfer full) (nullable): %NULL when it may, or why not
 */
char *
doorstep_payment_check_n_lines (guint         n_lines,
                                const char  **field)
{
  g_return_val_if_fail (field != NULL, NULL);

  *field = "lines";
  if (n_lines <= DOORSTEP_PAYMENT_MAX_LINES)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pay at most %u invoice or deposit at once.",
                                       "Pay at most %u invoices and deposits at once.", DOORSTEP_PAYMENT_MAX_LINES),
                          DOORSTEP_PAYMENT_MAX_LINES);
}

/**
 * doorstep_payment_check_tip:
 * @tips_allowed: whether the business takes tips
 * @field: (out): "tip_minor" when a message is returned
 *
 * Whether @tip_minor may ride on a payment. The app words a tip typed
 * wrong its own way (it is text there, not minor units); this is for the
 * amount itself.
 *
 * Returns: (transfer full) (nullable): %NULL when it may, or why not
 */
char *
doorstep_payment_check_tip (gint64        tip_minor,
                            gboolean      tips_allowed,
                            const char  **field)
{
  g_return_val_if_fail (field != NULL, NULL);

  *field = "tip_minor";
  if (tip_minor < 0 || tip_minor > DOORSTEP_PAYMENT_TIP_MAX)
    return g_strdup (_("A tip is an amount of zero or more, in cents."));
  if (tip_minor > 0 && !tips_allowed)
    return g_strdup (_("This business does not take tips online."));
  return NULL;
}

/**
 * doorstep_payment_preset_tip:
 * @subtotal_minor: what the lines pay, zero or more
 * @percent: the preset, "15" for 15%, at most 100
 *
 * Returns: @percent of @subtotal_minor, rounded to the nearest minor
 *   unit, half up
 */
gint64
doorstep_payment_preset_tip (gint64 subtotal_minor,
                             guint  percent)
{
  g_return_val_if_fail (subtotal_minor >= 0, 0);
  g_return_val_if_fail (percent <= 100, 0);

  /* Split so that the product stays inside 64 bits for any subtotal. */
  return (subtotal_minor / 100) * percent + ((subtotal_minor % 100) * percent + 50) / 100;
}

/**
 * doorstep_payment_total:
 * @amounts_minor: (array length=n_amounts): what each line pays
 *
 * Returns: what the card is charged: the lines and the tip
 */
gint64
doorstep_payment_total (const gint64 *amounts_minor,
                        guint         n_amounts,
                        gint64        tip_minor)
{
  gint64 total = tip_minor;

  g_return_val_if_fail (n_amounts == 0 || amounts_minor != NULL, 0);

  for (guint i = 0; i < n_amounts; i++)
    total += amounts_minor[i];
  return total;
}

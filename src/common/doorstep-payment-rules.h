/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The rules of paying, and their words, in one place: the server enforces
 * them on every line of POST /payments, and the app checks what was
 * ticked and typed with the same functions before sending it, so both say
 * the same thing. The server's answer is the one that counts.
 *
 *   a line      an invoice's balance or a quote's deposit, at most what is
 *               due; an invoice may be paid in part, at least the
 *               business's part-payment minimum (unless that pays it all),
 *               and only in full when the minimum is 0; a deposit only in
 *               full
 *   lines       at most DOORSTEP_PAYMENT_MAX_LINES in one payment
 *   tip         0 to DOORSTEP_PAYMENT_TIP_MAX, and none where the business
 *               takes no tips; a preset is a percentage of the lines'
 *               subtotal, rounded to the nearest minor unit, half up
 *   total       the lines plus the tip
 *
 * A fault comes back as its message (for the person paying) and the
 * member of the request it is about: "amount_minor" of a line, "lines",
 * or "tip_minor". */

typedef enum {
  DOORSTEP_PAYABLE_INVOICE,
  DOORSTEP_PAYABLE_DEPOSIT,
} DoorstepPayableKind;

#define DOORSTEP_PAYMENT_MAX_LINES 20u
#define DOORSTEP_PAYMENT_TIP_MAX   G_GINT64_CONSTANT (100000000)  /* 1,000,000.00 */

char   *doorstep_payment_check_line     (DoorstepPayableKind   kind,
                                         const char           *number,
                                         gint64                amount_minor,
                                         gint64                due_minor,
                                         gint64                partial_minimum_minor,
                                         const char           *currency,
                                         const char          **field);
char   *doorstep_payment_check_n_lines  (guint                 n_lines,
                                         const char          **field);
char   *doorstep_payment_check_tip      (gint64                tip_minor,
                                         gboolean              tips_allowed,
                                         const char          **field);
gint64  doorstep_payment_preset_tip     (gint64                subtotal_minor,
                                         guint                 percent);
gint64  doorstep_payment_total          (const gint64         *amounts_minor,
                                         guint                 n_amounts,
                                         gint64                tip_minor);

G_END_DECLS

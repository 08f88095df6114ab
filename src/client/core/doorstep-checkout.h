/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "doorstep-checkout-line.h"
#include "doorstep-payments-api.h"

G_BEGIN_DECLS

/* What the pay dialog is about to charge, without widgets: a line per
 * invoice or deposit that can be paid (ticked or not, each with its
 * amount), the tip (none, one of the business's presets, or typed), the
 * subtotal and total as they stand; then, once reviewed, the lines and
 * tip that go to the server, with the Idempotency-Key of the attempt. */

#define DOORSTEP_CHECKOUT_TIP_NONE   (-1)
#define DOORSTEP_CHECKOUT_TIP_CUSTOM (-2)

/* Where a review found what cannot be paid. */
typedef enum {
  DOORSTEP_CHECKOUT_FAULT_NONE,
  DOORSTEP_CHECKOUT_FAULT_LINE,   /* a ticked line's amount */
  DOORSTEP_CHECKOUT_FAULT_LINES,  /* none ticked, or too many */
  DOORSTEP_CHECKOUT_FAULT_TIP,    /* the tip typed */
} DoorstepCheckoutFault;

#define DOORSTEP_TYPE_CHECKOUT (doorstep_checkout_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCheckout, doorstep_checkout, DOORSTEP, CHECKOUT, GObject)

DoorstepCheckout      *doorstep_checkout_new                   (const char             *preselect);
void                   doorstep_checkout_set_source            (DoorstepCheckout       *self,
                                                                DoorstepPaymentConfig  *config,
                                                                GListModel             *payables);
DoorstepPaymentConfig *doorstep_checkout_get_config            (DoorstepCheckout       *self);
GListModel            *doorstep_checkout_get_lines             (DoorstepCheckout       *self);
int                    doorstep_checkout_get_tip               (DoorstepCheckout       *self);
void                   doorstep_checkout_set_tip               (DoorstepCheckout       *self,
                                                                int                     tip);
const char            *doorstep_checkout_get_custom_tip        (DoorstepCheckout       *self);
void                   doorstep_checkout_set_custom_tip        (DoorstepCheckout       *self,
                                                                const char             *text);
guint                  doorstep_checkout_get_n_selected        (DoorstepCheckout       *self);
gboolean               doorstep_checkout_get_valid             (DoorstepCheckout       *self);
gint64                 doorstep_checkout_get_subtotal          (DoorstepCheckout       *self);
gint64                 doorstep_checkout_get_tip_amount        (DoorstepCheckout       *self);
gint64                 doorstep_checkout_get_total             (DoorstepCheckout       *self);

DoorstepCheckoutFault  doorstep_checkout_review                (DoorstepCheckout       *self,
                                                                DoorstepCheckoutLine  **line,
                                                                char                  **message);
guint                  doorstep_checkout_get_n_charged         (DoorstepCheckout       *self);
DoorstepCheckoutLine  *doorstep_checkout_get_charged           (DoorstepCheckout       *self,
                                                                guint                   index,
                                                                gint64                 *amount_minor);
const DoorstepPayLine *doorstep_checkout_get_pay_lines         (DoorstepCheckout       *self,
                                                                guint                  *n_lines);
gint64                 doorstep_checkout_get_charged_tip       (DoorstepCheckout       *self);
gint64                 doorstep_checkout_get_charged_total     (DoorstepCheckout       *self);
DoorstepCheckoutLine  *doorstep_checkout_find_charged          (DoorstepCheckout       *self,
                                                                const char             *field);
const char            *doorstep_checkout_get_idempotency_key   (DoorstepCheckout       *self);
void                   doorstep_checkout_end_attempt           (DoorstepCheckout       *self);

G_END_DECLS

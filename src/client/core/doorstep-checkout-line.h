/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "doorstep-payable.h"
#include "doorstep-payment-config.h"

G_BEGIN_DECLS

/* One invoice or deposit in a checkout: whether it is ticked, what is
 * typed as its amount where the business takes part payments, and, from
 * the rules in src/common, whether that can be paid. Its title, subtitle
 * and amount are the words a check list shows for it. */
#define DOORSTEP_TYPE_CHECKOUT_LINE (doorstep_checkout_line_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCheckoutLine, doorstep_checkout_line, DOORSTEP, CHECKOUT_LINE, GObject)

DoorstepCheckoutLine *doorstep_checkout_line_new                 (DoorstepPayable       *payable,
                                                                  DoorstepPaymentConfig *config,
                                                                  gboolean               active);
void                  doorstep_checkout_line_set_payable         (DoorstepCheckoutLine  *self,
                                                                  DoorstepPayable       *payable,
                                                                  DoorstepPaymentConfig *config);
DoorstepPayable      *doorstep_checkout_line_get_payable         (DoorstepCheckoutLine  *self);
const char           *doorstep_checkout_line_get_id              (DoorstepCheckoutLine  *self);
const char           *doorstep_checkout_line_get_title           (DoorstepCheckoutLine  *self);
const char           *doorstep_checkout_line_get_subtitle        (DoorstepCheckoutLine  *self);
const char           *doorstep_checkout_line_get_amount          (DoorstepCheckoutLine  *self);
gboolean              doorstep_checkout_line_get_amount_editable (DoorstepCheckoutLine  *self);
gboolean              doorstep_checkout_line_get_active          (DoorstepCheckoutLine  *self);
void                  doorstep_checkout_line_set_active          (DoorstepCheckoutLine  *self,
                                                                  gboolean               active);
const char           *doorstep_checkout_line_get_amount_text     (DoorstepCheckoutLine  *self);
void                  doorstep_checkout_line_set_amount_text     (DoorstepCheckoutLine  *self,
                                                                  const char            *text);
char                 *doorstep_checkout_line_check               (DoorstepCheckoutLine  *self,
                                                                  gint64                *amount_minor);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* How the business takes payments: where card details go to become a
 * token, the currency, whether invoices may be paid in part (from what
 * minimum) and whether it takes tips (with the percentages offered). */
#define DOORSTEP_TYPE_PAYMENT_CONFIG (doorstep_payment_config_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPaymentConfig, doorstep_payment_config, DOORSTEP, PAYMENT_CONFIG, DoorstepRecord)

const char *doorstep_payment_config_get_tokenize_url    (DoorstepPaymentConfig *self);
const char *doorstep_payment_config_get_currency        (DoorstepPaymentConfig *self);
gint64      doorstep_payment_config_get_partial_minimum (DoorstepPaymentConfig *self);
gboolean    doorstep_payment_config_get_tips_allowed    (DoorstepPaymentConfig *self);
guint       doorstep_payment_config_get_n_tip_presets   (DoorstepPaymentConfig *self);
guint       doorstep_payment_config_get_tip_preset      (DoorstepPaymentConfig *self,
                                                         guint                  index);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A saved card: what can be shown of it, and whether it is the default. */
#define DOORSTEP_TYPE_PAYMENT_METHOD (doorstep_payment_method_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPaymentMethod, doorstep_payment_method, DOORSTEP, PAYMENT_METHOD, DoorstepRecord)

const char *doorstep_payment_method_get_id         (DoorstepPaymentMethod *self);
const char *doorstep_payment_method_get_brand      (DoorstepPaymentMethod *self);
const char *doorstep_payment_method_get_last4      (DoorstepPaymentMethod *self);
guint       doorstep_payment_method_get_exp_month  (DoorstepPaymentMethod *self);
guint       doorstep_payment_method_get_exp_year   (DoorstepPaymentMethod *self);
gboolean    doorstep_payment_method_get_is_default (DoorstepPaymentMethod *self);
char       *doorstep_payment_method_dup_title      (DoorstepPaymentMethod *self);

G_END_DECLS

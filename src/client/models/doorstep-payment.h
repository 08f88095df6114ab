/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A payment: how much, when, by which card, its receipt number, and (in
 * the payment history) the invoice or quote deposit it paid. */
#define DOORSTEP_TYPE_PAYMENT (doorstep_payment_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPayment, doorstep_payment, DOORSTEP, PAYMENT, DoorstepRecord)

const char *doorstep_payment_get_id             (DoorstepPayment *self);
const char *doorstep_payment_get_receipt_number (DoorstepPayment *self);
gint64      doorstep_payment_get_amount_minor   (DoorstepPayment *self);
const char *doorstep_payment_get_currency       (DoorstepPayment *self);
GDateTime  *doorstep_payment_get_paid_at        (DoorstepPayment *self);
const char *doorstep_payment_get_invoice_id     (DoorstepPayment *self);
const char *doorstep_payment_get_quote_id       (DoorstepPayment *self);
const char *doorstep_payment_get_paid_for       (DoorstepPayment *self);
char       *doorstep_payment_dup_method         (DoorstepPayment *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A payment applied to an invoice: how much, when, by which card, and
 * its receipt number. */
#define DOORSTEP_TYPE_PAYMENT (doorstep_payment_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPayment, doorstep_payment, DOORSTEP, PAYMENT, DoorstepRecord)

const char *doorstep_payment_get_id             (DoorstepPayment *self);
const char *doorstep_payment_get_receipt_number (DoorstepPayment *self);
gint64      doorstep_payment_get_amount_minor   (DoorstepPayment *self);
GDateTime  *doorstep_payment_get_paid_at        (DoorstepPayment *self);
char       *doorstep_payment_dup_method         (DoorstepPayment *self);

G_END_DECLS

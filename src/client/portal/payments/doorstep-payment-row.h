/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-payment.h"

G_BEGIN_DECLS

/* A row of the payment history: what it paid, when and with which card,
 * the amount, and the receipt number. */
#define DOORSTEP_TYPE_PAYMENT_ROW (doorstep_payment_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPaymentRow, doorstep_payment_row, DOORSTEP, PAYMENT_ROW, GtkBox)

void doorstep_payment_row_set_payment (DoorstepPaymentRow *self,
                                       DoorstepPayment    *payment);

G_END_DECLS

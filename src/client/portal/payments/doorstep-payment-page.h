/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-payment.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PAYMENT_PAGE (doorstep_payment_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPaymentPage, doorstep_payment_page, DOORSTEP, PAYMENT_PAGE, DoorstepDetailPage)

void             doorstep_payment_page_show        (DoorstepPaymentPage *self,
                                                    DoorstepPayment     *payment);
DoorstepPayment *doorstep_payment_page_get_payment (DoorstepPaymentPage *self);

G_END_DECLS

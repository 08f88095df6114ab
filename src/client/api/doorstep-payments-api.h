/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document.h"
#include "doorstep-paged-list.h"
#include "doorstep-payment.h"

G_BEGIN_DECLS

/* The payment history, and a payment's receipt. */
extern const DoorstepListEndpoint   doorstep_payments_api_list;
extern const DoorstepDocumentSource doorstep_payments_api_receipt;

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_payments_list_handler    (DsContext *ctx);
void ds_payments_get_handler     (DsContext *ctx);
void ds_payments_receipt_handler (DsContext *ctx);
void ds_payments_create_handler  (DsContext *ctx);
void ds_payments_payable_handler (DsContext *ctx);

G_END_DECLS

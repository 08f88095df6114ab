/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_payments_config_handler         (DsContext *ctx);
void ds_demo_gateway_tokens_handler     (DsContext *ctx);
void ds_payment_methods_list_handler    (DsContext *ctx);
void ds_payment_methods_add_handler     (DsContext *ctx);
void ds_payment_methods_default_handler (DsContext *ctx);
void ds_payment_methods_remove_handler  (DsContext *ctx);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_plans_list_handler (DsContext *ctx);
void ds_plans_get_handler  (DsContext *ctx);
void ds_plans_contract_handler (DsContext *ctx);
void ds_equipment_list_handler (DsContext *ctx);
void ds_equipment_get_handler  (DsContext *ctx);

G_END_DECLS

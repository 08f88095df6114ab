/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

char *ds_company_get_currency (DsDb    *db,
                               char   **today,
                               GError **error);

void  ds_company_handler      (DsContext *ctx);
void  ds_dashboard_handler    (DsContext *ctx);

G_END_DECLS

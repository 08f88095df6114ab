/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_invoices_list_handler   (DsContext *ctx);
void ds_invoices_counts_handler (DsContext *ctx);
void ds_invoices_get_handler    (DsContext *ctx);
void ds_invoices_pdf_handler    (DsContext *ctx);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_quotes_list_handler    (DsContext *ctx);
void ds_quotes_counts_handler  (DsContext *ctx);
void ds_quotes_get_handler     (DsContext *ctx);
void ds_quotes_approve_handler (DsContext *ctx);
void ds_quotes_decline_handler (DsContext *ctx);
void ds_quotes_pdf_handler     (DsContext *ctx);

G_END_DECLS

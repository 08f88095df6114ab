/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_documents_list_handler   (DsContext *ctx);
void ds_documents_counts_handler (DsContext *ctx);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

/* What a portal read of a customer's documents starts with, and how a
 * drawn document is answered. */
gboolean ds_begin_reading (DsContext  *ctx,
                           char      **customer_id,
                           char      **today);
void     ds_respond_pdf   (DsContext  *ctx,
                           GBytes     *pdf,
                           const char *file_name);

G_END_DECLS

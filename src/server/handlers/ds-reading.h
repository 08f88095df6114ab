/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

/* What a portal read of a customer's documents starts with. */
gboolean ds_begin_reading (DsContext  *ctx,
                           char      **customer_id,
                           char      **today);

G_END_DECLS

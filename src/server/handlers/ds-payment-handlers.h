/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

DsReply *ds_payments_list_handler    (DsCall *call, gpointer input, GError **error);
DsReply *ds_payments_get_handler     (DsCall *call, gpointer input, GError **error);
DsReply *ds_payments_receipt_handler (DsCall *call, gpointer input, GError **error);

/* A payment as every answer shows it: the history's items, one payment,
 * and the payments a checkout made (ds-checkout-handlers.c). */
void     ds_payments_write           (DsJsonWriter  *builder,
                                      gconstpointer  payment,
                                      gpointer       user_data);

G_END_DECLS

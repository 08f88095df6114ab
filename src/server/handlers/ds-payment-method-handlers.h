/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"
#include "ds-gateway.h"

G_BEGIN_DECLS

extern const DsInput ds_new_payment_method_input;

DsReply *ds_payment_methods_list_handler    (DsCall *call, gpointer input, GError **error);
DsReply *ds_payment_methods_add_handler     (DsCall *call, gpointer input, GError **error);
DsReply *ds_payment_methods_default_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_payment_methods_remove_handler  (DsCall *call, gpointer input, GError **error);

/* What can be shown of a card, as members of the object being written:
 * a saved card's, and a new token's (ds-demo-gateway-handlers.c). */
void     ds_payment_methods_write_card      (DsJsonWriter *builder,
                                             const DsCard *card);

G_END_DECLS

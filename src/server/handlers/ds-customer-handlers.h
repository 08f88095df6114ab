/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_customer_edit_input;

DsReply *ds_customers_list_handler       (DsCall *call, gpointer input, GError **error);
DsReply *ds_customers_get_handler        (DsCall *call, gpointer input, GError **error);
DsReply *ds_customers_properties_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_customers_update_handler     (DsCall *call, gpointer input, GError **error);
DsReply *ds_customers_activity_handler   (DsCall *call, gpointer input, GError **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_new_tag_input;

DsReply *ds_tags_list_handler            (DsCall *call, gpointer input, GError **error);
DsReply *ds_tags_create_handler          (DsCall *call, gpointer input, GError **error);
DsReply *ds_customer_tags_add_handler    (DsCall *call, gpointer input, GError **error);
DsReply *ds_customer_tags_remove_handler (DsCall *call, gpointer input, GError **error);

G_END_DECLS

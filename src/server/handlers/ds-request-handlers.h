/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_new_request_input;

DsReply *ds_requests_create_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_requests_list_handler   (DsCall *call, gpointer input, GError **error);

G_END_DECLS

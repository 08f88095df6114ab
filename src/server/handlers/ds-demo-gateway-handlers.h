/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_demo_card_input;

DsReply *ds_demo_gateway_tokens_handler (DsCall *call, gpointer input, GError **error);

G_END_DECLS

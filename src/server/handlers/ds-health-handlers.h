/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

DsReply *ds_health_handler (DsCall *call, gpointer input, GError **error);

G_END_DECLS

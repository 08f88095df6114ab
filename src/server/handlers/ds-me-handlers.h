/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"
#include "ds-user-store.h"

G_BEGIN_DECLS

void     ds_write_user_members (DsJsonWriter  *builder,
                                const DsUser  *user);

DsReply *ds_me_handler         (DsCall *call, gpointer input, GError **error);

G_END_DECLS

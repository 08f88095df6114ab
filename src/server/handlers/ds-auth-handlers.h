/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_login_input;
extern const DsInput ds_refresh_input;

DsReply *ds_auth_login_handler   (DsCall *call, gpointer input, GError **error);
DsReply *ds_auth_refresh_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_auth_logout_handler  (DsCall *call, gpointer input, GError **error);

G_END_DECLS

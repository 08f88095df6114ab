/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-server.h"

G_BEGIN_DECLS

char       *ds_password_hash   (const char *password);
DsIdentity *ds_auth_identify   (DsDb       *db,
                                const char *access_token,
                                GError    **error);

void ds_auth_login_handler   (DsContext *ctx);
void ds_auth_refresh_handler (DsContext *ctx);
void ds_auth_logout_handler  (DsContext *ctx);
void ds_me_handler           (DsContext *ctx);

G_END_DECLS

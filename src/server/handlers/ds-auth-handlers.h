/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_auth_login_handler   (DsContext *ctx);
void ds_auth_refresh_handler (DsContext *ctx);
void ds_auth_logout_handler  (DsContext *ctx);
void ds_me_handler           (DsContext *ctx);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

DsIdentity *ds_session_store_identify (DsDb       *db,
                                       const char *access_token,
                                       GError    **error);

G_END_DECLS

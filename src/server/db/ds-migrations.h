/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

gboolean ds_migrations_apply       (DsDb    *db,
                                    GError **error);
guint    ds_migrations_get_latest  (void);

G_END_DECLS

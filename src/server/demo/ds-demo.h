/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-blob-store.h"
#include "ds-db.h"

G_BEGIN_DECLS

#define DS_DEMO_PASSWORD "doorstep-demo"

gboolean ds_demo_seed      (DsDb        *db,
                            DsBlobStore *blobs,
                            gboolean *seeded,
                            GError  **error);
gboolean ds_demo_is_demo   (DsDb     *db);

GStrv    ds_demo_get_account_emails (void);

G_END_DECLS

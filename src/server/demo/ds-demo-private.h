/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-demo.h"
#include "ds-demo-sql.h"

G_BEGIN_DECLS

/* The parts of the demo business, one file each. */

gboolean ds_demo_seed_company   (DsDb        *db,
                                 GError     **error);
gboolean ds_demo_seed_customers (DsDb        *db,
                                 const char  *password_hash,
                                 const char  *now,
                                 GError     **error);
gboolean ds_demo_seed_quotes    (DsDb        *db,
                                 GError     **error);
gboolean ds_demo_seed_jobs      (DsDb        *db,
                                 GError     **error);
gboolean ds_demo_seed_invoices  (DsDb        *db,
                                 GError     **error);
gboolean ds_demo_seed_plans     (DsDb        *db,
                                 GError     **error);
gboolean ds_demo_seed_files     (DsDb        *db,
                                 DsBlobStore *blobs,
                                 GError     **error);
gboolean ds_demo_seed_staff     (DsDb        *db,
                                 GError     **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-demo.h"

G_BEGIN_DECLS

/* The parts of the demo business, one file each, and what they share. */

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

gboolean ds_demo_run_sql        (DsDb        *db,
                                 GError     **error,
                                 const char  *sql,
                                 guint        n_values,
                                 ...);
char    *ds_demo_date           (int          days_from_today);
char    *ds_demo_timestamp      (int          days_from_today);

G_END_DECLS

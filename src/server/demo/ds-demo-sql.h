/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* What the parts of the demo business share to write themselves. */

gboolean ds_demo_run_sql   (DsDb        *db,
                            GError     **error,
                            const char  *sql,
                            guint        n_values,
                            ...);
char    *ds_demo_date      (int          days_from_today);
char    *ds_demo_timestamp (int          days_from_today);

G_END_DECLS

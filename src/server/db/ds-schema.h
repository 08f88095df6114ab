/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The schema, as its migrations: ds-schema.c (1 to 18),
 * ds-schema-lists.c (19 to 23, what lists show kept ready by triggers)
 * and ds-schema-staff.c (24 on, the staff's workspace); ds-migrations.c
 * runs them. */
typedef struct {
  const char *both;
  const char *sqlite;
  const char *postgresql;
} DsMigration;

const DsMigration *ds_schema_get_migrations       (guint *n_migrations);
const DsMigration *ds_schema_get_list_migrations  (guint *n_migrations);
const DsMigration *ds_schema_get_staff_migrations (guint *n_migrations);

G_END_DECLS

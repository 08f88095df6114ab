/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The schema, as its migrations: ds-schema.c (1 to 18) and
 * ds-schema-lists.c (19 on, what lists show kept ready by triggers);
 * ds-migrations.c runs them. */
typedef struct {
  const char *both;
  const char *sqlite;
  const char *postgresql;
} DsMigration;

const DsMigration *ds_schema_get_migrations      (guint *n_migrations);
const DsMigration *ds_schema_get_list_migrations (guint *n_migrations);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-schema.h"

/* Migrations 24 on: the staff's workspace, what the business's people
 * keep about a customer beside what the customer sees. */

static const DsMigration migrations[] = {
  /* 24: notes about a customer, by staff, never shown to the customer.
   * A note's place in the list is its sort_key: '1' for a pinned note,
   * '0' for the others, then when it was written, so that a page of the
   * list is one range of one index, newest and pinned first. */
  { .both =
    "CREATE TABLE customer_notes ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  author_id TEXT NOT NULL REFERENCES users (id),"
    "  body TEXT NOT NULL,"
    "  pinned {int} NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),"
    "  created_at TEXT NOT NULL,"
    "  updated_at TEXT,"
    "  sort_key TEXT NOT NULL"
    ");"
    "CREATE INDEX customer_notes_list ON customer_notes (customer_id, sort_key, id);" },

  /* 25: a customer's record has a version, which every change moves and
   * the staff's edits name (If-Match), and an activity list: who changed
   * which field from what to what, at which version (so an edit made
   * from an older version learns what changed since), and notes written
   * and deleted. sort_key is the microsecond it happened, sixteen digits;
   * the list is newest first. */
  { .both =
    "ALTER TABLE customers ADD COLUMN version {int} NOT NULL DEFAULT 1;"
    "CREATE TABLE customer_activity ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  actor_id TEXT REFERENCES users (id),"
    "  kind TEXT NOT NULL CHECK (kind IN ('changed', 'note_added', 'note_deleted')),"
    "  field TEXT,"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  version {int},"
    "  created_at TEXT NOT NULL,"
    "  sort_key TEXT NOT NULL"
    ");"
    "CREATE INDEX customer_activity_list ON customer_activity (customer_id, sort_key, id);"
    "CREATE INDEX customer_activity_version ON customer_activity (customer_id, version);" },
};

const DsMigration *
ds_schema_get_staff_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

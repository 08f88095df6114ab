/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-schema.h"

/* Migrations 24 on: the staff's workspace, what the business's people
 * keep about a customer beside what the customer sees. */

#define TAGS_TABLES \
  "CREATE TABLE tags (" \
  "  id TEXT PRIMARY KEY," \
  "  name TEXT NOT NULL," \
  "  colour TEXT NOT NULL," \
  "  warns INTEGER NOT NULL DEFAULT 0 CHECK (warns IN (0, 1))," \
  "  created_at TEXT NOT NULL" \
  ");" \
  "CREATE TABLE customer_tags (" \
  "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE," \
  "  tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE," \
  "  PRIMARY KEY (customer_id, tag_id)" \
  ");" \
  "CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id);"

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
    "  kind TEXT NOT NULL,"
    "  field TEXT,"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  version {int},"
    "  created_at TEXT NOT NULL,"
    "  sort_key TEXT NOT NULL"
    ");"
    "CREATE INDEX customer_activity_list ON customer_activity (customer_id, sort_key, id);"
    "CREATE INDEX customer_activity_version ON customer_activity (customer_id, version);" },

  /* 26: the business's tags (VIP, Do Not Service, Net 30, ...), each with
   * a colour from the app's palette and whether it warns (shown as a
   * warning wherever the customer is), and the tags on each customer.
   * A tag's name is unique whatever its case. */
  { .sqlite =
    TAGS_TABLES
    "CREATE UNIQUE INDEX tags_name ON tags (name COLLATE NOCASE);",
    .postgresql =
    TAGS_TABLES
    "CREATE UNIQUE INDEX tags_name ON tags (lower(name));" },
};

const DsMigration *
ds_schema_get_staff_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

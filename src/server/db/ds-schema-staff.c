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

/* A customer's figures as the staff's list shows and sorts them: what
 * they owe on open invoices, what they have paid in all, and the day of
 * their last completed visit ('' for none), kept on the customer's row by
 * triggers so that a page in any of these orders is one index range. */
#define FIGURES_COLUMNS(int_type) \
  "ALTER TABLE customers ADD COLUMN balance_due_minor " int_type " NOT NULL DEFAULT 0;" \
  "ALTER TABLE customers ADD COLUMN lifetime_value_minor " int_type " NOT NULL DEFAULT 0;" \
  "ALTER TABLE customers ADD COLUMN last_job_on TEXT NOT NULL DEFAULT '';"

#define FIGURES_OF(customer, last_day) \
  " balance_due_minor = (SELECT COALESCE(SUM(i.balance_minor), 0) FROM invoices i" \
  "                      WHERE i.customer_id = " customer " AND i.status = 'open' AND i.balance_minor > 0)," \
  " lifetime_value_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p" \
  "                         WHERE p.customer_id = " customer ")," \
  " last_job_on = COALESCE((SELECT " last_day " FROM visits v JOIN jobs j ON j.id = v.job_id" \
  "                         WHERE j.customer_id = " customer " AND v.status = 'completed'), '')"

#define SQLITE_LAST_DAY "substr(MAX(v.starts_at), 1, 10)"
#define PG_LAST_DAY "to_char(MAX(v.starts_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"

#define SQLITE_FIGURES(customer) "UPDATE customers SET" FIGURES_OF (customer, SQLITE_LAST_DAY) " WHERE id = " customer ";"
#define SQLITE_VISIT_CUSTOMER(visit) "(SELECT customer_id FROM jobs WHERE id = " visit ".job_id)"

#define FIGURES_INDEXES \
  "CREATE INDEX customers_by_city ON customers (COALESCE(first_city, ''), id);" \
  "CREATE INDEX customers_by_balance ON customers (balance_due_minor, id);" \
  "CREATE INDEX customers_by_lifetime ON customers (lifetime_value_minor, id);" \
  "CREATE INDEX customers_by_last_job ON customers (last_job_on, id);"

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

  /* 27: the figures the staff's list sorts by, on the customer's row. */
  { .sqlite =
    FIGURES_COLUMNS ("INTEGER")
    "UPDATE customers SET" FIGURES_OF ("customers.id", SQLITE_LAST_DAY) ";"
    FIGURES_INDEXES
    "CREATE TRIGGER invoices_figures_insert AFTER INSERT ON invoices BEGIN "
    SQLITE_FIGURES ("new.customer_id") "END;"
    "CREATE TRIGGER invoices_figures_delete AFTER DELETE ON invoices BEGIN "
    SQLITE_FIGURES ("old.customer_id") "END;"
    "CREATE TRIGGER invoices_figures_update AFTER UPDATE OF customer_id, status, balance_minor ON invoices BEGIN "
    SQLITE_FIGURES ("old.customer_id") SQLITE_FIGURES ("new.customer_id") "END;"
    "CREATE TRIGGER payments_figures_insert AFTER INSERT ON payments BEGIN "
    SQLITE_FIGURES ("new.customer_id") "END;"
    "CREATE TRIGGER payments_figures_delete AFTER DELETE ON payments BEGIN "
    SQLITE_FIGURES ("old.customer_id") "END;"
    "CREATE TRIGGER payments_figures_update AFTER UPDATE OF customer_id, amount_minor ON payments BEGIN "
    SQLITE_FIGURES ("old.customer_id") SQLITE_FIGURES ("new.customer_id") "END;"
    "CREATE TRIGGER visits_figures_insert AFTER INSERT ON visits BEGIN "
    SQLITE_FIGURES (SQLITE_VISIT_CUSTOMER ("new")) "END;"
    "CREATE TRIGGER visits_figures_delete AFTER DELETE ON visits BEGIN "
    SQLITE_FIGURES (SQLITE_VISIT_CUSTOMER ("old")) "END;"
    "CREATE TRIGGER visits_figures_update AFTER UPDATE OF job_id, status, starts_at ON visits BEGIN "
    SQLITE_FIGURES (SQLITE_VISIT_CUSTOMER ("old")) SQLITE_FIGURES (SQLITE_VISIT_CUSTOMER ("new")) "END;",
    .postgresql =
    FIGURES_COLUMNS ("BIGINT")
    "UPDATE customers SET" FIGURES_OF ("customers.id", PG_LAST_DAY) ";"
    FIGURES_INDEXES
    "CREATE FUNCTION customers_figures (customer TEXT) RETURNS void LANGUAGE sql AS $$"
    "  UPDATE customers SET" FIGURES_OF ("customer", PG_LAST_DAY) " WHERE id = customer $$;"
    "CREATE FUNCTION figures_by_customer () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM customers_figures (OLD.customer_id); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM customers_figures (NEW.customer_id); END IF;"
    "  RETURN NULL;"
    " END $$;"
    "CREATE FUNCTION figures_by_visit () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    PERFORM customers_figures ((SELECT customer_id FROM jobs WHERE id = OLD.job_id)); END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    PERFORM customers_figures ((SELECT customer_id FROM jobs WHERE id = NEW.job_id)); END IF;"
    "  RETURN NULL;"
    " END $$;"
    "CREATE TRIGGER invoices_figures AFTER INSERT OR DELETE OR UPDATE OF customer_id, status, balance_minor"
    " ON invoices FOR EACH ROW EXECUTE FUNCTION figures_by_customer ();"
    "CREATE TRIGGER payments_figures AFTER INSERT OR DELETE OR UPDATE OF customer_id, amount_minor"
    " ON payments FOR EACH ROW EXECUTE FUNCTION figures_by_customer ();"
    "CREATE TRIGGER visits_figures AFTER INSERT OR DELETE OR UPDATE OF job_id, status, starts_at"
    " ON visits FOR EACH ROW EXECUTE FUNCTION figures_by_visit ();" },

  /* 28: whether the business sends the customer notifications at all (a
   * customer who asked for none), which the staff set; 'on' or 'off', as
   * the record's other fields are text its activity list shows. */
  { .both =
    "ALTER TABLE customers ADD COLUMN notifications TEXT NOT NULL DEFAULT 'on'"
    " CHECK (notifications IN ('on', 'off'));" },
};

const DsMigration *
ds_schema_get_staff_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

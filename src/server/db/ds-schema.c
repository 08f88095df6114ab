/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-schema.h"

/* Migrations only ever get appended. The same number is the same schema
 * on both backends: one text for both where they agree, in which {int},
 * {time}, {day}, {blob} and {nocase} stand for each one's types (SQLite:
 * INTEGER, TEXT, TEXT, BLOB, COLLATE NOCASE; PostgreSQL: BIGINT,
 * TIMESTAMPTZ, DATE, BYTEA, nothing), and a text each where they do not.
 * Each runs once, in its own transaction, and schema_migrations records
 * that it did. */
static const DsMigration migrations[] = {
  /* 1: the foundation: the business, accounts, sessions, customers and
   * their properties, requests, and the records the dashboard sums up. */
  { .both =
    "CREATE TABLE company ("
    "  id {int} PRIMARY KEY CHECK (id = 1),"
    "  name TEXT NOT NULL,"
    "  phone TEXT NOT NULL,"
    "  sms_phone TEXT,"
    "  email TEXT NOT NULL,"
    "  website TEXT,"
    "  address_line1 TEXT NOT NULL,"
    "  address_line2 TEXT,"
    "  city TEXT NOT NULL,"
    "  region TEXT,"
    "  postal_code TEXT,"
    "  country TEXT NOT NULL,"
    "  timezone TEXT NOT NULL,"
    "  currency TEXT NOT NULL"
    ");"
    "CREATE TABLE company_hours ("
    "  weekday {int} NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
    "  opens {int} NOT NULL CHECK (opens BETWEEN 0 AND 1440),"
    "  closes {int} NOT NULL CHECK (closes BETWEEN 0 AND 1440 AND closes > opens)"
    ");"
    "CREATE TABLE service_types ("
    "  id TEXT PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  position {int} NOT NULL"
    ");"
    "CREATE TABLE settings ("
    "  key TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL"
    ");"
    "CREATE TABLE customers ("
    "  id TEXT PRIMARY KEY,"
    "  display_name TEXT NOT NULL,"
    "  first_name TEXT,"
    "  last_name TEXT,"
    "  company_name TEXT,"
    "  customer_type TEXT NOT NULL DEFAULT 'homeowner',"
    "  email TEXT,"
    "  phone TEXT,"
    "  sort_key TEXT NOT NULL,"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE INDEX customers_sort ON customers (sort_key, id);"
    "CREATE TABLE properties ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  label TEXT NOT NULL,"
    "  address_line1 TEXT NOT NULL,"
    "  address_line2 TEXT,"
    "  city TEXT NOT NULL,"
    "  region TEXT,"
    "  postal_code TEXT,"
    "  year_built {int},"
    "  building_details TEXT,"
    "  position {int} NOT NULL DEFAULT 0"
    ");"
    "CREATE INDEX properties_customer ON properties (customer_id, position);"
    "CREATE TABLE users ("
    "  id TEXT PRIMARY KEY,"
    "  email TEXT NOT NULL UNIQUE{nocase},"
    "  password_hash TEXT NOT NULL,"
    "  display_name TEXT NOT NULL,"
    "  role TEXT NOT NULL CHECK (role IN ('customer', 'technician', 'operator', 'admin')),"
    "  customer_id TEXT REFERENCES customers (id) ON DELETE CASCADE,"
    "  created_at {time} NOT NULL,"
    "  CHECK ((role = 'customer') = (customer_id IS NOT NULL))"
    ");"
    "CREATE TABLE sessions ("
    "  id TEXT PRIMARY KEY,"
    "  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
    "  created_at {time} NOT NULL,"
    "  revoked_at {time}"
    ");"
    "CREATE TABLE access_tokens ("
    "  token_hash TEXT PRIMARY KEY,"
    "  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
    "  expires_at {int} NOT NULL"
    ");"
    "CREATE TABLE refresh_tokens ("
    "  token_hash TEXT PRIMARY KEY,"
    "  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
    "  expires_at {int} NOT NULL,"
    "  used_at {int}"
    ");"
    "CREATE TABLE login_failures ("
    "  scope TEXT NOT NULL,"
    "  at {int} NOT NULL"
    ");"
    "CREATE INDEX login_failures_scope ON login_failures (scope, at);"
    "CREATE TABLE requests ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  property_id TEXT NOT NULL REFERENCES properties (id),"
    "  kind TEXT NOT NULL CHECK (kind IN ('job', 'quote')),"
    "  service_type_id TEXT NOT NULL REFERENCES service_types (id),"
    "  description TEXT NOT NULL,"
    "  preferred_timing TEXT NOT NULL,"
    "  status TEXT NOT NULL DEFAULT 'new',"
    "  created_by TEXT NOT NULL REFERENCES users (id),"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE INDEX requests_customer ON requests (customer_id, created_at, id);"
    /* What the dashboard sums. Their own issues give them their full shape;
     * the columns here are the ones every later version keeps. */
    "CREATE TABLE quotes ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  number TEXT NOT NULL,"
    "  title TEXT NOT NULL,"
    "  status TEXT NOT NULL,"
    "  currency TEXT NOT NULL,"
    "  total_minor {int} NOT NULL,"
    "  valid_until {day}"
    ");"
    "CREATE TABLE jobs ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  property_id TEXT REFERENCES properties (id),"
    "  title TEXT NOT NULL,"
    "  status TEXT NOT NULL"
    ");"
    "CREATE TABLE visits ("
    "  id TEXT PRIMARY KEY,"
    "  job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  starts_at {time} NOT NULL,"
    "  ends_at {time} NOT NULL,"
    "  technician_name TEXT,"
    "  status TEXT NOT NULL"
    ");"
    "CREATE TABLE invoices ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  number TEXT NOT NULL,"
    "  status TEXT NOT NULL,"
    "  currency TEXT NOT NULL,"
    "  total_minor {int} NOT NULL,"
    "  balance_minor {int} NOT NULL,"
    "  due_date {day}"
    ");" },

  /* 2: quotes in full: where and when, their items (optional ones and the
   * customer's choice), discount, tax, deposit and its payments, the
   * approval with its signature, declines, and the idempotency keys that
   * make approving and declining safe to retry. A quote request already
   * made becomes a requested quote. */
  { .both =
    "ALTER TABLE quotes ADD COLUMN property_id TEXT REFERENCES properties (id);"
    "ALTER TABLE quotes ADD COLUMN request_id TEXT REFERENCES requests (id);"
    "ALTER TABLE quotes ADD COLUMN created_at {time} NOT NULL DEFAULT '1970-01-01T00:00:00Z';"
    "ALTER TABLE quotes ADD COLUMN issued_on {day};"
    "ALTER TABLE quotes ADD COLUMN discount_minor {int} NOT NULL DEFAULT 0;"
    "ALTER TABLE quotes ADD COLUMN tax_rate_bp {int} NOT NULL DEFAULT 0;"
    "ALTER TABLE quotes ADD COLUMN deposit_minor {int} NOT NULL DEFAULT 0;"
    "ALTER TABLE quotes ADD COLUMN notes TEXT;"
    "ALTER TABLE quotes ADD COLUMN terms TEXT;"
    "CREATE UNIQUE INDEX quotes_number ON quotes (number);"
    "CREATE INDEX quotes_customer ON quotes (customer_id, created_at, id);"
    "CREATE INDEX quotes_customer_status ON quotes (customer_id, status, created_at, id);"
    "CREATE TABLE quote_items ("
    "  id TEXT PRIMARY KEY,"
    "  quote_id TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,"
    "  position {int} NOT NULL,"
    "  description TEXT NOT NULL,"
    "  quantity_milli {int} NOT NULL CHECK (quantity_milli > 0 AND quantity_milli <= 1000000000),"
    "  unit_price_minor {int} NOT NULL CHECK (unit_price_minor BETWEEN 0 AND 100000000000),"
    "  optional {int} NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),"
    "  selected {int} NOT NULL DEFAULT 1 CHECK (selected IN (0, 1))"
    ");"
    "CREATE INDEX quote_items_quote ON quote_items (quote_id, position);"
    "CREATE TABLE quote_deposit_payments ("
    "  id TEXT PRIMARY KEY,"
    "  quote_id TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,"
    "  amount_minor {int} NOT NULL CHECK (amount_minor > 0),"
    "  paid_at {time} NOT NULL"
    ");"
    "CREATE INDEX quote_deposit_payments_quote ON quote_deposit_payments (quote_id);"
    "CREATE TABLE quote_approvals ("
    "  quote_id TEXT PRIMARY KEY REFERENCES quotes (id) ON DELETE CASCADE,"
    "  user_id TEXT NOT NULL REFERENCES users (id),"
    "  signer_name TEXT NOT NULL,"
    "  signature_png {blob} NOT NULL,"
    "  selected_item_ids TEXT NOT NULL,"
    "  total_minor {int} NOT NULL,"
    "  approved_at {time} NOT NULL"
    ");"
    "CREATE TABLE quote_declines ("
    "  quote_id TEXT PRIMARY KEY REFERENCES quotes (id) ON DELETE CASCADE,"
    "  user_id TEXT NOT NULL REFERENCES users (id),"
    "  reason TEXT,"
    "  declined_at {time} NOT NULL"
    ");"
    "CREATE TABLE idempotency_keys ("
    "  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
    "  key TEXT NOT NULL,"
    "  request_hash TEXT NOT NULL,"
    "  status {int} NOT NULL,"
    "  body TEXT NOT NULL,"
    "  created_at {time} NOT NULL,"
    "  PRIMARY KEY (user_id, key)"
    ");"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor,"
    "                    property_id, request_id, created_at)"
    " SELECT 'quo_' || substr(r.id, 5), r.customer_id,"
    "        'Q-' || (1000 + ROW_NUMBER() OVER (ORDER BY r.created_at, r.id)),"
    "        s.name, 'requested', c.currency, 0, r.property_id, r.id, r.created_at"
    "   FROM requests r JOIN service_types s ON s.id = r.service_type_id, company c"
    "  WHERE r.kind = 'quote';" },

  /* 3: a replayed answer carries the Location of what the first one
   * created, as a new request's answer does. */
  { .both =
    "ALTER TABLE idempotency_keys ADD COLUMN location TEXT;" },

  /* 4: what the timer drops is found by index, and so are a session's
   * tokens when the session goes. */
  { .both =
    "CREATE INDEX access_tokens_session ON access_tokens (session_id);"
    "CREATE INDEX access_tokens_expiry ON access_tokens (expires_at);"
    "CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);"
    "CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);"
    "CREATE INDEX refresh_tokens_used ON refresh_tokens (used_at) WHERE used_at IS NOT NULL;"
    "CREATE INDEX sessions_revoked ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;"
    "CREATE INDEX login_failures_at ON login_failures (at);"
    "CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);" },

  /* 5: customers found by any three letters of their name, email or
   * phone through a trigram index, not a scan of every customer. The
   * index holds its own copy, kept by triggers, keyed by customer id (not
   * rowid, which VACUUM may renumber). */
  { .sqlite =
    "CREATE VIRTUAL TABLE customers_search USING fts5 ("
    "  id UNINDEXED, display_name, email, phone, tokenize = 'trigram');"
    "INSERT INTO customers_search (id, display_name, email, phone)"
    " SELECT id, display_name, email, phone FROM customers;"
    "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN"
    "  INSERT INTO customers_search (id, display_name, email, phone)"
    "  VALUES (new.id, new.display_name, new.email, new.phone);"
    "END;"
    "CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN"
    "  DELETE FROM customers_search WHERE id = old.id;"
    "END;"
    "CREATE TRIGGER customers_search_update AFTER UPDATE OF id, display_name, email, phone ON customers BEGIN"
    "  DELETE FROM customers_search WHERE id = old.id;"
    "  INSERT INTO customers_search (id, display_name, email, phone)"
    "  VALUES (new.id, new.display_name, new.email, new.phone);"
    "END;",
    /* PostgreSQL: a trigram index (pg_trgm, a trusted extension the
     * database's owner may create) over name, email and phone together,
     * which serves ILIKE, case aside; ds-customer-store.c searches this
     * very expression. */
    .postgresql =
    "CREATE EXTENSION IF NOT EXISTS pg_trgm;"
    "CREATE INDEX customers_search_trgm ON customers USING gin"
    "  ((display_name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '')) gin_trgm_ops);" },

  /* 6: a customer's first property (its city shows in the staff list) is
   * read from the index alone, without a sort per row; the index has the
   * old one's columns first, so it serves what that one did. */
  { .both =
    "CREATE INDEX properties_first ON properties (customer_id, position, id, city); DROP INDEX properties_customer;" },

  /* 7: a customer's quote counts (by status, and open ones by validity)
   * are read from an index alone. */
  { .both =
    "CREATE INDEX quotes_customer_state ON quotes (customer_id, status, valid_until);" },

  /* 8: quote numbers come from a counter row, which a transaction takes
   * and moves on, so that two quotes made at once never share a number
   * and none is skipped; an email is one account whatever its case. */
  { .both =
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value {int} NOT NULL);"
    "INSERT INTO counters (name, value)"
    " SELECT 'quote', COALESCE(MAX(CAST(substr(number, 3) AS {int})), 1000)"
    "   FROM quotes WHERE number LIKE 'Q-%' AND length(number) BETWEEN 3 AND 20"
    "    AND ltrim(substr(number, 3), '0123456789') = '';"
    "CREATE UNIQUE INDEX users_email_lower ON users (lower(email));" },

  /* 9: jobs in full: what was asked and done, the quote they came from,
   * their visits with the technicians assigned (staff accounts, with an
   * optional photo), projects in stages, the customer's requests to
   * reschedule or cancel a visit, calendar feeds (the token only as a
   * hash), and the business's notice period for those requests. */
  { .both =
    "ALTER TABLE company ADD COLUMN notice_hours {int} NOT NULL DEFAULT 24;"
    "ALTER TABLE users ADD COLUMN photo_png {blob};"
    "CREATE TABLE projects ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  property_id TEXT REFERENCES properties (id),"
    "  quote_id TEXT REFERENCES quotes (id),"
    "  title TEXT NOT NULL,"
    "  description TEXT,"
    "  status TEXT NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE INDEX projects_customer ON projects (customer_id, created_at, id);"
    "CREATE TABLE project_stages ("
    "  id TEXT PRIMARY KEY,"
    "  project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
    "  position {int} NOT NULL,"
    "  title TEXT NOT NULL,"
    "  status TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'done')),"
    "  starts_on {day},"
    "  ends_on {day}"
    ");"
    "CREATE INDEX project_stages_project ON project_stages (project_id, position);"
    "ALTER TABLE jobs ADD COLUMN service_type_id TEXT REFERENCES service_types (id);"
    "ALTER TABLE jobs ADD COLUMN description TEXT;"
    "ALTER TABLE jobs ADD COLUMN business_notes TEXT;"
    "ALTER TABLE jobs ADD COLUMN work_performed TEXT;"
    "ALTER TABLE jobs ADD COLUMN equipment_notes TEXT;"
    "ALTER TABLE jobs ADD COLUMN quote_id TEXT REFERENCES quotes (id);"
    "ALTER TABLE jobs ADD COLUMN stage_id TEXT REFERENCES project_stages (id);"
    "ALTER TABLE jobs ADD COLUMN created_at {time} NOT NULL DEFAULT '1970-01-01T00:00:00Z';"
    "CREATE INDEX jobs_customer ON jobs (customer_id, created_at, id);"
    "CREATE INDEX jobs_stage ON jobs (stage_id);"
    "ALTER TABLE visits ADD COLUMN notes TEXT;"
    "ALTER TABLE visits ADD COLUMN sequence {int} NOT NULL DEFAULT 0;"
    "ALTER TABLE visits ADD COLUMN updated_at {time} NOT NULL DEFAULT '1970-01-01T00:00:00Z';"
    "CREATE INDEX visits_job ON visits (job_id, starts_at, id);"
    "CREATE INDEX visits_starts ON visits (starts_at, id);"
    "CREATE TABLE visit_technicians ("
    "  visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,"
    "  user_id TEXT NOT NULL REFERENCES users (id),"
    "  position {int} NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (visit_id, user_id)"
    ");"
    "CREATE TABLE visit_change_requests ("
    "  id TEXT PRIMARY KEY,"
    "  visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL CHECK (kind IN ('reschedule', 'cancel')),"
    "  windows TEXT,"
    "  note TEXT,"
    "  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),"
    "  created_by TEXT NOT NULL REFERENCES users (id),"
    "  created_at {time} NOT NULL"
    ");"
    /* One open request per visit; the index also refuses a second. */
    "CREATE UNIQUE INDEX visit_change_requests_pending ON visit_change_requests (visit_id)"
    " WHERE status = 'pending';"
    "CREATE TABLE calendar_feeds ("
    "  customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,"
    "  token_hash TEXT NOT NULL UNIQUE,"
    "  created_at {time} NOT NULL"
    ");" },

  /* 10: a visit whose time or status changes gets the next SEQUENCE and a
   * new updated_at, whoever changes it, so a calendar that imported it
   * before takes the new version for an update of the same event. */
  { .sqlite =
    "CREATE TRIGGER visits_revision AFTER UPDATE OF starts_at, ends_at, status ON visits"
    " WHEN new.starts_at IS NOT old.starts_at OR new.ends_at IS NOT old.ends_at"
    "   OR new.status IS NOT old.status BEGIN"
    "  UPDATE visits SET sequence = old.sequence + 1,"
    "                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
    "   WHERE id = new.id;"
    "END;",
    .postgresql =
    "CREATE FUNCTION visits_revision () RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN"
    "  IF NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.ends_at IS DISTINCT FROM OLD.ends_at"
    "     OR NEW.status IS DISTINCT FROM OLD.status THEN"
    "    NEW.sequence := OLD.sequence + 1;"
    "    NEW.updated_at := date_trunc('second', now());"
    "  END IF;"
    "  RETURN NEW;"
    " END $$;"
    "CREATE TRIGGER visits_revision BEFORE UPDATE ON visits"
    " FOR EACH ROW EXECUTE FUNCTION visits_revision ();" },

  /* 11: invoices in full: what for (title, job, property, the quote they
   * bill), when issued, their items, discount and tax, notes; and
   * payments: a charge is what the card processor took (one per
   * checkout, with any tip kept apart), a payment the part of it applied
   * to one invoice or one quote's deposit, each with its own receipt
   * number. Invoice numbers come from the counter row, as quotes' do. */
  { .both =
    "ALTER TABLE invoices ADD COLUMN title TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE invoices ADD COLUMN job_id TEXT REFERENCES jobs (id);"
    "ALTER TABLE invoices ADD COLUMN property_id TEXT REFERENCES properties (id);"
    "ALTER TABLE invoices ADD COLUMN quote_id TEXT REFERENCES quotes (id);"
    "ALTER TABLE invoices ADD COLUMN issued_on {day};"
    "ALTER TABLE invoices ADD COLUMN created_at {time} NOT NULL DEFAULT '1970-01-01T00:00:00Z';"
    "ALTER TABLE invoices ADD COLUMN discount_minor {int} NOT NULL DEFAULT 0;"
    "ALTER TABLE invoices ADD COLUMN tax_rate_bp {int} NOT NULL DEFAULT 0;"
    "ALTER TABLE invoices ADD COLUMN notes TEXT;"
    "CREATE UNIQUE INDEX invoices_number ON invoices (number);"
    "CREATE INDEX invoices_customer ON invoices (customer_id, created_at, id);"
    "CREATE INDEX invoices_customer_status ON invoices (customer_id, status, due_date);"
    "CREATE TABLE invoice_items ("
    "  id TEXT PRIMARY KEY,"
    "  invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,"
    "  position {int} NOT NULL,"
    "  description TEXT NOT NULL,"
    "  quantity_milli {int} NOT NULL CHECK (quantity_milli > 0 AND quantity_milli <= 1000000000),"
    "  unit_price_minor {int} NOT NULL CHECK (unit_price_minor BETWEEN 0 AND 100000000000)"
    ");"
    "CREATE INDEX invoice_items_invoice ON invoice_items (invoice_id, position);"
    "CREATE TABLE payment_charges ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  gateway TEXT NOT NULL,"
    "  gateway_charge_id TEXT NOT NULL,"
    "  currency TEXT NOT NULL,"
    "  amount_minor {int} NOT NULL CHECK (amount_minor > 0),"
    "  tip_minor {int} NOT NULL DEFAULT 0 CHECK (tip_minor >= 0),"
    "  card_brand TEXT,"
    "  card_last4 TEXT,"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE UNIQUE INDEX payment_charges_gateway ON payment_charges (gateway, gateway_charge_id);"
    "CREATE TABLE payments ("
    "  id TEXT PRIMARY KEY,"
    "  charge_id TEXT NOT NULL REFERENCES payment_charges (id),"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  invoice_id TEXT REFERENCES invoices (id),"
    "  quote_id TEXT REFERENCES quotes (id),"
    "  amount_minor {int} NOT NULL CHECK (amount_minor > 0),"
    "  receipt_number TEXT NOT NULL UNIQUE,"
    "  paid_at {time} NOT NULL,"
    "  CHECK ((invoice_id IS NULL) <> (quote_id IS NULL))"
    ");"
    "CREATE INDEX payments_customer ON payments (customer_id, paid_at, id);"
    "CREATE INDEX payments_invoice ON payments (invoice_id, paid_at);"
    "INSERT INTO counters (name, value) VALUES ('invoice', 2000), ('receipt', 5000);" },

  /* 12: saved payment methods, by the processor's token and what can be
   * shown of the card (never its number); and what the built-in demo
   * gateway keeps in place of a card processor: its tokens (the test
   * card's outcome, not its number) and its charges by idempotency key. */
  { .both =
    "CREATE TABLE payment_methods ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  gateway TEXT NOT NULL,"
    "  token TEXT NOT NULL,"
    "  brand TEXT NOT NULL,"
    "  last4 TEXT NOT NULL,"
    "  exp_month {int} NOT NULL CHECK (exp_month BETWEEN 1 AND 12),"
    "  exp_year {int} NOT NULL,"
    "  is_default {int} NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),"
    "  created_at {time} NOT NULL,"
    "  removed_at {time}"
    ");"
    "CREATE INDEX payment_methods_customer ON payment_methods (customer_id, created_at, id);"
    "CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (customer_id)"
    " WHERE is_default = 1 AND removed_at IS NULL;"
    "CREATE TABLE demo_gateway_tokens ("
    "  token TEXT PRIMARY KEY,"
    "  brand TEXT NOT NULL,"
    "  last4 TEXT NOT NULL,"
    "  exp_month {int} NOT NULL,"
    "  exp_year {int} NOT NULL,"
    "  outcome TEXT NOT NULL,"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE TABLE demo_gateway_charges ("
    "  idempotency_key TEXT PRIMARY KEY,"
    "  charge_id TEXT NOT NULL UNIQUE,"
    "  token TEXT NOT NULL,"
    "  amount_minor {int} NOT NULL,"
    "  currency TEXT NOT NULL,"
    "  outcome TEXT NOT NULL,"
    "  created_at {time} NOT NULL"
    ");" },

  /* 13: paying: whether the business takes part payments (from what
   * minimum; NULL: whole balances only) and tips. A quote's deposit is
   * paid like an invoice, so deposits paid before now become payments
   * with receipts of their own, charged by "recorded" (taken outside
   * Doorstep), and their old table goes. */
  { .both =
    "ALTER TABLE company ADD COLUMN partial_payment_minimum_minor {int}"
    " CHECK (partial_payment_minimum_minor > 0);"
    "ALTER TABLE company ADD COLUMN tips_allowed {int} NOT NULL DEFAULT 0 CHECK (tips_allowed IN (0, 1));"
    "INSERT INTO payment_charges (id, customer_id, gateway, gateway_charge_id, currency, amount_minor, created_at)"
    " SELECT 'chg_' || d.id, q.customer_id, 'recorded', d.id, q.currency, d.amount_minor, d.paid_at"
    "   FROM quote_deposit_payments d JOIN quotes q ON q.id = d.quote_id;"
    "INSERT INTO payments (id, charge_id, customer_id, quote_id, amount_minor, receipt_number, paid_at)"
    " SELECT 'pay_' || d.id, 'chg_' || d.id, q.customer_id, q.id, d.amount_minor,"
    "        'R-' || ((SELECT value FROM counters WHERE name = 'receipt')"
    "                 + ROW_NUMBER() OVER (ORDER BY d.paid_at, d.id)),"
    "        d.paid_at"
    "   FROM quote_deposit_payments d JOIN quotes q ON q.id = d.quote_id;"
    "UPDATE counters SET value = value + (SELECT COUNT(*) FROM quote_deposit_payments) WHERE name = 'receipt';"
    "CREATE INDEX payments_quote ON payments (quote_id, paid_at);"
    "DROP TABLE quote_deposit_payments;" },

  /* 14: warranties and service plans (what they cover, for how long, at
   * what price, how many visits a plan year includes), the customer's
   * equipment (where it is, how often it wants servicing), which plan
   * covers which equipment, which jobs touched which equipment, and the
   * plan a job was done under. */
  { .both =
    "CREATE TABLE plans ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  property_id TEXT REFERENCES properties (id),"
    "  kind TEXT NOT NULL CHECK (kind IN ('warranty', 'service_plan')),"
    "  name TEXT NOT NULL,"
    "  summary TEXT,"
    "  covered TEXT,"
    "  not_covered TEXT,"
    "  starts_on {day} NOT NULL,"
    "  ends_on {day} NOT NULL CHECK (ends_on >= starts_on),"
    "  renews_on {day},"
    "  cancelled_on {day},"
    "  currency TEXT,"
    "  price_minor {int} CHECK (price_minor >= 0),"
    "  billing_period TEXT CHECK (billing_period IN ('month', 'year')),"
    "  visits_per_year {int} NOT NULL DEFAULT 0 CHECK (visits_per_year BETWEEN 0 AND 52),"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE INDEX plans_customer ON plans (customer_id, ends_on, id);"
    "CREATE TABLE equipment ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  property_id TEXT NOT NULL REFERENCES properties (id),"
    "  type TEXT NOT NULL,"
    "  make TEXT,"
    "  model TEXT,"
    "  serial_number TEXT,"
    "  installed_on {day},"
    "  location TEXT,"
    "  service_interval_months {int} CHECK (service_interval_months BETWEEN 1 AND 120),"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE INDEX equipment_property ON equipment (property_id, type, id);"
    "CREATE TABLE plan_equipment ("
    "  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
    "  equipment_id TEXT NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,"
    "  PRIMARY KEY (plan_id, equipment_id)"
    ");"
    "CREATE INDEX plan_equipment_equipment ON plan_equipment (equipment_id);"
    "CREATE TABLE equipment_jobs ("
    "  equipment_id TEXT NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,"
    "  job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  PRIMARY KEY (equipment_id, job_id)"
    ");"
    "CREATE INDEX equipment_jobs_job ON equipment_jobs (job_id);"
    "ALTER TABLE jobs ADD COLUMN plan_id TEXT REFERENCES plans (id);"
    "CREATE INDEX jobs_plan ON jobs (plan_id);" },

  /* 15: files shared with a customer, by the business or by the customer:
   * what they are (checked from their bytes), their hash, where their
   * bytes and thumbnail live in the blob store, who shared them, and what
   * they belong to. */
  { .both =
    "CREATE TABLE files ("
    "  id TEXT PRIMARY KEY,"
    "  customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL CHECK (kind IN ('photo', 'document')),"
    "  name TEXT NOT NULL,"
    "  content_type TEXT NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),"
    "  size_bytes {int} NOT NULL CHECK (size_bytes > 0),"
    "  sha256 TEXT NOT NULL,"
    "  blob TEXT NOT NULL,"
    "  thumbnail_blob TEXT,"
    "  thumbnail_type TEXT,"
    "  width {int},"
    "  height {int},"
    "  shared_by TEXT NOT NULL CHECK (shared_by IN ('customer', 'business')),"
    "  uploaded_by TEXT REFERENCES users (id) ON DELETE SET NULL,"
    "  job_id TEXT REFERENCES jobs (id),"
    "  property_id TEXT REFERENCES properties (id),"
    "  quote_id TEXT REFERENCES quotes (id),"
    "  invoice_id TEXT REFERENCES invoices (id),"
    "  plan_id TEXT REFERENCES plans (id),"
    "  created_at {time} NOT NULL"
    ");"
    "CREATE INDEX files_customer ON files (customer_id, created_at, id);"
    "CREATE INDEX files_job ON files (job_id);" },

  /* 16: marks that every write moves for the customer and the topics it
   * changes, in its own transaction, so that an answer kept for a read
   * (http/ds-answer-cache.c) is dropped only by a write it could see.
   * Owner '*' is everyone's; topic -1 is everything (tests that write
   * behind the server's back move it). */
  { .both =
    "CREATE TABLE answer_marks ("
    "  owner TEXT NOT NULL,"
    "  topic {int} NOT NULL,"
    "  mark {int} NOT NULL,"
    "  PRIMARY KEY (owner, topic)"
    ");"
    "INSERT INTO answer_marks (owner, topic, mark) VALUES ('*', -1, 0);" },

  /* 17: the items an approval chose, kept as their ids separated by
   * spaces (ids have neither spaces nor JSON's punctuation) rather than
   * as a JSON array: the store that writes them holds no JSON. */
  { .both =
    "UPDATE quote_approvals SET selected_item_ids ="
    " TRIM(REPLACE(REPLACE(REPLACE(REPLACE(selected_item_ids, '[', ''), ']', ''), '\"', ''), ',', ' '));" },

  /* 18: the times a reschedule request proposes, kept as ISO 8601
   * intervals ("START/END") separated by spaces rather than as JSON: the
   * store that writes them holds no JSON. */
  { .both =
    "UPDATE visit_change_requests SET windows ="
    " REPLACE(REPLACE(REPLACE(REPLACE(windows, '[{\"starts_at\":\"', ''), '\",\"ends_at\":\"', '/'),"
    " '\"},{\"starts_at\":\"', ' '), '\"}]', '')"
    " WHERE windows IS NOT NULL;" },
};

/**
 * ds_schema_get_migrations:
 *
 * Returns: (transfer none): every migration in order: this file's,
 *   ds-schema-lists.c's, then ds-schema-staff.c's
 */
const DsMigration *
ds_schema_get_migrations (guint *n_migrations)
{
  static DsMigration *all;
  static guint n_all;

  if (g_once_init_enter (&all))
    {
      const DsMigration *(*parts[]) (guint *) = { ds_schema_get_list_migrations, ds_schema_get_staff_migrations };
      GArray *joined = g_array_new (FALSE, FALSE, sizeof (DsMigration));

      g_array_append_vals (joined, migrations, G_N_ELEMENTS (migrations));
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        {
          guint n_part;
          const DsMigration *part = parts[i] (&n_part);

          g_array_append_vals (joined, part, n_part);
        }
      n_all = joined->len;
      g_once_init_leave (&all, (DsMigration *) (gpointer) g_array_free (joined, FALSE));
    }
  *n_migrations = n_all;
  return all;
}

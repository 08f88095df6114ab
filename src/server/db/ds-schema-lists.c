/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-schema.h"

/* Migrations 19 to 23: lists that are read far more often than what they are
 * made of is written, kept ready by triggers so that reading a page reads
 * one index range instead of working every row out anew. Triggers, not
 * the stores, keep them: so does every write, whoever makes it (a store, a
 * migration, the demo, a test at the SQL prompt). */

/* The documents list's rows, one relation over quotes, invoices,
 * payments, plans and files (what ds-document-list-store.c listed with a
 * UNION of five joins on every page): the source and id it comes from,
 * what the list shows, and what it is narrowed by. A business's name is
 * NULL in shared_by_name, read from the company when listed. */
#define DOCUMENT_ENTRIES_TABLE(int_type) \
  "CREATE TABLE document_entries (" \
  "  source TEXT NOT NULL," \
  "  id TEXT NOT NULL," \
  "  customer_id TEXT NOT NULL," \
  "  kind TEXT NOT NULL," \
  "  name TEXT NOT NULL," \
  "  title TEXT," \
  "  day TEXT NOT NULL," \
  "  property_id TEXT," \
  "  property_label TEXT," \
  "  content_type TEXT NOT NULL," \
  "  size_bytes " int_type "," \
  "  shared_by TEXT NOT NULL," \
  "  shared_by_name TEXT," \
  "  job_title TEXT," \
  "  has_thumbnail " int_type " NOT NULL," \
  "  search_text TEXT NOT NULL," \
  "  PRIMARY KEY (source, id)" \
  ");" \
  "CREATE INDEX document_entries_list ON document_entries (customer_id, day, id);"

/* The view the triggers refresh an entry from, in each dialect's days: a
 * quote's, an invoice's, a payment's, a plan's, a file's. */
#define DOCUMENT_SOURCES_VIEW(quote_day, int_type, invoice_day, payment_day, plan_day, file_day) \
  "CREATE VIEW document_sources AS SELECT x.*, LOWER(x.name || ' ' || COALESCE(x.title, '')) AS search_text FROM (" \
  " SELECT 'quotes' AS source, q.id, q.customer_id, 'quote' AS kind, 'Quote ' || q.number AS name, q.title," \
  "        " quote_day " AS day, q.property_id, pr.label AS property_label, 'application/pdf' AS content_type," \
  "        CAST(NULL AS " int_type ") AS size_bytes, 'business' AS shared_by, CAST(NULL AS TEXT) AS shared_by_name," \
  "        CAST(NULL AS TEXT) AS job_title, 0 AS has_thumbnail" \
  "   FROM quotes q LEFT JOIN properties pr ON pr.id = q.property_id WHERE q.status <> 'requested'" \
  " UNION ALL" \
  " SELECT 'invoices', i.id, i.customer_id, 'invoice', 'Invoice ' || i.number, i.title, " invoice_day ", i.property_id," \
  "        pr.label, 'application/pdf', NULL, 'business', NULL, NULL, 0" \
  "   FROM invoices i LEFT JOIN properties pr ON pr.id = i.property_id" \
  " UNION ALL" \
  " SELECT 'payments', p.id, p.customer_id, 'receipt', 'Receipt ' || p.receipt_number, COALESCE(i.title, q.title)," \
  "        " payment_day ", COALESCE(i.property_id, q.property_id), COALESCE(ipr.label, qpr.label), 'application/pdf', NULL," \
  "        'business', NULL, NULL, 0" \
  "   FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id LEFT JOIN quotes q ON q.id = p.quote_id" \
  "   LEFT JOIN properties ipr ON ipr.id = i.property_id LEFT JOIN properties qpr ON qpr.id = q.property_id" \
  " UNION ALL" \
  " SELECT 'plans', pl.id, pl.customer_id, 'plan', pl.name," \
  "        CASE pl.kind WHEN 'warranty' THEN 'Warranty' ELSE 'Service plan' END, " plan_day ", pl.property_id, pr.label," \
  "        'application/pdf', NULL, 'business', NULL, NULL, 0" \
  "   FROM plans pl LEFT JOIN properties pr ON pr.id = pl.property_id" \
  " UNION ALL" \
  " SELECT 'files', f.id, f.customer_id, f.kind, f.name, j.title, " file_day ", COALESCE(f.property_id, j.property_id)," \
  "        pr.label, f.content_type, f.size_bytes, f.shared_by," \
  "        CASE f.shared_by WHEN 'business' THEN NULL ELSE u.display_name END, j.title," \
  "        CASE WHEN f.thumbnail_blob IS NULL THEN 0 ELSE 1 END" \
  "   FROM files f LEFT JOIN jobs j ON j.id = f.job_id LEFT JOIN users u ON u.id = f.uploaded_by" \
  "   LEFT JOIN properties pr ON pr.id = COALESCE(f.property_id, j.property_id)) x;"

/* SQLite's times are RFC 3339 text in UTC, days "YYYY-MM-DD" text. */
#define SQLITE_SOURCES_VIEW \
  DOCUMENT_SOURCES_VIEW ("COALESCE(q.issued_on, substr(q.created_at, 1, 10))", "INTEGER", \
                         "COALESCE(i.issued_on, substr(i.created_at, 1, 10))", "substr(p.paid_at, 1, 10)", \
                         "pl.starts_on", "substr(f.created_at, 1, 10)")

/* PostgreSQL's are TIMESTAMPTZ and DATE: each made text the one way,
 * whatever the session's time zone or date style. */
#define PG_SOURCES_VIEW \
  DOCUMENT_SOURCES_VIEW ("to_char(COALESCE(q.issued_on, (q.created_at AT TIME ZONE 'UTC')::date), 'YYYY-MM-DD')", \
                         "BIGINT", \
                         "to_char(COALESCE(i.issued_on, (i.created_at AT TIME ZONE 'UTC')::date), 'YYYY-MM-DD')", \
                         "to_char(p.paid_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')", "to_char(pl.starts_on, 'YYYY-MM-DD')", \
                         "to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')")

/* An entry made again from the view, on SQLite: @source, and the ids. */
#define SQLITE_REFRESH(source, ids) \
  "DELETE FROM document_entries WHERE source = '" source "' AND id IN (" ids ");" \
  "INSERT INTO document_entries SELECT * FROM document_sources WHERE source = '" source "' AND id IN (" ids ");"

/* On SQLite, triggers for the five sources, and for what entries show of
 * other records: a property's label, a job's title and property, the name
 * of who shared a file. */
#define SQLITE_DOCUMENT_TRIGGERS \
  "CREATE TRIGGER quotes_documents_insert AFTER INSERT ON quotes BEGIN " \
  SQLITE_REFRESH ("quotes", "new.id") "END;" \
  "CREATE TRIGGER quotes_documents_update" \
  " AFTER UPDATE OF id, customer_id, number, title, status, issued_on, created_at, property_id ON quotes BEGIN " \
  "DELETE FROM document_entries WHERE source = 'quotes' AND id = old.id;" \
  SQLITE_REFRESH ("quotes", "new.id") \
  SQLITE_REFRESH ("payments", "SELECT id FROM payments WHERE quote_id = new.id") "END;" \
  "CREATE TRIGGER quotes_documents_delete AFTER DELETE ON quotes BEGIN " \
  "DELETE FROM document_entries WHERE source = 'quotes' AND id = old.id; END;" \
  "CREATE TRIGGER invoices_documents_insert AFTER INSERT ON invoices BEGIN " \
  SQLITE_REFRESH ("invoices", "new.id") "END;" \
  "CREATE TRIGGER invoices_documents_update" \
  " AFTER UPDATE OF id, customer_id, number, title, issued_on, created_at, property_id ON invoices BEGIN " \
  "DELETE FROM document_entries WHERE source = 'invoices' AND id = old.id;" \
  SQLITE_REFRESH ("invoices", "new.id") \
  SQLITE_REFRESH ("payments", "SELECT id FROM payments WHERE invoice_id = new.id") "END;" \
  "CREATE TRIGGER invoices_documents_delete AFTER DELETE ON invoices BEGIN " \
  "DELETE FROM document_entries WHERE source = 'invoices' AND id = old.id; END;" \
  "CREATE TRIGGER payments_documents_insert AFTER INSERT ON payments BEGIN " \
  SQLITE_REFRESH ("payments", "new.id") "END;" \
  "CREATE TRIGGER payments_documents_update AFTER UPDATE ON payments BEGIN " \
  "DELETE FROM document_entries WHERE source = 'payments' AND id = old.id;" \
  SQLITE_REFRESH ("payments", "new.id") "END;" \
  "CREATE TRIGGER payments_documents_delete AFTER DELETE ON payments BEGIN " \
  "DELETE FROM document_entries WHERE source = 'payments' AND id = old.id; END;" \
  "CREATE TRIGGER plans_documents_insert AFTER INSERT ON plans BEGIN " \
  SQLITE_REFRESH ("plans", "new.id") "END;" \
  "CREATE TRIGGER plans_documents_update" \
  " AFTER UPDATE OF id, customer_id, kind, name, starts_on, property_id ON plans BEGIN " \
  "DELETE FROM document_entries WHERE source = 'plans' AND id = old.id;" \
  SQLITE_REFRESH ("plans", "new.id") "END;" \
  "CREATE TRIGGER plans_documents_delete AFTER DELETE ON plans BEGIN " \
  "DELETE FROM document_entries WHERE source = 'plans' AND id = old.id; END;" \
  "CREATE TRIGGER files_documents_insert AFTER INSERT ON files BEGIN " \
  SQLITE_REFRESH ("files", "new.id") "END;" \
  "CREATE TRIGGER files_documents_update AFTER UPDATE ON files BEGIN " \
  "DELETE FROM document_entries WHERE source = 'files' AND id = old.id;" \
  SQLITE_REFRESH ("files", "new.id") "END;" \
  "CREATE TRIGGER files_documents_delete AFTER DELETE ON files BEGIN " \
  "DELETE FROM document_entries WHERE source = 'files' AND id = old.id; END;" \
  "CREATE TRIGGER properties_documents_update AFTER UPDATE OF label ON properties BEGIN " \
  "UPDATE document_entries SET property_label = new.label WHERE property_id = new.id; END;" \
  "CREATE TRIGGER jobs_documents_update AFTER UPDATE OF title, property_id ON jobs BEGIN " \
  SQLITE_REFRESH ("files", "SELECT id FROM files WHERE job_id = new.id") "END;" \
  "CREATE TRIGGER users_documents_update AFTER UPDATE OF display_name ON users BEGIN " \
  SQLITE_REFRESH ("files", "SELECT id FROM files WHERE uploaded_by = new.id") "END;"

/* On PostgreSQL, a function for the five sources (TG_TABLE_NAME is the
 * source), and one for what entries show of other records: a property's
 * label, a job's title and property, the name of who shared a file. */
#define PG_DOCUMENT_TRIGGERS \
  "CREATE FUNCTION documents_refresh (from_source TEXT, from_id TEXT) RETURNS void LANGUAGE sql AS $$" \
  "  DELETE FROM document_entries WHERE source = from_source AND id = from_id;" \
  "  INSERT INTO document_entries SELECT * FROM document_sources WHERE source = from_source AND id = from_id $$;" \
  "CREATE FUNCTION documents_source_changed () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN" \
  "  IF TG_OP <> 'INSERT' THEN" \
  "    DELETE FROM document_entries WHERE source = TG_TABLE_NAME AND id = OLD.id;" \
  "  END IF;" \
  "  IF TG_OP <> 'DELETE' THEN" \
  "    PERFORM documents_refresh (TG_TABLE_NAME, NEW.id);" \
  "  END IF;" \
  "  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'quotes' THEN" \
  "    PERFORM documents_refresh ('payments', p.id) FROM payments p WHERE p.quote_id = NEW.id;" \
  "  ELSIF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'invoices' THEN" \
  "    PERFORM documents_refresh ('payments', p.id) FROM payments p WHERE p.invoice_id = NEW.id;" \
  "  END IF;" \
  "  RETURN NULL;" \
  " END $$;" \
  "CREATE TRIGGER quotes_documents AFTER INSERT OR DELETE" \
  " OR UPDATE OF id, customer_id, number, title, status, issued_on, created_at, property_id ON quotes" \
  " FOR EACH ROW EXECUTE FUNCTION documents_source_changed ();" \
  "CREATE TRIGGER invoices_documents AFTER INSERT OR DELETE" \
  " OR UPDATE OF id, customer_id, number, title, issued_on, created_at, property_id ON invoices" \
  " FOR EACH ROW EXECUTE FUNCTION documents_source_changed ();" \
  "CREATE TRIGGER payments_documents AFTER INSERT OR DELETE OR UPDATE ON payments" \
  " FOR EACH ROW EXECUTE FUNCTION documents_source_changed ();" \
  "CREATE TRIGGER plans_documents AFTER INSERT OR DELETE" \
  " OR UPDATE OF id, customer_id, kind, name, starts_on, property_id ON plans" \
  " FOR EACH ROW EXECUTE FUNCTION documents_source_changed ();" \
  "CREATE TRIGGER files_documents AFTER INSERT OR DELETE OR UPDATE ON files" \
  " FOR EACH ROW EXECUTE FUNCTION documents_source_changed ();" \
  "CREATE FUNCTION documents_property_changed () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN" \
  "  UPDATE document_entries SET property_label = NEW.label WHERE property_id = NEW.id;" \
  "  RETURN NULL;" \
  " END $$;" \
  "CREATE TRIGGER properties_documents AFTER UPDATE OF label ON properties" \
  " FOR EACH ROW EXECUTE FUNCTION documents_property_changed ();" \
  "CREATE FUNCTION documents_files_of_changed () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN" \
  "  IF TG_TABLE_NAME = 'jobs' THEN" \
  "    PERFORM documents_refresh ('files', f.id) FROM files f WHERE f.job_id = NEW.id;" \
  "  ELSE" \
  "    PERFORM documents_refresh ('files', f.id) FROM files f WHERE f.uploaded_by = NEW.id;" \
  "  END IF;" \
  "  RETURN NULL;" \
  " END $$;" \
  "CREATE TRIGGER jobs_documents AFTER UPDATE OF title, property_id ON jobs" \
  " FOR EACH ROW EXECUTE FUNCTION documents_files_of_changed ();" \
  "CREATE TRIGGER users_documents AFTER UPDATE OF display_name ON users" \
  " FOR EACH ROW EXECUTE FUNCTION documents_files_of_changed ();"

/* A customer's summary in the staff's list: how many properties, and the
 * city of the first; kept on the customer's row. */
#define CUSTOMER_SUMMARY(int_type) \
  "ALTER TABLE customers ADD COLUMN property_count " int_type " NOT NULL DEFAULT 0;" \
  "ALTER TABLE customers ADD COLUMN first_city TEXT;" \
  "UPDATE customers SET" \
  " property_count = (SELECT COUNT(*) FROM properties p WHERE p.customer_id = customers.id)," \
  " first_city = (SELECT p.city FROM properties p WHERE p.customer_id = customers.id" \
  "               ORDER BY p.position, p.id LIMIT 1);"

#define SQLITE_SUMMARIZE(customer) \
  "UPDATE customers SET" \
  " property_count = (SELECT COUNT(*) FROM properties p WHERE p.customer_id = " customer ")," \
  " first_city = (SELECT p.city FROM properties p WHERE p.customer_id = " customer \
  "               ORDER BY p.position, p.id LIMIT 1)" \
  " WHERE id = " customer ";"

/* A visit's first technician (by position, then name) and how many there
 * are, as every list of visits shows them: kept on the visit's row. */
#define VISIT_CREW(int_type) \
  "ALTER TABLE visits ADD COLUMN lead_technician_id TEXT REFERENCES users (id);" \
  "ALTER TABLE visits ADD COLUMN technician_count " int_type " NOT NULL DEFAULT 0;"

#define CREW_OF(visit) \
  " technician_count = (SELECT COUNT(*) FROM visit_technicians t WHERE t.visit_id = " visit ")," \
  " lead_technician_id = (SELECT t.user_id FROM visit_technicians t JOIN users u ON u.id = t.user_id" \
  "                       WHERE t.visit_id = " visit " ORDER BY t.position, u.display_name LIMIT 1)"

#define SQLITE_CREW(visit) "UPDATE visits SET" CREW_OF (visit) " WHERE id = " visit ";"

static const DsMigration migrations[] = {
  /* 19: the staff's list reads a customer's property count and first
   * city from the customer's own row, not with two subqueries a row. */
  { .sqlite =
    CUSTOMER_SUMMARY ("INTEGER")
    "CREATE TRIGGER properties_summary_insert AFTER INSERT ON properties BEGIN "
    SQLITE_SUMMARIZE ("new.customer_id") "END;"
    "CREATE TRIGGER properties_summary_delete AFTER DELETE ON properties BEGIN "
    SQLITE_SUMMARIZE ("old.customer_id") "END;"
    "CREATE TRIGGER properties_summary_update AFTER UPDATE OF customer_id, city, position ON properties BEGIN "
    SQLITE_SUMMARIZE ("old.customer_id") SQLITE_SUMMARIZE ("new.customer_id") "END;",
    .postgresql =
    CUSTOMER_SUMMARY ("BIGINT")
    "CREATE FUNCTION customers_summarize (customer TEXT) RETURNS void LANGUAGE sql AS $$"
    "  UPDATE customers SET"
    "  property_count = (SELECT COUNT(*) FROM properties p WHERE p.customer_id = customer),"
    "  first_city = (SELECT p.city FROM properties p WHERE p.customer_id = customer ORDER BY p.position, p.id LIMIT 1)"
    "  WHERE id = customer $$;"
    "CREATE FUNCTION properties_summary () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM customers_summarize (OLD.customer_id); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM customers_summarize (NEW.customer_id); END IF;"
    "  RETURN NULL;"
    " END $$;"
    "CREATE TRIGGER properties_summary AFTER INSERT OR DELETE OR UPDATE OF customer_id, city, position"
    " ON properties FOR EACH ROW EXECUTE FUNCTION properties_summary ();" },

  /* 20: the documents list, kept ready (document_entries), so that a page
   * is one index range of one table. */
  { .sqlite =
    DOCUMENT_ENTRIES_TABLE ("INTEGER") SQLITE_SOURCES_VIEW SQLITE_DOCUMENT_TRIGGERS
    "INSERT INTO document_entries SELECT * FROM document_sources;",
    .postgresql =
    DOCUMENT_ENTRIES_TABLE ("BIGINT") PG_SOURCES_VIEW PG_DOCUMENT_TRIGGERS
    "INSERT INTO document_entries SELECT * FROM document_sources;" },

  /* 21: a visit's first technician and their count on the visit's row,
   * rather than four subqueries (one sorting) for each visit listed. A
   * renamed technician can change who is first. */
  { .sqlite =
    VISIT_CREW ("INTEGER")
    "CREATE TRIGGER visit_technicians_crew_insert AFTER INSERT ON visit_technicians BEGIN "
    SQLITE_CREW ("new.visit_id") "END;"
    "CREATE TRIGGER visit_technicians_crew_delete AFTER DELETE ON visit_technicians BEGIN "
    SQLITE_CREW ("old.visit_id") "END;"
    "CREATE TRIGGER visit_technicians_crew_update AFTER UPDATE ON visit_technicians BEGIN "
    SQLITE_CREW ("old.visit_id") SQLITE_CREW ("new.visit_id") "END;"
    "CREATE TRIGGER users_crew_update AFTER UPDATE OF display_name ON users BEGIN "
    "UPDATE visits SET" CREW_OF ("visits.id")
    " WHERE id IN (SELECT visit_id FROM visit_technicians WHERE user_id = new.id); END;"
    "UPDATE visits SET" CREW_OF ("visits.id") ";",
    .postgresql =
    VISIT_CREW ("BIGINT")
    "CREATE FUNCTION visits_crew (visit TEXT) RETURNS void LANGUAGE sql AS $$"
    "  UPDATE visits SET" CREW_OF ("visit") " WHERE id = visit $$;"
    "CREATE FUNCTION visit_technicians_crew () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM visits_crew (OLD.visit_id); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM visits_crew (NEW.visit_id); END IF;"
    "  RETURN NULL;"
    " END $$;"
    "CREATE TRIGGER visit_technicians_crew AFTER INSERT OR DELETE OR UPDATE ON visit_technicians"
    " FOR EACH ROW EXECUTE FUNCTION visit_technicians_crew ();"
    "CREATE FUNCTION users_crew () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  PERFORM visits_crew (t.visit_id) FROM visit_technicians t WHERE t.user_id = NEW.id;"
    "  RETURN NULL;"
    " END $$;"
    "CREATE TRIGGER users_crew AFTER UPDATE OF display_name ON users"
    " FOR EACH ROW EXECUTE FUNCTION users_crew ();"
    "UPDATE visits SET" CREW_OF ("visits.id") ";" },

  /* 22: a quote's, an invoice's and a project's parts read in the order
   * they are shown (position, then id) from their index alone: indexed by
   * position only, SQLite sorted each run of one position apart, a sorter
   * per line of a quote. */
  { .both =
    "CREATE INDEX quote_items_order ON quote_items (quote_id, position, id);"
    "DROP INDEX quote_items_quote;"
    "CREATE INDEX invoice_items_order ON invoice_items (invoice_id, position, id);"
    "DROP INDEX invoice_items_invoice;"
    "CREATE INDEX project_stages_order ON project_stages (project_id, position, id);"
    "DROP INDEX project_stages_project;" },

  /* 23: the trigram index of customers (migration 5) keyed by a number
   * each customer keeps (search_rowid, which VACUUM leaves alone, unlike
   * the rowid), not by an unindexed id column: a customer changed or
   * deleted was looked for there by reading all of the index, every
   * customer's every trigram, and is now found by its key. PostgreSQL's
   * index is an ordinary one, kept by the database: nothing to change. */
  { .sqlite =
    "DROP TRIGGER customers_search_insert;"
    "DROP TRIGGER customers_search_delete;"
    "DROP TRIGGER customers_search_update;"
    "DROP TABLE customers_search;"
    "ALTER TABLE customers ADD COLUMN search_rowid INTEGER;"
    "UPDATE customers SET search_rowid = rowid;"
    "CREATE UNIQUE INDEX customers_search_rowid ON customers (search_rowid);"
    "CREATE VIRTUAL TABLE customers_search USING fts5 (display_name, email, phone, tokenize = 'trigram');"
    "INSERT INTO customers_search (rowid, display_name, email, phone)"
    " SELECT search_rowid, display_name, email, phone FROM customers;"
    "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN"
    "  UPDATE customers SET search_rowid = (SELECT COALESCE(MAX(search_rowid), 0) + 1 FROM customers)"
    "  WHERE rowid = new.rowid AND search_rowid IS NULL;"
    "  INSERT INTO customers_search (rowid, display_name, email, phone)"
    "  SELECT search_rowid, display_name, email, phone FROM customers WHERE rowid = new.rowid;"
    "END;"
    "CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN"
    "  DELETE FROM customers_search WHERE rowid = old.search_rowid;"
    "END;"
    "CREATE TRIGGER customers_search_update AFTER UPDATE OF display_name, email, phone ON customers BEGIN"
    "  UPDATE customers_search SET display_name = new.display_name, email = new.email, phone = new.phone"
    "  WHERE rowid = new.search_rowid;"
    "END;",
    .postgresql = "SELECT 1" },
};

const DsMigration *
ds_schema_get_list_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

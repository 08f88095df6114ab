/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ds-company-store.h"
#include "ds-customer-store.h"
#include "ds-demo.h"
#include "ds-document-list-store.h"
#include "ds-equipment-store.h"
#include "ds-error.h"
#include "ds-file-store.h"
#include "ds-migrations.h"
#include "ds-payment-store.h"
#include "ds-quote-store.h"
#include "ds-visit-store.h"
#include "test-pg.h"
#include "test-stores.h"

/* The business rules the stores hold, called as the handlers call them
 * but without HTTP: on the demo business, on SQLite or (with
 * DOORSTEP_TEST_BACKEND=postgresql) PostgreSQL. Each test runs in a
 * transaction that is rolled back, so none sees another's changes. */

DsDb *db;
static char *today;

/* The first column of the one row @sql gives for @param, or NULL. */
static char *
query_text (const char *sql,
            const char *param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, &error);
  gboolean found;

  g_assert_no_error (error);
  if (param != NULL)
    ds_stmt_bind_text (stmt, 1, param);
  g_assert_true (ds_stmt_step_optional (stmt, &found, &error));
  return found ? ds_stmt_dup_text (stmt, 0) : NULL;
}

void
assert_query_text (const char *sql,
                   const char *param,
                   const char *expected)
{
  g_autofree char *text = query_text (sql, param);

  g_assert_cmpstr (text, ==, expected);
}

static char *
quote_id (const char *number)
{
  return query_text ("SELECT id FROM quotes WHERE number = ?", number);
}

static void
assert_problem (const GError *error,
                DsErrorCode   code,
                const char   *type,
                const char   *detail_start)
{
  g_assert_error (error, DS_ERROR, (gint) code);
  if (type != NULL)
    g_assert_cmpstr (ds_error_get_type_name (error), ==, type);
  if (detail_start != NULL && !g_str_has_prefix (error->message, detail_start))
    g_error ("“%s” does not start with “%s”", error->message, detail_start);
}

static void
assert_field (const GError *error,
              const char   *field,
              const char   *message)
{
  GHashTable *fields = ds_error_get_fields (error);

  g_assert_nonnull (fields);
  g_assert_cmpstr (g_hash_table_lookup (fields, field), ==, message);
}

/* Quotes: only a quote sent and not expired may be decided on. */
static void
test_quote_decisions (void)
{
  const struct {
    const char *number;
    const char *type;
    const char *detail;
  } cases[] = {
    { "Q-1003", "quote-expired", "This quote expired on " },
    { "Q-1004", "quote-not-open", "This quote has already been approved." },
    { "Q-1005", "quote-not-open", "This quote has already been declined." },
    { "Q-1008", "quote-not-open", "This quote has not been priced yet, so there is nothing to decide." },
  };
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autofree char *open = quote_id ("Q-1001");
  g_autofree char *daniels = quote_id ("Q-1007");
  g_autofree char *maya_user = query_text ("SELECT id FROM users WHERE customer_id = ?", MAYA);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(GBytes) signature = g_bytes_new_static ("not looked at by the store", 26);
  const char * const unknown_item[] = { "qit_not_of_this_quote", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = quote_id (cases[i].number);
      g_autoptr(DsQuote) decided = ds_quote_store_require (db, id, MAYA, today, &error);

      g_assert_no_error (error);
      g_assert_false (ds_quote_check_decidable (decided, &error));
      assert_problem (error, DS_ERROR_CONFLICT, cases[i].type, cases[i].detail);
      g_clear_error (&error);
      g_assert_false (ds_quote_store_decline (db, id, MAYA, today, maya_user, NULL, &error));
      assert_problem (error, DS_ERROR_CONFLICT, cases[i].type, cases[i].detail);
      g_clear_error (&error);
    }

  /* Another customer's quote is not there for Maya. */
  g_assert_false (ds_quote_store_approve (db, daniels, MAYA, today, maya_user, "Maya Okafor", signature, NULL, &error));
  assert_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such quote.");
  g_clear_error (&error);

  /* Items of another quote are not hers to choose. */
  g_assert_false (ds_quote_store_approve (db, open, MAYA, today, maya_user, "Maya Okafor", signature, unknown_item,
                                          &error));
  assert_problem (error, DS_ERROR_INVALID, "validation", NULL);
  assert_field (error, "selected_item_ids", "Choose only items of this quote.");
  g_clear_error (&error);

  /* An open one is approved once. */
  g_assert_true (ds_quote_store_approve (db, open, MAYA, today, maya_user, "Maya Okafor", signature, NULL, &error));
  g_assert_no_error (error);
  quote = ds_quote_store_require (db, open, MAYA, today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (quote->status, ==, DOORSTEP_QUOTE_STATUS_APPROVED);
  g_assert_false (ds_quote_store_approve (db, open, MAYA, today, maya_user, "Maya Okafor", signature, NULL, &error));
  assert_problem (error, DS_ERROR_CONFLICT, "quote-not-open", "This quote has already been approved.");
}

/* Visits: a customer may ask to move one only while it is scheduled and
 * further away than the business's notice period. */
static void
test_visit_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsVisit) upcoming = NULL;
  g_autofree char *now = ds_now_timestamp ();
  DsVisitRules rules;
  gint64 starts;

  g_assert_true (ds_visit_rules_load (db, TRUE, &rules, &error));
  g_assert_true (ds_visit_store_next (db, MAYA, now, &upcoming, &error));
  g_assert_nonnull (upcoming);
  starts = doorstep_timestamp_to_unix (upcoming->starts_at);

  /* Further away than the notice period: it may change. */
  rules.now = starts - (gint64) rules.notice_hours * 3600 - 60;
  g_assert_true (ds_visit_check_changeable (upcoming, &rules, "(503) 555-0100", &error));
  g_assert_no_error (error);
  g_assert_true (ds_visit_can_change (upcoming, &rules));

  /* Within it: call instead, and the business's number is said. */
  rules.now = starts - (gint64) rules.notice_hours * 3600 + 60;
  g_assert_false (ds_visit_check_changeable (upcoming, &rules, "(503) 555-0100", &error));
  assert_problem (error, DS_ERROR_CONFLICT, "within-notice-period", NULL);
  g_assert_nonnull (strstr (error->message, "(503) 555-0100"));
  g_clear_error (&error);

  /* Over, though nobody marked it done yet, then done. */
  rules.now = doorstep_timestamp_to_unix (upcoming->ends_at) + 60;
  g_assert_false (ds_visit_check_changeable (upcoming, &rules, NULL, &error));
  assert_problem (error, DS_ERROR_CONFLICT, "visit-not-changeable",
                  "This visit is under way and can no longer be changed here.");
  g_clear_error (&error);

  g_free (upcoming->status);
  upcoming->status = g_strdup ("completed");
  g_assert_false (ds_visit_check_changeable (upcoming, &rules, NULL, &error));
  assert_problem (error, DS_ERROR_CONFLICT, "visit-not-changeable", "This visit has already taken place.");
  g_clear_error (&error);

  g_free (upcoming->status);
  upcoming->status = g_strdup ("reschedule_requested");
  rules.now = starts - 30 * 24 * 3600;
  g_assert_false (ds_visit_check_changeable (upcoming, &rules, NULL, &error));
  assert_problem (error, DS_ERROR_CONFLICT, "change-already-requested", NULL);
  g_clear_error (&error);

  /* Staff looking at the customer's portal see it may not change. */
  g_free (upcoming->status);
  upcoming->status = g_strdup ("scheduled");
  rules.customer = FALSE;
  g_assert_false (ds_visit_can_change (upcoming, &rules));
}

static void
line_clear (DsPaymentLine *line)
{
  g_clear_pointer (&line->invoice_id, g_free);
  g_clear_pointer (&line->quote_id, g_free);
}

/* Tries one line of a checkout; the error, if any. */
static GError *
try_line (DsCompany  *company,
          const char *invoice_id,
          const char *quote,
          gint64      amount_minor,
          gint64      tip_minor)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  DsPaymentLine line = { g_strdup (invoice_id), g_strdup (quote), amount_minor };
  GError *error = NULL;

  ds_payment_store_lock_lines (db, MAYA, company, &line, 1, tip_minor, &error);
  line_clear (&line);
  return error;
}

/* Payments: what a line may pay, and the messages that say why not. */
static void
test_payment_lines (void)
{
  g_autoptr(DsCompany) company = ds_company_store_require (db, NULL);
  g_autofree char *overdue = query_text ("SELECT id FROM invoices WHERE number = 'I-2007'", NULL);
  g_autofree char *paid = query_text ("SELECT id FROM invoices WHERE customer_id = ? AND status = 'paid'", MAYA);
  g_autofree char *daniels = query_text ("SELECT id FROM invoices WHERE customer_id = ?", DANIEL);
  g_autofree char *deposit = quote_id ("Q-1004");
  g_autofree char *due_text = query_text ("SELECT CAST(balance_minor AS TEXT) FROM invoices WHERE number = 'I-2007'",
                                          NULL);
  gint64 due = g_ascii_strtoll (due_text, NULL, 10);
  GError *error;

  g_assert_nonnull (company);
  g_assert_cmpint (company->partial_payment_minimum_minor, ==, 5000);

  /* All of it, or a part of at least the minimum, pays. */
  g_assert_null (try_line (company, overdue, NULL, due, 0));
  g_assert_null (try_line (company, overdue, NULL, 5000, 1000));

  error = try_line (company, overdue, NULL, due + 1, 0);
  assert_problem (error, DS_ERROR_CONFLICT, "overpayment", "Invoice I-2007 has ");
  g_assert_nonnull (g_hash_table_lookup (ds_error_get_fields (error), "lines[0].amount_minor"));
  g_clear_error (&error);

  error = try_line (company, overdue, NULL, 4999, 0);
  assert_problem (error, DS_ERROR_INVALID, "validation", "Pay at least $50.00 towards invoice I-2007, or all of it.");
  g_clear_error (&error);

  error = try_line (company, paid, NULL, 100, 0);
  assert_problem (error, DS_ERROR_CONFLICT, "not-payable", NULL);
  g_assert_true (g_str_has_suffix (error->message, "is already paid."));
  g_clear_error (&error);

  error = try_line (company, daniels, NULL, 100, 0);
  assert_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such invoice.");
  g_clear_error (&error);

  /* A deposit is paid whole. */
  error = try_line (company, NULL, deposit, 100, 0);
  assert_problem (error, DS_ERROR_INVALID, NULL, "The deposit of quote Q-1004 can only be paid in full.");
  g_clear_error (&error);
}

/* Files: a name that cannot break a header or a saved file's name, and
 * what a new file may belong to. */
static void
test_file_rules (void)
{
  const char *refused[] = { "", "   ", "..", "a/b.jpg", "a\\b.jpg", "\"quoted\".pdf", "tab\there.png" };
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *daniels_job = query_text ("SELECT id FROM jobs WHERE customer_id = ?", DANIEL);
  g_autofree char *daniels_property = query_text ("SELECT id FROM properties WHERE customer_id = ?", DANIEL);
  g_autofree DsFile *file = g_new0 (DsFile, 1);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (ds_file_check_name (refused[i], &error));
      g_assert_nonnull (g_hash_table_lookup (ds_error_get_fields (error), "name"));
      g_clear_error (&error);
    }
  for (guint i = 0; i < 201; i++)
    g_string_append_c (long_name, 'a');
  g_assert_false (ds_file_check_name (long_name->str, &error));
  assert_field (error, "name", "A file's name can be at most 200 characters.");
  g_clear_error (&error);
  g_assert_true (ds_file_check_name ("Water heater – receipt.pdf", &error));

  g_assert_false (ds_file_store_place (db, MAYA, daniels_job, NULL, file, &error));
  assert_field (error, "job_id", "Choose one of your jobs.");
  g_clear_error (&error);
  g_assert_false (ds_file_store_place (db, MAYA, NULL, daniels_property, file, &error));
  assert_field (error, "property_id", "Choose one of your properties.");
  g_clear_error (&error);
  g_free (file->job_id);
  g_free (file->property_id);

  g_assert_true (ds_file_may_delete ("customer", TRUE));
  g_assert_false (ds_file_may_delete ("customer", FALSE));
  g_assert_false (ds_file_may_delete ("business", TRUE));
}

static void
exec_sql (const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ds_db_exec (db, sql, &error));
  g_assert_no_error (error);
}

/* The document of @kind and @id in Maya's list, as it reads now. */
static DsDocument *
find_document (const char *kind,
               const char *id)
{
  g_auto(DsPageRequest) request = { .limit = 200 };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = ds_document_store_list (db, MAYA, "all", NULL, NULL, NULL, NULL, &request, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < page->items->len; i++)
    {
      DsDocument *document = g_ptr_array_index (page->items, i);

      if (g_str_equal (document->kind, kind) && g_str_equal (document->id, id))
        return g_ptr_array_steal_index (page->items, i);
    }
  return NULL;
}

/* The documents list is kept ready by triggers: whatever changes what it
 * shows, through a store or straight in SQL, shows at once. */
static void
test_documents_kept_in_step (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autofree char *quote = quote_id ("Q-1001");
  g_autofree char *invoice = query_text ("SELECT id FROM invoices WHERE number = 'I-2008'", NULL);
  g_autofree char *receipt = query_text ("SELECT id FROM payments WHERE invoice_id = ?", invoice);
  g_autofree char *photo = query_text ("SELECT id FROM files WHERE customer_id = ? AND kind = 'photo'", MAYA);
  g_autofree char *property = query_text ("SELECT property_id FROM quotes WHERE number = 'Q-1001'", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(DsDocument) before = NULL;
  g_autoptr(DsDocument) quote_after = NULL;
  g_autoptr(DsDocument) receipt_after = NULL;
  g_autoptr(DsDocument) labelled = NULL;
  g_autoptr(DsDocument) gone = NULL;
  g_autoptr(DsDocument) requested = NULL;

  g_assert_nonnull (receipt);
  before = find_document ("quote", quote);
  g_assert_nonnull (before);

  sql = g_strdup_printf ("UPDATE quotes SET title = 'Retitled' WHERE id = '%s';"
                         "UPDATE invoices SET title = 'Invoice retitled' WHERE id = '%s';"
                         "UPDATE properties SET label = 'Main house' WHERE id = '%s';"
                         "DELETE FROM files WHERE id = '%s';",
                         quote, invoice, property, photo);
  exec_sql (sql);

  quote_after = find_document ("quote", quote);
  g_assert_cmpstr (quote_after->title, ==, "Retitled");
  g_assert_cmpstr (quote_after->property_label, ==, "Main house");
  receipt_after = find_document ("receipt", receipt);
  g_assert_cmpstr (receipt_after->title, ==, "Invoice retitled");
  gone = find_document ("photo", photo);
  g_assert_null (gone);

  /* A quote sent back to "requested" is not a document any more. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE quotes SET status = 'requested' WHERE id = '%s'", quote);
  exec_sql (sql);
  requested = find_document ("quote", quote);
  g_assert_null (requested);
}

/* The staff's list reads a customer's property count and first city from
 * the customer's row, which triggers keep in step with the properties. */
static void
test_customer_summary (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autoptr(GError) error = NULL;

  assert_query_text ("SELECT CAST(property_count AS TEXT) FROM customers WHERE id = ?", MAYA, "2");
  exec_sql ("INSERT INTO properties (id, customer_id, label, address_line1, city, position)"
            " VALUES ('prp_stores_test', 'cus_demo0maya0okafor', 'Shed', '1 Yard Ln', 'Gresham', -1)");
  assert_query_text ("SELECT CAST(property_count AS TEXT) FROM customers WHERE id = ?", MAYA, "3");
  assert_query_text ("SELECT first_city FROM customers WHERE id = ?", MAYA, "Gresham");
  exec_sql ("DELETE FROM properties WHERE id = 'prp_stores_test'");
  assert_query_text ("SELECT CAST(property_count AS TEXT) FROM customers WHERE id = ?", MAYA, "2");
  assert_query_text ("SELECT first_city FROM customers WHERE id = ?", MAYA, "Portland");
}

/* Maya's next visit as the store reads it now. */
static DsVisit *
next_visit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = ds_now_timestamp ();
  DsVisit *visit = NULL;

  g_assert_true (ds_visit_store_next (db, MAYA, now, &visit, &error));
  g_assert_no_error (error);
  g_assert_nonnull (visit);
  return visit;
}

static void
assert_crew (const char *lead_id,
             guint       count)
{
  g_autoptr(DsVisit) visit = next_visit ();

  g_assert_cmpuint (visit->technician_count, ==, count);
  g_assert_cmpuint (visit->technicians->len, ==, 1);
  g_assert_cmpstr (((DsTechnician *) g_ptr_array_index (visit->technicians, 0))->id, ==, lead_id);
}

/* A visit's first technician (by position, then name) and their count
 * are kept on the visit by triggers: a technician added, renamed, moved
 * or taken off shows at once. */
static void
test_visit_crew (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autoptr(DsVisit) visit = next_visit ();
  g_autofree char *sql = NULL;

  assert_crew ("usr_demo0technician", 1);

  /* Casey Morgan at the same position comes before Luis Ortega by name. */
  sql = g_strdup_printf ("INSERT INTO visit_technicians (visit_id, user_id, position)"
                         " VALUES ('%s', 'usr_demo0operator', 0)", visit->id);
  exec_sql (sql);
  assert_crew ("usr_demo0operator", 2);

  exec_sql ("UPDATE users SET display_name = 'Taylor Morgan' WHERE id = 'usr_demo0operator'");
  assert_crew ("usr_demo0technician", 2);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE visit_technicians SET position = -1"
                         " WHERE visit_id = '%s' AND user_id = 'usr_demo0operator'", visit->id);
  exec_sql (sql);
  assert_crew ("usr_demo0operator", 2);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DELETE FROM visit_technicians WHERE visit_id = '%s' AND user_id = 'usr_demo0operator'",
                         visit->id);
  exec_sql (sql);
  assert_crew ("usr_demo0technician", 1);
}

/* The ids of the customers a staff search for @text finds, in order,
 * separated by spaces. */
static char *
search_customers (const char *text)
{
  DsPageRequest request = { .limit = 50 };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = ds_customer_store_list (db, text, NULL, &request, &error);
  GString *ids = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < page->items->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            ((DsCustomerSummary *) g_ptr_array_index (page->items, i))->id);
  return g_string_free (ids, FALSE);
}

static void
assert_search (const char *text,
               const char *expected)
{
  g_autofree char *found = search_customers (text);

  g_assert_cmpstr (found, ==, expected);
}

/* The staff search follows a customer's name, email and phone as they
 * change, and forgets a customer deleted; the other customers' entries
 * stay as they were. */
static void
test_customer_search_follows_changes (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autofree char *before = search_customers ("reyes");

  g_assert_cmpstr (before, ==, DANIEL);
  exec_sql ("INSERT INTO customers (id, display_name, email, phone, sort_key, created_at)"
            " VALUES ('cus_stores_quince', 'Quentin Quincey', 'qq@example.com', '+1 503 555 0199',"
            " 'quincey quentin', '2026-01-01T00:00:00Z')");
  assert_search ("quincey", "cus_stores_quince");
  assert_search ("qq@example", "cus_stores_quince");

  exec_sql ("UPDATE customers SET display_name = 'Quentin Marlowe', sort_key = 'marlowe quentin',"
            " email = 'marlowe@example.com' WHERE id = 'cus_stores_quince'");
  assert_search ("quincey", "");
  assert_search ("qq@example", "");
  assert_search ("marlowe", "cus_stores_quince");

  exec_sql ("DELETE FROM customers WHERE id = 'cus_stores_quince'");
  assert_search ("marlowe", "");
  assert_search ("reyes", DANIEL);
}

/* Equipment: due within 30 days is due soon; past it, overdue. */
static void
test_maintenance_state (void)
{
  DsEquipment equipment = { 0 };

  g_assert_null (ds_equipment_get_maintenance_state (&equipment));
  equipment.next_service_on = (char *) "2026-12-31";
  equipment.days_until_service = 31;
  g_assert_cmpstr (ds_equipment_get_maintenance_state (&equipment), ==, "ok");
  equipment.days_until_service = DS_EQUIPMENT_DUE_SOON_DAYS;
  g_assert_cmpstr (ds_equipment_get_maintenance_state (&equipment), ==, "due_soon");
  equipment.days_until_service = 0;
  g_assert_cmpstr (ds_equipment_get_maintenance_state (&equipment), ==, "due_soon");
  equipment.days_until_service = -1;
  g_assert_cmpstr (ds_equipment_get_maintenance_state (&equipment), ==, "overdue");
}

/* The blob store and the SQLite file go with their directory. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("doorstep-stores-XXXXXX", NULL);
  g_autofree char *location = NULL;
  g_autofree char *files = g_build_filename (dir, "files", NULL);
  g_autoptr(DsBlobStore) blobs = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seeded = FALSE;
  int status;

  g_test_init (&argc, &argv, NULL);
  location = test_pg_wanted () ? test_pg_new_database () : g_build_filename (dir, "stores.sqlite", NULL);
  blobs = ds_blob_store_new_directory (files, &error);
  g_assert_no_error (error);
  db = ds_db_open (location, &error);
  g_assert_no_error (error);
  g_assert_true (ds_migrations_apply (db, &error));
  g_assert_true (ds_demo_seed (db, blobs, &seeded, &error));
  g_assert_true (seeded);
  g_assert_true (ds_company_store_get_today (db, &today, NULL, &error));

  g_test_add_func ("/stores/quote-decisions", test_quote_decisions);
  g_test_add_func ("/stores/visit-changes", test_visit_changes);
  g_test_add_func ("/stores/payment-lines", test_payment_lines);
  g_test_add_func ("/stores/file-rules", test_file_rules);
  g_test_add_func ("/stores/maintenance-state", test_maintenance_state);
  g_test_add_func ("/stores/documents-kept-in-step", test_documents_kept_in_step);
  g_test_add_func ("/stores/customer-summary", test_customer_summary);
  g_test_add_func ("/stores/visit-crew", test_visit_crew);
  g_test_add_func ("/stores/customer-search-follows-changes", test_customer_search_follows_changes);
  test_stores_add_db_tests ();
  test_stores_add_staff_tests ();
  status = g_test_run ();

  ds_db_close (db);
  g_free (today);
  remove_tree (dir);
  return status;
}

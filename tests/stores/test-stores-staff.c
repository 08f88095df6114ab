/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-customer-edit-store.h"
#include "ds-error.h"
#include "ds-note-store.h"
#include "test-stores.h"

/* The staff workspace's rules without HTTP: who may change and delete a
 * note, held by the store itself, and the list's order; a change to a
 * customer's record made from an older version, merged or refused. Each
 * test's transaction is rolled back. */

#define TECHNICIAN "usr_demo0technician"
#define OPERATOR "usr_demo0operator"
#define ADMIN "usr_demo0admin"

static void
test_note_rules (void)
{
  DsNote note = { .author_id = (char *) TECHNICIAN };

  g_assert_true (ds_note_may_change (&note, TECHNICIAN));
  g_assert_false (ds_note_may_change (&note, OPERATOR));
  g_assert_false (ds_note_may_change (&note, ADMIN));
  g_assert_true (ds_note_may_delete (&note, TECHNICIAN, DOORSTEP_ROLE_TECHNICIAN));
  g_assert_false (ds_note_may_delete (&note, OPERATOR, DOORSTEP_ROLE_OPERATOR));
  g_assert_true (ds_note_may_delete (&note, ADMIN, DOORSTEP_ROLE_ADMIN));
}

static DsNote *
get_note (const char *customer_id,
          const char *note_id)
{
  g_autoptr(GError) error = NULL;
  DsNote *note = ds_note_store_get (db, customer_id, note_id, &error);

  g_assert_no_error (error);
  return note;
}

static void
test_note_store (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = ds_note_store_add (db, MAYA, TECHNICIAN, "Replaced the igniter.", FALSE, &error);
  g_autoptr(DsNote) note = NULL;
  g_auto(DsPageRequest) request = { .limit = 10 };
  g_autoptr(DsPage) page = NULL;
  DsNoteChange change = { .body = "Changed by someone else." };

  g_assert_no_error (error);
  g_assert_nonnull (tx);
  note = get_note (MAYA, id);
  g_assert_cmpstr (note->author_name, ==, "Luis Ortega");
  g_assert_null (note->updated_at);

  /* Another customer's path does not reach it. */
  g_assert_null (ds_note_store_get (db, DANIEL, id, &error));
  g_assert_error (error, DS_ERROR, DS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nobody but its author changes it; nobody but its author or an admin
   * deletes it; refused, it is as it was. */
  g_assert_false (ds_note_store_change (db, note, &change, ADMIN, &error));
  g_assert_error (error, DS_ERROR, DS_ERROR_FORBIDDEN);
  g_clear_error (&error);
  g_assert_false (ds_note_store_delete (db, note, OPERATOR, DOORSTEP_ROLE_OPERATOR, &error));
  g_assert_error (error, DS_ERROR, DS_ERROR_FORBIDDEN);
  g_clear_error (&error);
  {
    g_autoptr(DsNote) same = get_note (MAYA, id);

    g_assert_cmpstr (same->body, ==, "Replaced the igniter.");
  }

  /* Pinned by its author, it leads the list, ahead of the demo's pin. */
  change = (DsNoteChange) { .set_pinned = TRUE, .pinned = TRUE };
  g_assert_true (ds_note_store_change (db, note, &change, TECHNICIAN, &error));
  g_assert_no_error (error);
  page = ds_note_store_list (db, MAYA, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->items->len, ==, 4);
  g_assert_cmpstr (((DsNote *) page->items->pdata[0])->id, ==, id);
  g_assert_true (((DsNote *) page->items->pdata[0])->pinned);
  g_assert_cmpstr (((DsNote *) page->items->pdata[0])->body, ==, "Replaced the igniter.");
  g_assert_nonnull (((DsNote *) page->items->pdata[0])->updated_at);
  g_assert_cmpstr (((DsNote *) page->items->pdata[1])->id, ==, "not_demo0maya0gate");

  g_assert_true (ds_note_store_delete (db, note, ADMIN, DOORSTEP_ROLE_ADMIN, &error));
  g_assert_no_error (error);
  g_assert_null (ds_note_store_get (db, MAYA, id, &error));
  g_assert_error (error, DS_ERROR, DS_ERROR_NOT_FOUND);
}

static gint64
edit (gint64      from,
      guint       field,
      const char *value,
      DsCustomerEditResult *result,
      GError    **error)
{
  g_auto(DsCustomerEdit) change = { 0 };

  change.set[field] = TRUE;
  change.value[field] = g_strdup (value);
  if (!ds_customer_store_edit (db, DANIEL, from, &change, ADMIN, result, error))
    return 0;
  return result->version;
}

static void
test_customer_edit (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);
  g_autoptr(GError) error = NULL;
  gint64 start, version;

  g_assert_nonnull (tx);
  g_assert_true (ds_customer_store_get_version (db, DANIEL, &start, &error));

  /* From the version as read: one more. */
  {
    g_auto(DsCustomerEditResult) result = { 0 };

    version = edit (start, DS_CUSTOMER_FIELD_PHONE, "+1 503 555 0177", &result, &error);
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, start + 1);
    g_assert_null (result.conflicts);
  }
  /* From the older version, another field: merged. */
  {
    g_auto(DsCustomerEditResult) result = { 0 };

    version = edit (start, DS_CUSTOMER_FIELD_LAST_NAME, "Reyes-Okafor", &result, &error);
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, start + 2);
    g_assert_null (result.conflicts);
    assert_query_text ("SELECT display_name FROM customers WHERE id = ?", DANIEL, "Daniel Reyes-Okafor");
    assert_query_text ("SELECT sort_key FROM customers WHERE id = ?", DANIEL, "reyes-okafor daniel");
  }
  /* From the older version, the same field to something else: refused,
   * with the change that came first; to the same value: nothing to do. */
  {
    g_auto(DsCustomerEditResult) result = { 0 };
    const DsActivity *first;

    version = edit (start, DS_CUSTOMER_FIELD_PHONE, "+1 503 555 0178", &result, &error);
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, start + 2);
    g_assert_nonnull (result.conflicts);
    g_assert_cmpuint (result.conflicts->len, ==, 1);
    first = g_ptr_array_index (result.conflicts, 0);
    g_assert_cmpstr (first->field, ==, "phone");
    g_assert_cmpstr (first->new_value, ==, "+1 503 555 0177");
    g_assert_cmpstr (first->actor_name, ==, "Jordan Avery");
    g_assert_cmpuint (result.changed_since->len, ==, 2);
    assert_query_text ("SELECT phone FROM customers WHERE id = ?", DANIEL, "+1 503 555 0177");
  }
  {
    g_auto(DsCustomerEditResult) result = { 0 };

    version = edit (start, DS_CUSTOMER_FIELD_PHONE, "+1 503 555 0177", &result, &error);
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, start + 2);
    g_assert_null (result.conflicts);
  }
  /* A record keeps a name. */
  {
    g_auto(DsCustomerEditResult) result = { 0 };
    g_auto(DsCustomerEdit) nameless = { 0 };

    nameless.set[DS_CUSTOMER_FIELD_FIRST_NAME] = TRUE;
    nameless.set[DS_CUSTOMER_FIELD_LAST_NAME] = TRUE;
    g_assert_false (ds_customer_store_edit (db, DANIEL, start + 2, &nameless, ADMIN, &result, &error));
    g_assert_error (error, DS_ERROR, DS_ERROR_INVALID);
  }
}

static void
run (const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ds_db_exec (db, sql, &error));
  g_assert_no_error (error);
}

/* What the staff's list sorts by is kept on the customer's row: what they
 * owe, what they paid, their last completed visit's day, as any of those
 * change. */
static void
test_customer_figures (void)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, NULL);

  g_assert_nonnull (tx);
  assert_query_text ("SELECT CAST(balance_due_minor AS TEXT) FROM customers WHERE id = ?", MAYA, "141600");
  assert_query_text ("SELECT CAST(lifetime_value_minor AS TEXT) FROM customers WHERE id = ?", MAYA, "324650");
  run ("UPDATE invoices SET balance_minor = balance_minor + 100"
       " WHERE customer_id = 'cus_demo0maya0okafor' AND status = 'open' AND balance_minor > 0");
  assert_query_text ("SELECT CAST(balance_due_minor AS TEXT) FROM customers WHERE id = ?", MAYA, "141900");
  run ("UPDATE payments SET amount_minor = amount_minor + 1 WHERE customer_id = 'cus_demo0maya0okafor'");
  assert_query_text ("SELECT CAST(balance_due_minor AS TEXT) FROM customers WHERE id = ?", MAYA, "141900");
  assert_query_text ("SELECT CAST(CASE WHEN lifetime_value_minor > 324650 THEN 1 ELSE 0 END AS TEXT)"
                     " FROM customers WHERE id = ?", MAYA, "1");

  /* Daniel's upcoming visit, done today, is his last job. */
  assert_query_text ("SELECT last_job_on FROM customers WHERE id = ?", DANIEL, "");
  run ("UPDATE visits SET status = 'completed', starts_at = '2026-01-02T15:00:00Z'"
       " WHERE job_id IN (SELECT id FROM jobs WHERE customer_id = 'cus_demo0daniel0reyes')");
  assert_query_text ("SELECT last_job_on FROM customers WHERE id = ?", DANIEL, "2026-01-02");
}

void
test_stores_add_staff_tests (void)
{
  g_test_add_func ("/stores/customer-figures", test_customer_figures);
  g_test_add_func ("/stores/customer-edit", test_customer_edit);
  g_test_add_func ("/stores/note-rules", test_note_rules);
  g_test_add_func ("/stores/note-store", test_note_store);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-error.h"
#include "ds-note-store.h"
#include "test-stores.h"

/* The notes' rules without HTTP: who may change and delete a note, held
 * by the store itself, and the list's order. Each test's transaction is
 * rolled back. */

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

void
test_stores_add_note_tests (void)
{
  g_test_add_func ("/stores/note-rules", test_note_rules);
  g_test_add_func ("/stores/note-store", test_note_store);
}

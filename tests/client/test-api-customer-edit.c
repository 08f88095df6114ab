/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-auth-api.h"
#include "doorstep-customer-edit-api.h"
#include "test-server-fixture.h"

/* The app's calls for an admin's Edit Customer, against the real server:
 * the record with its ETag, a change sent with If-Match, and a change to
 * a field someone else changed first as its own outcome: the record as
 * it is now, its ETag and a message per field. */

#define DANIEL "cus_demo0daniel0reyes"

static TestServer *server;

static void
store_result_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* The own scope of a client signed in as @email. */
static DoorstepScope *
signed_in_scope (const char *email)
{
  g_autoptr(DoorstepApiClient) client = doorstep_api_client_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DoorstepUser) user = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (doorstep_api_client_set_base_url (client, server->base_url, &error));
  doorstep_auth_api_login_async (client, email, DEMO_PASSWORD, NULL, store_result_cb, &result);
  user = doorstep_auth_api_login_finish (client, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (user);
  return doorstep_scope_new (client, NULL, NULL);
}

static DoorstepCustomerDetails *
load (DoorstepScope *scope,
      const char    *customer_id,
      GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  doorstep_customer_edit_api_load_async (scope, customer_id, NULL, store_result_cb, &result);
  return doorstep_customer_edit_api_load_finish (scope, wait_for (&result), error);
}

/* Saves @member = @value against @etag. */
static DoorstepCustomerDetails *
save (DoorstepScope         *scope,
      const char            *etag,
      const char            *member,
      const char            *value,
      DoorstepEditConflict **conflict,
      GError               **error)
{
  g_autoptr(GHashTable) changes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GAsyncResult) result = NULL;

  g_hash_table_insert (changes, (gpointer) member, (gpointer) value);
  doorstep_customer_edit_api_save_async (scope, DANIEL, etag, changes, NULL, store_result_cb, &result);
  return doorstep_customer_edit_api_save_finish (scope, wait_for (&result), conflict, error);
}

static void
test_load_and_save (void)
{
  g_autoptr(DoorstepScope) scope = signed_in_scope ("admin@example.com");
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCustomerDetails) before = load (scope, DANIEL, &error);
  g_autoptr(DoorstepCustomerDetails) after = NULL;
  g_autoptr(DoorstepCustomerDetails) cleared = NULL;
  g_autofree char *etag = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_customer_details_get_first_name (before), ==, "Daniel");
  g_assert_cmpstr (doorstep_customer_details_get_customer_type (before), ==, "homeowner");
  g_assert_null (doorstep_customer_details_get_field (before, "company_name"));
  etag = g_strdup_printf ("\"%" G_GINT64_FORMAT "\"", doorstep_customer_details_get_version (before));
  g_assert_cmpstr (doorstep_customer_details_get_etag (before), ==, etag);

  after = save (scope, doorstep_customer_details_get_etag (before), "company_name", "Reyes Heating", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_customer_details_get_company_name (after), ==, "Reyes Heating");
  g_assert_cmpint (doorstep_customer_details_get_version (after), >, doorstep_customer_details_get_version (before));
  g_assert_cmpstr (doorstep_customer_details_get_etag (after), !=, doorstep_customer_details_get_etag (before));

  /* NULL clears. */
  cleared = save (scope, doorstep_customer_details_get_etag (after), "company_name", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (doorstep_customer_details_get_company_name (cleared));
}

static void
test_conflict (void)
{
  g_autoptr(DoorstepScope) mine = signed_in_scope ("admin@example.com");
  g_autoptr(DoorstepScope) theirs = signed_in_scope ("admin@example.com");
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCustomerDetails) read = load (mine, DANIEL, &error);
  g_autoptr(DoorstepCustomerDetails) other = NULL;
  g_autoptr(DoorstepCustomerDetails) merged = NULL;
  g_autoptr(DoorstepCustomerDetails) refused = NULL;
  g_autoptr(DoorstepCustomerDetails) again = NULL;
  g_autoptr(DoorstepEditConflict) conflict = NULL;
  DoorstepCustomerDetails *current;
  const char *message;

  g_assert_no_error (error);
  other = save (theirs, doorstep_customer_details_get_etag (read), "phone", "+1 503 555 0191", NULL, &error);
  g_assert_no_error (error);

  /* Another field than theirs, against the old version: merged. */
  merged = save (mine, doorstep_customer_details_get_etag (read), "email", "daniel@example.org", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_customer_details_get_phone (merged), ==, "+1 503 555 0191");

  /* The same field, against the old version: the conflict, typed. */
  refused = save (mine, doorstep_customer_details_get_etag (read), "phone", "+1 503 555 0188", &conflict, &error);
  g_assert_null (refused);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_CONFLICT);
  g_assert_nonnull (doorstep_api_error_get_field_errors (error));
  g_assert_nonnull (conflict);
  g_assert_cmpstr (doorstep_edit_conflict_get_message (conflict), ==, error->message);
  message = g_hash_table_lookup (doorstep_edit_conflict_get_field_errors (conflict), "phone");
  g_assert_cmpstr (message, ==, "Jordan Avery changed this to “+1 503 555 0191” while you were editing.");
  current = DOORSTEP_CUSTOMER_DETAILS (doorstep_edit_conflict_get_current (conflict));
  g_assert_cmpstr (doorstep_customer_details_get_phone (current), ==, "+1 503 555 0191");
  g_assert_cmpstr (doorstep_customer_details_get_email (current), ==, "daniel@example.org");
  g_assert_cmpstr (doorstep_customer_details_get_etag (current), ==, doorstep_customer_details_get_etag (merged));

  /* Decided again, against the version the conflict gave. */
  g_clear_error (&error);
  again = save (mine, doorstep_customer_details_get_etag (current), "phone", "+1 503 555 0188", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_customer_details_get_phone (again), ==, "+1 503 555 0188");
  g_assert_cmpstr (doorstep_customer_details_get_email (again), ==, "daniel@example.org");
}

static void
test_refusals (void)
{
  g_autoptr(DoorstepScope) admin = signed_in_scope ("admin@example.com");
  g_autoptr(DoorstepScope) operator_scope = signed_in_scope ("operator@example.com");
  g_autoptr(DoorstepScope) customer = signed_in_scope ("customer@example.com");
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCustomerDetails) read = load (admin, DANIEL, &error);
  g_autoptr(DoorstepCustomerDetails) none = NULL;
  g_autoptr(DoorstepEditConflict) conflict = NULL;

  g_assert_no_error (error);
  none = save (admin, doorstep_customer_details_get_etag (read), "email", "not-an-address", &conflict, &error);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_VALIDATION);
  g_assert_nonnull (g_hash_table_lookup (doorstep_api_error_get_field_errors (error), "email"));
  g_assert_null (conflict);
  g_clear_error (&error);

  none = save (operator_scope, doorstep_customer_details_get_etag (read), "phone", "+1 503 555 0100", NULL, &error);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_FORBIDDEN);
  g_clear_error (&error);

  none = load (customer, DANIEL, &error);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_NOT_FOUND);
  g_assert_null (none);
}

static const TestCase tests[] = {
  { "/api-customer-edit/load-and-save", test_load_and_save },
  { "/api-customer-edit/conflict", test_conflict },
  { "/api-customer-edit/refusals", test_refusals },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

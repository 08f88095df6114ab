/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Answers to reads are kept (ds-answer-cache.c) but never a step behind
 * the data: a read after any write, through the API or straight into the
 * database by another connection, sees it; one person's answer is never
 * another's; and a read that cannot be answered from what is kept says so
 * in its Cache-Status header and runs its handler. */

static TestServer *server;

static const char *
cache_status (TestResponse *response)
{
  return soup_message_headers_get_one (response->headers, "Cache-Status");
}

static gboolean
same_body (TestResponse *a,
           TestResponse *b)
{
  return g_bytes_equal (a->body, b->body);
}

/* The same read twice: worked out and kept, then given back as it was,
 * with every header its handler set. */
static void
test_kept_and_given_back (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) first = test_http (server, "GET", "/api/v1/quotes?limit=5", access, NULL);
  g_autoptr(TestResponse) again = test_http (server, "GET", "/api/v1/quotes?limit=5", access, NULL);
  g_autoptr(TestResponse) other_page = test_http (server, "GET", "/api/v1/quotes?limit=4", access, NULL);

  g_assert_cmpuint (first->status, ==, 200);
  g_assert_cmpstr (cache_status (first), ==, "doorstep; fwd=miss; stored");
  g_assert_cmpuint (again->status, ==, 200);
  g_assert_cmpstr (cache_status (again), ==, "doorstep; hit");
  g_assert_true (same_body (first, again));
  g_assert_cmpstr (again->content_type, ==, "application/json");
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Cache-Control"), ==, "no-store");
  g_assert_nonnull (soup_message_headers_get_one (again->headers, "Date"));

  /* Another query is another answer. */
  g_assert_cmpstr (cache_status (other_page), ==, "doorstep; fwd=miss; stored");
  g_assert_false (same_body (first, other_page));
}

/* A write through the API: the next read works its answer out again. */
static void
test_write_through_api (void)
{
  g_autofree char *access = test_login (server, "customer2@example.com", NULL);
  const char *body = "{\"kind\":\"job\",\"service_type_id\":\"svc_cooling\","
                     "\"property_id\":\"prp_demo0daniel0reyes_1\","
                     "\"description\":\"Kept answers must not hide this.\",\"preferred_timing\":\"asap\"}";
  g_autoptr(TestResponse) before = test_http (server, "GET", "/api/v1/requests", access, NULL);
  g_autoptr(TestResponse) before_again = test_http (server, "GET", "/api/v1/requests", access, NULL);
  g_autoptr(TestResponse) created = test_http_write (server, "/api/v1/requests", access, body);
  g_autoptr(TestResponse) after = test_http (server, "GET", "/api/v1/requests", access, NULL);
  g_autofree char *text = NULL;

  g_assert_cmpstr (cache_status (before_again), ==, "doorstep; hit");
  g_assert_cmpuint (created->status, ==, 201);
  g_assert_cmpuint (after->status, ==, 200);
  g_assert_cmpstr (cache_status (after), ==, "doorstep; fwd=miss; stored");
  text = g_strndup (g_bytes_get_data (after->body, NULL), g_bytes_get_size (after->body));
  g_assert_nonnull (strstr (text, "Kept answers must not hide this."));
  g_assert_false (same_body (before, after));
}

/* A write into the database by another connection (another server
 * process, or someone at the SQL prompt) is seen by the next read too. */
static void
test_write_by_another_connection (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) before = test_http (server, "GET", "/api/v1/quotes/quo_demo0heatpumps", access, NULL);
  g_autoptr(TestResponse) kept = test_http (server, "GET", "/api/v1/quotes/quo_demo0heatpumps", access, NULL);
  g_autoptr(TestResponse) after = NULL;
  g_autoptr(TestResponse) restored = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *sql = NULL;

  g_assert_cmpuint (before->status, ==, 200);
  g_assert_cmpstr (cache_status (kept), ==, "doorstep; hit");
  old_title = g_strdup (test_json_string (test_response_object (before), "title"));

  test_server_exec_sql (server, "UPDATE quotes SET title = 'Retitled elsewhere' WHERE id = 'quo_demo0heatpumps'");
  after = test_http (server, "GET", "/api/v1/quotes/quo_demo0heatpumps", access, NULL);
  g_assert_cmpuint (after->status, ==, 200);
  g_assert_cmpstr (cache_status (after), !=, "doorstep; hit");
  g_assert_cmpstr (test_json_string (test_response_object (after), "title"), ==, "Retitled elsewhere");

  sql = g_strdup_printf ("UPDATE quotes SET title = '%s' WHERE id = 'quo_demo0heatpumps'", old_title);
  test_server_exec_sql (server, sql);
  restored = test_http (server, "GET", "/api/v1/quotes/quo_demo0heatpumps", access, NULL);
  g_assert_cmpstr (test_json_string (test_response_object (restored), "title"), ==, old_title);
}

/* Maya's row in a page of the staff's customers list. */
static JsonObject *
row_of_maya (TestResponse *page)
{
  JsonArray *items = json_object_get_array_member (test_response_object (page), "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_strcmp0 (test_json_string (json_array_get_object_element (items, i), "id"), MAYA_ID) == 0)
      return json_array_get_object_element (items, i);
  g_assert_not_reached ();
}

static gint64
amount_of (JsonObject *row,
           const char *member)
{
  return json_object_get_int_member (test_json_object (row, member), "amount_minor");
}

/* The staff's list shows what each customer owes and paid: a customer's
 * payment in their portal is in the next page the staff read. */
static void
test_list_follows_payments (void)
{
  g_autofree char *staff = test_login (server, "operator@example.com", NULL);
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) before = test_http (server, "GET", "/api/v1/customers?sort=-lifetime", staff, NULL);
  g_autoptr(TestResponse) kept = test_http (server, "GET", "/api/v1/customers?sort=-lifetime", staff, NULL);
  g_autofree char *key = g_uuid_string_random ();
  g_autoptr(TestResponse) paid = test_http_idempotent (server, "/api/v1/payments", maya, key,
                                                       "{\"lines\": [{\"invoice_id\": \"inv_demo0fan\","
                                                       " \"amount_minor\": 5000}],"
                                                       " \"payment_method_id\": \"pm_demo0maya0visa\"}");
  g_autoptr(TestResponse) after = test_http (server, "GET", "/api/v1/customers?sort=-lifetime", staff, NULL);

  g_assert_cmpstr (cache_status (kept), ==, "doorstep; hit");
  g_assert_cmpuint (paid->status, ==, 201);
  g_assert_cmpstr (cache_status (after), !=, "doorstep; hit");
  g_assert_cmpint (amount_of (row_of_maya (after), "lifetime_value"), ==,
                   amount_of (row_of_maya (before), "lifetime_value") + 5000);
  g_assert_cmpint (amount_of (row_of_maya (after), "balance_due"), ==,
                   amount_of (row_of_maya (before), "balance_due") - 5000);
}

/* Who asks is part of what is kept: another customer, another session of
 * the same one, and staff looking at one customer or another each get
 * their own answer. */
static void
test_kept_per_person (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autofree char *maya_elsewhere = test_login (server, "customer@example.com", NULL);
  g_autofree char *daniel = test_login (server, "customer2@example.com", NULL);
  g_autofree char *staff = test_login (server, "admin@example.com", NULL);
  g_autoptr(TestResponse) mine = NULL;
  g_autoptr(TestResponse) mine_again = NULL;
  g_autoptr(TestResponse) mine_elsewhere = NULL;
  g_autoptr(TestResponse) his = NULL;
  g_autoptr(TestResponse) staff_maya = NULL;
  g_autoptr(TestResponse) staff_daniel = NULL;
  g_autoptr(TestResponse) staff_daniel_again = NULL;
  g_autoptr(TestResponse) someone_elses = NULL;

  mine = test_http (server, "GET", "/api/v1/me", maya, NULL);
  mine_again = test_http (server, "GET", "/api/v1/me", maya, NULL);
  mine_elsewhere = test_http (server, "GET", "/api/v1/me", maya_elsewhere, NULL);
  his = test_http (server, "GET", "/api/v1/me", daniel, NULL);
  g_assert_cmpstr (cache_status (mine_again), ==, "doorstep; hit");
  g_assert_cmpstr (cache_status (mine_elsewhere), ==, "doorstep; fwd=miss; stored");
  g_assert_cmpstr (cache_status (his), ==, "doorstep; fwd=miss; stored");
  g_assert_cmpstr (test_json_string (test_response_object (mine), "email"), ==, "customer@example.com");
  g_assert_cmpstr (test_json_string (test_response_object (his), "email"), ==, "customer2@example.com");

  staff_maya = test_http (server, "GET", "/api/v1/quotes/counts?customer_id=" MAYA_ID, staff, NULL);
  staff_daniel = test_http (server, "GET", "/api/v1/quotes/counts?customer_id=" DANIEL_ID, staff, NULL);
  staff_daniel_again = test_http (server, "GET", "/api/v1/quotes/counts?customer_id=" DANIEL_ID, staff, NULL);
  g_assert_cmpuint (staff_maya->status, ==, 200);
  g_assert_cmpstr (cache_status (staff_daniel), ==, "doorstep; fwd=miss; stored");
  g_assert_cmpstr (cache_status (staff_daniel_again), ==, "doorstep; hit");
  g_assert_false (same_body (staff_maya, staff_daniel));

  /* A customer asking for another's is refused every time, never kept. */
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&someone_elses, test_response_free);
      someone_elses = test_http (server, "GET", "/api/v1/quotes/counts?customer_id=" MAYA_ID, daniel, NULL);
      test_assert_problem (someone_elses, 404);
      g_assert_cmpstr (cache_status (someone_elses), ==, "doorstep; fwd=miss");
    }
}

/* Signing out ends what was kept for the session: the token is checked
 * before anything kept is looked at. */
static void
test_signed_out (void)
{
  g_autofree char *refresh = NULL;
  g_autofree char *access = test_login (server, "customer2@example.com", &refresh);
  g_autofree char *logout_body = g_strdup_printf ("{\"refresh_token\":\"%s\"}", refresh);
  g_autoptr(TestResponse) kept = NULL;
  g_autoptr(TestResponse) again = NULL;
  g_autoptr(TestResponse) logout = NULL;
  g_autoptr(TestResponse) after = NULL;

  kept = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
  again = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
  g_assert_cmpstr (cache_status (again), ==, "doorstep; hit");
  logout = test_http (server, "POST", "/api/v1/auth/logout", NULL, logout_body);
  g_assert_cmpuint (logout->status, ==, 204);
  after = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
  test_assert_problem (after, 401);
  g_assert_null (cache_status (after));
}

/* What the cache cannot answer runs its handler: conditional and ranged
 * requests, public routes, and answers that are not JSON. */
static void
test_not_kept (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(SoupMessage) conditional = NULL;
  g_autoptr(TestResponse) health = NULL;
  g_autoptr(TestResponse) health_again = NULL;
  g_autoptr(TestResponse) pdf = NULL;
  g_autoptr(TestResponse) pdf_again = NULL;
  g_autoptr(TestResponse) plain = NULL;
  g_autoptr(TestResponse) with_etag = NULL;

  health = test_http (server, "GET", "/api/v1/health", NULL, NULL);
  health_again = test_http (server, "GET", "/api/v1/health", NULL, NULL);
  g_assert_cmpuint (health_again->status, ==, 200);
  g_assert_null (cache_status (health_again));

  pdf = test_http (server, "GET", "/api/v1/quotes/quo_demo0heatpumps/pdf", access, NULL);
  pdf_again = test_http (server, "GET", "/api/v1/quotes/quo_demo0heatpumps/pdf", access, NULL);
  g_assert_cmpuint (pdf_again->status, ==, 200);
  g_assert_cmpstr (pdf_again->content_type, ==, "application/pdf");
  g_assert_cmpstr (cache_status (pdf_again), !=, "doorstep; hit");

  plain = test_http (server, "GET", "/api/v1/jobs", access, NULL);
  g_assert_cmpuint (plain->status, ==, 200);
  conditional = test_http_message (server, "GET", "/api/v1/jobs", access, NULL, NULL, NULL);
  soup_message_headers_replace (soup_message_get_request_headers (conditional), "If-None-Match", "\"anything\"");
  with_etag = test_http_send (NULL, conditional);
  g_assert_cmpuint (with_etag->status, ==, 200);
  g_assert_null (cache_status (with_etag));
  g_assert_true (same_body (plain, with_etag));
}

static const TestCase tests[] = {
  { "/server/answers/kept-and-given-back", test_kept_and_given_back },
  { "/server/answers/write-through-api", test_write_through_api },
  { "/server/answers/write-by-another-connection", test_write_by_another_connection },
  { "/server/answers/per-person", test_kept_per_person },
  { "/server/answers/signed-out", test_signed_out },
  { "/server/answers/not-kept", test_not_kept },
  { "/server/answers/list-follows-payments", test_list_follows_payments },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Two server processes on one database, as a business that outgrew one
 * machine runs them: whatever a client does through one, the other knows,
 * and writes racing through both at once stay correct. Requests race from
 * threads of their own, each with its own HTTP session. */

static TestServer *first;
static TestServer *second;

/* Through both, alternately. */
static TestServer *
server_for (guint i)
{
  return i % 2 == 0 ? first : second;
}

/* A quote of Daniel's, open, with one item, for a race of its own. */
static void
add_open_quote (const char *id)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, property_id,"
    " created_at, issued_on, valid_until)"
    " VALUES ('%s', '" DANIEL_ID "', 'R-%s', 'Race', 'open', 'USD', 1000, 'prp_demo0daniel0reyes_1',"
    " '2026-01-01T00:00:00Z', '2026-01-01', '2999-01-01');"
    "INSERT INTO quote_items (id, quote_id, position, description, quantity_milli, unit_price_minor)"
    " VALUES ('qit_%s', '%s', 0, 'Race', 1000, 1000);",
    id, id, id, id);

  test_server_exec_sql (first, sql);
}

static gint64
approvals_of (const char *quote_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM quote_approvals WHERE quote_id = '%s'", quote_id);
  return test_server_query_int (first, sql);
}

static char *
refresh_body (const char *token)
{
  return g_strdup_printf ("{\"refresh_token\":\"%s\"}", token);
}

/* A refresh token rotated through one process and replayed against the
 * other ends the session everywhere. */
static void
test_refresh_replay (void)
{
  g_autofree char *old_refresh = NULL;
  g_autofree char *old_access = test_login (first, "customer2@example.com", &old_refresh);
  g_autofree char *old_body = refresh_body (old_refresh);
  g_autofree char *new_body = NULL;
  g_autofree char *new_access = NULL;

  g_assert_nonnull (old_access);
  {
    g_autoptr(TestResponse) rotated = test_http (first, "POST", "/api/v1/auth/refresh", NULL, old_body);
    JsonObject *object = test_response_object (rotated);

    g_assert_cmpuint (rotated->status, ==, 200);
    new_body = refresh_body (test_json_string (object, "refresh_token"));
    new_access = g_strdup (test_json_string (object, "access_token"));
  }
  {
    g_autoptr(TestResponse) me = test_http (second, "GET", "/api/v1/me", new_access, NULL);
    g_assert_cmpuint (me->status, ==, 200);
  }
  {
    g_autoptr(TestResponse) replayed = test_http (second, "POST", "/api/v1/auth/refresh", NULL, old_body);
    test_assert_problem (replayed, 401);
  }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TestResponse) after = test_http (server_for (i), "POST", "/api/v1/auth/refresh", NULL, new_body);
      g_autoptr(TestResponse) me = test_http (server_for (i), "GET", "/api/v1/me", new_access, NULL);

      test_assert_problem (after, 401);
      test_assert_problem (me, 401);
    }
}

/* Failed sign-ins count across processes: five wrong guesses spread over
 * both, and the sixth is refused by either, even with the right password. */
static void
test_throttle_across (void)
{
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(TestResponse) response = test_http (server_for (i), "POST", "/api/v1/auth/login", NULL,
                                                    "{\"email\":\"operator@example.com\",\"password\":\"guess\"}");
      test_assert_problem (response, 401);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TestResponse) correct = test_http (server_for (i), "POST", "/api/v1/auth/login", NULL,
                                                   "{\"email\":\"operator@example.com\","
                                                   "\"password\":\"" DEMO_PASSWORD "\"}");
      test_assert_problem (correct, 429);
    }
}

/* One Idempotency-Key sent to both at once approves once, and both hear the
 * same answer; several rounds, so that some truly overlap. */
static void
test_same_key_race (void)
{
  g_autofree char *daniel = test_login (first, "customer2@example.com", NULL);
  g_autofree char *signature = test_signature_base64 ();

  for (guint round = 0; round < 6; round++)
    {
      g_autofree char *id = g_strdup_printf ("quo_same%u", round);
      g_autofree char *path = g_strdup_printf ("/api/v1/quotes/%s/approve", id);
      TestRacer racers[4] = { { 0 } };

      add_open_quote (id);
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        racers[i] = (TestRacer) { server_for (i), path, daniel, g_strdup_printf ("same-%u", round),
                                  test_approve_body ("Daniel Reyes", signature, "[]"), NULL };
      test_race_run (racers, G_N_ELEMENTS (racers));
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        {
          g_assert_cmpuint (racers[i].response->status, ==, 200);
          g_assert_true (g_bytes_equal (racers[i].response->body, racers[0].response->body));
        }
      g_assert_cmpint (approvals_of (id), ==, 1);
      test_racers_clear (racers, G_N_ELEMENTS (racers));
    }
}

/* Different keys racing on one quote through both: exactly one 200, the
 * others 409. */
static void
test_different_keys_race (void)
{
  g_autofree char *daniel = test_login (first, "customer2@example.com", NULL);
  g_autofree char *signature = test_signature_base64 ();

  for (guint round = 0; round < 6; round++)
    {
      g_autofree char *id = g_strdup_printf ("quo_rival%u", round);
      g_autofree char *path = g_strdup_printf ("/api/v1/quotes/%s/approve", id);
      TestRacer racers[6] = { { 0 } };
      guint successes = 0, conflicts = 0;

      add_open_quote (id);
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        racers[i] = (TestRacer) { server_for (i), path, daniel, g_strdup_printf ("rival-%u-%u", round, i),
                                  test_approve_body ("Daniel Reyes", signature, "[]"), NULL };
      test_race_run (racers, G_N_ELEMENTS (racers));
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        {
          if (racers[i].response->status == 200)
            successes++;
          else if (racers[i].response->status == 409)
            conflicts++;
          else
            g_error ("A racing approval got %u", racers[i].response->status);
        }
      g_assert_cmpuint (successes, ==, 1);
      g_assert_cmpuint (conflicts, ==, G_N_ELEMENTS (racers) - 1);
      g_assert_cmpint (approvals_of (id), ==, 1);
      test_racers_clear (racers, G_N_ELEMENTS (racers));
    }
}

/* Payments of one invoice through both processes at once: under
 * different keys exactly one is charged and the others hear 409; under one
 * key, one charge and the same answer everywhere. Each round has an
 * invoice of its own. */
static void
test_payment_race (void)
{
  g_autofree char *maya = test_login (first, "customer@example.com", NULL);

  for (guint round = 0; round < 8; round++)
    {
      gboolean one_key = round % 2 == 1;
      g_autofree char *id = g_strdup_printf ("inv_mprace%u", round);
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date,"
        " title, issued_on, created_at)"
        " VALUES ('%s', '" MAYA_ID "', 'T-%s', 'open', 'USD', 7700, 7700, '2999-01-01', 'Race', '2026-01-01',"
        " '2026-01-01T00:00:00Z')", id, id);
      g_autofree char *charges_sql = g_strdup_printf ("SELECT COUNT(*) FROM payments WHERE invoice_id = '%s'", id);
      gint64 gateway_before = test_server_query_int (first, "SELECT COUNT(*) FROM demo_gateway_charges");
      TestRacer racers[6] = { { 0 } };
      guint successes = 0;

      test_server_exec_sql (first, sql);
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        racers[i] = (TestRacer) { server_for (i), "/api/v1/payments", maya,
                                  one_key ? g_strdup_printf ("mppay-%u", round)
                                          : g_strdup_printf ("mppay-%u-%u", round, i),
                                  g_strdup_printf ("{\"lines\": [{\"invoice_id\": \"%s\", \"amount_minor\": 7700}],"
                                                   " \"payment_method_id\": \"pm_demo0maya0visa\"}", id),
                                  NULL };
      test_race_run (racers, G_N_ELEMENTS (racers));
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        {
          if (racers[i].response->status == 201)
            successes++;
          else if (one_key || racers[i].response->status != 409)
            g_error ("A racing payment got %u", racers[i].response->status);
          if (one_key)
            g_assert_true (g_bytes_equal (racers[i].response->body, racers[0].response->body));
        }
      g_assert_cmpuint (successes, ==, one_key ? G_N_ELEMENTS (racers) : 1);
      g_assert_cmpint (test_server_query_int (first, charges_sql), ==, 1);
      g_assert_cmpint (test_server_query_int (first, "SELECT COUNT(*) FROM demo_gateway_charges"), ==,
                       gateway_before + 1);
      test_racers_clear (racers, G_N_ELEMENTS (racers));
    }
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Quote requests made at once through both: every new quote gets its own
 * number, and the numbers run on without a gap. */
static void
test_quote_numbers (void)
{
  g_autofree char *maya = test_login (first, "customer@example.com", NULL);
  gint64 before = test_server_query_int (first, "SELECT value FROM counters WHERE name = 'quote'");
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (gint64));
  TestRacer racers[8] = { { 0 } };

  for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
    racers[i] = (TestRacer) { server_for (i), "/api/v1/requests", maya, g_strdup_printf ("number-%u", i),
                              g_strdup_printf ("{\"kind\": \"quote\", \"service_type_id\": \"svc_drains\","
                                               " \"property_id\": \"prp_demo0maya0okafor_1\","
                                               " \"description\": \"Number race %u\","
                                               " \"preferred_timing\": \"flexible\"}", i),
                              NULL };
  test_race_run (racers, G_N_ELEMENTS (racers));
  for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
    {
      g_autofree char *sql = NULL;
      gint64 number;

      g_assert_cmpuint (racers[i].response->status, ==, 201);
      sql = g_strdup_printf ("SELECT CAST(substr(q.number, 3) AS BIGINT) FROM quotes q"
                             " JOIN requests r ON r.id = q.request_id WHERE r.id = '%s'",
                             test_json_string (test_response_object (racers[i].response), "id"));
      number = test_server_query_int (first, sql);
      g_array_append_val (numbers, number);
    }
  g_array_sort (numbers, compare_numbers);
  for (guint i = 0; i < numbers->len; i++)
    g_assert_cmpint (g_array_index (numbers, gint64, i), ==, before + 1 + (gint64) i);
  test_racers_clear (racers, G_N_ELEMENTS (racers));
}

/* What one process changes, the other shows at once: what one process
 * keeps of its answers (ds-answer-cache.c) is never given back after the
 * other has written. */
static void
test_no_stale_reads (void)
{
  g_autofree char *daniel = test_login (first, "customer2@example.com", NULL);
  g_autofree char *signature = test_signature_base64 ();
  g_autofree char *body = test_approve_body ("Daniel Reyes", signature, "[]");
  gint64 open_before;

  add_open_quote ("quo_seen");
  {
    g_autoptr(TestResponse) dashboard = test_http (second, "GET", "/api/v1/dashboard", daniel, NULL);
    g_autoptr(TestResponse) kept = test_http (second, "GET", "/api/v1/dashboard", daniel, NULL);

    open_before = json_object_get_int_member (test_json_object (test_response_object (dashboard), "open_quotes"),
                                              "count");
    g_assert_cmpstr (soup_message_headers_get_one (kept->headers, "Cache-Status"), ==, "doorstep; hit");
  }
  {
    g_autoptr(TestResponse) approved = test_http_idempotent (first, "/api/v1/quotes/quo_seen/approve", daniel,
                                                             "seen", body);
    g_assert_cmpuint (approved->status, ==, 200);
  }
  {
    g_autoptr(TestResponse) quote = test_http (second, "GET", "/api/v1/quotes/quo_seen", daniel, NULL);
    g_autoptr(TestResponse) dashboard = test_http (second, "GET", "/api/v1/dashboard", daniel, NULL);

    g_assert_cmpstr (soup_message_headers_get_one (dashboard->headers, "Cache-Status"), !=, "doorstep; hit");
    g_assert_cmpstr (test_json_string (test_response_object (quote), "status"), ==, "approved");
    g_assert_cmpint (json_object_get_int_member (test_json_object (test_response_object (dashboard), "open_quotes"),
                                                 "count"), ==, open_before - 1);
  }
  /* The business's details, changed under both, show on both. */
  test_server_exec_sql (first, "UPDATE company SET phone = '+1 503 555 0199'");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TestResponse) company = test_http (server_for (i), "GET", "/api/v1/company", daniel, NULL);

      g_assert_cmpstr (test_json_string (test_response_object (company), "phone"), ==, "+1 503 555 0199");
    }
}

static char *shared_dir;

/* --reuse-port: two processes on one port; with one of them stopped, the
 * other still answers there. */
static void
test_shared_port (void)
{
  const char * const shared[] = { "--reuse-port", NULL };
  TestServer *one = test_server_start_full (shared_dir, FALSE, shared);
  g_autoptr(GUri) uri = g_uri_parse (one->base_url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%d", g_uri_get_port (uri));
  const char * const same_port[] = { "--reuse-port", "--listen", listen, NULL };
  TestServer *other = test_server_start_full (shared_dir, FALSE, same_port);

  g_assert_cmpstr (other->base_url, ==, one->base_url);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(SoupSession) session = soup_session_new ();
      g_autoptr(SoupMessage) msg = test_http_message (one, "GET", "/api/v1/health", NULL, NULL, NULL, NULL);
      g_autoptr(TestResponse) health = test_http_send (session, msg);

      g_assert_cmpuint (health->status, ==, 200);
    }
  test_server_stop_keep_files (one);
  {
    g_autoptr(TestResponse) health = test_http (other, "GET", "/api/v1/health", NULL, NULL);
    g_assert_cmpuint (health->status, ==, 200);
  }
  test_server_stop_keep_files (other);
}

static GAsyncQueue *started;
static GMutex finish_lock;
static GCond finish_cond;
static gboolean finished;

/* Starts a server and stays: a server dies with the thread that started
 * it (PR_SET_PDEATHSIG), so this thread lives until the tests end. */
static gpointer
start_server (gpointer data)
{
  g_async_queue_push (started, test_server_start_at (shared_dir, TRUE));

  g_mutex_lock (&finish_lock);
  while (!finished)
    g_cond_wait (&finish_cond, &finish_lock);
  g_mutex_unlock (&finish_lock);
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  int result;
  GThread *starters[2];

  g_test_init (&argc, &argv, NULL);

  /* Two processes on one empty database, started at the same moment: both
   * migrate and seed it at once, and the database's lock must see to it
   * that this happens once (a second run would fail on tables that exist,
   * or seed the business twice). */
  shared_dir = test_server_new_dir ();
  started = g_async_queue_new ();
  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    starters[i] = g_thread_new ("starter", start_server, NULL);
  first = g_async_queue_pop (started);
  second = g_async_queue_pop (started);
  g_assert_cmpint (test_server_query_int (first, "SELECT COUNT(*) FROM company"), ==, 1);
  g_assert_cmpint (test_server_query_int (first, "SELECT COUNT(*) FROM schema_migrations"), ==,
                   test_server_query_int (first, "SELECT MAX(version) FROM schema_migrations"));
  g_assert_true ((strstr (first->output->str, "Seeded") != NULL) !=
                 (strstr (second->output->str, "Seeded") != NULL));

  g_test_add_func ("/multiprocess/refresh-replay", test_refresh_replay);
  g_test_add_func ("/multiprocess/throttle", test_throttle_across);
  g_test_add_func ("/multiprocess/same-key", test_same_key_race);
  g_test_add_func ("/multiprocess/different-keys", test_different_keys_race);
  g_test_add_func ("/multiprocess/quote-numbers", test_quote_numbers);
  g_test_add_func ("/multiprocess/payment-race", test_payment_race);
  g_test_add_func ("/multiprocess/no-stale-reads", test_no_stale_reads);
  g_test_add_func ("/multiprocess/shared-port", test_shared_port);
  result = g_test_run ();

  test_server_stop_keep_files (second);
  test_server_stop (first);

  g_mutex_lock (&finish_lock);
  finished = TRUE;
  g_cond_broadcast (&finish_cond);
  g_mutex_unlock (&finish_lock);
  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    g_thread_join (starters[i]);
  g_async_queue_unref (started);
  g_free (shared_dir);
  return result;
}

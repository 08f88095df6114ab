/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* The HTTP core: every error is problem+json, oversized bodies are refused
 * before they are read, the server keeps serving after bad input, and
 * --demo seeds a database once. */

static TestServer *server;

static void
test_error_shapes (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);

  {
    g_autoptr(TestResponse) r = test_http (server, "GET", "/api/v1/nothing-here", access, NULL);
    test_assert_problem (r, 404);
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "GET", "/index.html", NULL, NULL);
    test_assert_problem (r, 404);
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "DELETE", "/api/v1/requests", access, NULL);
    test_assert_problem (r, 405);
    g_assert_cmpstr (soup_message_headers_get_one (r->headers, "Allow"), ==, "GET, POST");
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "GET", "/api/v1/me", NULL, NULL);
    test_assert_problem (r, 401);
    g_assert_nonnull (soup_message_headers_get_one (r->headers, "WWW-Authenticate"));
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "GET", "/api/v1/me", "not-a-token", NULL);
    test_assert_problem (r, 401);
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "POST", "/api/v1/requests", access, "{\"kind\": ");
    test_assert_problem (r, 400);
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "POST", "/api/v1/requests", access, "[1, 2]");
    test_assert_problem (r, 400);
  }
  {
    g_autoptr(GBytes) text = g_bytes_new_static ("kind=job", 8);
    g_autoptr(TestResponse) r = test_http_full (server, "POST", "/api/v1/requests", access,
                                                "application/x-www-form-urlencoded", text);
    test_assert_problem (r, 415);
  }

  test_assert_still_serving (server);
}

static void
test_body_too_large (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  gsize size = 1024 * 1024 + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(TestResponse) response = NULL;

  memset (data, ' ', size);
  data[0] = '{';
  data[size - 1] = '}';
  body = g_bytes_new_take (data, size);
  response = test_http_full (server, "POST", "/api/v1/requests", access, "application/json", body);
  test_assert_problem (response, 413);
  test_assert_still_serving (server);
}

static void
test_demo_seed_once (void)
{
  TestServer *first = test_server_start (TRUE);
  g_autofree char *dir = g_strdup (first->dir);
  TestServer *second;
  gint64 customers;

  g_assert_true (g_str_has_prefix (first->output->str, "Seeded the demo business"));
  customers = test_server_query_int (first, "SELECT COUNT(*) FROM customers");
  g_assert_cmpint (customers, >=, 5);
  g_assert_cmpint (test_server_query_int (first, "SELECT COUNT(*) FROM properties WHERE year_built IS NOT NULL"), >=, 5);

  /* Stop without removing the files, then start again on them. */
  test_server_stop_keep_files (first);

  second = test_server_start_at (dir, TRUE);
  g_assert_true (strstr (second->output->str, "already has a business") != NULL);
  g_assert_cmpint (test_server_query_int (second, "SELECT COUNT(*) FROM customers"), ==, customers);
  test_server_stop (second);
}

static const TestCase tests[] = {
  { "/server/errors/shapes", test_error_shapes },
  { "/server/errors/body-too-large", test_body_too_large },
  { "/server/demo/seed-once", test_demo_seed_once },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Most tests share one demo server; those that count login failures start
 * their own, since failures are throttled per account and per address. */
static TestServer *server;

static const char *
get_string (JsonObject *object,
            const char *member)
{
  return json_object_get_string_member_with_default (object, member, NULL);
}

/* After bad input, the same process still answers. */
static void
assert_still_serving (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/health", NULL, NULL);
  g_assert_cmpuint (response->status, ==, 200);
}

static void
test_health (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/health", NULL, NULL);
  JsonObject *object = test_response_object (response);
  JsonObject *demo;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (response->content_type, ==, "application/json");
  g_assert_cmpstr (get_string (object, "status"), ==, "ok");
  demo = json_object_get_object_member (object, "demo");
  g_assert_nonnull (demo);
  g_assert_cmpstr (get_string (demo, "password"), ==, DEMO_PASSWORD);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (demo, "accounts")), ==, 5);
}

static void
test_login_success (void)
{
  g_autoptr(TestResponse) response = NULL;
  JsonObject *object, *user;

  response = test_http (server, "POST", "/api/v1/auth/login", NULL,
                        "{\"email\":\"CUSTOMER@example.com\",\"password\":\"" DEMO_PASSWORD "\"}");
  g_assert_cmpuint (response->status, ==, 200);
  object = test_response_object (response);
  /* At least 128 random bits, base64url: 22 characters or more. */
  g_assert_cmpuint (strlen (get_string (object, "access_token")), >=, 22);
  g_assert_cmpuint (strlen (get_string (object, "refresh_token")), >=, 22);
  g_assert_cmpstr (get_string (object, "token_type"), ==, "Bearer");
  g_assert_cmpint (json_object_get_int_member (object, "expires_in"), ==, 900);
  user = json_object_get_object_member (object, "user");
  g_assert_cmpstr (get_string (user, "role"), ==, "customer");
  g_assert_cmpstr (get_string (json_object_get_object_member (user, "customer"), "id"), ==, MAYA_ID);

  /* Stored only as hashes: the token itself is nowhere in the database. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM access_tokens WHERE token_hash = '%s'",
                                            get_string (object, "access_token"));
    g_assert_cmpint (test_server_query_int (server, sql), ==, 0);
  }
}

static void
test_login_failure_same_answer (void)
{
  g_autoptr(TestResponse) wrong_password = NULL;
  g_autoptr(TestResponse) unknown = NULL;

  wrong_password = test_http (server, "POST", "/api/v1/auth/login", NULL,
                              "{\"email\":\"customer2@example.com\",\"password\":\"not-it\"}");
  unknown = test_http (server, "POST", "/api/v1/auth/login", NULL,
                       "{\"email\":\"nobody@example.com\",\"password\":\"not-it\"}");

  test_assert_problem (wrong_password, 401);
  test_assert_problem (unknown, 401);
  g_assert_cmpstr (get_string (test_response_object (wrong_password), "detail"), ==,
                   get_string (test_response_object (unknown), "detail"));
}

static void
test_login_validation (void)
{
  g_autoptr(TestResponse) response = NULL;
  JsonObject *errors;

  response = test_http (server, "POST", "/api/v1/auth/login", NULL, "{\"email\":\"not an email\"}");
  test_assert_problem (response, 422);
  errors = json_object_get_object_member (test_response_object (response), "errors");
  g_assert_nonnull (get_string (errors, "email"));
  g_assert_nonnull (get_string (errors, "password"));
}

static void
test_rate_limit_account (void)
{
  TestServer *own = test_server_start (TRUE);
  g_autoptr(TestResponse) throttled = NULL;
  g_autoptr(TestResponse) correct = NULL;
  g_autoptr(TestResponse) other = NULL;
  const char *retry_after;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(TestResponse) response = test_http (own, "POST", "/api/v1/auth/login", NULL,
                                                    "{\"email\":\"operator@example.com\",\"password\":\"guess\"}");
      test_assert_problem (response, 401);
    }

  throttled = test_http (own, "POST", "/api/v1/auth/login", NULL,
                         "{\"email\":\"operator@example.com\",\"password\":\"guess\"}");
  test_assert_problem (throttled, 429);
  retry_after = soup_message_headers_get_one (throttled->headers, "Retry-After");
  g_assert_nonnull (retry_after);
  g_assert_cmpint (atoi (retry_after), >, 0);
  g_assert_cmpint (atoi (retry_after), <=, 15 * 60);

  /* Even the right password waits: the account is throttled, not the guess. */
  correct = test_http (own, "POST", "/api/v1/auth/login", NULL,
                       "{\"email\":\"operator@example.com\",\"password\":\"" DEMO_PASSWORD "\"}");
  test_assert_problem (correct, 429);

  /* Another account from the same address is not yet affected. */
  other = test_http (own, "POST", "/api/v1/auth/login", NULL,
                     "{\"email\":\"admin@example.com\",\"password\":\"" DEMO_PASSWORD "\"}");
  g_assert_cmpuint (other->status, ==, 200);

  test_server_stop (own);
}

static void
test_rate_limit_address (void)
{
  TestServer *own = test_server_start (TRUE);
  g_autoptr(TestResponse) throttled = NULL;

  /* 20 failures spread over accounts, none reaching its own limit. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"email\":\"guess%u@example.com\",\"password\":\"x\"}", i % 10);
      g_autoptr(TestResponse) response = test_http (own, "POST", "/api/v1/auth/login", NULL, body);
      test_assert_problem (response, 401);
    }

  throttled = test_http (own, "POST", "/api/v1/auth/login", NULL,
                         "{\"email\":\"customer@example.com\",\"password\":\"" DEMO_PASSWORD "\"}");
  test_assert_problem (throttled, 429);
  g_assert_nonnull (soup_message_headers_get_one (throttled->headers, "Retry-After"));

  test_server_stop (own);
}

static char *
refresh_body (const char *token)
{
  return g_strdup_printf ("{\"refresh_token\":\"%s\"}", token);
}

static void
test_refresh_rotation_and_reuse (void)
{
  g_autofree char *refresh1 = NULL;
  g_autofree char *access1 = test_login (server, "customer2@example.com", &refresh1);
  g_autofree char *body1 = refresh_body (refresh1);
  g_autofree char *refresh2 = NULL;
  g_autofree char *access2 = NULL;
  g_autofree char *body2 = NULL;

  {
    g_autoptr(TestResponse) rotated = test_http (server, "POST", "/api/v1/auth/refresh", NULL, body1);
    JsonObject *object = test_response_object (rotated);

    g_assert_cmpuint (rotated->status, ==, 200);
    refresh2 = g_strdup (get_string (object, "refresh_token"));
    access2 = g_strdup (get_string (object, "access_token"));
    g_assert_cmpstr (refresh2, !=, refresh1);
    g_assert_cmpstr (access2, !=, access1);
    g_assert_cmpstr (get_string (json_object_get_object_member (object, "user"), "email"), ==, "customer2@example.com");
  }

  {
    g_autoptr(TestResponse) me = test_http (server, "GET", "/api/v1/me", access2, NULL);
    g_assert_cmpuint (me->status, ==, 200);
  }

  /* The old refresh token again: someone else has it. The whole session
   * ends, including the tokens just issued. */
  {
    g_autoptr(TestResponse) reused = test_http (server, "POST", "/api/v1/auth/refresh", NULL, body1);
    test_assert_problem (reused, 401);
  }
  body2 = refresh_body (refresh2);
  {
    g_autoptr(TestResponse) after = test_http (server, "POST", "/api/v1/auth/refresh", NULL, body2);
    test_assert_problem (after, 401);
  }
  {
    g_autoptr(TestResponse) me = test_http (server, "GET", "/api/v1/me", access2, NULL);
    test_assert_problem (me, 401);
  }
  {
    g_autoptr(TestResponse) me = test_http (server, "GET", "/api/v1/me", access1, NULL);
    test_assert_problem (me, 401);
  }

  /* A token never issued. */
  {
    g_autoptr(TestResponse) bogus = test_http (server, "POST", "/api/v1/auth/refresh", NULL,
                                               "{\"refresh_token\":\"made-up\"}");
    test_assert_problem (bogus, 401);
  }
}

static void
test_logout (void)
{
  g_autofree char *refresh = NULL;
  g_autofree char *access = test_login (server, "technician@example.com", &refresh);
  g_autofree char *body = refresh_body (refresh);
  g_autoptr(TestResponse) logout = test_http (server, "POST", "/api/v1/auth/logout", NULL, body);
  g_autoptr(TestResponse) me = NULL;
  g_autoptr(TestResponse) again = NULL;
  g_autoptr(TestResponse) twice = NULL;

  g_assert_cmpuint (logout->status, ==, 204);
  me = test_http (server, "GET", "/api/v1/me", access, NULL);
  test_assert_problem (me, 401);
  again = test_http (server, "POST", "/api/v1/auth/refresh", NULL, body);
  test_assert_problem (again, 401);
  twice = test_http (server, "POST", "/api/v1/auth/logout", NULL, body);
  g_assert_cmpuint (twice->status, ==, 204);
}

static void
test_me (void)
{
  g_autofree char *access = test_login (server, "admin@example.com", NULL);
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/me", access, NULL);
  JsonObject *object = test_response_object (response);

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (get_string (object, "email"), ==, "admin@example.com");
  g_assert_cmpstr (get_string (object, "role"), ==, "admin");
  g_assert_true (json_object_get_null_member (object, "customer"));
}

static void
test_company (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/company", access, NULL);
  JsonObject *object = test_response_object (response);
  JsonArray *hours;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (get_string (object, "name"), ==, "Northwind Home Services");
  g_assert_cmpstr (get_string (object, "timezone"), ==, "America/Los_Angeles");
  g_assert_cmpstr (get_string (object, "currency"), ==, "USD");
  g_assert_nonnull (get_string (json_object_get_object_member (object, "address"), "line1"));
  hours = json_object_get_array_member (object, "hours");
  g_assert_cmpuint (json_array_get_length (hours), ==, 6);
  g_assert_cmpstr (get_string (json_array_get_object_element (hours, 0), "opens"), ==, "07:30");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "service_types")), >=, 5);
}

static JsonObject *
get_member (JsonObject *object,
            const char *member)
{
  return json_object_get_object_member (object, member);
}

static void
test_dashboard_numbers (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  JsonObject *object;
  gint64 demo_quotes, demo_quotes_total;

  {
    g_autoptr(TestResponse) empty = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
    object = test_response_object (empty);
    /* The demo's own open quotes, which what follows adds to. */
    demo_quotes = json_object_get_int_member (get_member (object, "open_quotes"), "count");
    demo_quotes_total = json_object_get_int_member (get_member (get_member (object, "open_quotes"), "total"),
                                                    "amount_minor");
    g_assert_cmpint (demo_quotes, ==, test_server_query_int (server,
                     "SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "' AND status = 'open'"
                     " AND valid_until >= date('now', '-1 day')"));
    g_assert_cmpuint (empty->status, ==, 200);
    g_assert_cmpstr (get_string (get_member (object, "customer"), "id"), ==, MAYA_ID);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (get_member (object, "customer"), "properties")), ==, 2);
    g_assert_true (json_object_get_null_member (object, "next_visit"));
    g_assert_cmpint (json_object_get_int_member (get_member (get_member (object, "balance_due"), "total"), "amount_minor"), ==, 0);
  }

  /* Records of later issues, put straight into the database: the dashboard
   * sums what is there, and only what is the customer's and still open. */
  test_server_exec_sql (server,
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t1', '" MAYA_ID "', 'Q-1', 'Furnace', 'open', 'USD', 125000, '2999-01-01');"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t2', '" MAYA_ID "', 'Q-2', 'Drain', 'open', 'USD', 30050, NULL);"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t3', '" MAYA_ID "', 'Q-3', 'Expired', 'open', 'USD', 99999, '2000-01-01');"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t4', '" MAYA_ID "', 'Q-4', 'Done', 'approved', 'USD', 5000, NULL);"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t5', '" DANIEL_ID "', 'Q-5', 'Not hers', 'open', 'USD', 7000, NULL);"
    "INSERT INTO jobs VALUES ('job_t1', '" MAYA_ID "', NULL, 'Annual furnace service', 'scheduled');"
    "INSERT INTO visits VALUES ('vis_t0', 'job_t1', '2001-01-01T09:00:00Z', '2001-01-01T10:00:00Z', 'Luis', 'scheduled');"
    "INSERT INTO visits VALUES ('vis_t1', 'job_t1', '2998-05-02T16:00:00Z', '2998-05-02T18:00:00Z', 'Luis Ortega', 'scheduled');"
    "INSERT INTO visits VALUES ('vis_t2', 'job_t1', '2998-05-01T16:00:00Z', '2998-05-01T18:00:00Z', 'Luis', 'cancelled');"
    "INSERT INTO invoices VALUES ('inv_t1', '" MAYA_ID "', 'I-1', 'open', 'USD', 20000, 15025, '2000-01-01');"
    "INSERT INTO invoices VALUES ('inv_t2', '" MAYA_ID "', 'I-2', 'open', 'USD', 10000, 10000, '2999-01-01');"
    "INSERT INTO invoices VALUES ('inv_t3', '" MAYA_ID "', 'I-3', 'paid', 'USD', 10000, 0, '2000-01-01');"
    "INSERT INTO invoices VALUES ('inv_t4', '" DANIEL_ID "', 'I-4', 'open', 'USD', 10000, 10000, NULL);");

  {
    g_autoptr(TestResponse) summed = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
    JsonObject *quotes, *visit, *balance;

    object = test_response_object (summed);
    quotes = get_member (object, "open_quotes");
    g_assert_cmpint (json_object_get_int_member (quotes, "count"), ==, demo_quotes + 2);
    g_assert_cmpint (json_object_get_int_member (get_member (quotes, "total"), "amount_minor"), ==,
                     demo_quotes_total + 155050);
    g_assert_cmpstr (get_string (get_member (quotes, "total"), "currency"), ==, "USD");
    visit = get_member (object, "next_visit");
    g_assert_cmpstr (get_string (visit, "id"), ==, "vis_t1");
    g_assert_cmpstr (get_string (visit, "technician_name"), ==, "Luis Ortega");
    g_assert_cmpstr (get_string (visit, "starts_at"), ==, "2998-05-02T16:00:00Z");
    balance = get_member (object, "balance_due");
    g_assert_cmpint (json_object_get_int_member (get_member (balance, "total"), "amount_minor"), ==, 25025);
    g_assert_cmpint (json_object_get_int_member (balance, "invoice_count"), ==, 2);
    g_assert_cmpint (json_object_get_int_member (balance, "overdue_count"), ==, 1);
  }

  test_server_exec_sql (server,
    "DELETE FROM visits; DELETE FROM jobs; DELETE FROM quotes; DELETE FROM invoices;");
}

static void
test_customers_staff_only (void)
{
  const char *staff[] = { "admin@example.com", "operator@example.com", "technician@example.com" };
  g_autofree char *customer = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) refused = test_http (server, "GET", "/api/v1/customers", customer, NULL);

  /* Not 403: for a customer the list simply is not there. */
  test_assert_problem (refused, 404);

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autofree char *access = test_login (server, staff[i], NULL);
      g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/customers", access, NULL);
      JsonArray *items = json_object_get_array_member (test_response_object (response), "items");

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpuint (json_array_get_length (items), >=, 5);
    }
}

static void
test_customers_paging (void)
{
  g_autofree char *access = test_login (server, "operator@example.com", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  /* By last name, or the business's name, ignoring case. */
  const char *expected[] = {
    "Alice Brennan", "Greenleaf Apartments LLC", "Harbor Bakery", "Ruth Lindqvist",
    "Priya Natarajan", "Maya Okafor", "Samuel Osei", "Daniel Reyes",
  };
  guint pages = 0;

  do
    {
      g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      g_autofree char *path = cursor != NULL ? g_strdup_printf ("/api/v1/customers?limit=3&cursor=%s", escaped)
                                             : g_strdup ("/api/v1/customers?limit=3");
      g_autoptr(TestResponse) response = test_http (server, "GET", path, access, NULL);
      JsonObject *object = test_response_object (response);
      JsonArray *items = json_object_get_array_member (object, "items");

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpuint (json_array_get_length (items), <=, 3);
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);

          g_assert_false (g_hash_table_contains (seen, get_string (item, "id")));
          g_hash_table_add (seen, g_strdup (get_string (item, "id")));
          g_ptr_array_add (names, g_strdup (get_string (item, "display_name")));
        }

      g_free (cursor);
      cursor = g_strdup (json_object_get_null_member (object, "next_cursor")
                         ? NULL : get_string (object, "next_cursor"));
      pages++;
    }
  while (cursor != NULL);

  g_assert_cmpuint (g_hash_table_size (seen), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);
  g_assert_cmpuint (pages, ==, 3);

  {
    g_autoptr(TestResponse) search = test_http (server, "GET", "/api/v1/customers?q=bAkEr", access, NULL);
    JsonArray *items = json_object_get_array_member (test_response_object (search), "items");

    g_assert_cmpuint (json_array_get_length (items), ==, 1);
    g_assert_cmpstr (get_string (json_array_get_object_element (items, 0), "display_name"), ==, "Harbor Bakery");
  }
  {
    /* LIKE's wildcards are searched for literally. */
    g_autoptr(TestResponse) search = test_http (server, "GET", "/api/v1/customers?q=%25", access, NULL);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (test_response_object (search), "items")), ==, 0);
  }
  {
    g_autoptr(TestResponse) search = test_http (server, "GET", "/api/v1/customers?q=555%200133", access, NULL);
    JsonArray *items = json_object_get_array_member (test_response_object (search), "items");
    g_assert_cmpuint (json_array_get_length (items), ==, 1);
    g_assert_cmpstr (get_string (json_array_get_object_element (items, 0), "id"), ==, DANIEL_ID);
  }
}

static void
test_customers_bad_parameters (void)
{
  const char *paths[] = {
    "/api/v1/customers?limit=0",
    "/api/v1/customers?limit=201",
    "/api/v1/customers?limit=ten",
    "/api/v1/customers?cursor=not-ours",
    "/api/v1/customers?cursor=Zm9v",
  };
  g_autofree char *access = test_login (server, "admin@example.com", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TestResponse) response = test_http (server, "GET", paths[i], access, NULL);
      JsonObject *errors;

      test_assert_problem (response, 422);
      errors = json_object_get_object_member (test_response_object (response), "errors");
      g_assert_true (json_object_has_member (errors, i < 3 ? "limit" : "cursor"));
    }
}

static void
test_requests_create_and_list (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) created = NULL;
  g_autoptr(TestResponse) list = NULL;
  JsonObject *object;
  JsonArray *items;
  const char *id;

  created = test_http_write (server, "/api/v1/requests", access,
                             "{\"kind\":\"quote\",\"service_type_id\":\"svc_heating\","
                             "\"property_id\":\"prp_demo0maya0okafor_1\","
                             "\"description\":\"  Furnace makes a rattling noise when it starts.  \","
                             "\"preferred_timing\":\"this_week\"}");
  g_assert_cmpuint (created->status, ==, 201);
  object = test_response_object (created);
  id = get_string (object, "id");
  g_assert_true (g_str_has_prefix (id, "req_"));
  g_assert_cmpstr (get_string (object, "status"), ==, "new");
  g_assert_cmpstr (get_string (object, "description"), ==, "Furnace makes a rattling noise when it starts.");
  g_assert_cmpstr (get_string (object, "service_type_name"), ==, "Heating and furnace");
  g_assert_cmpstr (get_string (object, "property_label"), ==, "Home");
  g_assert_true (g_str_has_suffix (soup_message_headers_get_one (created->headers, "Location"), id));

  list = test_http (server, "GET", "/api/v1/requests", access, NULL);
  items = json_object_get_array_member (test_response_object (list), "items");
  g_assert_cmpuint (json_array_get_length (items), >=, 2);
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpstr (get_string (json_array_get_object_element (items, i), "customer_id"), ==, MAYA_ID);
  /* Newest first: the one just sent leads. */
  g_assert_cmpstr (get_string (json_array_get_object_element (items, 0), "id"), ==, id);

  /* A page of one at a time gives the same requests in the same order. */
  {
    g_autofree char *cursor = NULL;
    guint seen = 0;

    do
      {
        g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
        g_autofree char *path = cursor != NULL ? g_strdup_printf ("/api/v1/requests?limit=1&cursor=%s", escaped)
                                               : g_strdup ("/api/v1/requests?limit=1");
        g_autoptr(TestResponse) page = test_http (server, "GET", path, access, NULL);
        JsonObject *body = test_response_object (page);
        JsonArray *one = json_object_get_array_member (body, "items");

        g_assert_cmpuint (json_array_get_length (one), ==, 1);
        g_assert_cmpstr (get_string (json_array_get_object_element (one, 0), "id"), ==,
                         get_string (json_array_get_object_element (items, seen), "id"));
        seen++;
        g_free (cursor);
        cursor = g_strdup (json_object_get_null_member (body, "next_cursor")
                           ? NULL : get_string (body, "next_cursor"));
      }
    while (cursor != NULL);
    g_assert_cmpuint (seen, ==, json_array_get_length (items));
  }
}

static void
test_requests_validation (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) empty = NULL;
  g_autoptr(TestResponse) wrong = NULL;
  g_autoptr(TestResponse) long_text = NULL;
  g_autoptr(GString) body = NULL;
  JsonObject *errors;
  gint64 before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");

  empty = test_http_write (server, "/api/v1/requests", access, "{}");
  test_assert_problem (empty, 422);
  errors = json_object_get_object_member (test_response_object (empty), "errors");
  g_assert_cmpuint (json_object_get_size (errors), ==, 5);

  /* Daniel's property, an unknown service, wrong types, blank text. */
  wrong = test_http_write (server, "/api/v1/requests", access,
                           "{\"kind\":\"party\",\"service_type_id\":\"svc_nope\","
                           "\"property_id\":\"prp_demo0daniel0reyes_1\",\"description\":\"   \","
                           "\"preferred_timing\":7}");
  test_assert_problem (wrong, 422);
  errors = json_object_get_object_member (test_response_object (wrong), "errors");
  g_assert_true (json_object_has_member (errors, "kind"));
  g_assert_true (json_object_has_member (errors, "service_type_id"));
  g_assert_cmpstr (get_string (errors, "property_id"), ==, "Choose one of your properties.");
  g_assert_true (json_object_has_member (errors, "description"));
  g_assert_true (json_object_has_member (errors, "preferred_timing"));

  body = g_string_new ("{\"kind\":\"job\",\"service_type_id\":\"svc_pest\",\"property_id\":\"prp_demo0maya0okafor_1\","
                       "\"preferred_timing\":\"asap\",\"description\":\"");
  for (guint i = 0; i < 4001; i++)
    g_string_append_c (body, 'a');
  g_string_append (body, "\"}");
  long_text = test_http_write (server, "/api/v1/requests", access, body->str);
  test_assert_problem (long_text, 422);

  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before);
}

/* A retry after a lost answer gets the first answer, and one request. */
static void
test_requests_idempotent (void)
{
  g_autofree char *access = test_login (server, "customer2@example.com", NULL);
  const char *body = "{\"kind\":\"job\",\"service_type_id\":\"svc_cooling\","
                     "\"property_id\":\"prp_demo0daniel0reyes_1\","
                     "\"description\":\"The heat pump ices over.\",\"preferred_timing\":\"asap\"}";
  g_autoptr(TestResponse) keyless = NULL;
  g_autoptr(TestResponse) first = NULL;
  g_autoptr(TestResponse) again = NULL;
  g_autoptr(TestResponse) other = NULL;
  gint64 before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");
  gsize first_size, again_size;
  const char *first_body, *again_body;

  keyless = test_http (server, "POST", "/api/v1/requests", access, body);
  test_assert_problem (keyless, 400);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before);

  first = test_http_idempotent (server, "/api/v1/requests", access, "request-ices-over", body);
  again = test_http_idempotent (server, "/api/v1/requests", access, "request-ices-over", body);
  g_assert_cmpuint (first->status, ==, 201);
  g_assert_cmpuint (again->status, ==, 201);
  first_body = g_bytes_get_data (first->body, &first_size);
  again_body = g_bytes_get_data (again->body, &again_size);
  g_assert_cmpmem (first_body, first_size, again_body, again_size);
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Idempotent-Replayed"), ==, "true");
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Location"), ==,
                   soup_message_headers_get_one (first->headers, "Location"));
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before + 1);

  /* The same key for something else is refused. */
  other = test_http_idempotent (server, "/api/v1/requests", access, "request-ices-over",
                                "{\"kind\":\"quote\"}");
  test_assert_problem (other, 422);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before + 1);
}

static void
test_requests_isolation (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autofree char *daniel = test_login (server, "customer2@example.com", NULL);
  g_autoptr(TestResponse) created = NULL;
  g_autoptr(TestResponse) list = NULL;
  g_autoptr(TestResponse) dashboard = NULL;
  g_autoptr(TestResponse) peek = NULL;
  g_autoptr(TestResponse) peek_dashboard = NULL;
  JsonArray *items;

  created = test_http_write (server, "/api/v1/requests", maya,
                             "{\"kind\":\"job\",\"service_type_id\":\"svc_pest\",\"property_id\":\"prp_demo0maya0okafor_2\","
                             "\"description\":\"Ants in the kitchen of unit B.\",\"preferred_timing\":\"asap\"}");
  g_assert_cmpuint (created->status, ==, 201);

  list = test_http (server, "GET", "/api/v1/requests", daniel, NULL);
  items = json_object_get_array_member (test_response_object (list), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpstr (get_string (json_array_get_object_element (items, i), "customer_id"), ==, DANIEL_ID);

  dashboard = test_http (server, "GET", "/api/v1/dashboard", daniel, NULL);
  g_assert_cmpint (json_object_get_int_member (get_member (test_response_object (dashboard), "open_requests"), "count"),
                   ==, json_array_get_length (items));

  /* Naming Maya does not help Daniel: 404, as if she did not exist. */
  peek = test_http (server, "GET", "/api/v1/requests?customer_id=" MAYA_ID, daniel, NULL);
  test_assert_problem (peek, 404);
  peek_dashboard = test_http (server, "GET", "/api/v1/dashboard?customer_id=" MAYA_ID, daniel, NULL);
  test_assert_problem (peek_dashboard, 404);
}

static void
test_staff_preview_is_read_only (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autoptr(TestResponse) preview = NULL;
  g_autoptr(TestResponse) write = NULL;
  g_autoptr(TestResponse) write_plain = NULL;
  g_autoptr(TestResponse) unnamed = NULL;
  g_autoptr(TestResponse) unknown = NULL;
  g_autoptr(TestResponse) requests = NULL;
  gint64 before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");
  const char *body = "{\"kind\":\"job\",\"service_type_id\":\"svc_pest\",\"property_id\":\"prp_demo0maya0okafor_1\","
                     "\"description\":\"Staff trying to write.\",\"preferred_timing\":\"asap\"}";

  preview = test_http (server, "GET", "/api/v1/dashboard?customer_id=" MAYA_ID, admin, NULL);
  g_assert_cmpuint (preview->status, ==, 200);
  g_assert_cmpstr (get_string (get_member (test_response_object (preview), "customer"), "display_name"), ==, "Maya Okafor");

  requests = test_http (server, "GET", "/api/v1/requests?customer_id=" DANIEL_ID, admin, NULL);
  g_assert_cmpuint (requests->status, ==, 200);

  write = test_http (server, "POST", "/api/v1/requests?customer_id=" MAYA_ID, admin, body);
  test_assert_problem (write, 403);
  write_plain = test_http (server, "POST", "/api/v1/requests", admin, body);
  test_assert_problem (write_plain, 403);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before);

  unnamed = test_http (server, "GET", "/api/v1/dashboard", admin, NULL);
  test_assert_problem (unnamed, 422);
  unknown = test_http (server, "GET", "/api/v1/dashboard?customer_id=cus_nobody", admin, NULL);
  test_assert_problem (unknown, 404);
}

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

  assert_still_serving ();
}

static void
test_expired_token (void)
{
  g_autofree char *access = test_login (server, "customer2@example.com", NULL);
  g_autoptr(TestResponse) live = test_http (server, "GET", "/api/v1/me", access, NULL);
  g_autoptr(TestResponse) expired = NULL;

  g_assert_cmpuint (live->status, ==, 200);
  /* Fifteen minutes pass, as far as the database knows. */
  test_server_exec_sql (server, "UPDATE access_tokens SET expires_at = expires_at - 901");
  expired = test_http (server, "GET", "/api/v1/me", access, NULL);
  test_assert_problem (expired, 401);
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
  assert_still_serving ();
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

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);

  server = test_server_start (TRUE);

  g_test_add_func ("/server/health", test_health);
  g_test_add_func ("/server/login/success", test_login_success);
  g_test_add_func ("/server/login/failure-same-answer", test_login_failure_same_answer);
  g_test_add_func ("/server/login/validation", test_login_validation);
  g_test_add_func ("/server/login/rate-limit-account", test_rate_limit_account);
  g_test_add_func ("/server/login/rate-limit-address", test_rate_limit_address);
  g_test_add_func ("/server/refresh/rotation-and-reuse", test_refresh_rotation_and_reuse);
  g_test_add_func ("/server/logout", test_logout);
  g_test_add_func ("/server/me", test_me);
  g_test_add_func ("/server/company", test_company);
  g_test_add_func ("/server/dashboard/numbers", test_dashboard_numbers);
  g_test_add_func ("/server/customers/staff-only", test_customers_staff_only);
  g_test_add_func ("/server/customers/paging", test_customers_paging);
  g_test_add_func ("/server/customers/bad-parameters", test_customers_bad_parameters);
  g_test_add_func ("/server/requests/create-and-list", test_requests_create_and_list);
  g_test_add_func ("/server/requests/validation", test_requests_validation);
  g_test_add_func ("/server/requests/idempotent", test_requests_idempotent);
  g_test_add_func ("/server/requests/isolation", test_requests_isolation);
  g_test_add_func ("/server/preview/read-only", test_staff_preview_is_read_only);
  g_test_add_func ("/server/errors/shapes", test_error_shapes);
  g_test_add_func ("/server/errors/expired-token", test_expired_token);
  g_test_add_func ("/server/errors/body-too-large", test_body_too_large);
  g_test_add_func ("/server/demo/seed-once", test_demo_seed_once);

  result = g_test_run ();
  test_server_stop (server);
  return result;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-db-wait.h"
#include "test-server-fixture.h"

/* Signing in, throttling, refresh tokens that rotate, signing out and /me,
 * against a real demo server. */

/* Most tests share one demo server; those that count login failures start
 * their own, since failures are throttled per account and per address. */
static TestServer *server;

static void
test_health (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/health", NULL, NULL);
  JsonObject *object = test_response_object (response);
  JsonObject *demo;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (response->content_type, ==, "application/json");
  g_assert_cmpstr (test_json_string (object, "status"), ==, "ok");
  demo = json_object_get_object_member (object, "demo");
  g_assert_nonnull (demo);
  g_assert_cmpstr (test_json_string (demo, "password"), ==, DEMO_PASSWORD);
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
  g_assert_cmpuint (strlen (test_json_string (object, "access_token")), >=, 22);
  g_assert_cmpuint (strlen (test_json_string (object, "refresh_token")), >=, 22);
  g_assert_cmpstr (test_json_string (object, "token_type"), ==, "Bearer");
  g_assert_cmpint (json_object_get_int_member (object, "expires_in"), ==, 900);
  user = json_object_get_object_member (object, "user");
  g_assert_cmpstr (test_json_string (user, "role"), ==, "customer");
  g_assert_cmpstr (test_json_string (json_object_get_object_member (user, "customer"), "id"), ==, MAYA_ID);

  /* Stored only as hashes: the token itself is nowhere in the database. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM access_tokens WHERE token_hash = '%s'",
                                            test_json_string (object, "access_token"));
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
  g_assert_cmpstr (test_json_string (test_response_object (wrong_password), "detail"), ==,
                   test_json_string (test_response_object (unknown), "detail"));
}

static void
test_login_validation (void)
{
  g_autoptr(TestResponse) response = NULL;
  JsonObject *errors;

  response = test_http (server, "POST", "/api/v1/auth/login", NULL, "{\"email\":\"not an email\"}");
  test_assert_problem (response, 422);
  errors = json_object_get_object_member (test_response_object (response), "errors");
  g_assert_nonnull (test_json_string (errors, "email"));
  g_assert_nonnull (test_json_string (errors, "password"));
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
    refresh2 = g_strdup (test_json_string (object, "refresh_token"));
    access2 = g_strdup (test_json_string (object, "access_token"));
    g_assert_cmpstr (refresh2, !=, refresh1);
    g_assert_cmpstr (access2, !=, access1);
    g_assert_cmpstr (test_json_string (json_object_get_object_member (object, "user"), "email"), ==, "customer2@example.com");
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
  g_assert_cmpstr (test_json_string (object, "email"), ==, "admin@example.com");
  g_assert_cmpstr (test_json_string (object, "role"), ==, "admin");
  g_assert_true (json_object_get_null_member (object, "customer"));
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

/* What has expired goes on a timer, without its owner writing again; what
 * is still live stays. */
static void
test_prune (void)
{
  const char *args[] = { "--prune-interval", "1", NULL };
  TestServer *pruned = test_server_start_full (NULL, TRUE, args);
  g_autofree char *live = test_login (pruned, "customer@example.com", NULL);
  g_autofree char *stale = test_login (pruned, "customer2@example.com", NULL);

  /* A day and more passes, for everything but the live session. */
  test_server_exec_sql (pruned,
                        "UPDATE access_tokens SET expires_at = expires_at - 90000"
                        " WHERE session_id IN (SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id"
                        "                       WHERE u.email = 'customer2@example.com');"
                        "UPDATE refresh_tokens SET expires_at = 1"
                        " WHERE session_id IN (SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id"
                        "                       WHERE u.email = 'customer2@example.com');"
                        "INSERT INTO login_failures (scope, at) VALUES ('account:x', 1), ('address:y', 1);"
                        "INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, created_at)"
                        " SELECT id, 'old-key', 'h', 201, '{}', '2020-01-01T00:00:00Z' FROM users LIMIT 1;");
  g_assert_cmpint (test_server_query_int (pruned, "SELECT COUNT(*) FROM sessions"), ==, 2);

  /* The next prune, within a second or so (it commits the sessions and
   * tokens, then the idempotency keys). */
  test_server_wait_for_int (pruned,
                            "SELECT (SELECT COUNT(*) FROM sessions) = 1"
                            " AND (SELECT COUNT(*) FROM idempotency_keys) = 0",
                            1, 30);
  g_assert_cmpint (test_server_query_int (pruned, "SELECT COUNT(*) FROM sessions"), ==, 1);
  g_assert_cmpint (test_server_query_int (pruned, "SELECT COUNT(*) FROM access_tokens"), ==, 1);
  g_assert_cmpint (test_server_query_int (pruned, "SELECT COUNT(*) FROM refresh_tokens"), ==, 1);
  g_assert_cmpint (test_server_query_int (pruned, "SELECT COUNT(*) FROM login_failures"), ==, 0);
  g_assert_cmpint (test_server_query_int (pruned, "SELECT COUNT(*) FROM idempotency_keys"), ==, 0);

  {
    g_autoptr(TestResponse) r = test_http (pruned, "GET", "/api/v1/me", live, NULL);
    g_assert_cmpuint (r->status, ==, 200);
  }
  {
    g_autoptr(TestResponse) r = test_http (pruned, "GET", "/api/v1/me", stale, NULL);
    test_assert_problem (r, 401);
  }
  test_server_stop (pruned);
}

static const TestCase tests[] = {
  { "/server/health", test_health },
  { "/server/login/success", test_login_success },
  { "/server/login/failure-same-answer", test_login_failure_same_answer },
  { "/server/login/validation", test_login_validation },
  { "/server/login/rate-limit-account", test_rate_limit_account },
  { "/server/login/rate-limit-address", test_rate_limit_address },
  { "/server/refresh/rotation-and-reuse", test_refresh_rotation_and_reuse },
  { "/server/logout", test_logout },
  { "/server/me", test_me },
  { "/server/errors/expired-token", test_expired_token },
  { "/server/prune", test_prune },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

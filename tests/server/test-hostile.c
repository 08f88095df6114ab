/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Input an attacker would send, each found by trying it: every one gets a
 * 4xx problem+json answer, and the server keeps serving everyone else. */

static TestServer *server;

static char *
nested (const char *open,
        const char *inner,
        const char *close,
        guint       depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, inner);
  for (guint i = 0; i < depth; i++)
    g_string_append (text, close);
  return g_string_free (text, FALSE);
}

static void
assert_raw_problem (GBytes *answer,
                    guint   status)
{
  const char *data = g_bytes_get_data (answer, NULL);
  g_autofree char *text = g_strndup (data, g_bytes_get_size (answer));

  g_assert_cmpuint (test_raw_status (answer), ==, status);
  g_assert_nonnull (strstr (text, "\r\nContent-Type: application/problem+json\r\n"));
  g_assert_nonnull (strstr (text, "\"status\":"));
}

/* This took the server down: json-glib parses recursively, so a couple of
 * hundred kilobytes of brackets ran it out of stack. */
static void
test_deep_json (void)
{
  const char *paths[] = { "/api/v1/auth/login", "/api/v1/auth/refresh" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *arrays = nested ("[", "", "]", 200000);
      g_autofree char *objects = nested ("{\"a\":", "1", "}", 50000);
      g_autofree char *in_member = g_strdup_printf ("{\"email\": %s}", arrays);

      {
        g_autoptr(TestResponse) r = test_http (server, "POST", paths[i], NULL, arrays);
        test_assert_problem (r, 400);
      }
      {
        g_autoptr(TestResponse) r = test_http (server, "POST", paths[i], NULL, objects);
        test_assert_problem (r, 400);
      }
      {
        g_autoptr(TestResponse) r = test_http (server, "POST", paths[i], NULL, in_member);
        test_assert_problem (r, 400);
      }
    }

  /* json-glib 1.6 leaks what it parsed when a second value follows the
   * first: a leak per request, found by fuzzing. */
  {
    const char *bodies[] = { "{\"email\": \"a@b.c\"}{\"password\": \"x\"}", "2{\"email\": \"a@b.c\"}" };

    for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
      {
        g_autoptr(TestResponse) r = test_http (server, "POST", "/api/v1/auth/login", NULL, bodies[i]);
        test_assert_problem (r, 400);
      }
  }

  /* json-glib skips comments and reads single-quoted strings, which
   * could hide the brackets from the depth check: an unauthenticated
   * request took the server down this way. JSON has neither. */
  {
    g_autofree char *arrays = nested ("[", "", "]", 200000);
    g_autofree char *commented = g_strdup_printf ("{\"email\": /*\"*/ %s /*\"*/}", arrays);
    g_autofree char *quoted = g_strdup_printf ("{'\"': %s, \"email\": \"'\"}", arrays);
    const char *bodies[] = { commented, quoted, "{\"email\": /* hi */ \"a@b.c\", \"password\": \"x\"}",
                             "{'email': 'a@b.c', 'password': 'x'}" };

    for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
      {
        g_autoptr(TestResponse) r = test_http (server, "POST", "/api/v1/auth/login", NULL, bodies[i]);
        test_assert_problem (r, 400);
      }
    test_assert_still_serving (server);
  }

  /* Brackets inside strings are text, not depth. */
  {
    g_autofree char *brackets = nested ("[", "", "", 5000);
    g_autofree char *body = g_strdup_printf ("{\"email\": \"%s\", \"password\": \"x\"}", brackets);
    g_autoptr(TestResponse) r = test_http (server, "POST", "/api/v1/auth/login", NULL, body);

    g_assert_cmpuint (r->status, !=, 400);
    g_assert_cmpuint (r->status, <, 500);
  }

  test_assert_still_serving (server);
}

static void
test_long_headers (void)
{
  const gsize sizes[] = { 20 * 1024, 100 * 1024, 1024 * 1024 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *token = g_strnfill (sizes[i], 'a');
      g_autoptr(TestResponse) r = test_http (server, "GET", "/api/v1/me", token, NULL);

      test_assert_problem (r, 431);
    }

  /* Many short headers add up the same way. */
  {
    GString *request = g_string_new ("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    g_autoptr(GBytes) answer = NULL;

    for (guint i = 0; i < 2000; i++)
      g_string_append_printf (request, "X-Filler-%u: %s\r\n", i, "0123456789abcdef0123456789abcdef");
    g_string_append (request, "\r\n");
    answer = test_raw_exchange (server, request->str, request->len);
    g_string_free (request, TRUE);
    assert_raw_problem (answer, 431);
  }

  /* A token of a normal size still gets its ordinary answer. */
  {
    g_autofree char *token = g_strnfill (8 * 1024, 'a');
    g_autoptr(TestResponse) r = test_http (server, "GET", "/api/v1/me", token, NULL);

    test_assert_problem (r, 401);
  }

  test_assert_still_serving (server);
}

static void
test_long_request_line (void)
{
  g_autofree char *query = g_strnfill (9 * 1024, 'a');
  g_autofree char *path = g_strdup_printf ("/api/v1/health?q=%s", query);
  g_autoptr(TestResponse) r = test_http (server, "GET", path, NULL, NULL);

  test_assert_problem (r, 414);
  test_assert_still_serving (server);
}

/* The limits hold for every request on a kept-alive connection, after
 * bodies of either framing. */
static void
test_limits_after_keepalive (void)
{
  const char *body = "{\"email\": \"nobody@example.com\", \"password\": \"wrong-password\"}";
  g_autofree char *big = g_strnfill (20 * 1024, 'b');
  g_autofree char *request = g_strdup_printf ("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                                              "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                              "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s"
                                              "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n\r\n",
                                              strlen (body), body, big);
  g_autoptr(GBytes) answer = test_raw_exchange (server, request, strlen (request));
  const char *data = g_bytes_get_data (answer, NULL);
  g_autofree char *text = g_strndup (data, g_bytes_get_size (answer));

  g_assert_true (g_str_has_prefix (text, "HTTP/1.1 200"));
  g_assert_nonnull (strstr (text, "HTTP/1.1 401"));
  g_assert_nonnull (strstr (text, "HTTP/1.1 431"));

  test_assert_still_serving (server);
}

static void
test_chunked_body (void)
{
  const char *request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        "10\r\n{\"email\": \"a@b.c\r\n"
                        "19\r\n\", \"password\": \"nothing\"}\r\n"
                        "0\r\n\r\n";
  g_autoptr(GBytes) answer = test_raw_exchange (server, request, strlen (request));

  assert_raw_problem (answer, 401);
  test_assert_still_serving (server);
}

/* Not HTTP at all, and nearly HTTP. */
static void
test_garbage (void)
{
  const char *requests[] = {
    "\x16\x03\x01\x02\x01\x01\x01\x01\xfc\x03\x03\r\n\r\n",
    "GET\r\n\r\n",
    "GET /api/v1/health HTTP/9.9\r\n\r\n",
    "GET /api/v1/health HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
    "GET /api/v1/health HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n",
    "GET /api/v1/health HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    "GET /api/v1/%00%ff/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    {
      g_autoptr(GBytes) answer = test_raw_exchange (server, requests[i], strlen (requests[i]));
      guint status = test_raw_status (answer);

      /* An answer, when there is one, refuses (libsoup answers 505 to
       * HTTP/9.9); the server lives on. */
      g_assert_true (status == 0 || (status >= 400 && status < 500) || status == 505);
      test_assert_still_serving (server);
    }
}

static void
test_slow_head (void)
{
  const char *args[] = { "--head-timeout", "1", NULL };
  TestServer *slow = test_server_start_full (NULL, FALSE, args);
  gint64 started = g_get_monotonic_time ();
  g_autoptr(GSocketConnection) connection = test_server_connect (slow);
  g_autoptr(GError) error = NULL;
  const char *start = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ";
  GSocket *socket = g_socket_connection_get_socket (connection);
  char buffer[4096];
  gssize n;

  g_assert_cmpint (g_socket_send (socket, start, strlen (start), NULL, &error), ==, (gssize) strlen (start));

  /* Never finished: the server gives up on it and says so. */
  n = g_socket_receive (socket, buffer, sizeof buffer - 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, >, 12);
  buffer[n] = '\0';
  g_assert_true (g_str_has_prefix (buffer, "HTTP/1.1 408"));
  g_assert_cmpint (g_get_monotonic_time () - started, <, 5 * G_USEC_PER_SEC);

  test_assert_still_serving (slow);
  test_server_stop (slow);
}

static void
test_connection_limit (void)
{
  const char *args[] = { "--max-connections", "4", NULL };
  TestServer *small = test_server_start_full (NULL, FALSE, args);
  GSocketConnection *held[4];
  const char *request = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  g_autoptr(GError) error = NULL;
  gssize received;
  char byte;

  /* The server takes connections in the order they were made, one at a
   * time: it has these four when it takes the fifth. */
  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    held[i] = test_server_connect (small);

  {
    g_autoptr(GBytes) answer = test_raw_exchange (small, request, strlen (request));
    const char *data = g_bytes_get_data (answer, NULL);
    g_autofree char *text = g_strndup (data, g_bytes_get_size (answer));

    assert_raw_problem (answer, 503);
    g_assert_nonnull (strstr (text, "\r\nRetry-After: "));
  }

  /* One goes: it says it is done, and once the server has closed its end
   * too, the connection no longer counts; the next one in is served. */
  g_socket_shutdown (g_socket_connection_get_socket (held[0]), FALSE, TRUE, &error);
  g_assert_no_error (error);
  received = g_socket_receive (g_socket_connection_get_socket (held[0]), &byte, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (received, ==, 0);
  g_object_unref (held[0]);
  {
    g_autoptr(GBytes) answer = test_raw_exchange (small, request, strlen (request));
    g_assert_cmpuint (test_raw_status (answer), ==, 200);
  }

  for (guint i = 1; i < G_N_ELEMENTS (held); i++)
    g_object_unref (held[i]);
  test_server_stop (small);
}

/* One answer from a kept-alive connection: its head and as many bytes of
 * body as its Content-Length says. */
static GBytes *
read_one_answer (GSocket *socket)
{
  g_autoptr(GByteArray) answer = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  char buffer[4096];

  for (;;)
    {
      const char *head_end;
      const char *length;
      gssize n;

      g_byte_array_append (answer, (const guint8 *) "", 1);
      head_end = strstr ((const char *) answer->data, "\r\n\r\n");
      length = strstr ((const char *) answer->data, "Content-Length: ");
      g_byte_array_set_size (answer, answer->len - 1);
      if (head_end != NULL && length != NULL && length < head_end &&
          answer->len >= (gsize) (head_end + 4 - (const char *) answer->data) + g_ascii_strtoull (length + 16, NULL, 10))
        break;
      n = g_socket_receive (socket, buffer, sizeof buffer, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (n, >, 0);
      g_byte_array_append (answer, (const guint8 *) buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&answer));
}

/* A client that closes its kept-alive connection between requests (as
 * every HTTP library does in the end) gives its place back: the server
 * closes its end, and the next clients are served. libsoup 3.2 alone
 * kept such a connection open and counted for good, so a server that had
 * seen --max-connections of them refused everyone after. */
static void
test_keepalive_closed_by_client (void)
{
  const char *args[] = { "--max-connections", "2", NULL };
  TestServer *small = test_server_start_full (NULL, FALSE, args);
  const char *request = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(GSocketConnection) connection = test_server_connect (small);
      GSocket *socket = g_socket_connection_get_socket (connection);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;
      char byte;

      /* Two requests, so the connection was kept alive between them. */
      for (guint k = 0; k < 2; k++)
        {
          g_assert_cmpint (g_socket_send (socket, request, strlen (request), NULL, &error), ==, strlen (request));
          g_assert_no_error (error);
          if (k == 0)
            first = read_one_answer (socket);
          else
            second = read_one_answer (socket);
        }
      g_assert_cmpuint (test_raw_status (first), ==, 200);
      g_assert_cmpuint (test_raw_status (second), ==, 200);

      /* Done: the server closes its end (within the socket's 10 s). */
      g_socket_shutdown (socket, FALSE, TRUE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_socket_receive (socket, &byte, 1, NULL, &error), ==, 0);
      g_assert_no_error (error);
    }

  test_assert_still_serving (small);
  test_server_stop (small);
}

/* Text from outside is whole or refused: a query parameter, a path
 * segment or a JSON string that decodes to a NUL (or a control character)
 * is refused with 422, never read up to the NUL. An upload named
 * "a%00b.jpg" was once kept as a file named "a". */
static void
test_nul_refused (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  const char * const paths[] = {
    "/api/v1/quotes?status=open%00all",
    "/api/v1/quotes?status%00=open",
    "/api/v1/documents?q=furnace%0Areport",
    "/api/v1/quotes/quo_demo0furnace%00x",
    "/api/v1/invoices/%00",
    "/api/v1/files/fil%1Bx/content",
  };
  gint64 files_before = test_server_query_int (server, "SELECT COUNT(*) FROM files");
  gint64 requests_before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TestResponse) response = test_http (server, "GET", paths[i], maya, NULL);

      if (response->status != 422)
        g_error ("GET %s: %u, not 422", paths[i], response->status);
      test_assert_problem (response, 422);
    }

  /* The upload whose name held a NUL. */
  {
    static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    g_autoptr(GBytes) bytes = g_bytes_new_static (png, sizeof png);
    g_autoptr(SoupMessage) msg = test_http_message (server, "POST", "/api/v1/files?name=a%00b.png", maya,
                                                    "nul-upload", "application/octet-stream", bytes);
    g_autoptr(TestResponse) response = test_http_send (NULL, msg);
    JsonObject *errors;

    test_assert_problem (response, 422);
    errors = json_object_get_object_member (test_response_object (response), "errors");
    g_assert_true (json_object_has_member (errors, "name"));
  }

  /* A JSON string with \u0000 in it. */
  {
    g_autoptr(TestResponse) response = NULL;

    response = test_http_write (server, "/api/v1/requests", maya,
                                "{\"kind\":\"job\",\"service_type_id\":\"svc_plumbing\","
                                "\"property_id\":\"prp_demo0maya0okafor_1\",\"preferred_timing\":\"asap\","
                                "\"description\":\"Leak\\u0000 under the sink\"}");
    test_assert_problem (response, 422);
  }

  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM files"), ==, files_before);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, requests_before);
  test_assert_still_serving (server);
}

static const TestCase tests[] = {
  { "/server/hostile/nul-refused", test_nul_refused },
  { "/server/hostile/deep-json", test_deep_json },
  { "/server/hostile/long-headers", test_long_headers },
  { "/server/hostile/long-request-line", test_long_request_line },
  { "/server/hostile/limits-after-keepalive", test_limits_after_keepalive },
  { "/server/hostile/chunked-body", test_chunked_body },
  { "/server/hostile/garbage", test_garbage },
  { "/server/hostile/slow-head", test_slow_head },
  { "/server/hostile/connection-limit", test_connection_limit },
  { "/server/hostile/keepalive-closed-by-client", test_keepalive_closed_by_client },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/prctl.h>

#include "test-server-fixture.h"

static SoupSession *
get_session (void)
{
  static SoupSession *session;

  if (session == NULL)
    session = soup_session_new_with_options ("timeout", 30, NULL);
  return session;
}

static void
die_with_parent (gpointer user_data)
{
  /* A test that aborts must not leave its server running (and holding the
   * test runner's output pipe open). */
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/**
 * test_server_start_at:
 * @dir: (nullable): where the database lives; a new temporary directory
 *   when %NULL
 */
TestServer *
test_server_start_at (const char *dir,
                      gboolean    demo)
{
  const char *binary = g_getenv ("DOORSTEP_SERVER_BIN");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  TestServer *server;
  GPtrArray *argv;

  g_assert_nonnull (binary);

  server = g_new0 (TestServer, 1);
  server->dir = dir != NULL ? g_strdup (dir) : g_dir_make_tmp ("doorstep-test-XXXXXX", &error);
  g_assert_no_error (error);
  server->db_path = g_build_filename (server->dir, "doorstep.sqlite", NULL);

  argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) binary);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, server->db_path);
  g_ptr_array_add (argv, (gpointer) "--listen");
  g_ptr_array_add (argv, (gpointer) "127.0.0.1:0");
  if (demo)
    g_ptr_array_add (argv, (gpointer) "--demo");
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  server->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_ptr_array_unref (argv);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server->process));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "http://127.0.0.1:"));
  server->base_url = g_steal_pointer (&line);

  /* The rest of what it prints (one line for --demo). */
  server->output = g_string_new (NULL);
  if (demo)
    {
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_string_append (server->output, line);
    }

  return server;
}

TestServer *
test_server_start (gboolean demo)
{
  return test_server_start_at (NULL, demo);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/**
 * test_server_stop_keep_files:
 *
 * Stops the server (as a SIGTERM would), checks it exited cleanly, and
 * leaves its database where it is.
 */
void
test_server_stop_keep_files (TestServer *server)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (server->process, SIGTERM);
  g_subprocess_wait (server->process, NULL, &error);
  g_assert_no_error (error);
  /* A clean exit on SIGTERM, not a crash. */
  g_assert_true (g_subprocess_get_if_exited (server->process));
  g_assert_cmpint (g_subprocess_get_exit_status (server->process), ==, 0);

  g_object_unref (server->process);
  g_string_free (server->output, TRUE);
  g_free (server->dir);
  g_free (server->db_path);
  g_free (server->base_url);
  g_free (server);
}

/**
 * test_server_stop:
 *
 * Stops the server and removes its files.
 */
void
test_server_stop (TestServer *server)
{
  g_autofree char *dir = g_strdup (server->dir);

  test_server_stop_keep_files (server);
  remove_dir (dir);
}

/* Direct SQL for what tests must set up that no endpoint offers yet (such
 * as records of later issues) or must force (such as an expired token). */
void
test_sqlite_exec (const char *db_path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

gint64
test_sqlite_query_int (const char *db_path,
                       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

void
test_server_exec_sql (TestServer *server,
                      const char *sql)
{
  test_sqlite_exec (server->db_path, sql);
}

gint64
test_server_query_int (TestServer *server,
                       const char *sql)
{
  return test_sqlite_query_int (server->db_path, sql);
}

/**
 * test_closed_server_url:
 *
 * Returns: (transfer full): the URL of a loopback port that was free a
 *   moment ago and has nobody listening, for testing an unreachable server
 */
char *
test_closed_server_url (void)
{
  GSocketService *service = g_socket_service_new ();
  g_autoptr(GError) error = NULL;
  guint16 port;

  port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (service), NULL, &error);
  g_assert_no_error (error);
  g_object_unref (service);
  return g_strdup_printf ("http://127.0.0.1:%u", port);
}

/**
 * test_http_send:
 * @session: (nullable): the session to send on; %NULL for the shared one
 *
 * Sends @msg and reads the whole answer; a JSON answer is parsed.
 * Thread-safe with a session of the calling thread's own.
 */
TestResponse *
test_http_send (SoupSession *session,
                SoupMessage *msg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TestResponse *response;
  const char *type;

  bytes = soup_session_send_and_read (session != NULL ? session : get_session (), msg, NULL, &error);
  g_assert_no_error (error);

  response = g_new0 (TestResponse, 1);
  response->status = soup_message_get_status (msg);
  response->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
  type = soup_message_headers_get_content_type (response->headers, NULL);
  response->content_type = g_strdup (type);
  response->body = g_bytes_ref (bytes);

  if (type != NULL && g_str_has_suffix (type, "json") && g_bytes_get_size (bytes) > 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      json_parser_load_from_data (parser, data, (gssize) size, &error);
      g_assert_no_error (error);
      response->json = json_node_ref (json_parser_get_root (parser));
    }

  return response;
}

/**
 * test_http_message:
 * @idempotency_key: (nullable): sent as Idempotency-Key
 *
 * Returns: (transfer full): a request to @path, ready to send
 */
SoupMessage *
test_http_message (TestServer *server,
                   const char *method,
                   const char *path,
                   const char *token,
                   const char *idempotency_key,
                   const char *content_type,
                   GBytes     *body)
{
  g_autofree char *url = g_strconcat (server->base_url, path, NULL);
  SoupMessage *msg = soup_message_new (method, url);

  g_assert_nonnull (msg);
  if (token != NULL)
    {
      g_autofree char *bearer = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", bearer);
    }
  if (idempotency_key != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Idempotency-Key", idempotency_key);
  if (body != NULL)
    soup_message_set_request_body_from_bytes (msg, content_type, body);
  return msg;
}

TestResponse *
test_http_full (TestServer *server,
                const char *method,
                const char *path,
                const char *token,
                const char *content_type,
                GBytes     *body)
{
  g_autoptr(SoupMessage) msg = test_http_message (server, method, path, token, NULL, content_type, body);

  return test_http_send (NULL, msg);
}

/* A JSON POST with an Idempotency-Key. */
TestResponse *
test_http_idempotent (TestServer *server,
                      const char *path,
                      const char *token,
                      const char *key,
                      const char *body)
{
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
  g_autoptr(SoupMessage) msg = test_http_message (server, "POST", path, token, key, "application/json", bytes);

  return test_http_send (NULL, msg);
}

/* A POST under a fresh Idempotency-Key, as every write takes one. */
TestResponse *
test_http_write (TestServer *server,
                 const char *path,
                 const char *token,
                 const char *body)
{
  g_autofree char *key = g_uuid_string_random ();

  return test_http_idempotent (server, path, token, key, body);
}

TestResponse *
test_http (TestServer *server,
           const char *method,
           const char *path,
           const char *token,
           const char *body)
{
  g_autoptr(GBytes) bytes = body != NULL ? g_bytes_new (body, strlen (body)) : NULL;

  return test_http_full (server, method, path, token, "application/json", bytes);
}

void
test_response_free (TestResponse *response)
{
  g_free (response->content_type);
  soup_message_headers_unref (response->headers);
  g_clear_pointer (&response->json, json_node_unref);
  g_clear_pointer (&response->body, g_bytes_unref);
  g_free (response);
}

JsonObject *
test_response_object (TestResponse *response)
{
  g_assert_nonnull (response->json);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (response->json));
  return json_node_get_object (response->json);
}

/* Every error is problem+json with the RFC 9457 members. */
void
test_assert_problem (TestResponse *response,
                     guint         status)
{
  JsonObject *problem;

  g_assert_cmpuint (response->status, ==, status);
  g_assert_cmpstr (response->content_type, ==, "application/problem+json");
  problem = test_response_object (response);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (problem, "type"), "urn:doorstep:problem:"));
  g_assert_cmpstr (json_object_get_string_member (problem, "title"), !=, "");
  g_assert_cmpint (json_object_get_int_member (problem, "status"), ==, status);
  g_assert_cmpstr (json_object_get_string_member (problem, "detail"), !=, "");
}

/**
 * test_login:
 *
 * Returns: (transfer full): the access token of a fresh session
 */
char *
test_login (TestServer  *server,
            const char  *email,
            char       **refresh_token)
{
  g_autofree char *body = g_strdup_printf ("{\"email\":\"%s\",\"password\":\"" DEMO_PASSWORD "\"}", email);
  g_autoptr(TestResponse) response = test_http (server, "POST", "/api/v1/auth/login", NULL, body);
  JsonObject *object;

  g_assert_cmpuint (response->status, ==, 200);
  object = test_response_object (response);
  if (refresh_token != NULL)
    *refresh_token = g_strdup (json_object_get_string_member (object, "refresh_token"));
  return g_strdup (json_object_get_string_member (object, "access_token"));
}

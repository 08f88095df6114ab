/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Nothing acknowledged is lost: a stream of writes (service requests, and
 * two approvals of one quote racing under different keys), the server
 * killed with SIGKILL in the middle of it, restarted on the same database.
 * Every write answered 2xx is there, nothing is half-written, and every
 * key sent again replays its first answer, or, if none came, acts once. */

#define N_REQUESTS 160
#define KILL_AFTER 40
#define FURNACE "/api/v1/quotes/quo_demo0furnace"

typedef struct {
  char    *path;
  char    *key;
  char    *body;
  guint    status;       /* 0: no answer came */
  GBytes  *answer;
} Write;

typedef struct {
  TestServer *server;
  GPtrArray  *writes;
  guint       pending;
  guint       acknowledged;
  gboolean    killed;
  guint       kill_after;
} Stream;

static void
write_free (Write *write)
{
  g_free (write->path);
  g_free (write->key);
  g_free (write->body);
  g_clear_pointer (&write->answer, g_bytes_unref);
  g_free (write);
}

static void
sent_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source_object), result);
  Stream *stream = g_object_get_data (G_OBJECT (msg), "stream");
  Write *write = user_data;
  g_autoptr(GBytes) bytes = soup_session_send_and_read_finish (SOUP_SESSION (source_object), result, NULL);

  if (bytes != NULL && SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (msg)))
    {
      write->status = soup_message_get_status (msg);
      write->answer = g_bytes_ref (bytes);
      stream->acknowledged++;
    }
  else if (bytes != NULL && soup_message_get_status (msg) >= 400)
    {
      /* A refusal is an answer too (the losing approval: 409). */
      write->status = soup_message_get_status (msg);
      write->answer = g_bytes_ref (bytes);
    }

  if (stream->acknowledged >= stream->kill_after && !stream->killed)
    {
      stream->killed = TRUE;
      test_server_kill_keep_files (stream->server);
      stream->server = NULL;
    }
  stream->pending--;
}

static void
send_all (Stream      *stream,
          SoupSession *session,
          const char  *token)
{
  for (guint i = 0; i < stream->writes->len; i++)
    {
      Write *write = g_ptr_array_index (stream->writes, i);
      g_autoptr(GBytes) body = g_bytes_new (write->body, strlen (write->body));
      g_autoptr(SoupMessage) msg = test_http_message (stream->server, "POST", write->path, token, write->key,
                                                      "application/json", body);

      g_object_set_data (G_OBJECT (msg), "stream", stream);
      stream->pending++;
      soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, sent_cb, write);
    }
  while (stream->pending > 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_kill_mid_stream (void)
{
  TestServer *server = test_server_start (TRUE);
  g_autofree char *dir = g_strdup (server->dir);
  g_autofree char *token = test_login (server, "customer@example.com", NULL);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("max-conns-per-host", 8, "timeout", 30, NULL);
  Stream stream = { server, g_ptr_array_new_with_free_func ((GDestroyNotify) write_free), 0, 0, FALSE, KILL_AFTER };
  TestServer *again;
  g_autofree char *signature = test_signature_base64 ();
  guint approvals_answered = 0;
  guint committed_unanswered = 0;

  for (guint i = 0; i < N_REQUESTS; i++)
    {
      Write *write = g_new0 (Write, 1);

      write->path = g_strdup ("/api/v1/requests");
      write->key = g_strdup_printf ("kill-request-%u", i);
      write->body = g_strdup_printf ("{\"kind\": \"job\", \"service_type_id\": \"svc_plumbing\","
                                     " \"property_id\": \"prp_demo0maya0okafor_1\","
                                     " \"description\": \"kill test %u\", \"preferred_timing\": \"asap\"}", i);
      g_ptr_array_add (stream.writes, write);

      /* Two approvals of one quote, under two keys, somewhere in the middle. */
      if (i == KILL_AFTER - 5 || i == KILL_AFTER - 4)
        {
          write = g_new0 (Write, 1);
          write->path = g_strdup (FURNACE "/approve");
          write->key = g_strdup_printf ("kill-approve-%u", i);
          write->body = test_approve_body (i % 2 == 0 ? "Maya Okafor" : "M. Okafor", signature, NULL);
          g_ptr_array_add (stream.writes, write);
        }
    }

  send_all (&stream, session, token);
  g_assert_true (stream.killed);
  g_assert_cmpuint (stream.acknowledged, <, stream.writes->len);

  again = test_server_start_at (dir, FALSE);

  /* Whole, and nothing half-written: each request has the key that made
   * it, each key that made something has it. */
  if (!test_server_is_postgresql (again))
    g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM pragma_integrity_check"
                                                    " WHERE integrity_check != 'ok'"), ==, 0);
  g_assert_cmpint (test_server_query_int (again,
                                          "SELECT COUNT(*) FROM requests r WHERE r.description LIKE 'kill test %'"
                                          " AND NOT EXISTS (SELECT 1 FROM idempotency_keys k"
                                          "                  WHERE k.location LIKE '%/' || r.id)"), ==, 0);
  g_assert_cmpint (test_server_query_int (again,
                                          "SELECT COUNT(*) FROM idempotency_keys k WHERE k.key LIKE 'kill-request-%'"
                                          " AND NOT EXISTS (SELECT 1 FROM requests r"
                                          "                  WHERE k.location LIKE '%/' || r.id)"), ==, 0);

  for (guint i = 0; i < stream.writes->len; i++)
    {
      Write *write = g_ptr_array_index (stream.writes, i);
      g_autoptr(TestResponse) retry = test_http_idempotent (again, write->path, token, write->key, write->body);

      if (write->status != 0)
        {
          /* Answered before: the same answer, word for word. */
          g_assert_cmpuint (retry->status, ==, write->status);
          if (SOUP_STATUS_IS_SUCCESSFUL (write->status))
            {
              g_assert_cmpstr (soup_message_headers_get_one (retry->headers, "Idempotent-Replayed"), ==, "true");
              g_assert_true (g_bytes_equal (retry->body, write->answer));
            }
        }
      else
        {
          /* Never answered: it happened once, or happens now. */
          g_assert_true (retry->status == 201 || retry->status == 200 || retry->status == 409);
          if (soup_message_headers_get_one (retry->headers, "Idempotent-Replayed") != NULL)
            committed_unanswered++;
        }

      if (g_str_has_suffix (write->path, "/approve") && retry->status == 200)
        approvals_answered++;
    }

  g_test_message ("%u writes, %u acknowledged before the kill, %u committed but never answered",
                  stream.writes->len, stream.acknowledged, committed_unanswered);

  /* Every key made exactly one request; the quote was approved once. */
  g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM requests WHERE description LIKE 'kill test %'"),
                   ==, N_REQUESTS);
  g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM quote_approvals"
                                                  " WHERE quote_id = 'quo_demo0furnace'"), ==, 1);
  g_assert_cmpuint (approvals_answered, ==, 1);

  g_ptr_array_unref (stream.writes);
  test_server_stop (again);
}

/* Payments in a stream, the server killed in the middle: every payment
 * the client retries with its key after the restart is charged once and
 * recorded once, whether its first try was answered, committed unanswered,
 * or lost. */
#define N_PAYMENTS 60
#define KILL_PAYMENTS_AFTER 15

static void
test_kill_mid_payments (void)
{
  TestServer *server = test_server_start (TRUE);
  g_autofree char *dir = g_strdup (server->dir);
  g_autofree char *token = test_login (server, "customer@example.com", NULL);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("max-conns-per-host", 8, "timeout", 30, NULL);
  Stream stream = { server, g_ptr_array_new_with_free_func ((GDestroyNotify) write_free), 0, 0, FALSE,
                    KILL_PAYMENTS_AFTER };
  TestServer *again;
  guint replayed = 0;

  for (guint i = 0; i < N_PAYMENTS; i++)
    {
      Write *write = g_new0 (Write, 1);
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date,"
        " title, issued_on, created_at)"
        " VALUES ('inv_kill%u', '" MAYA_ID "', 'K-%u', 'open', 'USD', 2500, 2500, '2999-01-01', 'Kill test',"
        " '2026-01-01', '2026-01-01T00:00:00Z')", i, i);

      test_server_exec_sql (server, sql);
      write->path = g_strdup ("/api/v1/payments");
      write->key = g_strdup_printf ("kill-pay-%u", i);
      write->body = g_strdup_printf ("{\"lines\": [{\"invoice_id\": \"inv_kill%u\", \"amount_minor\": 2500}],"
                                     " \"payment_method_id\": \"pm_demo0maya0visa\"}", i);
      g_ptr_array_add (stream.writes, write);
    }

  send_all (&stream, session, token);
  g_assert_true (stream.killed);
  g_assert_cmpuint (stream.acknowledged, <, stream.writes->len);

  again = test_server_start_at (dir, FALSE);
  for (guint i = 0; i < stream.writes->len; i++)
    {
      Write *write = g_ptr_array_index (stream.writes, i);
      g_autoptr(TestResponse) retry = test_http_idempotent (again, write->path, token, write->key, write->body);

      g_assert_cmpuint (retry->status, ==, 201);
      if (write->status != 0)
        g_assert_true (g_bytes_equal (retry->body, write->answer));
      if (soup_message_headers_get_one (retry->headers, "Idempotent-Replayed") != NULL)
        replayed++;
    }
  g_test_message ("%u payments, %u acknowledged before the kill, %u already made when retried",
                  stream.writes->len, stream.acknowledged, replayed);

  /* Each invoice paid once, by one charge the gateway took once. */
  g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM payments p JOIN invoices i"
                                                  " ON i.id = p.invoice_id WHERE i.title = 'Kill test'"), ==,
                   N_PAYMENTS);
  g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM invoices WHERE title = 'Kill test'"
                                                  " AND status = 'paid' AND balance_minor = 0"), ==, N_PAYMENTS);
  g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM demo_gateway_charges"
                                                  " WHERE amount_minor = 2500"), ==, N_PAYMENTS);
  g_assert_cmpint (test_server_query_int (again, "SELECT COUNT(*) FROM payment_charges"
                                                  " WHERE amount_minor = 2500"), ==, N_PAYMENTS);

  g_ptr_array_unref (stream.writes);
  test_server_stop (again);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/server/durability/kill-mid-stream", test_kill_mid_stream);
  g_test_add_func ("/server/durability/kill-mid-payments", test_kill_mid_payments);
  return g_test_run ();
}

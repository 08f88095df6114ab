/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "ds-call-private.h"
#include "ds-idempotency-store.h"
#include "ds-listener.h"
#include "ds-problem.h"
#include "ds-server.h"
#include "ds-session-store.h"
#include "ds-workers.h"

/* The main loop's share of a request: libsoup reads it; the early handler
 * finds its route (once) and refuses a body too large from its headers;
 * the handler copies what the request says into a DsCall, pauses the
 * message and hands the call to a worker (ds-dispatch.c runs it there);
 * when the worker is done, its reply is copied onto the message, which
 * goes on. Nothing here waits for the database or draws anything, so one
 * slow request holds up only itself. */

struct _DsServer {
  SoupServer     *soup;
  DsListener     *listener;
  DsDispatcher   *dispatcher;
  DsWorkers      *workers;
  char           *base_url;
  guint           prune_id;
  gboolean        pruning;
  gboolean        stopping;
};

/* What the early handler found, kept on the message for its handler. */
typedef struct {
  const DsRoute *route;
  GHashTable    *params;
  char          *allowed;
  GError        *error;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_clear_pointer (&found->params, g_hash_table_unref);
  g_free (found->allowed);
  g_clear_error (&found->error);
  g_free (found);
}

static GQuark
found_quark (void)
{
  return g_quark_from_static_string ("ds-server-found");
}

static Found *
find_route (DsServer          *server,
            SoupServerMessage *msg,
            const char        *path)
{
  Found *found = g_object_get_qdata (G_OBJECT (msg), found_quark ());

  if (found != NULL)
    return found;
  found = g_new0 (Found, 1);
  found->route = ds_router_find (server->dispatcher->router, soup_server_message_get_method (msg), path,
                                 &found->params, &found->allowed, &found->error);
  g_object_set_qdata_full (G_OBJECT (msg), found_quark (), found, found_free);
  return found;
}

static void
early_handler_cb (SoupServer        *soup,
                  SoupServerMessage *msg,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  DsServer *server = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  gsize limit = ds_route_get_max_body (find_route (server, msg, path)->route);

  /* A route that takes large bodies (uploads) wants their length first, so
   * that one too large is refused before it is read. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CHUNKED && limit > DOORSTEP_JSON_BODY_MAX)
    {
      ds_problem_set (msg, 411, "length-required", "Send the file with a Content-Length header.");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
      return;
    }
  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    return;

  /* Refuse an oversized body from its headers, before reading a byte of it. */
  if (soup_message_headers_get_content_length (headers) > (goffset) limit)
    {
      ds_problem_set_too_large (msg, limit);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
    }
}

/* Copies @reply onto @msg. */
static void
apply_reply (SoupServerMessage *msg,
             const DsReply     *reply,
             const char        *cache_status)
{
  SoupMessageHeaders *request_headers = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  g_auto(GStrv) pairs = ds_reply_get_headers (reply);
  GBytes *body = ds_reply_get_body (reply);

  /* libsoup answers a Range of a 200 itself; the dispatcher has decided. */
  soup_message_headers_remove (request_headers, "Range");
  soup_message_headers_remove (request_headers, "If-Range");

  soup_server_message_set_status (msg, ds_reply_get_status (reply), NULL);
  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  for (guint i = 0; pairs[i] != NULL; i += 2)
    soup_message_headers_replace (headers, pairs[i], pairs[i + 1]);
  if (cache_status != NULL)
    soup_message_headers_replace (headers, "Cache-Status", cache_status);
  if (body != NULL)
    {
      soup_message_headers_set_content_type (headers, ds_reply_get_content_type (reply), NULL);
      soup_message_body_append_bytes (soup_server_message_get_response_body (msg), body);
    }
}

static void
respond_now (SoupServerMessage *msg,
             DsReply           *reply)
{
  apply_reply (msg, reply, NULL);
  ds_reply_free (reply);
}

typedef struct {
  DsServer          *server;
  SoupServerMessage *msg;
  DsCall            *call;
} Pending;

static void
run_call_cb (gpointer  data,
             DsDb     *db)
{
  Pending *pending = data;

  if (db == NULL)
    {
      pending->call->reply = ds_reply_problem (503, "busy", "The server is busy. Try again in a moment.");
      ds_reply_set_header (pending->call->reply, "Retry-After", "1");
      return;
    }
  ds_dispatcher_run (pending->server->dispatcher, pending->call, db);
}

static void
call_done_cb (gpointer data)
{
  Pending *pending = data;

  /* A server going away has disconnected its clients already. */
  if (!pending->server->stopping)
    {
      apply_reply (pending->msg, pending->call->reply, pending->call->cache_status);
      soup_server_message_unpause (pending->msg);
    }
  g_object_unref (pending->msg);
  ds_call_free (pending->call);
  g_free (pending);
}

/* Copies what the dispatcher reads of the request into @call: the
 * message stays on the main loop. */
static void
read_request (DsCall            *call,
              SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *host = soup_server_message_get_remote_host (msg);

  for (guint i = 0; i < DS_N_HEADERS; i++)
    call->headers[i] = g_strdup (soup_message_headers_get_one (headers, ds_header_names[i]));
  if (call->route->body != DS_BODY_NONE)
    call->body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  call->remote_address = g_strdup (host);
}

static void
handler_cb (SoupServer        *soup,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *soup_query,
            gpointer           user_data)
{
  DsServer *server = user_data;
  Found *found = find_route (server, msg, path);
  const char *method = soup_server_message_get_method (msg);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) query = NULL;
  Pending *pending;

  if (found->error != NULL)
    {
      respond_now (msg, ds_reply_for_error (found->error));
      return;
    }
  if (found->route == NULL)
    {
      DsReply *reply;

      if (found->allowed != NULL)
        {
          g_autofree char *detail = g_strdup_printf ("This address accepts %s, not %s.", found->allowed, method);

          reply = ds_reply_problem (405, "method-not-allowed", detail);
          ds_reply_set_header (reply, "Allow", found->allowed);
        }
      else
        reply = ds_reply_problem (404, "not-found", "There is nothing at this address.");
      respond_now (msg, reply);
      return;
    }

  /* The query as it came: libsoup's own reading cuts a value at a NUL. */
  query = ds_query_decode (g_uri_get_query (soup_server_message_get_uri (msg)), &error);
  if (query == NULL)
    {
      respond_now (msg, ds_reply_for_error (error));
      return;
    }

  pending = g_new0 (Pending, 1);
  pending->server = server;
  pending->msg = g_object_ref (msg);
  pending->call = ds_call_new (server->dispatcher, found->route, method, path,
                               g_uri_get_query (soup_server_message_get_uri (msg)),
                               g_steal_pointer (&found->params), g_steal_pointer (&query));
  read_request (pending->call, msg);
  soup_server_message_pause (msg);
  ds_workers_push (server->workers, found->route->lane, run_call_cb, call_done_cb, pending);
}

/* Pruning */

typedef struct {
  DsServer       *server;
  DsServerConfig  config;
} PruneJob;

/**
 * ds_server_prune:
 * @now: seconds since the epoch
 * @deleted: (out) (optional): how many rows went
 *
 * Drops every row no request can use any more, so that the tables of
 * sessions, tokens, login failures and idempotency keys stay as large as
 * the traffic of their lifetimes, not of all time. The server does it
 * every --prune-interval, on a worker.
 */
gboolean
ds_server_prune (DsDb                  *db,
                 const DsServerConfig  *config,
                 gint64                 now,
                 guint                 *deleted,
                 GError               **error)
{
  guint sessions = 0, keys = 0;

  if (!ds_session_store_prune (db, now, now - config->failure_window_seconds, &sessions, error) ||
      !ds_idempotency_store_prune (db, NULL, now, &keys, error))
    return FALSE;
  if (deleted != NULL)
    *deleted = sessions + keys;
  return TRUE;
}

static void
prune_cb (gpointer  data,
          DsDb     *db)
{
  PruneJob *job = data;
  g_autoptr(GError) error = NULL;
  guint deleted = 0;

  if (db == NULL)
    return;
  if (!ds_server_prune (db, &job->config, g_get_real_time () / G_USEC_PER_SEC, &deleted, &error))
    g_warning ("Could not drop what has expired: %s", error->message);
  else if (deleted > 0)
    g_debug ("Dropped %u expired rows", deleted);
}

static void
prune_done_cb (gpointer data)
{
  PruneJob *job = data;

  job->server->pruning = FALSE;
  g_free (job);
}

static gboolean
prune_timeout_cb (gpointer user_data)
{
  DsServer *server = user_data;
  PruneJob *job;

  if (server->pruning)
    return G_SOURCE_CONTINUE;
  server->pruning = TRUE;
  job = g_new0 (PruneJob, 1);
  job->server = server;
  job->config = server->dispatcher->config;
  ds_workers_push (server->workers, DS_LANE_SLOW, prune_cb, prune_done_cb, job);
  return G_SOURCE_CONTINUE;
}

/**
 * ds_server_new:
 * @db_location: the database, as ds_db_open() takes it; each worker opens
 *   its own connection to it (it is already migrated)
 */
DsServer *
ds_server_new (const char            *db_location,
               const DsServerConfig  *config,
               GError               **error)
{
  DsServer *server;

  g_return_val_if_fail (db_location != NULL, NULL);
  g_return_val_if_fail (config != NULL, NULL);

  server = g_new0 (DsServer, 1);
  server->dispatcher = ds_dispatcher_new (config);
  server->workers = ds_workers_new (db_location, config->quick_workers, config->slow_workers, error);
  if (server->workers == NULL)
    {
      ds_server_free (server);
      return NULL;
    }
  server->soup = soup_server_new ("server-header", "doorstep-server/" PACKAGE_VERSION " ", NULL);
  server->listener = ds_listener_new (server->soup, &config->limits);
  if (config->prune_interval_seconds > 0)
    {
      server->prune_id = g_timeout_add_seconds (config->prune_interval_seconds, prune_timeout_cb, server);
      prune_timeout_cb (server);
    }

  soup_server_add_early_handler (server->soup, NULL, early_handler_cb, server, NULL);
  soup_server_add_handler (server->soup, NULL, handler_cb, server, NULL);
  return server;
}

void
ds_server_free (DsServer *server)
{
  if (server == NULL)
    return;
  server->stopping = TRUE;
  g_clear_handle_id (&server->prune_id, g_source_remove);
  g_clear_pointer (&server->listener, ds_listener_free);
  if (server->soup != NULL)
    soup_server_disconnect (server->soup);
  /* The work under way finishes, and its messages with it, before the
   * server they belong to goes. */
  g_clear_pointer (&server->workers, ds_workers_free);
  g_clear_object (&server->soup);
  g_clear_pointer (&server->dispatcher, ds_dispatcher_free);
  g_free (server->base_url);
  g_free (server);
}

gboolean
ds_server_listen (DsServer    *server,
                  const char  *host,
                  guint        port,
                  GError     **error)
{
  g_autoptr(GInetAddress) address = NULL;
  g_autoptr(GSocketAddress) socket_address = NULL;
  g_autoptr(GSocketAddress) effective = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (server != NULL, FALSE);

  address = g_inet_address_new_from_string (host);
  if (address == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "“%s” is not an IP address to listen on", host);
      return FALSE;
    }

  socket_address = g_inet_socket_address_new (address, (guint16) port);
  effective = ds_listener_add_address (server->listener, socket_address, error);
  if (effective == NULL)
    return FALSE;

  if (server->base_url == NULL)
    {
      GInetSocketAddress *inet = G_INET_SOCKET_ADDRESS (effective);

      text = g_inet_address_to_string (g_inet_socket_address_get_address (inet));
      server->base_url = g_strdup_printf (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV6
                                          ? "http://[%s]:%u" : "http://%s:%u",
                                          text, g_inet_socket_address_get_port (inet));
    }
  return TRUE;
}

/**
 * ds_server_get_base_url:
 *
 * Returns: (transfer full) (nullable): "http://HOST:PORT" of the first
 *   address listened on
 */
char *
ds_server_get_base_url (DsServer *server)
{
  return g_strdup (server->base_url);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "ds-answer-cache.h"
#include "ds-context-private.h"
#include "ds-idempotency.h"
#include "ds-listener.h"
#include "ds-router.h"
#include "ds-server.h"
#include "ds-session-store.h"

/* The HTTP core. One SoupServer handler takes every request: it finds the
 * route, checks the access token and the role, and hands the handler a
 * context to answer through. Nothing here knows any resource. */

struct _DsServer {
  SoupServer     *soup;
  DsListener     *listener;
  DsDb           *db;
  DsServerConfig  config;
  char           *base_url;
  guint           prune_id;
  DsAnswerCache  *answers;      /* NULL when none are kept */
};

static gboolean
authenticate (DsContext *ctx,
              DsAccess   access)
{
  const char *header = ds_context_get_header (ctx, "Authorization");
  g_autoptr(GError) error = NULL;
  DsIdentity *identity;

  if (header == NULL || g_ascii_strncasecmp (header, "Bearer ", 7) != 0 || header[7] == '\0')
    {
      ds_context_set_header (ctx, "WWW-Authenticate", "Bearer");
      ds_context_respond_problem (ctx, 401, "unauthorized",
                                  "Sign in to continue: this request needs an access token.");
      return FALSE;
    }

  if (!ds_session_store_identify (ds_context_get_db (ctx), header + 7, &identity, &error))
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  if (identity == NULL)
    {
      ds_context_set_header (ctx, "WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ds_context_respond_problem (ctx, 401, "unauthorized",
                                  "Your session has expired or was ended. Sign in again.");
      return FALSE;
    }
  ds_context_set_identity (ctx, identity);

  /* A staff-only resource is not there at all for a customer. */
  if (access == DS_ACCESS_STAFF && !doorstep_role_is_staff (identity->role))
    {
      ds_context_respond_not_found (ctx, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
early_handler_cb (SoupServer        *soup,
                  SoupServerMessage *msg,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  gsize limit;

  limit = ds_route_get_max_body (ds_router_find (soup_server_message_get_method (msg), path, NULL, NULL));

  /* A route that takes large bodies (uploads) wants their length first, so
   * that one too large is refused before it is read. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CHUNKED && limit > DOORSTEP_JSON_BODY_MAX)
    {
      ds_problem_set (msg, 411, "length-required", "Send the file with a Content-Length header.", NULL);
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

/* Answers kept (ds-answer-cache.c)
 *
 * Only a plain GET by someone signed in may be answered from the cache:
 * its answer depends on the data, on who asks (the session: one person,
 * one role, one customer) and on what they ask (path and query), which
 * make the key, and on nothing else a handler reads. Conditional and
 * ranged requests, public routes, and answers other than a 200 in JSON
 * always run their handler. Each answer says which way it came in a
 * Cache-Status header (RFC 9211): "doorstep; hit" from the cache,
 * "doorstep; fwd=miss; stored" worked out and kept, "doorstep; fwd=miss"
 * worked out and not kept. */

static const char * const conditional_headers[] = {
  "If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since", "If-Range", "Range",
};

/* Headers an answer's replay gets anew rather than from the cache. */
static const char * const fresh_headers[] = {
  "Date", "Server", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection", "Cache-Status",
};

static char *
answer_key (DsServer      *server,
            DsContext     *ctx,
            const DsRoute *route)
{
  SoupServerMessage *msg = ds_context_get_message (ctx);
  const DsIdentity *identity = ds_context_get_identity (ctx);
  GUri *uri = soup_server_message_get_uri (msg);
  const char *query = g_uri_get_query (uri);

  if (server->answers == NULL || route->access == DS_ACCESS_PUBLIC || identity == NULL ||
      !g_str_equal (soup_server_message_get_method (msg), "GET"))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (conditional_headers); i++)
    if (ds_context_get_header (ctx, conditional_headers[i]) != NULL)
      return NULL;

  return g_strconcat (identity->session_id, " ", g_uri_get_path (uri),
                      query != NULL ? "?" : "", query != NULL ? query : "", NULL);
}

static gboolean
replay_answer (DsServer   *server,
               DsContext  *ctx,
               const char *version,
               const char *key)
{
  const DsAnswer *answer = ds_answer_cache_lookup (server->answers, version, key, g_get_monotonic_time ());

  if (answer == NULL)
    return FALSE;
  for (guint i = 0; answer->headers != NULL && answer->headers[i] != NULL; i += 2)
    ds_context_set_header (ctx, answer->headers[i], answer->headers[i + 1]);
  ds_context_set_header (ctx, "Cache-Status", "doorstep; hit");
  ds_context_respond_bytes (ctx, 200, answer->content_type, answer->body);
  return TRUE;
}

static gboolean
keep_answer (DsServer   *server,
             DsContext  *ctx,
             const char *version,
             const char *key)
{
  SoupServerMessage *msg = ds_context_get_message (ctx);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  const char *content_type = soup_message_headers_get_content_type (headers, NULL);
  g_autoptr(GStrvBuilder) kept = NULL;
  g_autoptr(GBytes) body = NULL;
  g_auto(GStrv) pairs = NULL;
  g_autofree char *after = NULL;
  SoupMessageHeadersIter iter;
  const char *name, *value;

  if (soup_server_message_get_status (msg) != 200 ||
      g_strcmp0 (content_type, "application/json") != 0)
    return FALSE;

  /* A read that wrote keeps nothing. */
  after = ds_db_get_data_version (server->db, NULL);
  if (g_strcmp0 (after, version) != 0)
    return FALSE;

  kept = g_strv_builder_new ();
  soup_message_headers_iter_init (&iter, headers);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    {
      gboolean fresh = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (fresh_headers) && !fresh; i++)
        fresh = g_ascii_strcasecmp (name, fresh_headers[i]) == 0;
      if (!fresh)
        {
          g_strv_builder_add (kept, name);
          g_strv_builder_add (kept, value);
        }
    }
  pairs = g_strv_builder_end (kept);
  body = soup_message_body_flatten (soup_server_message_get_response_body (msg));
  return ds_answer_cache_store (server->answers, version, key, g_get_monotonic_time (), body, content_type, pairs);
}

static void
run_handler (DsServer      *server,
             DsContext     *ctx,
             const DsRoute *route)
{
  g_autofree char *key = answer_key (server, ctx, route);
  g_autofree char *version = NULL;
  g_autoptr(GError) error = NULL;

  if (key != NULL && (version = ds_db_get_data_version (server->db, &error)) == NULL)
    g_warning ("Could not read the data version: %s", error->message);
  if (version != NULL && replay_answer (server, ctx, version, key))
    return;

  route->handler (ctx);

  if (version != NULL && ds_context_is_answered (ctx))
    ds_context_set_header (ctx, "Cache-Status",
                           keep_answer (server, ctx, version, key) ? "doorstep; fwd=miss; stored" : "doorstep; fwd=miss");
}

/* Routes and runs one request; returns whether it must run again, its
 * transaction having collided with another process's. */
static gboolean
dispatch (DsServer          *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gboolean           may_retry)
{
  g_autoptr(DsContext) ctx = ds_context_new (server, msg, query);
  g_autofree char *allowed = NULL;
  const char *method = soup_server_message_get_method (msg);
  const DsRoute *route;
  gboolean reading;

  ds_context_set_header (ctx, "Cache-Control", "no-store");
  if (may_retry)
    ds_context_allow_retry (ctx);

  route = ds_router_find (method, path, ds_context_get_params (ctx), &allowed);
  if (route == NULL)
    {
      if (allowed != NULL)
        {
          g_autofree char *detail = g_strdup_printf ("This address accepts %s, not %s.", allowed, method);

          ds_context_set_header (ctx, "Allow", allowed);
          ds_context_respond_problem (ctx, 405, "method-not-allowed", detail);
        }
      else
        ds_context_respond_not_found (ctx, NULL);
      return FALSE;
    }

  ds_context_set_route (ctx, route);

  /* A read sees one snapshot of the database, taken once. */
  reading = g_str_equal (method, "GET") || g_str_equal (method, "HEAD");
  if (reading)
    ds_db_begin_read (server->db);

  if (route->access == DS_ACCESS_PUBLIC || authenticate (ctx, route->access))
    run_handler (server, ctx, route);

  if (reading)
    ds_db_end_read (server->db);

  if (ds_context_wants_retry (ctx))
    return TRUE;
  if (!ds_context_is_answered (ctx))
    {
      g_critical ("%s %s: the handler gave no answer", method, path);
      ds_context_respond_problem (ctx, 500, "internal", "The server could not answer this request.");
    }
  return FALSE;
}

/* On PostgreSQL a write transaction is serializable: when it collides
 * with another process's, it is undone and the request runs again, as if
 * it had come a moment later. Past the last attempt the client gets 503
 * and Retry-After. */

static void
handler_cb (SoupServer        *soup,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  DsServer *server = user_data;

  for (guint attempt = 1; dispatch (server, msg, path, query, attempt < DS_TRANSACTION_ATTEMPTS); attempt++)
    soup_message_headers_clear (soup_server_message_get_response_headers (msg));
}

/**
 * ds_server_prune:
 * @now: seconds since the epoch
 * @deleted: (out) (optional): how many rows went
 *
 * Drops every row no request can use any more, so that the tables of
 * sessions, tokens, login failures and idempotency keys stay as large as
 * the traffic of their lifetimes, not of all time.
 */
gboolean
ds_server_prune (DsServer  *server,
                 gint64     now,
                 guint     *deleted,
                 GError   **error)
{
  guint sessions = 0, keys = 0;

  if (!ds_session_store_prune (server->db, now, now - server->config.failure_window_seconds, &sessions, error) ||
      !ds_idempotency_prune (server->db, now, &keys, error))
    return FALSE;
  if (deleted != NULL)
    *deleted = sessions + keys;
  return TRUE;
}

static gboolean
prune_cb (gpointer user_data)
{
  DsServer *server = user_data;
  g_autoptr(GError) error = NULL;
  guint deleted;

  if (!ds_server_prune (server, g_get_real_time () / G_USEC_PER_SEC, &deleted, &error))
    g_warning ("Could not drop what has expired: %s", error->message);
  else if (deleted > 0)
    g_debug ("Dropped %u expired rows", deleted);
  return G_SOURCE_CONTINUE;
}

DsServer *
ds_server_new (DsDb                 *db,
               const DsServerConfig *config)
{
  DsServer *server;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (config != NULL, NULL);

  server = g_new0 (DsServer, 1);
  server->db = db;
  server->config = *config;
  server->soup = soup_server_new ("server-header", "doorstep-server/" PACKAGE_VERSION " ", NULL);
  server->listener = ds_listener_new (server->soup, &config->limits);
  if (config->answer_cache_bytes > 0)
    server->answers = ds_answer_cache_new (config->answer_cache_bytes, config->answer_cache_seconds);
  if (config->prune_interval_seconds > 0)
    {
      server->prune_id = g_timeout_add_seconds (config->prune_interval_seconds, prune_cb, server);
      prune_cb (server);
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
  g_clear_handle_id (&server->prune_id, g_source_remove);
  g_clear_pointer (&server->listener, ds_listener_free);
  g_clear_pointer (&server->answers, ds_answer_cache_free);
  soup_server_disconnect (server->soup);
  g_clear_object (&server->soup);
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

DsDb *
ds_server_get_db (DsServer *server)
{
  return server->db;
}

const DsServerConfig *
ds_server_get_config (DsServer *server)
{
  return &server->config;
}

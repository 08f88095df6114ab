/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ds-auth.h"
#include "ds-server.h"

#define API_PREFIX "/api/v1"
#define PROBLEM_TYPE_PREFIX "urn:doorstep:problem:"

struct _DsServer {
  SoupServer     *soup;
  DsDb           *db;
  DsServerConfig  config;
};

struct _DsContext {
  gatomicrefcount     ref_count;
  DsServer           *server;
  SoupServerMessage  *msg;
  GHashTable         *query;
  GHashTable         *params;
  DsIdentity         *identity;
  const DsRoute      *route;
  gboolean            responded;
  gboolean            paused;
};

/* static helpers and callbacks */

static const char *
status_title (guint status)
{
  switch (status)
    {
    case 400: return "Bad request";
    case 401: return "Not signed in";
    case 403: return "Not allowed";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 409: return "Conflict";
    case 412: return "Changed by someone else";
    case 413: return "Too large";
    case 415: return "Unsupported media type";
    case 422: return "Invalid input";
    case 429: return "Too many attempts";
    case 500: return "Server error";
    default:  return soup_status_get_phrase (status);
    }
}

static void
identity_free (DsIdentity *identity)
{
  if (identity == NULL)
    return;
  g_free (identity->user_id);
  g_free (identity->session_id);
  g_free (identity->email);
  g_free (identity->display_name);
  g_free (identity->customer_id);
  g_free (identity);
}

static void
set_problem_body (SoupServerMessage *msg,
                  guint              status,
                  const char        *type,
                  const char        *detail,
                  GHashTable        *field_errors)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *type_uri = g_strconcat (PROBLEM_TYPE_PREFIX, type, NULL);
  char *body;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, type_uri);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, status_title (status));
  json_builder_set_member_name (builder, "status");
  json_builder_add_int_value (builder, status);
  json_builder_set_member_name (builder, "detail");
  json_builder_add_string_value (builder, detail);
  if (field_errors != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      json_builder_set_member_name (builder, "errors");
      json_builder_begin_object (builder);
      g_hash_table_iter_init (&iter, field_errors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          json_builder_set_member_name (builder, key);
          json_builder_add_string_value (builder, value);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  body = json_to_string (root, FALSE);
  length = strlen (body);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/problem+json",
                                    SOUP_MEMORY_TAKE, body, length);
}

/* Splits "/api/v1/a/b" into segments after the prefix; NULL if the path is
 * not under the API at all. */
static char **
split_api_path (const char *path)
{
  if (!g_str_has_prefix (path, API_PREFIX "/"))
    return NULL;
  return g_strsplit (path + strlen (API_PREFIX "/"), "/", -1);
}

static gboolean
match_route (const DsRoute  *route,
             char          **segments,
             GHashTable    *params)
{
  g_auto(GStrv) pattern = split_api_path (route->path);
  guint n = g_strv_length (pattern);

  g_assert (pattern != NULL);

  if (n != g_strv_length (segments))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (pattern[i][0] == '{')
        {
          g_autofree char *name = NULL;

          if (segments[i][0] == '\0')
            return FALSE;
          if (params != NULL)
            {
              name = g_strndup (pattern[i] + 1, strlen (pattern[i]) - 2);
              g_hash_table_insert (params, g_steal_pointer (&name),
                                   g_uri_unescape_string (segments[i], NULL));
            }
        }
      else if (!g_str_equal (pattern[i], segments[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
authenticate (DsContext *ctx,
              DsAccess   access)
{
  const char *header;
  g_autoptr(GError) error = NULL;

  header = ds_context_get_header (ctx, "Authorization");
  if (header == NULL || g_ascii_strncasecmp (header, "Bearer ", 7) != 0 || header[7] == '\0')
    {
      ds_context_set_header (ctx, "WWW-Authenticate", "Bearer");
      ds_context_respond_problem (ctx, 401, "unauthorized",
                                  "Sign in to continue: this request needs an access token.");
      return FALSE;
    }

  ctx->identity = ds_auth_identify (ctx->server->db, header + 7, &error);
  if (ctx->identity == NULL)
    {
      if (error != NULL)
        {
          ds_context_respond_error (ctx, error);
          return FALSE;
        }
      ds_context_set_header (ctx, "WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ds_context_respond_problem (ctx, 401, "unauthorized",
                                  "Your session has expired or was ended. Sign in again.");
      return FALSE;
    }

  /* A staff-only resource is not there at all for a customer. */
  if (access == DS_ACCESS_STAFF && !doorstep_role_is_staff (ctx->identity->role))
    {
      ds_context_respond_problem (ctx, 404, "not-found", "There is nothing at this address.");
      return FALSE;
    }

  return TRUE;
}

static gsize
route_max_body (const DsRoute *route)
{
  return route != NULL && route->max_body > 0 ? route->max_body : DOORSTEP_JSON_BODY_MAX;
}

static void
set_too_large (SoupServerMessage *msg,
               gsize              limit)
{
  g_autofree char *detail = g_strdup_printf ("The request body is larger than the %" G_GSIZE_FORMAT
                                             " MiB this server accepts here.",
                                             limit / (1024 * 1024));

  set_problem_body (msg, 413, "payload-too-large", detail, NULL);
}

/* The route for @method on the path split into @segments, or NULL. When
 * none has that method, @allowed (if given) collects the methods that the
 * path does answer. */
static const DsRoute *
find_route (const char  *method,
            char       **segments,
            GString    **allowed)
{
  const DsRoute *routes;
  guint n_routes;

  routes = ds_routes_get (&n_routes);
  for (guint i = 0; i < n_routes; i++)
    {
      if (!match_route (&routes[i], segments, NULL))
        continue;

      if (g_str_equal (routes[i].method, method))
        return &routes[i];

      if (allowed == NULL)
        continue;
      if (*allowed == NULL)
        *allowed = g_string_new (routes[i].method);
      else
        g_string_append_printf (*allowed, ", %s", routes[i].method);
    }

  return NULL;
}

static void
early_handler_cb (SoupServer        *soup,
                  SoupServerMessage *msg,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  g_auto(GStrv) segments = NULL;
  const DsRoute *route = NULL;
  gsize limit;

  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    return;

  segments = split_api_path (path);
  if (segments != NULL)
    route = find_route (soup_server_message_get_method (msg), segments, NULL);
  limit = route_max_body (route);

  /* Refuse an oversized body from its headers, before reading a byte of it. */
  if (soup_message_headers_get_content_length (headers) > (goffset) limit)
    {
      set_too_large (msg, limit);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Connection", "close");
    }
}

static void
handler_cb (SoupServer        *soup,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  DsServer *server = user_data;
  g_autoptr(DsContext) ctx = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GString) allowed = NULL;
  const char *method = soup_server_message_get_method (msg);
  const DsRoute *found = NULL;

  ctx = g_new0 (DsContext, 1);
  g_atomic_ref_count_init (&ctx->ref_count);
  ctx->server = server;
  ctx->msg = g_object_ref (msg);
  ctx->query = query != NULL ? g_hash_table_ref (query) : NULL;
  ctx->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Cache-Control", "no-store");

  segments = split_api_path (path);
  if (segments == NULL)
    {
      ds_context_respond_problem (ctx, 404, "not-found", "There is nothing at this address.");
      return;
    }

  found = find_route (method, segments, &allowed);

  if (found == NULL)
    {
      if (allowed != NULL)
        {
          g_autofree char *detail = g_strdup_printf ("This address accepts %s, not %s.",
                                                     allowed->str, method);
          ds_context_set_header (ctx, "Allow", allowed->str);
          ds_context_respond_problem (ctx, 405, "method-not-allowed", detail);
        }
      else
        ds_context_respond_problem (ctx, 404, "not-found", "There is nothing at this address.");
      return;
    }

  match_route (found, segments, ctx->params);
  ctx->route = found;

  if (found->access != DS_ACCESS_PUBLIC && !authenticate (ctx, found->access))
    return;

  found->handler (ctx);

  if (!ctx->responded && !ctx->paused)
    {
      g_critical ("%s %s: the handler gave no answer", method, path);
      ds_context_respond_problem (ctx, 500, "internal", "The server could not answer this request.");
    }
}

/* public API: the server */

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

  soup_server_add_early_handler (server->soup, NULL, early_handler_cb, server, NULL);
  soup_server_add_handler (server->soup, NULL, handler_cb, server, NULL);

  return server;
}

void
ds_server_free (DsServer *server)
{
  if (server == NULL)
    return;
  soup_server_disconnect (server->soup);
  g_clear_object (&server->soup);
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

  g_return_val_if_fail (server != NULL, FALSE);

  address = g_inet_address_new_from_string (host);
  if (address == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "“%s” is not an IP address to listen on", host);
      return FALSE;
    }

  socket_address = g_inet_socket_address_new (address, (guint16) port);
  return soup_server_listen (server->soup, socket_address, 0, error);
}

/**
 * ds_server_get_base_url:
 *
 * Returns: (transfer full): "http://HOST:PORT" of the first listener
 */
char *
ds_server_get_base_url (DsServer *server)
{
  g_autoslist(GUri) uris = soup_server_get_uris (server->soup);
  GUri *uri;

  if (uris == NULL)
    return NULL;

  uri = uris->data;
  return g_strdup_printf ("http://%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
}

/* public API: the request context */

DsContext *
ds_context_ref (DsContext *ctx)
{
  g_atomic_ref_count_inc (&ctx->ref_count);
  return ctx;
}

void
ds_context_unref (DsContext *ctx)
{
  if (!g_atomic_ref_count_dec (&ctx->ref_count))
    return;

  g_clear_object (&ctx->msg);
  g_clear_pointer (&ctx->query, g_hash_table_unref);
  g_clear_pointer (&ctx->params, g_hash_table_unref);
  g_clear_pointer (&ctx->identity, identity_free);
  g_free (ctx);
}

DsDb *
ds_context_get_db (DsContext *ctx)
{
  return ctx->server->db;
}

const DsServerConfig *
ds_context_get_config (DsContext *ctx)
{
  return &ctx->server->config;
}

const DsIdentity *
ds_context_get_identity (DsContext *ctx)
{
  return ctx->identity;
}

const char *
ds_context_get_param (DsContext  *ctx,
                      const char *name)
{
  return g_hash_table_lookup (ctx->params, name);
}

const char *
ds_context_get_query (DsContext  *ctx,
                      const char *name)
{
  return ctx->query != NULL ? g_hash_table_lookup (ctx->query, name) : NULL;
}

const char *
ds_context_get_header (DsContext  *ctx,
                       const char *name)
{
  return soup_message_headers_get_one (soup_server_message_get_request_headers (ctx->msg), name);
}

const char *
ds_context_get_remote_address (DsContext *ctx)
{
  const char *host = soup_server_message_get_remote_host (ctx->msg);
  return host != NULL ? host : "unknown";
}

void
ds_context_set_header (DsContext  *ctx,
                       const char *name,
                       const char *value)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (ctx->msg), name, value);
}

/**
 * ds_context_pause:
 *
 * For a handler that answers later (after work in a thread): keeps the
 * context and the connection alive until ds_context_resume().
 */
void
ds_context_pause (DsContext *ctx)
{
  g_assert (!ctx->paused);
  ctx->paused = TRUE;
  soup_server_message_pause (ctx->msg);
  ds_context_ref (ctx);
}

void
ds_context_resume (DsContext *ctx)
{
  g_assert (ctx->paused);
  ctx->paused = FALSE;
  if (!ctx->responded)
    ds_context_respond_problem (ctx, 500, "internal", "The server could not answer this request.");
  soup_server_message_unpause (ctx->msg);
  ds_context_unref (ctx);
}

/**
 * ds_context_read_json:
 *
 * Reads the request body as a JSON object. On any problem (wrong media
 * type, too large, malformed, not an object) it answers the request itself
 * and returns %NULL.
 *
 * Returns: (transfer full) (nullable): the object
 */
JsonObject *
ds_context_read_json (DsContext *ctx)
{
  SoupMessageBody *body = soup_server_message_get_request_body (ctx->msg);
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (ctx->msg);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *content_type;
  JsonNode *root;
  gsize size;
  const char *data;

  content_type = soup_message_headers_get_content_type (headers, NULL);
  if (content_type == NULL || g_ascii_strcasecmp (content_type, "application/json") != 0)
    {
      ds_context_respond_problem (ctx, 415, "unsupported-media-type",
                                  "Send the request body as application/json.");
      return NULL;
    }

  bytes = soup_message_body_flatten (body);
  data = g_bytes_get_data (bytes, &size);

  if (size > route_max_body (ctx->route))
    {
      g_assert (!ctx->responded);
      ctx->responded = TRUE;
      set_too_large (ctx->msg, route_max_body (ctx->route));
      return NULL;
    }

  if (size == 0 || !json_parser_load_from_data (parser, data, (gssize) size, &error))
    {
      ds_context_respond_problem (ctx, 400, "malformed-json",
                                  "The request body is not valid JSON.");
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      ds_context_respond_problem (ctx, 400, "malformed-json",
                                  "The request body must be a JSON object.");
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

/**
 * ds_context_hash_request:
 *
 * Returns: a SHA-256 of the method, path, query and body, which tells
 *   whether a retry with an idempotency key is the same request
 */
char *
ds_context_hash_request (DsContext *ctx)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (ctx->msg));
  GUri *uri = soup_server_message_get_uri (ctx->msg);
  const char *method = soup_server_message_get_method (ctx->msg);
  const char *path = g_uri_get_path (uri);
  const char *query = g_uri_get_query (uri);
  gsize size;
  const guchar *data = g_bytes_get_data (body, &size);

  /* NUL separators keep "a" + "bc" apart from "ab" + "c". */
  g_checksum_update (checksum, (const guchar *) method, (gssize) strlen (method) + 1);
  g_checksum_update (checksum, (const guchar *) path, (gssize) strlen (path) + 1);
  if (query != NULL)
    g_checksum_update (checksum, (const guchar *) query, (gssize) strlen (query));
  g_checksum_update (checksum, (const guchar *) "", 1);
  if (size > 0)
    g_checksum_update (checksum, data, (gssize) size);

  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * ds_context_get_limit:
 *
 * Reads the "limit" query parameter (default 50, 1 to 200). Answers 422
 * itself and returns %FALSE when it is not a number in that range.
 */
gboolean
ds_context_get_limit (DsContext *ctx,
                      guint     *limit)
{
  const char *value = ds_context_get_query (ctx, "limit");
  guint64 parsed;

  if (value == NULL)
    {
      *limit = DOORSTEP_PAGE_LIMIT_DEFAULT;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (value, 10, 1, DOORSTEP_PAGE_LIMIT_MAX, &parsed, NULL))
    {
      g_autoptr(GHashTable) errors = ds_field_errors_new ();
      ds_field_errors_add (errors, "limit", "Must be a whole number from 1 to 200.");
      ds_context_respond_invalid (ctx, errors);
      return FALSE;
    }

  *limit = (guint) parsed;
  return TRUE;
}

/**
 * ds_context_get_cursor:
 * @after: (out) (transfer full): the sort key and id of the last row of the
 *   page before, or %NULL for the first page
 *
 * Reads the "cursor" query parameter of a list. Answers 422 itself and
 * returns %FALSE when it is not a cursor this server made.
 */
gboolean
ds_context_get_cursor (DsContext   *ctx,
                       char      ***after)
{
  const char *cursor = ds_context_get_query (ctx, "cursor");

  *after = NULL;
  if (cursor == NULL)
    return TRUE;

  *after = ds_cursor_decode (cursor, 2);
  if (*after == NULL)
    {
      g_autoptr(GHashTable) errors = ds_field_errors_new ();
      ds_field_errors_add (errors, "cursor", "This cursor did not come from this list.");
      ds_context_respond_invalid (ctx, errors);
      return FALSE;
    }

  return TRUE;
}

/**
 * ds_context_resolve_customer:
 * @scope: what the caller means to do
 * @customer_id: (out) (transfer full) (nullable): whose portal data this
 *   request is about; %NULL only for %DS_SCOPE_READ_ALL_STAFF without a
 *   customer_id parameter
 *
 * The one place that decides whose data a customer-facing endpoint works
 * on. A customer always gets their own record (naming another one is 404);
 * staff preview a customer's portal by naming it in the customer_id query
 * parameter, which only reads. Answers the request itself and returns
 * %FALSE when the caller may not go on.
 */
gboolean
ds_context_resolve_customer (DsContext  *ctx,
                             DsScope     scope,
                             char      **customer_id)
{
  const DsIdentity *identity = ctx->identity;
  const char *requested = ds_context_get_query (ctx, "customer_id");
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (identity != NULL);
  *customer_id = NULL;

  if (!doorstep_role_is_staff (identity->role))
    {
      if (requested != NULL && g_strcmp0 (requested, identity->customer_id) != 0)
        {
          ds_context_respond_problem (ctx, 404, "not-found", "There is nothing at this address.");
          return FALSE;
        }
      *customer_id = g_strdup (identity->customer_id);
      return TRUE;
    }

  if (scope == DS_SCOPE_WRITE)
    {
      ds_context_respond_problem (ctx, 403, "forbidden",
                                  requested != NULL
                                  ? "Viewing a customer’s portal is read-only."
                                  : "Only a customer can do this from their portal.");
      return FALSE;
    }

  if (requested == NULL)
    {
      if (scope == DS_SCOPE_READ_ALL_STAFF)
        return TRUE;

      g_autoptr(GHashTable) errors = ds_field_errors_new ();
      ds_field_errors_add (errors, "customer_id", "Staff must name the customer whose portal to view.");
      ds_context_respond_invalid (ctx, errors);
      return FALSE;
    }

  stmt = ds_db_prepare (ctx->server->db, "SELECT 1 FROM customers WHERE id = ?", &error);
  if (stmt == NULL)
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  ds_stmt_bind_text (stmt, 1, requested);
  switch (ds_stmt_step (stmt, &error))
    {
    case DS_STEP_ROW:
      break;
    case DS_STEP_DONE:
      ds_context_respond_problem (ctx, 404, "not-found", "There is no such customer.");
      return FALSE;
    case DS_STEP_ERROR:
    default:
      ds_context_respond_error (ctx, error);
      return FALSE;
    }

  *customer_id = g_strdup (requested);
  return TRUE;
}

/**
 * ds_context_respond_json:
 * @node: (transfer full): the body
 */
void
ds_context_respond_json (DsContext *ctx,
                         guint      status,
                         JsonNode  *node)
{
  char *body = json_to_string (node, FALSE);

  g_assert (!ctx->responded);
  ctx->responded = TRUE;

  soup_server_message_set_status (ctx->msg, status, NULL);
  soup_server_message_set_response (ctx->msg, "application/json",
                                    SOUP_MEMORY_TAKE, body, strlen (body));
  json_node_unref (node);
}

/* An answer already in JSON text, as stored for an idempotent replay. */
void
ds_context_respond_json_text (DsContext  *ctx,
                              guint       status,
                              const char *body)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;

  soup_server_message_set_status (ctx->msg, status, NULL);
  soup_server_message_set_response (ctx->msg, "application/json",
                                    SOUP_MEMORY_COPY, body, strlen (body));
}

void
ds_context_respond_bytes (DsContext  *ctx,
                          guint       status,
                          const char *content_type,
                          GBytes     *body)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;

  soup_server_message_set_status (ctx->msg, status, NULL);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (ctx->msg),
                                         content_type, NULL);
  soup_message_body_append_bytes (soup_server_message_get_response_body (ctx->msg), body);
}

/**
 * ds_context_respond_page:
 * @stmt: the list query, bound with a LIMIT of @limit + 1
 * @key_column: the column the list is sorted by
 * @id_column: the id column that breaks ties
 * @write_row: adds one row's JSON object
 *
 * Answers one page of a list, {"items": [...], "next_cursor": ...}. The
 * extra row the query may return only tells that another page follows;
 * the cursor is the sort key and id of the last row sent.
 */
void
ds_context_respond_page (DsContext   *ctx,
                         DsStmt      *stmt,
                         guint        limit,
                         int          key_column,
                         int          id_column,
                         DsRowWriter  write_row)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *next_cursor = NULL;
  g_autofree char *last_key = NULL;
  g_autofree char *last_id = NULL;
  guint count = 0;
  DsStep step;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  while ((step = ds_stmt_step (stmt, &error)) == DS_STEP_ROW)
    {
      if (count == limit)
        {
          next_cursor = ds_cursor_encode (last_key, last_id, NULL);
          break;
        }
      count++;

      g_free (last_key);
      g_free (last_id);
      last_key = g_strdup (ds_stmt_get_text (stmt, key_column));
      last_id = g_strdup (ds_stmt_get_text (stmt, id_column));
      write_row (builder, stmt);
    }
  if (step == DS_STEP_ERROR)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  json_builder_end_array (builder);
  ds_json_add_nullable_string (builder, "next_cursor", next_cursor);
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

void
ds_context_respond_empty (DsContext *ctx,
                          guint      status)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;
  soup_server_message_set_status (ctx->msg, status, NULL);
}

/**
 * ds_context_respond_problem:
 * @type: the last part of the problem type, "not-found" for
 *   "urn:doorstep:problem:not-found"
 * @detail: what went wrong, in words the client can show
 */
void
ds_context_respond_problem (DsContext  *ctx,
                            guint       status,
                            const char *type,
                            const char *detail)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;
  set_problem_body (ctx->msg, status, type, detail, NULL);
}

void
ds_context_respond_invalid (DsContext  *ctx,
                            GHashTable *field_errors)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;
  set_problem_body (ctx->msg, 422, "validation",
                    g_hash_table_size (field_errors) == 1
                    ? "One field needs attention."
                    : "Some fields need attention.",
                    field_errors);
}

/**
 * ds_context_respond_error:
 *
 * Answers 500 (503 when the database is busy) for an internal failure. The
 * error's own message goes to the log, not to the client.
 */
void
ds_context_respond_error (DsContext    *ctx,
                          const GError *error)
{
  g_warning ("%s %s: %s",
             soup_server_message_get_method (ctx->msg),
             g_uri_get_path (soup_server_message_get_uri (ctx->msg)),
             error->message);

  if (g_error_matches (error, DS_DB_ERROR, DS_DB_ERROR_BUSY))
    {
      ds_context_set_header (ctx, "Retry-After", "1");
      ds_context_respond_problem (ctx, 503, "busy", "The server is busy. Try again in a moment.");
    }
  else
    ds_context_respond_problem (ctx, 500, "internal", "The server could not answer this request.");
}

/* public API: helpers for handlers */

/**
 * ds_json_get_string:
 * @errors: where a member of the wrong type is reported
 *
 * Returns: (nullable): the string member, or %NULL when it is missing,
 *   null, or not a string (then with "Must be a string." in @errors)
 */
const char *
ds_json_get_string (JsonObject *object,
                    const char *member,
                    GHashTable *errors)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      ds_field_errors_add (errors, member, "Must be a string.");
      return NULL;
    }
  return json_node_get_string (node);
}

GHashTable *
ds_field_errors_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
ds_field_errors_add (GHashTable *errors,
                     const char *field,
                     const char *message)
{
  /* The first complaint about a field is the one worth reading. */
  if (!g_hash_table_contains (errors, field))
    g_hash_table_insert (errors, g_strdup (field), g_strdup (message));
}

/**
 * ds_cursor_encode:
 * @first: the first sort key of the last row on the page
 * @...: more keys, then %NULL
 *
 * A cursor is the sort keys of the last row sent, opaque to clients.
 *
 * Returns: (transfer full): the cursor
 */
char *
ds_cursor_encode (const char *first,
                  ...)
{
  g_autoptr(GString) joined = g_string_new (first);
  const char *part;
  va_list args;

  va_start (args, first);
  while ((part = va_arg (args, const char *)) != NULL)
    {
      g_string_append_c (joined, '\x1f');
      g_string_append (joined, part);
    }
  va_end (args);

  return g_base64_encode ((const guchar *) joined->str, joined->len);
}

/**
 * ds_cursor_decode:
 *
 * Returns: (transfer full) (nullable): exactly @n_parts keys, or %NULL if
 *   @cursor is not one this server made
 */
char **
ds_cursor_decode (const char *cursor,
                  guint       n_parts)
{
  g_autofree guchar *decoded = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  gsize length = 0;

  if (cursor == NULL || *cursor == '\0' || strlen (cursor) > 2048)
    return NULL;

  for (const char *p = cursor; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=')
      return NULL;

  decoded = g_base64_decode (cursor, &length);
  text = g_strndup ((const char *) decoded, length);
  if (strlen (text) != length || !g_utf8_validate (text, -1, NULL))
    return NULL;

  parts = g_strsplit (text, "\x1f", -1);
  if (g_strv_length (parts) != n_parts)
    return NULL;

  return g_steal_pointer (&parts);
}

/**
 * ds_new_id:
 * @prefix: what kind of thing it names: "cus", "req"
 *
 * Returns: (transfer full): a new opaque id such as "cus_5g2k…", 80 random
 *   bits in lower-case base 32
 */
char *
ds_new_id (const char *prefix)
{
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  guchar bytes[10];
  GString *id = g_string_new (prefix);

  randombytes_buf (bytes, sizeof bytes);
  g_string_append_c (id, '_');
  for (guint i = 0; i < 16; i++)
    {
      guint bit = i * 5;
      guint value = ((guint) bytes[bit / 8] << 8 | (bit / 8 + 1 < sizeof bytes ? bytes[bit / 8 + 1] : 0));
      g_string_append_c (id, alphabet[(value >> (11 - bit % 8)) & 31]);
    }

  return g_string_free (id, FALSE);
}

char *
ds_now_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return doorstep_timestamp_format (now);
}

void
ds_json_add_money (JsonBuilder *builder,
                   const char  *member,
                   gint64       amount_minor,
                   const char  *currency)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "amount_minor");
  json_builder_add_int_value (builder, amount_minor);
  json_builder_set_member_name (builder, "currency");
  json_builder_add_string_value (builder, currency);
  json_builder_end_object (builder);
}

void
ds_json_add_nullable_string (JsonBuilder *builder,
                             const char  *member,
                             const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-context-private.h"
#include "ds-customer-store.h"

#define PROBLEM_TYPE_PREFIX "urn:doorstep:problem:"

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
  /* Whether a transaction that collided may run again, and whether it
   * should: the dispatcher then runs the handler anew. */
  gboolean            retry_allowed;
  gboolean            retry;
  char               *request_hash;  /* worked out once, when first asked */
};

/* Problem bodies */

const char *
ds_problem_title (guint status)
{
  switch (status)
    {
    case 400: return "Bad request";
    case 401: return "Not signed in";
    case 403: return "Not allowed";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 408: return "Request too slow";
    case 409: return "Conflict";
    case 411: return "Length required";
    case 412: return "Changed by someone else";
    case 413: return "Too large";
    case 414: return "Address too long";
    case 415: return "Unsupported media type";
    case 422: return "Invalid input";
    case 429: return "Too many attempts";
    case 431: return "Headers too large";
    case 500: return "Server error";
    case 503: return "Busy";
    default:  return soup_status_get_phrase (status);
    }
}

static char *problem_body_new (guint       status,
                               const char *type,
                               const char *detail,
                               GHashTable *field_errors,
                               const char *member,
                               const char *member_value);

/**
 * ds_problem_body_new:
 * @type: the last part of the problem type, "not-found" for
 *   "urn:doorstep:problem:not-found"
 * @field_errors: (nullable): field name → message, for "errors"
 *
 * Returns: (transfer full): an RFC 9457 problem+json body
 */
char *
ds_problem_body_new (guint       status,
                     const char *type,
                     const char *detail,
                     GHashTable *field_errors)
{
  return problem_body_new (status, type, detail, field_errors, NULL, NULL);
}

static char *
problem_body_new (guint       status,
                  const char *type,
                  const char *detail,
                  GHashTable *field_errors,
                  const char *member,
                  const char *member_value)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *type_uri = g_strconcat (PROBLEM_TYPE_PREFIX, type, NULL);

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "type", type_uri);
  ds_json_add_string (builder, "title", ds_problem_title (status));
  ds_json_add_int (builder, "status", status);
  ds_json_add_string (builder, "detail", detail);
  if (field_errors != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      ds_json_writer_set_member_name (builder, "errors");
      ds_json_writer_begin_object (builder);
      g_hash_table_iter_init (&iter, field_errors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        ds_json_add_string (builder, key, value);
      ds_json_writer_end_object (builder);
    }
  if (member != NULL)
    ds_json_add_string (builder, member, member_value);
  ds_json_writer_end_object (builder);
  return ds_json_writer_take_text (builder, NULL);
}

/* Makes @msg answer @status with a problem+json body; see ds_problem_body_new(). */
void
ds_problem_set (SoupServerMessage *msg,
                guint              status,
                const char        *type,
                const char        *detail,
                GHashTable        *field_errors)
{
  char *body = ds_problem_body_new (status, type, detail, field_errors);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/problem+json", SOUP_MEMORY_TAKE, body, strlen (body));
}

void
ds_problem_set_too_large (SoupServerMessage *msg,
                          gsize              limit)
{
  g_autofree char *detail = g_strdup_printf ("The request body is larger than the %" G_GSIZE_FORMAT
                                             " MiB this server accepts here.",
                                             limit / (1024 * 1024));

  ds_problem_set (msg, 413, "payload-too-large", detail, NULL);
}

void
ds_identity_free (DsIdentity *identity)
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

/* For the dispatcher */

DsContext *
ds_context_new (DsServer          *server,
                SoupServerMessage *msg,
                GHashTable        *query)
{
  DsContext *ctx = g_new0 (DsContext, 1);

  g_atomic_ref_count_init (&ctx->ref_count);
  ctx->server = server;
  ctx->msg = g_object_ref (msg);
  ctx->query = query != NULL ? g_hash_table_ref (query) : NULL;
  ctx->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return ctx;
}

SoupServerMessage *
ds_context_get_message (DsContext *ctx)
{
  return ctx->msg;
}

GHashTable *
ds_context_get_params (DsContext *ctx)
{
  return ctx->params;
}

void
ds_context_set_route (DsContext     *ctx,
                      const DsRoute *route)
{
  ctx->route = route;
}

/* @identity: (transfer full) */
void
ds_context_set_identity (DsContext  *ctx,
                         DsIdentity *identity)
{
  g_clear_pointer (&ctx->identity, ds_identity_free);
  ctx->identity = identity;
}

/* Whether the handler answered, or will answer later (paused). */
gboolean
ds_context_is_answered (DsContext *ctx)
{
  return ctx->responded || ctx->paused;
}

/* The dispatcher runs this request again if its transaction collides
 * with another (DS_DB_ERROR_SERIALIZATION), instead of answering 503. */
void
ds_context_allow_retry (DsContext *ctx)
{
  ctx->retry_allowed = TRUE;
}

gboolean
ds_context_wants_retry (DsContext *ctx)
{
  return ctx->retry;
}

/* public API */

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
  g_clear_pointer (&ctx->identity, ds_identity_free);
  g_free (ctx->request_hash);
  g_free (ctx);
}

DsDb *
ds_context_get_db (DsContext *ctx)
{
  return ds_server_get_db (ctx->server);
}

const DsServerConfig *
ds_context_get_config (DsContext *ctx)
{
  return ds_server_get_config (ctx->server);
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
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *detail = NULL;
  const char *content_type;
  JsonObject *object;
  gsize size, limit = ds_route_get_max_body (ctx->route);
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

  if (size > limit)
    {
      g_assert (!ctx->responded);
      ctx->responded = TRUE;
      ds_problem_set_too_large (ctx->msg, limit);
      return NULL;
    }

  object = ds_json_parse_body (data, size, &detail);
  if (object == NULL)
    ds_context_respond_problem (ctx, 400, "malformed-json", detail);
  return object;
}

/**
 * ds_context_get_body:
 *
 * Returns: (transfer full): the request body as it came, for a route
 *   whose body is not JSON (its size was bounded by the route's limit
 *   before it was read)
 */
GBytes *
ds_context_get_body (DsContext *ctx)
{
  return soup_message_body_flatten (soup_server_message_get_request_body (ctx->msg));
}

/**
 * ds_context_ignore_range:
 *
 * libsoup cuts any 200 answer to a GET down to the request's Range by
 * itself (If-Range aside); a handler that has decided about the range
 * (answering it, or answering whole) says so with this before it answers.
 */
void
ds_context_ignore_range (DsContext *ctx)
{
  soup_message_headers_remove (soup_server_message_get_request_headers (ctx->msg), "Range");
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
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GBytes) body = NULL;
  GUri *uri = soup_server_message_get_uri (ctx->msg);
  const char *method = soup_server_message_get_method (ctx->msg);
  const char *path = g_uri_get_path (uri);
  const char *query = g_uri_get_query (uri);
  gsize size;
  const guchar *data;

  /* Once per request: an upload asks before its work and again after. */
  if (ctx->request_hash != NULL)
    return g_strdup (ctx->request_hash);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  body = soup_message_body_flatten (soup_server_message_get_request_body (ctx->msg));
  data = g_bytes_get_data (body, &size);

  /* NUL separators keep "a" + "bc" apart from "ab" + "c". */
  g_checksum_update (checksum, (const guchar *) method, (gssize) strlen (method) + 1);
  g_checksum_update (checksum, (const guchar *) path, (gssize) strlen (path) + 1);
  if (query != NULL)
    g_checksum_update (checksum, (const guchar *) query, (gssize) strlen (query));
  g_checksum_update (checksum, (const guchar *) "", 1);
  if (size > 0)
    g_checksum_update (checksum, data, (gssize) size);

  ctx->request_hash = g_strdup (g_checksum_get_string (checksum));
  return g_strdup (ctx->request_hash);
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
  g_autoptr(GError) error = NULL;
  gboolean exists;

  g_assert (identity != NULL);
  *customer_id = NULL;

  if (!doorstep_role_is_staff (identity->role))
    {
      if (requested != NULL && g_strcmp0 (requested, identity->customer_id) != 0)
        {
          ds_context_respond_not_found (ctx, NULL);
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
      ds_context_respond_field_error (ctx, "customer_id", "Staff must name the customer whose portal to view.");
      return FALSE;
    }

  if (!ds_customer_store_exists (ds_context_get_db (ctx), requested, &exists, &error))
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  if (!exists)
    {
      ds_context_respond_not_found (ctx, "There is no such customer.");
      return FALSE;
    }

  *customer_id = g_strdup (requested);
  return TRUE;
}

/* Answers */

static void
begin_answer (DsContext *ctx,
              guint      status)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;
  soup_server_message_set_status (ctx->msg, status, NULL);
}

/**
 * ds_context_respond_json:
 * @writer: the body, whose text is taken out of it
 */
void
ds_context_respond_json (DsContext    *ctx,
                         guint         status,
                         DsJsonWriter *writer)
{
  gsize length;
  char *body = ds_json_writer_take_text (writer, &length);

  begin_answer (ctx, status);
  soup_server_message_set_response (ctx->msg, "application/json", SOUP_MEMORY_TAKE, body, length);
}

/* An answer already in JSON text, as stored for an idempotent replay. */
void
ds_context_respond_json_text (DsContext  *ctx,
                              guint       status,
                              const char *body)
{
  begin_answer (ctx, status);
  soup_server_message_set_response (ctx->msg, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

void
ds_context_respond_bytes (DsContext  *ctx,
                          guint       status,
                          const char *content_type,
                          GBytes     *body)
{
  begin_answer (ctx, status);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (ctx->msg),
                                         content_type, NULL);
  soup_message_body_append_bytes (soup_server_message_get_response_body (ctx->msg), body);
}

void
ds_context_respond_empty (DsContext *ctx,
                          guint      status)
{
  begin_answer (ctx, status);
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
  ds_problem_set (ctx->msg, status, type, detail, NULL);
}

/**
 * ds_context_respond_not_found:
 * @detail: (nullable): what is not there; %NULL for the address itself
 *
 * Answers 404. Something that exists but is not the caller's answers this
 * too, so nothing tells it exists.
 */
void
ds_context_respond_not_found (DsContext  *ctx,
                              const char *detail)
{
  ds_context_respond_problem (ctx, 404, "not-found",
                              detail != NULL ? detail : "There is nothing at this address.");
}

void
ds_context_respond_invalid (DsContext  *ctx,
                            GHashTable *field_errors)
{
  g_assert (!ctx->responded);
  ctx->responded = TRUE;
  ds_problem_set (ctx->msg, 422, "validation",
                  g_hash_table_size (field_errors) == 1
                  ? "One field needs attention."
                  : "Some fields need attention.",
                  field_errors);
}

/**
 * ds_context_respond_problem_full:
 * @field_errors: (nullable): the fields or lines at fault, for "errors"
 * @member: (nullable): an extension member, such as "action_url"
 *
 * A problem that names what it is about, for refusals other than 422.
 */
void
ds_context_respond_problem_full (DsContext  *ctx,
                                 guint       status,
                                 const char *type,
                                 const char *detail,
                                 GHashTable *field_errors,
                                 const char *member,
                                 const char *value)
{
  char *body;

  g_assert (!ctx->responded);
  ctx->responded = TRUE;
  body = problem_body_new (status, type, detail, field_errors, member, value);
  soup_server_message_set_status (ctx->msg, status, NULL);
  soup_server_message_set_response (ctx->msg, "application/problem+json", SOUP_MEMORY_TAKE, body, strlen (body));
}

/* Answers 422 naming one field, as for a query parameter out of range. */
void
ds_context_respond_field_error (DsContext  *ctx,
                                const char *field,
                                const char *message)
{
  g_autoptr(GHashTable) errors = ds_field_errors_new ();

  ds_field_errors_add (errors, field, message);
  ds_context_respond_invalid (ctx, errors);
}

/**
 * ds_context_respond_error:
 *
 * Answers 500 (503 when the database is busy) for an internal failure. The
 * error's own message goes to the log, not to the client. A transaction
 * that collided with a concurrent one was undone as a whole; the request
 * runs again from the start while the dispatcher allows it.
 */
void
ds_context_respond_error (DsContext    *ctx,
                          const GError *error)
{
  if (g_error_matches (error, DS_DB_ERROR, DS_DB_ERROR_SERIALIZATION) && ctx->retry_allowed && !ctx->paused)
    {
      g_debug ("%s %s: running it again: %s",
               soup_server_message_get_method (ctx->msg),
               g_uri_get_path (soup_server_message_get_uri (ctx->msg)),
               error->message);
      ctx->retry = TRUE;
      ctx->responded = TRUE;
      return;
    }

  g_warning ("%s %s: %s",
             soup_server_message_get_method (ctx->msg),
             g_uri_get_path (soup_server_message_get_uri (ctx->msg)),
             error->message);

  if (g_error_matches (error, DS_DB_ERROR, DS_DB_ERROR_BUSY) ||
      g_error_matches (error, DS_DB_ERROR, DS_DB_ERROR_SERIALIZATION))
    {
      ds_context_set_header (ctx, "Retry-After", "1");
      ds_context_respond_problem (ctx, 503, "busy", "The server is busy. Try again in a moment.");
    }
  else
    ds_context_respond_problem (ctx, 500, "internal", "The server could not answer this request.");
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-api-client.h"
#include "doorstep-quote.h"

/* The one HTTP client of the app, after GNOME Software's ODRS provider: it
 * owns the application's SoupSession, builds bodies with JsonBuilder and
 * checks status, media type and JSON shape before anything is used.
 *
 * A call that meets 401 refreshes the session once and tries again. Only one
 * refresh runs at a time: calls that meet 401 meanwhile wait for it, since
 * presenting the same refresh token twice would (rightly) end the session. */

#define API_PREFIX "/api/v1"

typedef GObject *(*ParseFunc) (DoorstepApiClient *self,
                               JsonObject        *object,
                               gpointer           call_data,
                               GError           **error);

typedef struct {
  char               *method;
  char               *path;       /* with its query string */
  GBytes             *body;
  gboolean            authenticated;
  gboolean            retried;
  char               *sent_token;  /* the access token it went out with */
  SoupMessage        *msg;
  ParseFunc           parse;
  GType               item_type;
  DoorstepItemParser  item_parser;
  char               *idempotency_key;
  gboolean            binary;      /* a 2xx answer is bytes (a PDF), not JSON */
} Call;

typedef struct {
  GHashTable *field_errors;
} DoorstepApiErrorPrivate;

struct _DoorstepApiClient {
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *access_token;
  char        *refresh_token;
  char        *acting_customer;
  /* Calls waiting on the refresh in flight; NULL when none is. */
  GPtrArray   *refresh_waiters;
};

G_DEFINE_FINAL_TYPE (DoorstepApiClient, doorstep_api_client, G_TYPE_OBJECT)

enum {
  SESSION_CHANGED,
  SESSION_ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
doorstep_api_error_private_init (DoorstepApiErrorPrivate *priv)
{
  priv->field_errors = NULL;
}

static void
doorstep_api_error_private_copy (const DoorstepApiErrorPrivate *src,
                                 DoorstepApiErrorPrivate       *dest)
{
  dest->field_errors = src->field_errors != NULL ? g_hash_table_ref (src->field_errors) : NULL;
}

static void
doorstep_api_error_private_clear (DoorstepApiErrorPrivate *priv)
{
  g_clear_pointer (&priv->field_errors, g_hash_table_unref);
}

G_DEFINE_EXTENDED_ERROR (DoorstepApiError, doorstep_api_error)

/**
 * doorstep_api_error_get_field_errors:
 *
 * Returns: (transfer none) (nullable): field name → message, for a
 *   %DOORSTEP_API_ERROR_VALIDATION error whose problem named fields
 */
GHashTable *
doorstep_api_error_get_field_errors (const GError *error)
{
  DoorstepApiErrorPrivate *priv = doorstep_api_error_get_private (error);

  return priv != NULL ? priv->field_errors : NULL;
}

/* static helpers and callbacks */

static void
call_free (Call *call)
{
  g_free (call->method);
  g_free (call->path);
  g_free (call->sent_token);
  g_free (call->idempotency_key);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_clear_object (&call->msg);
  g_free (call);
}

static char *
build_path (const char         *path,
            const char * const *query)
{
  GString *out = g_string_new (API_PREFIX);
  char sep = '?';

  g_string_append (out, path);
  for (guint i = 0; query != NULL && query[i] != NULL && query[i + 1] != NULL; i += 2)
    {
      /* A NULL-valued pair is skipped by leaving it out of the array. */
      g_string_append_c (out, sep);
      g_string_append_uri_escaped (out, query[i], NULL, FALSE);
      g_string_append_c (out, '=');
      g_string_append_uri_escaped (out, query[i + 1], NULL, FALSE);
      sep = '&';
    }

  return g_string_free (out, FALSE);
}

static GBytes *
node_to_bytes (JsonNode *node)
{
  char *text = json_to_string (node, FALSE);
  return g_bytes_new_take (text, strlen (text));
}

static GError *
error_for_transport (DoorstepApiClient *self,
                     GError            *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new (DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_TIMEOUT,
                        _("The server took too long to answer. Check your connection and try again."));

  g_debug ("Transport error talking to %s: %s", self->base_url, error->message);
  return g_error_new (DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_NETWORK,
                      _("Can’t reach the server at %s. Check your internet connection and try again."),
                      self->base_url);
}

static GError *
error_for_status (guint       status,
                  JsonObject *problem)
{
  const char *detail = NULL;
  GHashTable *fields = NULL;
  DoorstepApiError code;
  const char *fallback;
  GError *error;

  if (problem != NULL)
    {
      JsonObject *errors = doorstep_json_get_object (problem, "errors");

      detail = doorstep_json_get_string (problem, "detail");
      if (errors != NULL)
        {
          g_autoptr(GList) members = json_object_get_members (errors);

          fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          for (GList *l = members; l != NULL; l = l->next)
            {
              const char *message = doorstep_json_get_string (errors, l->data);

              if (message != NULL)
                g_hash_table_insert (fields, g_strdup (l->data), g_strdup (message));
            }
        }
    }

  switch (status)
    {
    case 401:
      code = DOORSTEP_API_ERROR_UNAUTHORIZED;
      fallback = _("Your session has ended. Sign in again.");
      break;
    case 403:
      code = DOORSTEP_API_ERROR_FORBIDDEN;
      fallback = _("You are not allowed to do this.");
      break;
    case 404:
      code = DOORSTEP_API_ERROR_NOT_FOUND;
      fallback = _("This is no longer there. It may have been removed.");
      break;
    case 409:
    case 412:
      code = DOORSTEP_API_ERROR_CONFLICT;
      fallback = _("Someone else changed this first. Reload to see their changes.");
      break;
    case 429:
      code = DOORSTEP_API_ERROR_RATE_LIMITED;
      fallback = _("Too many attempts. Wait a few minutes and try again.");
      break;
    default:
      if (status >= 500)
        {
          code = DOORSTEP_API_ERROR_SERVER;
          fallback = _("Something went wrong on the server. Try again in a moment.");
        }
      else
        {
          code = DOORSTEP_API_ERROR_VALIDATION;
          fallback = _("The server could not accept this. Check what you entered.");
        }
      break;
    }

  error = g_error_new_literal (DOORSTEP_API_ERROR, code, detail != NULL ? detail : fallback);
  if (fields != NULL)
    doorstep_api_error_get_private (error)->field_errors = fields;

  return error;
}

static void start_call (GTask *task);

static void
finish_refresh (DoorstepApiClient *self,
                const GError      *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->refresh_waiters);

  for (guint i = 0; i < waiters->len; i++)
    {
      GTask *task = g_ptr_array_index (waiters, i);

      if (error == NULL)
        start_call (g_object_ref (task));
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

static gboolean
store_session (DoorstepApiClient  *self,
               JsonObject         *object,
               GError            **error)
{
  const char *access = doorstep_json_get_string (object, "access_token");
  const char *refresh = doorstep_json_get_string (object, "refresh_token");

  if (access == NULL || refresh == NULL)
    {
      g_set_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                   _("The server sent an answer Doorstep does not understand (%s)."), "tokens");
      return FALSE;
    }

  g_free (self->access_token);
  g_free (self->refresh_token);
  self->access_token = g_strdup (access);
  self->refresh_token = g_strdup (refresh);

  /* The refresh token rotated; whoever keeps it must keep the new one. */
  g_signal_emit (self, signals[SESSION_CHANGED], 0);
  return TRUE;
}

static void
refresh_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepApiClient *self = DOORSTEP_API_CLIENT (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = g_task_propagate_pointer (G_TASK (result), &error);

  if (node != NULL && !store_session (self, json_node_get_object (node), &error))
    g_assert (error != NULL);

  if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED))
    {
      doorstep_api_client_forget_session (self);
      g_clear_error (&error);
      g_set_error_literal (&error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED,
                           _("Your session has ended. Sign in again."));
      finish_refresh (self, error);
      g_signal_emit (self, signals[SESSION_ENDED], 0);
      return;
    }

  finish_refresh (self, error);
}

static GTask *
new_call_task (DoorstepApiClient   *self,
               const char          *method,
               const char          *path,
               const char * const  *query,
               JsonNode            *body,
               gboolean             authenticated,
               ParseFunc            parse,
               gpointer             source_tag,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Call *call = g_new0 (Call, 1);

  call->method = g_strdup (method);
  call->path = build_path (path, query);
  call->body = body != NULL ? node_to_bytes (body) : NULL;
  call->authenticated = authenticated;
  call->parse = parse;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  return task;
}

static JsonNode *build_refresh_body (const char *refresh_token);

static void
start_refresh (DoorstepApiClient *self,
               GTask             *waiter)
{
  g_autoptr(JsonNode) body = NULL;

  if (self->refresh_waiters != NULL)
    {
      g_ptr_array_add (self->refresh_waiters, waiter);
      return;
    }

  self->refresh_waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->refresh_waiters, waiter);

  /* Not tied to any one caller's cancellable: the others still need it. */
  body = build_refresh_body (self->refresh_token);
  start_call (new_call_task (self, "POST", "/auth/refresh", NULL, body, FALSE, NULL,
                             start_refresh, NULL, refresh_cb, NULL));
}

static void
send_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepApiClient *self = g_task_get_source_object (task);
  Call *call = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = NULL;
  const char *content_type;
  JsonNode *root = NULL;
  guint status;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source_object), result, &error);
  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_error (task, error_for_transport (self, error));
      return;
    }

  status = soup_message_get_status (call->msg);

  if (status == 401 && call->authenticated && !call->retried && self->refresh_token != NULL)
    {
      call->retried = TRUE;
      /* Refreshed since this call went out: the new token is already here. */
      if (self->access_token != NULL && g_strcmp0 (call->sent_token, self->access_token) != 0)
        start_call (g_steal_pointer (&task));
      else
        start_refresh (self, g_steal_pointer (&task));
      return;
    }

  if (status == 204)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  if (call->binary && status >= 200 && status < 300)
    {
      g_task_return_pointer (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
      return;
    }

  content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (call->msg), NULL);
  if (content_type != NULL &&
      (g_str_equal (content_type, "application/json") ||
       g_str_equal (content_type, "application/problem+json")))
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      parser = json_parser_new_immutable ();
      if (json_parser_load_from_data (parser, data, (gssize) size, NULL))
        root = json_parser_get_root (parser);
    }

  if (status >= 200 && status < 300)
    {
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                                   _("The server sent an answer Doorstep does not understand."));
          return;
        }

      if (call->parse != NULL)
        {
          GObject *object = call->parse (self, json_node_get_object (root), call, &error);

          if (object == NULL)
            g_task_return_error (task, g_steal_pointer (&error));
          else
            g_task_return_pointer (task, object, g_object_unref);
          return;
        }

      g_task_return_pointer (task, json_node_ref (root), (GDestroyNotify) json_node_unref);
      return;
    }

  g_task_return_error (task, error_for_status (status,
                                               root != NULL && JSON_NODE_HOLDS_OBJECT (root)
                                               ? json_node_get_object (root) : NULL));
}

/* Sends (or re-sends) the call of @task, whose reference it takes. */
static void
start_call (GTask *task)
{
  DoorstepApiClient *self = g_task_get_source_object (task);
  Call *call = g_task_get_task_data (task);
  g_autofree char *url = NULL;
  SoupMessageHeaders *headers;

  if (self->base_url == NULL)
    {
      g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS,
                               _("Enter the address of your service provider’s server."));
      g_object_unref (task);
      return;
    }

  url = g_strconcat (self->base_url, call->path, NULL);
  g_clear_object (&call->msg);
  call->msg = soup_message_new (call->method, url);
  if (call->msg == NULL)
    {
      g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS,
                               _("“%s” is not a server address."), self->base_url);
      g_object_unref (task);
      return;
    }

  headers = soup_message_get_request_headers (call->msg);
  soup_message_headers_replace (headers, "Accept",
                                call->binary ? "application/pdf, application/problem+json"
                                             : "application/json, application/problem+json");
  if (call->idempotency_key != NULL)
    soup_message_headers_replace (headers, "Idempotency-Key", call->idempotency_key);
  g_free (call->sent_token);
  call->sent_token = g_strdup (self->access_token);
  if (call->authenticated && self->access_token != NULL)
    {
      g_autofree char *bearer = g_strconcat ("Bearer ", self->access_token, NULL);
      soup_message_headers_replace (headers, "Authorization", bearer);
    }
  if (call->body != NULL)
    soup_message_set_request_body_from_bytes (call->msg, "application/json", call->body);

  soup_session_send_and_read_async (self->session, call->msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), send_cb, task);
}

static gpointer
call_finish (DoorstepApiClient  *self,
             GAsyncResult       *result,
             gpointer            source_tag,
             GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static GObject *
parse_session (DoorstepApiClient  *self,
               JsonObject         *object,
               gpointer            call_data,
               GError            **error)
{
  JsonObject *user = doorstep_json_get_object (object, "user");

  if (user == NULL)
    {
      g_set_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                   _("The server sent an answer Doorstep does not understand (%s)."), "user");
      return NULL;
    }
  if (!store_session (self, object, error))
    return NULL;

  return G_OBJECT (doorstep_user_new_from_json (user, error));
}

static GObject *
parse_user (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return G_OBJECT (doorstep_user_new_from_json (object, error));
}

static GObject *
parse_health (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return G_OBJECT (doorstep_health_new_from_json (object, error));
}

static GObject *
parse_company (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return G_OBJECT (doorstep_company_new_from_json (object, error));
}

static GObject *
parse_dashboard (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return G_OBJECT (doorstep_dashboard_new_from_json (object, error));
}

static GObject *
parse_service_request (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return doorstep_service_request_new_from_json (object, error);
}

static GObject *
parse_quote (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return doorstep_quote_new_from_json (object, error);
}

static GObject *
parse_quote_counts (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  return G_OBJECT (doorstep_quote_counts_new_from_json (object, error));
}

static GObject *
parse_page (DoorstepApiClient *self, JsonObject *object, gpointer call_data, GError **error)
{
  Call *call = call_data;
  return G_OBJECT (doorstep_page_new_from_json (object, call->item_type, call->item_parser, error));
}

static JsonNode *
build_refresh_body (const char *refresh_token)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "refresh_token");
  json_builder_add_string_value (builder, refresh_token);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* vfuncs */

static void
doorstep_api_client_dispose (GObject *object)
{
  DoorstepApiClient *self = DOORSTEP_API_CLIENT (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (doorstep_api_client_parent_class)->dispose (object);
}

static void
doorstep_api_client_finalize (GObject *object)
{
  DoorstepApiClient *self = DOORSTEP_API_CLIENT (object);

  g_free (self->base_url);
  g_free (self->access_token);
  g_free (self->refresh_token);
  g_free (self->acting_customer);
  g_clear_pointer (&self->refresh_waiters, g_ptr_array_unref);

  G_OBJECT_CLASS (doorstep_api_client_parent_class)->finalize (object);
}

static void
doorstep_api_client_class_init (DoorstepApiClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_api_client_dispose;
  object_class->finalize = doorstep_api_client_finalize;

  /**
   * DoorstepApiClient::session-changed:
   *
   * New tokens arrived (sign-in or a rotation); the refresh token to keep
   * is doorstep_api_client_get_refresh_token().
   */
  signals[SESSION_CHANGED] = g_signal_new ("session-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);

  /**
   * DoorstepApiClient::session-ended:
   *
   * The server refused to refresh the session: the user must sign in again.
   */
  signals[SESSION_ENDED] = g_signal_new ("session-ended", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
doorstep_api_client_init (DoorstepApiClient *self)
{
  self->session = soup_session_new_with_options ("timeout", 30,
                                                 "idle-timeout", 60,
                                                 "user-agent", "Doorstep/" PACKAGE_VERSION " ",
                                                 NULL);
}

/* public API */

DoorstepApiClient *
doorstep_api_client_new (void)
{
  return g_object_new (DOORSTEP_TYPE_API_CLIENT, NULL);
}

const char *
doorstep_api_client_get_base_url (DoorstepApiClient *self)
{
  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (self), NULL);
  return self->base_url;
}

/**
 * doorstep_api_client_set_base_url:
 * @base_url: "http://host:port" of a doorstep-server, as a person typed it
 *
 * Points the client at a server, forgetting any session with the last one.
 * Accepts "host:port" without a scheme and drops trailing slashes.
 */
gboolean
doorstep_api_client_set_base_url (DoorstepApiClient  *self,
                                  const char         *base_url,
                                  GError            **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  gsize len;

  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (self), FALSE);

  trimmed = g_strstrip (g_strdup (base_url != NULL ? base_url : ""));
  len = strlen (trimmed);
  while (len > 0 && trimmed[len - 1] == '/')
    trimmed[--len] = '\0';

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS,
                           _("Enter the address of your service provider’s server."));
      return FALSE;
    }

  with_scheme = strstr (trimmed, "://") != NULL ? g_strdup (trimmed) : g_strconcat ("http://", trimmed, NULL);
  uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0) ||
      (g_uri_get_query (uri) != NULL))
    {
      g_set_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS,
                   _("“%s” is not a server address. It looks like http://example.com:8080."), trimmed);
      return FALSE;
    }

  if (g_strcmp0 (self->base_url, with_scheme) != 0)
    {
      doorstep_api_client_forget_session (self);
      g_free (self->base_url);
      self->base_url = g_steal_pointer (&with_scheme);
    }

  return TRUE;
}

const char *
doorstep_api_client_get_refresh_token (DoorstepApiClient *self)
{
  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (self), NULL);
  return self->refresh_token;
}

void
doorstep_api_client_forget_session (DoorstepApiClient *self)
{
  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  g_clear_pointer (&self->access_token, g_free);
  g_clear_pointer (&self->refresh_token, g_free);
  g_clear_pointer (&self->acting_customer, g_free);
}

const char *
doorstep_api_client_get_acting_customer (DoorstepApiClient *self)
{
  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (self), NULL);
  return self->acting_customer;
}

/**
 * doorstep_api_client_set_acting_customer:
 * @customer_id: (nullable): the customer whose portal a staff member
 *   previews, or %NULL to stop
 *
 * While set, portal reads (dashboard, requests) ask for this customer's
 * data. The server lets only staff do so, and only to read.
 */
void
doorstep_api_client_set_acting_customer (DoorstepApiClient *self,
                                         const char        *customer_id)
{
  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  g_free (self->acting_customer);
  self->acting_customer = g_strdup (customer_id);
}

void
doorstep_api_client_get_health_async (DoorstepApiClient   *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  start_call (new_call_task (self, "GET", "/health", NULL, NULL, FALSE, parse_health,
                             doorstep_api_client_get_health_async, cancellable, callback, user_data));
}

DoorstepHealth *
doorstep_api_client_get_health_finish (DoorstepApiClient  *self,
                                       GAsyncResult       *result,
                                       GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_health_async, error);
}

void
doorstep_api_client_login_async (DoorstepApiClient   *self,
                                 const char          *email,
                                 const char          *password,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));
  g_return_if_fail (email != NULL && password != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, email);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, password);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  doorstep_api_client_forget_session (self);
  start_call (new_call_task (self, "POST", "/auth/login", NULL, body, FALSE, parse_session,
                             doorstep_api_client_login_async, cancellable, callback, user_data));
}

DoorstepUser *
doorstep_api_client_login_finish (DoorstepApiClient  *self,
                                  GAsyncResult       *result,
                                  GError            **error)
{
  return call_finish (self, result, doorstep_api_client_login_async, error);
}

/**
 * doorstep_api_client_resume_async:
 * @refresh_token: the token kept from an earlier session
 *
 * Signs in silently by refreshing a kept session.
 */
void
doorstep_api_client_resume_async (DoorstepApiClient   *self,
                                  const char          *refresh_token,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));
  g_return_if_fail (refresh_token != NULL);

  doorstep_api_client_forget_session (self);
  body = build_refresh_body (refresh_token);
  start_call (new_call_task (self, "POST", "/auth/refresh", NULL, body, FALSE, parse_session,
                             doorstep_api_client_resume_async, cancellable, callback, user_data));
}

DoorstepUser *
doorstep_api_client_resume_finish (DoorstepApiClient  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  return call_finish (self, result, doorstep_api_client_resume_async, error);
}

/**
 * doorstep_api_client_logout_async:
 *
 * Ends the session on the server and forgets it here. The local session is
 * forgotten at once, whatever the server answers.
 */
void
doorstep_api_client_logout_async (DoorstepApiClient   *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  if (self->refresh_token == NULL)
    {
      task = g_task_new (self, cancellable, callback, user_data);
      g_task_set_source_tag (task, doorstep_api_client_logout_async);
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  body = build_refresh_body (self->refresh_token);
  doorstep_api_client_forget_session (self);
  start_call (new_call_task (self, "POST", "/auth/logout", NULL, body, FALSE, NULL,
                             doorstep_api_client_logout_async, cancellable, callback, user_data));
}

gboolean
doorstep_api_client_logout_finish (DoorstepApiClient  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  call_finish (self, result, doorstep_api_client_logout_async, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
doorstep_api_client_get_me_async (DoorstepApiClient   *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  start_call (new_call_task (self, "GET", "/me", NULL, NULL, TRUE, parse_user,
                             doorstep_api_client_get_me_async, cancellable, callback, user_data));
}

DoorstepUser *
doorstep_api_client_get_me_finish (DoorstepApiClient  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_me_async, error);
}

void
doorstep_api_client_get_company_async (DoorstepApiClient   *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  start_call (new_call_task (self, "GET", "/company", NULL, NULL, TRUE, parse_company,
                             doorstep_api_client_get_company_async, cancellable, callback, user_data));
}

DoorstepCompany *
doorstep_api_client_get_company_finish (DoorstepApiClient  *self,
                                        GAsyncResult       *result,
                                        GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_company_async, error);
}

void
doorstep_api_client_get_dashboard_async (DoorstepApiClient   *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  const char *query[] = { "customer_id", self->acting_customer, NULL };

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  start_call (new_call_task (self, "GET", "/dashboard", query, NULL, TRUE, parse_dashboard,
                             doorstep_api_client_get_dashboard_async, cancellable, callback, user_data));
}

DoorstepDashboard *
doorstep_api_client_get_dashboard_finish (DoorstepApiClient  *self,
                                          GAsyncResult       *result,
                                          GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_dashboard_async, error);
}

/**
 * doorstep_api_client_list_async:
 * @path: the list's path under /api/v1, such as "/customers"
 * @query: (nullable) (array zero-terminated=1): filter name, value, name,
 *   value, …, %NULL
 * @cursor: (nullable): the next_cursor of the page before, %NULL for the
 *   first page
 * @item_type: the GType of the items @parser makes
 * @parser: turns one JSON item into an object
 *
 * Loads one page of a paginated list. A portal list previewed by staff
 * names its customer in @query ("customer_id"); see
 * doorstep_api_client_get_acting_customer().
 */
void
doorstep_api_client_list_async (DoorstepApiClient   *self,
                                const char          *path,
                                const char * const  *query,
                                const char          *cursor,
                                GType                item_type,
                                DoorstepItemParser   parser,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  GTask *task;
  Call *call;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));
  g_return_if_fail (path != NULL && parser != NULL);

  for (guint i = 0; query != NULL && query[i] != NULL; i += 2)
    if (query[i + 1] != NULL && *query[i + 1] != '\0')
      {
        g_ptr_array_add (pairs, (gpointer) query[i]);
        g_ptr_array_add (pairs, (gpointer) query[i + 1]);
      }
  if (cursor != NULL)
    {
      g_ptr_array_add (pairs, (gpointer) "cursor");
      g_ptr_array_add (pairs, (gpointer) cursor);
    }
  g_ptr_array_add (pairs, NULL);

  task = new_call_task (self, "GET", path, (const char * const *) pairs->pdata, NULL, TRUE, parse_page,
                        doorstep_api_client_list_async, cancellable, callback, user_data);
  call = g_task_get_task_data (task);
  call->item_type = item_type;
  call->item_parser = parser;
  start_call (task);
}

DoorstepPage *
doorstep_api_client_list_finish (DoorstepApiClient  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  return call_finish (self, result, doorstep_api_client_list_async, error);
}

void
doorstep_api_client_create_request_async (DoorstepApiClient   *self,
                                          DoorstepRequestKind  kind,
                                          const char          *service_type_id,
                                          const char          *property_id,
                                          const char          *description,
                                          DoorstepTiming       timing,
                                          const char          *idempotency_key,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));
  g_return_if_fail (idempotency_key != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, doorstep_request_kind_to_string (kind));
  json_builder_set_member_name (builder, "service_type_id");
  json_builder_add_string_value (builder, service_type_id);
  json_builder_set_member_name (builder, "property_id");
  json_builder_add_string_value (builder, property_id);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description);
  json_builder_set_member_name (builder, "preferred_timing");
  json_builder_add_string_value (builder, doorstep_timing_to_string (timing));
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  task = new_call_task (self, "POST", "/requests", NULL, body, TRUE, parse_service_request,
                        doorstep_api_client_create_request_async, cancellable, callback, user_data);
  ((Call *) g_task_get_task_data (task))->idempotency_key = g_strdup (idempotency_key);
  start_call (task);
}

DoorstepServiceRequest *
doorstep_api_client_create_request_finish (DoorstepApiClient  *self,
                                           GAsyncResult       *result,
                                           GError            **error)
{
  return call_finish (self, result, doorstep_api_client_create_request_async, error);
}

void
doorstep_api_client_get_quote_counts_async (DoorstepApiClient   *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  const char *query[] = { "customer_id", self->acting_customer, NULL };

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  start_call (new_call_task (self, "GET", "/quotes/counts", query, NULL, TRUE, parse_quote_counts,
                             doorstep_api_client_get_quote_counts_async, cancellable, callback, user_data));
}

DoorstepQuoteCounts *
doorstep_api_client_get_quote_counts_finish (DoorstepApiClient  *self,
                                             GAsyncResult       *result,
                                             GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_quote_counts_async, error);
}

static char *
quote_path (const char *quote_id,
            const char *action)
{
  g_autofree char *escaped = g_uri_escape_string (quote_id, NULL, FALSE);

  return g_strconcat ("/quotes/", escaped, action != NULL ? "/" : "", action, NULL);
}

void
doorstep_api_client_get_quote_async (DoorstepApiClient   *self,
                                     const char          *quote_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  const char *query[] = { "customer_id", self->acting_customer, NULL };
  g_autofree char *path = quote_path (quote_id, NULL);

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  start_call (new_call_task (self, "GET", path, query, NULL, TRUE, parse_quote,
                             doorstep_api_client_get_quote_async, cancellable, callback, user_data));
}

DoorstepQuote *
doorstep_api_client_get_quote_finish (DoorstepApiClient  *self,
                                      GAsyncResult       *result,
                                      GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_quote_async, error);
}

/**
 * doorstep_api_client_approve_quote_async:
 * @signature_png: the drawn signature
 * @selected_item_ids: the optional items chosen
 * @idempotency_key: the same for a retry of the same approval
 *
 * Approves a quote. Prices are the server's; only the choice is sent.
 */
void
doorstep_api_client_approve_quote_async (DoorstepApiClient   *self,
                                         const char          *quote_id,
                                         const char          *signer_name,
                                         GBytes              *signature_png,
                                         const char * const  *selected_item_ids,
                                         const char          *idempotency_key,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = quote_path (quote_id, "approve");
  g_autofree char *encoded = NULL;
  gsize size;
  const guchar *data;
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));
  g_return_if_fail (signature_png != NULL && idempotency_key != NULL);

  data = g_bytes_get_data (signature_png, &size);
  encoded = g_base64_encode (data, size);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "signer_name");
  json_builder_add_string_value (builder, signer_name);
  json_builder_set_member_name (builder, "signature_png");
  json_builder_add_string_value (builder, encoded);
  json_builder_set_member_name (builder, "selected_item_ids");
  json_builder_begin_array (builder);
  for (guint i = 0; selected_item_ids != NULL && selected_item_ids[i] != NULL; i++)
    json_builder_add_string_value (builder, selected_item_ids[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  task = new_call_task (self, "POST", path, NULL, body, TRUE, parse_quote,
                        doorstep_api_client_approve_quote_async, cancellable, callback, user_data);
  ((Call *) g_task_get_task_data (task))->idempotency_key = g_strdup (idempotency_key);
  start_call (task);
}

DoorstepQuote *
doorstep_api_client_approve_quote_finish (DoorstepApiClient  *self,
                                          GAsyncResult       *result,
                                          GError            **error)
{
  return call_finish (self, result, doorstep_api_client_approve_quote_async, error);
}

void
doorstep_api_client_decline_quote_async (DoorstepApiClient   *self,
                                         const char          *quote_id,
                                         const char          *reason,
                                         const char          *idempotency_key,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = quote_path (quote_id, "decline");
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));
  g_return_if_fail (idempotency_key != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "reason");
  if (reason != NULL && *reason != '\0')
    json_builder_add_string_value (builder, reason);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  task = new_call_task (self, "POST", path, NULL, body, TRUE, parse_quote,
                        doorstep_api_client_decline_quote_async, cancellable, callback, user_data);
  ((Call *) g_task_get_task_data (task))->idempotency_key = g_strdup (idempotency_key);
  start_call (task);
}

DoorstepQuote *
doorstep_api_client_decline_quote_finish (DoorstepApiClient  *self,
                                          GAsyncResult       *result,
                                          GError            **error)
{
  return call_finish (self, result, doorstep_api_client_decline_quote_async, error);
}

void
doorstep_api_client_get_quote_pdf_async (DoorstepApiClient   *self,
                                         const char          *quote_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  const char *query[] = { "customer_id", self->acting_customer, NULL };
  g_autofree char *path = quote_path (quote_id, "pdf");
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_API_CLIENT (self));

  task = new_call_task (self, "GET", path, query, NULL, TRUE, NULL,
                        doorstep_api_client_get_quote_pdf_async, cancellable, callback, user_data);
  ((Call *) g_task_get_task_data (task))->binary = TRUE;
  start_call (task);
}

/**
 * doorstep_api_client_get_quote_pdf_finish:
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
doorstep_api_client_get_quote_pdf_finish (DoorstepApiClient  *self,
                                          GAsyncResult       *result,
                                          GError            **error)
{
  return call_finish (self, result, doorstep_api_client_get_quote_pdf_async, error);
}

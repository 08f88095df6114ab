/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "doorstep-api-call.h"
#include "doorstep-common.h"
#include "doorstep-counts.h"
#include "doorstep-json.h"
#include "doorstep-page.h"
#include "doorstep-record.h"

/* The one HTTP client of the app, after GNOME Software's ODRS provider: it
 * owns the application's SoupSession, sends the calls the resource files
 * build, and checks status, media type and JSON shape before anything is
 * used.
 *
 * A call that meets 401 refreshes the session once and tries again. Only one
 * refresh runs at a time: calls that meet 401 meanwhile wait for it, since
 * presenting the same refresh token twice would (rightly) end the session. */

#define API_PREFIX "/api/v1"

struct _DoorstepApiCall {
  char               *method;
  GString            *path;          /* under API_PREFIX, with its query string */
  gboolean            has_query;
  GBytes             *body;
  char               *body_type;     /* NULL: JSON */
  DoorstepCallProgress progress;
  gpointer            progress_data;
  DoorstepCallFlags   flags;
  char               *idempotency_key;
  DoorstepCallReader  reader;
  GType               type;
  GObject            *source;        /* the scope, or the client */
  /* while it is under way */
  DoorstepApiClient  *client;
  gboolean            retried;
  GByteArray         *received;      /* the answer so far */
  char               *sent_token;    /* the access token it went out with */
  gsize               sent;          /* of the body, for progress */
  SoupMessage        *msg;
};

struct _DoorstepApiClient {
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *access_token;
  char        *refresh_token;
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

/* Calls */

static void
call_free (DoorstepApiCall *call)
{
  g_free (call->method);
  g_string_free (call->path, TRUE);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->body_type);
  g_free (call->idempotency_key);
  g_clear_object (&call->source);
  g_clear_object (&call->client);
  g_free (call->sent_token);
  g_clear_object (&call->msg);
  g_clear_pointer (&call->received, g_byte_array_unref);
  g_free (call);
}

static DoorstepApiCall *
call_new (DoorstepApiClient *client,
          const char        *method,
          DoorstepCallFlags  flags)
{
  DoorstepApiCall *call = g_new0 (DoorstepApiCall, 1);

  call->client = g_object_ref (client);
  call->source = g_object_ref (G_OBJECT (client));
  call->method = g_strdup (method);
  call->flags = flags;
  call->path = g_string_new (NULL);
  return call;
}

/**
 * doorstep_api_call_new:
 * @path_format: the path under /api/v1, "/quotes/%s/approve"; every "%s"
 *   takes the next argument, URI-escaped as one path segment
 *
 * Returns: (transfer full): a call to fill in and send
 */
DoorstepApiCall *
doorstep_api_call_new (DoorstepApiClient *client,
                       const char        *method,
                       DoorstepCallFlags  flags,
                       const char        *path_format,
                       ...)
{
  DoorstepApiCall *call = call_new (client, method, flags);
  va_list args;

  va_start (args, path_format);
  for (const char *p = path_format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 's')
        {
          g_string_append_uri_escaped (call->path, va_arg (args, const char *), NULL, FALSE);
          p++;
        }
      else
        g_string_append_c (call->path, *p);
    }
  va_end (args);

  return call;
}

/**
 * doorstep_api_call_new_for_path:
 * @path: a path under /api/v1 as it is, such as a list endpoint's
 *
 * Returns: (transfer full): a call to fill in and send
 */
DoorstepApiCall *
doorstep_api_call_new_for_path (DoorstepApiClient *client,
                                const char        *method,
                                DoorstepCallFlags  flags,
                                const char        *path)
{
  DoorstepApiCall *call = call_new (client, method, flags);

  g_string_append (call->path, path);
  return call;
}

/* Adds name=value to the query; a NULL or empty value is left out. */
void
doorstep_api_call_add_query (DoorstepApiCall *call,
                             const char      *name,
                             const char      *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_c (call->path, call->has_query ? '&' : '?');
  g_string_append_uri_escaped (call->path, name, NULL, FALSE);
  g_string_append_c (call->path, '=');
  g_string_append_uri_escaped (call->path, value, NULL, FALSE);
  call->has_query = TRUE;
}

/* The call is about @scope's customer: staff previewing one name them.
 * The call's result then comes from @scope. */
void
doorstep_api_call_set_scope (DoorstepApiCall *call,
                             DoorstepScope   *scope)
{
  doorstep_api_call_add_query (call, "customer_id", doorstep_scope_get_customer_id (scope));
  g_set_object (&call->source, G_OBJECT (scope));
}

void
doorstep_api_call_set_body (DoorstepApiCall *call,
                            JsonNode        *body)
{
  char *text = json_to_string (body, FALSE);

  g_clear_pointer (&call->body, g_bytes_unref);
  call->body = g_bytes_new_take (text, strlen (text));
}

/**
 * doorstep_api_call_set_raw_body:
 *
 * Sends @bytes as they are (a file), as @content_type.
 */
void
doorstep_api_call_set_raw_body (DoorstepApiCall *call,
                                const char      *content_type,
                                GBytes          *bytes)
{
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->body_type);
  call->body = g_bytes_ref (bytes);
  call->body_type = g_strdup (content_type);
}

/**
 * doorstep_api_call_set_progress:
 *
 * Has @progress told, on the main loop, how much of the body has gone
 * out each time more of it has.
 */
void
doorstep_api_call_set_progress (DoorstepApiCall      *call,
                                DoorstepCallProgress  progress,
                                gpointer              user_data)
{
  call->progress = progress;
  call->progress_data = user_data;
}

static void
wrote_body_data_cb (SoupMessage     *msg,
                    guint            chunk_size,
                    DoorstepApiCall *call)
{
  call->sent += chunk_size;
  call->progress (MIN (call->sent, g_bytes_get_size (call->body)), g_bytes_get_size (call->body),
                  call->progress_data);
}

/* The same @key for a retry of the same request: the server acts once. */
void
doorstep_api_call_set_idempotency_key (DoorstepApiCall *call,
                                       const char      *key)
{
  g_free (call->idempotency_key);
  call->idempotency_key = g_strdup (key);
}

void
doorstep_api_call_read_with (DoorstepApiCall    *call,
                             DoorstepCallReader  reader,
                             GType               type)
{
  call->reader = reader;
  call->type = type;
}

GObject *
doorstep_api_read_record (DoorstepApiClient  *client,
                          JsonObject         *object,
                          GType               type,
                          GError            **error)
{
  return doorstep_record_new_from_json (type, object, error);
}

GObject *
doorstep_api_read_page (DoorstepApiClient  *client,
                        JsonObject         *object,
                        GType               item_type,
                        GError            **error)
{
  return G_OBJECT (doorstep_page_new_from_json (object, item_type, error));
}

/* A list's counts by filter (#DoorstepCounts); @type is unused. */
GObject *
doorstep_api_read_counts (DoorstepApiClient  *client,
                          JsonObject         *object,
                          GType               type,
                          GError            **error)
{
  return G_OBJECT (doorstep_counts_new_from_json (object, error));
}

/* A successful answer is a #DoorstepRecord of @type. */
void
doorstep_api_call_read_record (DoorstepApiCall *call,
                               GType            type)
{
  doorstep_api_call_read_with (call, doorstep_api_read_record, type);
}

/* A successful answer is a #DoorstepPage of records of @item_type. */
void
doorstep_api_call_read_page (DoorstepApiCall *call,
                             GType            item_type)
{
  doorstep_api_call_read_with (call, doorstep_api_read_page, item_type);
}

/**
 * doorstep_api_body_new:
 *
 * Returns: (transfer full): {"first_member": value, …}
 */
JsonNode *
doorstep_api_body_new (const char *first_member,
                       ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  va_list args;

  json_builder_begin_object (builder);
  va_start (args, first_member);
  for (const char *member = first_member; member != NULL; member = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      json_builder_set_member_name (builder, member);
      if (value != NULL)
        json_builder_add_string_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  va_end (args);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Answers */

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

/* The error a problem+json answer (or none) stands for. */
static GError *
error_for_problem (guint       status,
                   JsonObject *problem)
{
  JsonObject *errors = doorstep_json_get_object (problem, "errors");
  GHashTable *fields = NULL;
  GError *error;

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

  error = doorstep_api_error_new_for_status (status, doorstep_json_get_string (problem, "detail"), fields);
  doorstep_api_error_set_action_url (error, doorstep_json_get_string (problem, "action_url"));
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

/**
 * doorstep_api_client_take_tokens:
 *
 * Keeps the access and refresh token of a session answer.
 */
gboolean
doorstep_api_client_take_tokens (DoorstepApiClient  *self,
                                 JsonObject         *object,
                                 GError            **error)
{
  const char *access = doorstep_json_get_string (object, "access_token");
  const char *refresh = doorstep_json_get_string (object, "refresh_token");

  if (!doorstep_json_require (access != NULL && refresh != NULL, "tokens", error))
    return FALSE;

  g_free (self->access_token);
  g_free (self->refresh_token);
  self->access_token = g_strdup (access);
  self->refresh_token = g_strdup (refresh);

  /* The refresh token rotated; whoever keeps it must keep the new one. */
  g_signal_emit (self, signals[SESSION_CHANGED], 0);
  return TRUE;
}

static GObject *
read_tokens (DoorstepApiClient  *client,
             JsonObject         *object,
             GType               type,
             GError            **error)
{
  if (!doorstep_api_client_take_tokens (client, object, error))
    return NULL;
  return g_object_ref (G_OBJECT (client));
}

static void
refresh_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepApiClient *self = DOORSTEP_API_CLIENT (source_object);  /* no scope */
  g_autoptr(GError) error = NULL;
  /* The answer is the client itself; the tokens are taken already. */
  GObject *refreshed = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_object (&refreshed);
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

static void
start_refresh (DoorstepApiClient *self,
               GTask             *waiter)
{
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  if (self->refresh_waiters != NULL)
    {
      g_ptr_array_add (self->refresh_waiters, waiter);
      return;
    }

  self->refresh_waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->refresh_waiters, waiter);

  /* Not tied to any one caller's cancellable: the others still need it. */
  body = doorstep_api_body_new ("refresh_token", self->refresh_token, NULL);
  call = doorstep_api_call_new (self, "POST", DOORSTEP_CALL_PUBLIC, "/auth/refresh");
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_with (call, read_tokens, G_TYPE_NONE);
  doorstep_api_call_send (call, start_refresh, NULL, refresh_cb, NULL);
}

/**
 * doorstep_api_read_json_answer:
 * @client: (nullable): for @reader
 * @content_type: (nullable): as the answer says
 * @bytes: the answer's body, as it came
 * @reader: (nullable): makes the result of a successful answer
 *
 * Reads a JSON answer, which comes from outside and may be anything: a
 * problem+json one becomes the error it stands for.
 *
 * Returns: (transfer full) (nullable): what @reader made of it
 */
GObject *
doorstep_api_read_json_answer (DoorstepApiClient   *client,
                               guint                status,
                               const char          *content_type,
                               GBytes              *bytes,
                               DoorstepCallReader   reader,
                               GType                type,
                               GError             **error)
{
  g_autoptr(JsonObject) object = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (content_type != NULL &&
      (g_str_equal (content_type, "application/json") || g_str_equal (content_type, "application/problem+json")))
    object = doorstep_json_parse_object (data, size, NULL);

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_propagate_error (error, error_for_problem (status, object));
      return NULL;
    }

  if (object == NULL)
    {
      doorstep_api_error_set_invalid (error, NULL);
      return NULL;
    }

  return reader != NULL ? reader (client, object, type, error) : NULL;
}

/* The most of an answer Doorstep reads: a server (or someone between) that
 * sends more is not one to trust with the memory. */
#define ANSWER_JSON_MAX   (16 * 1024 * 1024)
#define ANSWER_BINARY_MAX (64 * 1024 * 1024)
#define READ_BLOCK        (64 * 1024)

static gsize
answer_max (DoorstepApiCall *call)
{
  return (call->flags & DOORSTEP_CALL_BINARY) != 0 ? ANSWER_BINARY_MAX : ANSWER_JSON_MAX;
}

static void
return_too_large (GTask *task)
{
  g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                           _("The server sent an answer too large to read."));
}

static void
return_transport_error (GTask  *task,
                        GError *error)
{
  DoorstepApiCall *call = g_task_get_task_data (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_error_copy (error));
  else
    g_task_return_error (task, error_for_transport (call->client, error));
}

static void handle_answer (GTask  *task,
                           GBytes *bytes);

static void read_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data);

/* @task: (transfer full) */
static void
read_more (GInputStream *stream,
           GTask        *task)
{
  GCancellable *cancellable = g_task_get_cancellable (task);

  g_input_stream_read_bytes_async (stream, READ_BLOCK, G_PRIORITY_DEFAULT, cancellable, read_cb, task);
}

static void
read_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GInputStream *stream = G_INPUT_STREAM (source_object);
  g_autoptr(GTask) task = user_data;
  DoorstepApiCall *call = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) block = g_input_stream_read_bytes_finish (stream, result, &error);

  if (block == NULL)
    {
      return_transport_error (task, error);
      return;
    }

  if (g_bytes_get_size (block) == 0)
    {
      g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&call->received));

      handle_answer (g_steal_pointer (&task), bytes);
      return;
    }

  if (call->received->len + g_bytes_get_size (block) > answer_max (call))
    {
      g_input_stream_close_async (stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      return_too_large (task);
      return;
    }
  g_byte_array_append (call->received, g_bytes_get_data (block, NULL), (guint) g_bytes_get_size (block));
  read_more (stream, g_steal_pointer (&task));
}

static void
send_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepApiCall *call = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  goffset length;

  stream = soup_session_send_finish (SOUP_SESSION (source_object), result, &error);
  if (stream == NULL)
    {
      return_transport_error (task, error);
      return;
    }

  /* Refused from the headers when they say so; counted as it comes when
   * they do not. */
  length = soup_message_headers_get_content_length (soup_message_get_response_headers (call->msg));
  if (length > (goffset) answer_max (call))
    {
      g_input_stream_close_async (stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      return_too_large (task);
      return;
    }

  g_clear_pointer (&call->received, g_byte_array_unref);
  call->received = g_byte_array_sized_new (length > 0 ? (guint) length : READ_BLOCK);
  read_more (stream, g_steal_pointer (&task));
}

/* What the whole answer of the call of @task, whose reference it takes, says. */
static void
handle_answer (GTask  *task_ref,
               GBytes *bytes_in)
{
  g_autoptr(GTask) task = task_ref;
  DoorstepApiCall *call = g_task_get_task_data (task);
  DoorstepApiClient *self = call->client;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_ref (bytes_in);
  GObject *answer;
  guint status;

  status = soup_message_get_status (call->msg);

  if (status == 401 && (call->flags & DOORSTEP_CALL_SIGNED_IN) != 0 && !call->retried && self->refresh_token != NULL)
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

  if ((call->flags & DOORSTEP_CALL_BINARY) != 0 && SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_task_return_pointer (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
      return;
    }

  answer = doorstep_api_read_json_answer (self, status,
                                          soup_message_headers_get_content_type (soup_message_get_response_headers (call->msg), NULL),
                                          bytes, call->reader, call->type, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, answer, answer != NULL ? g_object_unref : NULL);
}

/* Sends (or sends again) the call of @task, whose reference it takes. */
static void
start_call (GTask *task)
{
  DoorstepApiCall *call = g_task_get_task_data (task);
  DoorstepApiClient *self = call->client;
  g_autofree char *url = NULL;
  SoupMessageHeaders *headers;

  if (self->base_url == NULL)
    {
      g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS,
                               _("Enter the address of your service provider’s server."));
      g_object_unref (task);
      return;
    }

  url = g_strconcat (self->base_url, API_PREFIX, call->path->str, NULL);
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
                                (call->flags & DOORSTEP_CALL_BINARY) != 0
                                ? "application/pdf, image/jpeg, image/png, text/calendar, application/problem+json"
                                : "application/json, application/problem+json");
  if (call->idempotency_key != NULL)
    soup_message_headers_replace (headers, "Idempotency-Key", call->idempotency_key);
  g_free (call->sent_token);
  call->sent_token = g_strdup (self->access_token);
  if ((call->flags & DOORSTEP_CALL_SIGNED_IN) != 0 && self->access_token != NULL)
    {
      g_autofree char *bearer = g_strconcat ("Bearer ", self->access_token, NULL);
      soup_message_headers_replace (headers, "Authorization", bearer);
    }
  if (call->body != NULL)
    soup_message_set_request_body_from_bytes (call->msg, call->body_type != NULL ? call->body_type : "application/json",
                                              call->body);
  if (call->body != NULL && call->progress != NULL)
    {
      call->sent = 0;
      g_signal_connect (call->msg, "wrote-body-data", G_CALLBACK (wrote_body_data_cb), call);
    }

  soup_session_send_async (self->session, call->msg, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), send_cb, task);
}

/**
 * doorstep_api_call_send:
 * @call: (transfer full): the call
 * @source_tag: the public _async function it is for
 */
void
doorstep_api_call_send (DoorstepApiCall     *call,
                        gpointer             source_tag,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task = g_task_new (call->source, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  start_call (task);
}

/**
 * doorstep_api_call_finish:
 *
 * Returns: (transfer full) (nullable): what the call's reader made of the
 *   answer, the bytes of a binary one, or %NULL (with @error set on error)
 */
gpointer
doorstep_api_call_finish (gpointer       source_object,
                          GAsyncResult  *result,
                          gpointer       source_tag,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source_object), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * doorstep_api_call_finish_done:
 *
 * For a call whose answer (nothing, or a record) the caller does not
 * keep.
 *
 * Returns: whether it succeeded
 */
gboolean
doorstep_api_call_finish_done (gpointer       source_object,
                               GAsyncResult  *result,
                               gpointer       source_tag,
                               GError       **error)
{
  GError *local = NULL;
  gpointer answer = doorstep_api_call_finish (source_object, result, source_tag, &local);

  if (answer != NULL)
    g_object_unref (answer);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* The client */

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
}

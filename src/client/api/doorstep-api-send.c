/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-api-private.h"
#include "doorstep-common.h"
#include "doorstep-json.h"

/* Sending a call and reading its answer, after GNOME Software's ODRS
 * provider: status, media type and JSON shape are checked before anything
 * is used, and an answer is read only up to a bound.
 *
 * A call that meets 401 refreshes the session once and tries again. Only one
 * refresh runs at a time: calls that meet 401 meanwhile wait for it, since
 * presenting the same refresh token twice would (rightly) end the session. */

static void
wrote_body_data_cb (SoupMessage     *msg,
                    guint            chunk_size,
                    DoorstepApiCall *call)
{
  call->sent += chunk_size;
  call->progress (MIN (call->sent, g_bytes_get_size (call->body)), g_bytes_get_size (call->body),
                  call->progress_data);
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

/**
 * doorstep_api_error_for_problem:
 * @problem: (nullable): the answer's problem+json object, if it had one
 *
 * Returns: (transfer full): the error a refusal stands for
 */
GError *
doorstep_api_error_for_problem (guint       status,
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
      doorstep_api_client_session_ended (self);
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

/* The JSON object of an answer whose media type says it has one. */
static JsonObject *
parse_answer_object (const char *content_type,
                     GBytes     *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (content_type != NULL &&
      (g_str_equal (content_type, "application/json") || g_str_equal (content_type, "application/problem+json")))
    return doorstep_json_parse_object (data, size, NULL);
  return NULL;
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
  g_autoptr(JsonObject) object = parse_answer_object (content_type, bytes);

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_propagate_error (error, doorstep_api_error_for_problem (status, object));
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

  if (call->answer_reader != NULL)
    {
      SoupMessageHeaders *headers = soup_message_get_response_headers (call->msg);
      g_autoptr(JsonObject) object = parse_answer_object (soup_message_headers_get_content_type (headers, NULL), bytes);

      answer = call->answer_reader (self, status, headers, object, call->type, &error);
    }
  else
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

  url = g_strconcat (self->base_url, DOORSTEP_API_PREFIX, call->path->str, NULL);
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
  for (guint i = 0; call->headers != NULL && i + 1 < call->headers->len; i += 2)
    soup_message_headers_replace (headers, g_ptr_array_index (call->headers, i), g_ptr_array_index (call->headers, i + 1));
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
  g_task_set_task_data (task, call, (GDestroyNotify) doorstep_api_call_free);
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

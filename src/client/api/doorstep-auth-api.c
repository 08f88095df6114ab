/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-auth-api.h"
#include "doorstep-json.h"

/* A session answer carries its tokens, which the client keeps, and the
 * user it is for. */
static GObject *
read_session (DoorstepApiClient  *client,
              JsonObject         *object,
              GType               type,
              GError            **error)
{
  JsonObject *user = doorstep_json_get_object (object, "user");

  if (!doorstep_json_require (user != NULL, "user", error) ||
      !doorstep_api_client_take_tokens (client, object, error))
    return NULL;
  return doorstep_record_new_from_json (DOORSTEP_TYPE_USER, user, error);
}

void
doorstep_auth_api_get_health_async (DoorstepApiClient   *client,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (client, "GET", DOORSTEP_CALL_PUBLIC, "/health");

  doorstep_api_call_read_record (call, DOORSTEP_TYPE_HEALTH);
  doorstep_api_call_send (call, doorstep_auth_api_get_health_async, cancellable, callback, user_data);
}

DoorstepHealth *
doorstep_auth_api_get_health_finish (DoorstepApiClient  *client,
                                     GAsyncResult       *result,
                                     GError            **error)
{
  return doorstep_api_call_finish (client, result, doorstep_auth_api_get_health_async, error);
}

void
doorstep_auth_api_login_async (DoorstepApiClient   *client,
                               const char          *email,
                               const char          *password,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (email != NULL && password != NULL);

  body = doorstep_api_body_new ("email", email, "password", password, NULL);
  call = doorstep_api_call_new (client, "POST", DOORSTEP_CALL_PUBLIC, "/auth/login");

  doorstep_api_client_forget_session (client);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_with (call, read_session, G_TYPE_NONE);
  doorstep_api_call_send (call, doorstep_auth_api_login_async, cancellable, callback, user_data);
}

DoorstepUser *
doorstep_auth_api_login_finish (DoorstepApiClient  *client,
                                GAsyncResult       *result,
                                GError            **error)
{
  return doorstep_api_call_finish (client, result, doorstep_auth_api_login_async, error);
}

/**
 * doorstep_auth_api_resume_async:
 * @refresh_token: the token kept from an earlier session
 *
 * Signs in silently by refreshing a kept session.
 */
void
doorstep_auth_api_resume_async (DoorstepApiClient   *client,
                                const char          *refresh_token,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (refresh_token != NULL);

  body = doorstep_api_body_new ("refresh_token", refresh_token, NULL);
  call = doorstep_api_call_new (client, "POST", DOORSTEP_CALL_PUBLIC, "/auth/refresh");

  doorstep_api_client_forget_session (client);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_with (call, read_session, G_TYPE_NONE);
  doorstep_api_call_send (call, doorstep_auth_api_resume_async, cancellable, callback, user_data);
}

DoorstepUser *
doorstep_auth_api_resume_finish (DoorstepApiClient  *client,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  return doorstep_api_call_finish (client, result, doorstep_auth_api_resume_async, error);
}

/**
 * doorstep_auth_api_logout_async:
 *
 * Ends the session on the server and forgets it here. The local session is
 * forgotten at once, whatever the server answers.
 */
void
doorstep_auth_api_logout_async (DoorstepApiClient   *client,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  const char *refresh_token = doorstep_api_client_get_refresh_token (client);
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  if (refresh_token == NULL)
    {
      g_autoptr(GTask) task = g_task_new (client, cancellable, callback, user_data);

      g_task_set_source_tag (task, doorstep_auth_api_logout_async);
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  body = doorstep_api_body_new ("refresh_token", refresh_token, NULL);
  call = doorstep_api_call_new (client, "POST", DOORSTEP_CALL_PUBLIC, "/auth/logout");
  doorstep_api_call_set_body (call, body);
  doorstep_api_client_forget_session (client);
  doorstep_api_call_send (call, doorstep_auth_api_logout_async, cancellable, callback, user_data);
}

gboolean
doorstep_auth_api_logout_finish (DoorstepApiClient  *client,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  doorstep_api_call_finish (client, result, doorstep_auth_api_logout_async, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
doorstep_auth_api_get_me_async (DoorstepApiClient   *client,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (client, "GET", DOORSTEP_CALL_SIGNED_IN, "/me");

  doorstep_api_call_read_record (call, DOORSTEP_TYPE_USER);
  doorstep_api_call_send (call, doorstep_auth_api_get_me_async, cancellable, callback, user_data);
}

DoorstepUser *
doorstep_auth_api_get_me_finish (DoorstepApiClient  *client,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  return doorstep_api_call_finish (client, result, doorstep_auth_api_get_me_async, error);
}

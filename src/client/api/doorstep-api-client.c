/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-api-private.h"
#include "doorstep-json.h"

/* The one HTTP client of the app: it owns the application's SoupSession,
 * the server's address and the session's tokens. The resource files build
 * calls (doorstep-api-call.c), which doorstep-api-send.c sends through it. */

G_DEFINE_FINAL_TYPE (DoorstepApiClient, doorstep_api_client, G_TYPE_OBJECT)

enum {
  SESSION_CHANGED,
  SESSION_ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

/* The server would not refresh the session: whoever keeps it hears so. */
void
doorstep_api_client_session_ended (DoorstepApiClient *self)
{
  g_signal_emit (self, signals[SESSION_ENDED], 0);
}

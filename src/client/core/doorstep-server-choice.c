/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-server-choice.h"

#define DEFAULT_SERVER "http://127.0.0.1:8080"

struct _DoorstepServerChoice {
  GObject            parent_instance;

  DoorstepApiClient *client;
  GSettings         *settings;
  char              *server;     /* from --server, or the last one once read */
};

G_DEFINE_FINAL_TYPE (DoorstepServerChoice, doorstep_server_choice, G_TYPE_OBJECT)

static void
doorstep_server_choice_dispose (GObject *object)
{
  DoorstepServerChoice *self = DOORSTEP_SERVER_CHOICE (object);

  g_clear_object (&self->client);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (doorstep_server_choice_parent_class)->dispose (object);
}

static void
doorstep_server_choice_finalize (GObject *object)
{
  g_free (DOORSTEP_SERVER_CHOICE (object)->server);
  G_OBJECT_CLASS (doorstep_server_choice_parent_class)->finalize (object);
}

static void
doorstep_server_choice_class_init (DoorstepServerChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_server_choice_dispose;
  object_class->finalize = doorstep_server_choice_finalize;
}

static void
doorstep_server_choice_init (DoorstepServerChoice *self)
{
}

/**
 * doorstep_server_choice_new:
 * @client: the client pointed at the server chosen
 * @settings: the app's, with the server and account last signed in to
 */
DoorstepServerChoice *
doorstep_server_choice_new (DoorstepApiClient *client,
                            GSettings         *settings)
{
  DoorstepServerChoice *self;

  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (client), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DOORSTEP_TYPE_SERVER_CHOICE, NULL);
  self->client = g_object_ref (client);
  self->settings = g_object_ref (settings);
  return self;
}

/**
 * doorstep_server_choice_get_server:
 *
 * Returns: the server to sign in to: the one given with --server (or
 *   doorstep_server_choice_set_server()), else the one last signed in to,
 *   else the default
 */
const char *
doorstep_server_choice_get_server (DoorstepServerChoice *self)
{
  g_autofree char *last = NULL;

  g_return_val_if_fail (DOORSTEP_IS_SERVER_CHOICE (self), NULL);

  if (self->server != NULL)
    return self->server;

  last = g_settings_get_string (self->settings, "last-server");
  if (*last == '\0')
    return DEFAULT_SERVER;
  /* Kept, so that it lives as long as the choice. */
  self->server = g_steal_pointer (&last);
  return self->server;
}

/**
 * doorstep_server_choice_set_server:
 * @server: (nullable): the server to offer on the sign-in page, overriding
 *   the one used last time
 */
void
doorstep_server_choice_set_server (DoorstepServerChoice *self,
                                   const char           *server)
{
  g_return_if_fail (DOORSTEP_IS_SERVER_CHOICE (self));

  g_free (self->server);
  self->server = g_strdup (server);
}

/**
 * doorstep_server_choice_choose:
 * @resumable: (out) (transfer full): the account whose kept sign-in may be
 *   resumed there, or %NULL
 *
 * Points the client at doorstep_server_choice_get_server(). Only the
 * account last signed in to this very server can be resumed.
 *
 * Returns: %FALSE with @error when the server's address is not one
 */
gboolean
doorstep_server_choice_choose (DoorstepServerChoice  *self,
                               char                 **resumable,
                               GError               **error)
{
  g_autofree char *last_server = NULL;
  g_autofree char *last_account = NULL;

  g_return_val_if_fail (DOORSTEP_IS_SERVER_CHOICE (self), FALSE);
  g_return_val_if_fail (resumable != NULL, FALSE);

  *resumable = NULL;
  if (!doorstep_api_client_set_base_url (self->client, doorstep_server_choice_get_server (self), error))
    return FALSE;

  last_server = g_settings_get_string (self->settings, "last-server");
  last_account = g_settings_get_string (self->settings, "last-account");
  if (*last_account != '\0' && g_strcmp0 (last_server, doorstep_api_client_get_base_url (self->client)) == 0)
    *resumable = g_steal_pointer (&last_account);
  return TRUE;
}

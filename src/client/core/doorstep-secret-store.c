/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "doorstep-secret-store.h"

/* A schema per kind: a lookup matches its schema's name too, so the
 * sign-in of an account is never mistaken for its calendar address. */
static const SecretSchema *
get_schema (DoorstepSecretKind kind)
{
  static const SecretSchema schemas[] = {
    [DOORSTEP_SECRET_SIGN_IN] = {
      APP_ID, SECRET_SCHEMA_NONE,
      {
        { "server",  SECRET_SCHEMA_ATTRIBUTE_STRING },
        { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { NULL, 0 },
      }
    },
    [DOORSTEP_SECRET_CALENDAR_FEED] = {
      APP_ID ".CalendarFeed", SECRET_SCHEMA_NONE,
      {
        { "server",  SECRET_SCHEMA_ATTRIBUTE_STRING },
        { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { NULL, 0 },
      }
    },
  };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (schemas), NULL);
  return &schemas[kind];
}

static char *
describe (DoorstepSecretKind  kind,
          const char         *server,
          const char         *account)
{
  if (kind == DOORSTEP_SECRET_CALENDAR_FEED)
    /* Translators: the label of a kept calendar address in Passwords and Keys */
    return g_strdup_printf (_("Doorstep calendar address for %s on %s"), account, server);
  /* Translators: the label of the saved sign-in in Passwords and Keys */
  return g_strdup_printf (_("Doorstep sign-in for %s on %s"), account, server);
}

static void
password_stored_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
doorstep_secret_store_save_async (DoorstepSecretKind   kind,
                                  const char          *server,
                                  const char          *account,
                                  const char          *secret,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *label = NULL;
  GTask *task;

  g_return_if_fail (server != NULL && account != NULL && secret != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_secret_store_save_async);

  label = describe (kind, server, account);
  secret_password_store (get_schema (kind), SECRET_COLLECTION_DEFAULT, label, secret,
                         cancellable, password_stored_cb, task,
                         "server", server, "account", account, NULL);
}

gboolean
doorstep_secret_store_save_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct {
  DoorstepSecretKind  kind;
  char               *server;
  char               *account;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_free (lookup->server);
  g_free (lookup->account);
  g_free (lookup);
}

/* In a thread of its own: the lookup's several calls to the Secret Service
 * go on while the main loop builds and draws the window, instead of each
 * waiting for it. */
static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Lookup *lookup = task_data;
  GError *error = NULL;
  char *secret = secret_password_lookup_sync (get_schema (lookup->kind), cancellable, &error,
                                              "server", lookup->server, "account", lookup->account, NULL);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, secret, (GDestroyNotify) secret_password_free);
}

void
doorstep_secret_store_lookup_async (DoorstepSecretKind   kind,
                                    const char          *server,
                                    const char          *account,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Lookup *lookup;

  g_return_if_fail (server != NULL && account != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_secret_store_lookup_async);
  lookup = g_new0 (Lookup, 1);
  lookup->kind = kind;
  lookup->server = g_strdup (server);
  lookup->account = g_strdup (account);
  g_task_set_task_data (task, lookup, (GDestroyNotify) lookup_free);
  g_task_run_in_thread (task, lookup_thread);
}

/**
 * doorstep_secret_store_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the kept secret, or %NULL
 *   (without an error) when none is kept
 */
char *
doorstep_secret_store_lookup_finish (GAsyncResult  *result,
                                     GError       **error)
{
  char *secret = g_task_propagate_pointer (G_TASK (result), error);
  char *copy = g_strdup (secret);

  secret_password_free (secret);
  return copy;
}

/**
 * doorstep_secret_store_lookup_sync:
 *
 * For tests, which check what really is in the keyring.
 */
char *
doorstep_secret_store_lookup_sync (DoorstepSecretKind   kind,
                                   const char          *server,
                                   const char          *account,
                                   GError             **error)
{
  char *secret = secret_password_lookup_sync (get_schema (kind), NULL, error,
                                              "server", server, "account", account, NULL);
  char *copy = g_strdup (secret);

  secret_password_free (secret);
  return copy;
}

static void
password_cleared_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error means there was nothing to clear: fine. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
doorstep_secret_store_clear_async (DoorstepSecretKind   kind,
                                   const char          *server,
                                   const char          *account,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (server != NULL && account != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_secret_store_clear_async);
  secret_password_clear (get_schema (kind), cancellable, password_cleared_cb, task,
                         "server", server, "account", account, NULL);
}

gboolean
doorstep_secret_store_clear_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

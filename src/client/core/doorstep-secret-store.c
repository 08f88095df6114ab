/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "doorstep-secret-store.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    APP_ID, SECRET_SCHEMA_NONE,
    {
      { "server",  SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
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
doorstep_secret_store_save_async (const char          *server,
                                  const char          *account,
                                  const char          *refresh_token,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *label = NULL;
  GTask *task;

  g_return_if_fail (server != NULL && account != NULL && refresh_token != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_secret_store_save_async);

  /* Translators: the label of the saved sign-in in Passwords and Keys */
  label = g_strdup_printf (_("Doorstep sign-in for %s on %s"), account, server);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, refresh_token,
                         cancellable, password_stored_cb, task,
                         "server", server, "account", account, NULL);
}

gboolean
doorstep_secret_store_save_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
password_looked_up_cb (GObject      *source_object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *secret = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, secret, (GDestroyNotify) secret_password_free);
}

void
doorstep_secret_store_lookup_async (const char          *server,
                                    const char          *account,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (server != NULL && account != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_secret_store_lookup_async);
  secret_password_lookup (get_schema (), cancellable, password_looked_up_cb, task,
                          "server", server, "account", account, NULL);
}

/**
 * doorstep_secret_store_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the kept refresh token, or %NULL
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
doorstep_secret_store_lookup_sync (const char  *server,
                                   const char  *account,
                                   GError     **error)
{
  char *secret = secret_password_lookup_sync (get_schema (), NULL, error,
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
doorstep_secret_store_clear_async (const char          *server,
                                   const char          *account,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (server != NULL && account != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_secret_store_clear_async);
  secret_password_clear (get_schema (), cancellable, password_cleared_cb, task,
                         "server", server, "account", account, NULL);
}

gboolean
doorstep_secret_store_clear_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

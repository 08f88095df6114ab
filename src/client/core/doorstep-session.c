/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-auth-api.h"
#include "doorstep-company-api.h"
#include "doorstep-secret-store.h"
#include "doorstep-session.h"
#include "doorstep-technician-photos.h"

struct _DoorstepSession {
  GObject                   parent_instance;

  DoorstepApiClient        *client;
  DoorstepUser             *user;
  DoorstepCompany          *company;
  char                     *account;     /* the email the kept secret is under */
  gboolean                  remembered;  /* a secret is kept for this session */
  GCancellable             *cancellable;
  DoorstepTechnicianPhotos *photos;      /* forgotten when the user signs out */
  struct _Prepared         *prepared;    /* a look in the keyring ahead of a resume */
};

/* The keyring looked in ahead of a resume (doorstep_session_prepare_resume),
 * while the app starts up: the resume that follows for the same server and
 * account takes its answer, or waits for it. Freed by whoever holds it when
 * both the answer and the resume (or the session's dropping it) are in. */
typedef struct _Prepared {
  DoorstepSession *session;   /* owned until the keyring answers */
  char            *server;
  char            *account;
  gboolean         answered;
  char            *token;
  GError          *error;
  GTask           *waiting;   /* the resume asked before the answer came */
} Prepared;

static void
prepared_free (Prepared *prepared)
{
  g_assert (prepared->session == NULL && prepared->waiting == NULL);
  g_free (prepared->server);
  g_free (prepared->account);
  g_free (prepared->token);
  g_clear_error (&prepared->error);
  g_free (prepared);
}

/* Lets go of the look ahead; one still waiting for the keyring is freed
 * when the answer comes. */
static void
drop_prepared (DoorstepSession *self)
{
  Prepared *prepared = g_steal_pointer (&self->prepared);

  if (prepared != NULL && prepared->answered)
    prepared_free (prepared);
}

G_DEFINE_FINAL_TYPE (DoorstepSession, doorstep_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_USER,
  PROP_COMPANY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENDED,
  NOTICE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_user (DoorstepSession *self,
          DoorstepUser    *user)
{
  if (g_set_object (&self->user, user))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER]);
  if (user == NULL && self->photos != NULL)
    doorstep_technician_photos_forget (self->photos);
  if (user == NULL && self->company != NULL)
    {
      g_clear_object (&self->company);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
    }
}

static void
secret_saved_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DoorstepSession) self = user_data;
  g_autoptr(GError) error = NULL;

  if (doorstep_secret_store_save_finish (result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Expected where there is no keyring; the person is told. */
  g_message ("Could not keep the sign-in in the keyring: %s", error->message);
  if (self->remembered)
    {
      self->remembered = FALSE;
      g_signal_emit (self, signals[NOTICE], 0,
                     _("Doorstep can’t remember you on this computer because no keyring is available. You’ll need to sign in again next time."));
    }
}

static void
keep_refresh_token (DoorstepSession *self)
{
  const char *token = doorstep_api_client_get_refresh_token (self->client);

  if (!self->remembered || token == NULL || self->account == NULL)
    return;

  doorstep_secret_store_save_async (DOORSTEP_SECRET_SIGN_IN, doorstep_api_client_get_base_url (self->client), self->account,
                                    token, self->cancellable, secret_saved_cb, g_object_ref (self));
}

static void
secret_cleared_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!doorstep_secret_store_clear_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Could not remove the kept sign-in: %s", error->message);
}

/* Not tied to the session's life: a sign-out must finish even if the app
 * closes meanwhile. The account's calendar address goes too: a computer
 * signed out of keeps nothing of the account. */
static void
forget_kept_secret (DoorstepSession *self,
                    const char      *account)
{
  const char *server = doorstep_api_client_get_base_url (self->client);

  if (server == NULL || account == NULL)
    return;
  doorstep_secret_store_clear_async (DOORSTEP_SECRET_SIGN_IN, server, account, NULL, secret_cleared_cb, NULL);
  doorstep_secret_store_clear_async (DOORSTEP_SECRET_CALENDAR_FEED, server, account, NULL, secret_cleared_cb, NULL);
}

static void
client_session_changed_cb (DoorstepSession *self)
{
  /* Refresh tokens rotate: the kept one must always be the newest. */
  keep_refresh_token (self);
}

static void
client_session_ended_cb (DoorstepSession *self)
{
  if (self->user == NULL)
    return;

  forget_kept_secret (self, self->account);
  self->remembered = FALSE;
  set_user (self, NULL);
  g_signal_emit (self, signals[ENDED], 0);
}

static void
doorstep_session_dispose (GObject *object)
{
  DoorstepSession *self = DOORSTEP_SESSION (object);

  g_cancellable_cancel (self->cancellable);
  drop_prepared (self);
  if (self->client != NULL)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->user);
  g_clear_object (&self->company);
  g_clear_object (&self->photos);

  G_OBJECT_CLASS (doorstep_session_parent_class)->dispose (object);
}

static void
doorstep_session_finalize (GObject *object)
{
  g_free (DOORSTEP_SESSION (object)->account);
  G_OBJECT_CLASS (doorstep_session_parent_class)->finalize (object);
}

static void
doorstep_session_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DoorstepSession *self = DOORSTEP_SESSION (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_USER:
      g_value_set_object (value, self->user);
      break;
    case PROP_COMPANY:
      g_value_set_object (value, self->company);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_session_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DoorstepSession *self = DOORSTEP_SESSION (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      self->photos = doorstep_technician_photos_new (self->client);
      g_signal_connect_object (self->client, "session-changed", G_CALLBACK (client_session_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->client, "session-ended", G_CALLBACK (client_session_ended_cb),
                               self, G_CONNECT_SWAPPED);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_session_class_init (DoorstepSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_session_dispose;
  object_class->finalize = doorstep_session_finalize;
  object_class->get_property = doorstep_session_get_property;
  object_class->set_property = doorstep_session_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, DOORSTEP_TYPE_API_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_object ("user", NULL, NULL, DOORSTEP_TYPE_USER,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPANY] =
    g_param_spec_object ("company", NULL, NULL, DOORSTEP_TYPE_COMPANY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DoorstepSession::ended:
   *
   * The server ended the session (it would not refresh it): the user must
   * sign in again. The kept sign-in is already forgotten.
   */
  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DoorstepSession::notice:
   * @message: what to tell the person
   *
   * Something the person should know that stops nothing, such as that
   * this computer cannot remember them.
   */
  signals[NOTICE] = g_signal_new ("notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
doorstep_session_init (DoorstepSession *self)
{
  self->cancellable = g_cancellable_new ();
}

DoorstepSession *
doorstep_session_new (DoorstepApiClient *client)
{
  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (client), NULL);
  return g_object_new (DOORSTEP_TYPE_SESSION, "client", client, NULL);
}

/**
 * doorstep_session_from_scope:
 *
 * Returns: (transfer none): the session @scope was made in: how a view,
 *   which is given only its scope, reaches who is signed in
 */
DoorstepSession *
doorstep_session_from_scope (DoorstepScope *scope)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  return DOORSTEP_SESSION (doorstep_scope_get_session (scope));
}

/**
 * doorstep_session_new_scope:
 * @customer_id: (nullable): the customer staff preview, or %NULL for the
 *   signed-in person's own view
 *
 * Returns: (transfer full): a view's scope, which carries the session
 */
DoorstepScope *
doorstep_session_new_scope (DoorstepSession *self,
                            const char      *customer_id)
{
  g_return_val_if_fail (DOORSTEP_IS_SESSION (self), NULL);
  return doorstep_scope_new (self->client, G_OBJECT (self), customer_id);
}

DoorstepApiClient *
doorstep_session_get_client (DoorstepSession *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SESSION (self), NULL);
  return self->client;
}

/**
 * doorstep_session_get_user:
 *
 * Returns: (transfer none) (nullable): who is signed in, or %NULL
 */
DoorstepUser *
doorstep_session_get_user (DoorstepSession *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SESSION (self), NULL);
  return self->user;
}

/**
 * doorstep_session_get_company:
 *
 * Returns: (transfer none) (nullable): the business, once loaded
 */
DoorstepCompany *
doorstep_session_get_company (DoorstepSession *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SESSION (self), NULL);
  return self->company;
}

/**
 * doorstep_session_get_account:
 *
 * Returns: (nullable): the account signed in with, the key of what the
 *   keyring keeps for it
 */
const char *
doorstep_session_get_account (DoorstepSession *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SESSION (self), NULL);
  return self->user != NULL ? self->account : NULL;
}

/**
 * doorstep_session_get_photos:
 *
 * Returns: (transfer none): the technicians' photos shown in this
 *   session, forgotten when it ends
 */
DoorstepTechnicianPhotos *
doorstep_session_get_photos (DoorstepSession *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SESSION (self), NULL);
  return self->photos;
}

/**
 * doorstep_session_begin:
 * @user: who just signed in with their password
 *
 * Starts the session and keeps its refresh token, so the next launch
 * signs in silently.
 */
void
doorstep_session_begin (DoorstepSession *self,
                        DoorstepUser    *user)
{
  g_return_if_fail (DOORSTEP_IS_SESSION (self));
  g_return_if_fail (DOORSTEP_IS_USER (user));

  g_free (self->account);
  self->account = g_strdup (doorstep_user_get_email (user));
  self->remembered = TRUE;
  set_user (self, user);
  keep_refresh_token (self);
}

static void
resumed_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepSession *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = doorstep_auth_api_resume_finish (DOORSTEP_API_CLIENT (source_object), result,
                                                                   &error);

  if (user == NULL)
    {
      /* The kept session is over: nothing kept can resume it. */
      if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED))
        forget_kept_secret (self, g_task_get_task_data (task));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_free (self->account);
  self->account = g_strdup (g_task_get_task_data (task));
  self->remembered = TRUE;
  set_user (self, user);
  /* The resume rotated the token before there was a session to keep it
   * under; keep the new one now. */
  keep_refresh_token (self);
  g_task_return_pointer (task, g_steal_pointer (&user), g_object_unref);
}

/* Goes on with a resume (@task, owned) once the keyring has answered. */
static void
resume_with (GTask        *task,
             const char   *token,
             const GError *error)
{
  DoorstepSession *self = g_task_get_source_object (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (error));
      g_object_unref (task);
      return;
    }
  if (token == NULL)
    {
      if (error != NULL)
        g_debug ("No keyring to look in: %s", error->message);
      g_task_return_pointer (task, NULL, NULL);
      g_object_unref (task);
      return;
    }

  doorstep_auth_api_resume_async (self->client, token, g_task_get_cancellable (task), resumed_cb, task);
}

static void
secret_looked_up_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = doorstep_secret_store_lookup_finish (result, &error);

  resume_with (user_data, token, error);
}

static void
prepared_cb (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Prepared *prepared = user_data;
  g_autoptr(DoorstepSession) self = g_steal_pointer (&prepared->session);

  prepared->token = doorstep_secret_store_lookup_finish (result, &prepared->error);
  prepared->answered = TRUE;

  if (prepared->waiting != NULL)
    {
      if (self->prepared == prepared)
        self->prepared = NULL;
      resume_with (g_steal_pointer (&prepared->waiting), prepared->token, prepared->error);
      prepared_free (prepared);
    }
  else if (self->prepared != prepared)
    prepared_free (prepared);  /* dropped while the keyring was asked */
  /* else kept for the resume to come */
}

/**
 * doorstep_session_prepare_resume:
 * @account: the email last signed in with, on the client's server
 *
 * Starts looking in the keyring for what is kept for @account, ahead of
 * a doorstep_session_resume_async() for the same server and account: the
 * app does it before GTK starts up, so that the Secret Service's answer is
 * in by the time the window asks for it.
 */
void
doorstep_session_prepare_resume (DoorstepSession *self,
                                 const char      *account)
{
  Prepared *prepared;
  const char *server;

  g_return_if_fail (DOORSTEP_IS_SESSION (self));
  g_return_if_fail (account != NULL);

  server = doorstep_api_client_get_base_url (self->client);
  g_return_if_fail (server != NULL);

  drop_prepared (self);
  prepared = g_new0 (Prepared, 1);
  prepared->session = g_object_ref (self);
  prepared->server = g_strdup (server);
  prepared->account = g_strdup (account);
  self->prepared = prepared;
  doorstep_secret_store_lookup_async (DOORSTEP_SECRET_SIGN_IN, server, account, self->cancellable, prepared_cb,
                                      prepared);
}

/**
 * doorstep_session_resume_async:
 * @account: the email last signed in with, on the client's server
 *
 * Signs in silently with the refresh token kept for @account.
 */
void
doorstep_session_resume_async (DoorstepSession     *self,
                               const char          *account,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_SESSION (self));
  g_return_if_fail (account != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_session_resume_async);
  g_task_set_task_data (task, g_strdup (account), g_free);

  /* Looked up ahead: take the answer, or wait for it. */
  if (self->prepared != NULL && self->prepared->waiting == NULL &&
      g_strcmp0 (self->prepared->server, doorstep_api_client_get_base_url (self->client)) == 0 &&
      g_strcmp0 (self->prepared->account, account) == 0)
    {
      Prepared *prepared = self->prepared;

      if (!prepared->answered)
        {
          prepared->waiting = task;
          return;
        }
      self->prepared = NULL;
      resume_with (task, prepared->token, prepared->error);
      prepared_free (prepared);
      return;
    }

  drop_prepared (self);
  doorstep_secret_store_lookup_async (DOORSTEP_SECRET_SIGN_IN, doorstep_api_client_get_base_url (self->client), account,
                                      cancellable, secret_looked_up_cb, task);
}

/**
 * doorstep_session_resume_finish:
 *
 * Returns: (transfer full) (nullable): who is signed in again, or %NULL
 *   without @error when nothing was kept to resume with. An
 *   %DOORSTEP_API_ERROR_UNAUTHORIZED error means the kept session is over
 *   (and is forgotten).
 */
DoorstepUser *
doorstep_session_resume_finish (DoorstepSession  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Forgets what is kept for @account on this server, so the next launch
 * asks to sign in. */
void
doorstep_session_forget (DoorstepSession *self,
                         const char      *account)
{
  g_return_if_fail (DOORSTEP_IS_SESSION (self));
  forget_kept_secret (self, account);
}

static void
logged_out_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DoorstepSession) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!doorstep_auth_api_logout_finish (DOORSTEP_API_CLIENT (source_object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, signals[NOTICE], 0,
                   _("Signed out on this computer. The server could not be reached to end the session there."));
}

/**
 * doorstep_session_sign_out:
 *
 * Ends the session here at once, forgets the kept sign-in, and ends it on
 * the server too.
 */
void
doorstep_session_sign_out (DoorstepSession *self)
{
  g_return_if_fail (DOORSTEP_IS_SESSION (self));

  if (self->user == NULL)
    return;

  forget_kept_secret (self, self->account);
  self->remembered = FALSE;
  /* The client forgets its tokens at once; the server call only revokes. */
  doorstep_auth_api_logout_async (self->client, NULL, logged_out_cb, g_object_ref (self));
  set_user (self, NULL);
}

static void
company_loaded_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepSession *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCompany) company = doorstep_company_api_get_finish (DOORSTEP_API_CLIENT (source_object),
                                                                         result, &error);

  if (company == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_set_object (&self->company, company))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
  g_task_return_pointer (task, g_steal_pointer (&company), g_object_unref);
}

/**
 * doorstep_session_load_company_async:
 *
 * Loads the business (again), and keeps it as the session's company.
 */
void
doorstep_session_load_company_async (DoorstepSession     *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_session_load_company_async);
  doorstep_company_api_get_async (self->client, cancellable, company_loaded_cb, task);
}

/**
 * doorstep_session_load_company_finish:
 *
 * Returns: (transfer full) (nullable): the business
 */
DoorstepCompany *
doorstep_session_load_company_finish (DoorstepSession  *self,
                                      GAsyncResult     *result,
                                      GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-customers-page.h"
#include "doorstep-login-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-secret-store.h"
#include "doorstep-window.h"

#define DEFAULT_SERVER "http://127.0.0.1:8080"

/* The window has one mode at a time, a page of mode_stack:
 *
 *   loading ──▶ portal (a customer, or staff previewing one)
 *      │    └─▶ admin  (staff)
 *      ├─▶ login        (nobody signed in)
 *      └─▶ resume-error (a kept session could not be checked)
 *
 * It owns the session's life: sign-in, silent resume from the kept
 * refresh token, keeping that token current, and sign-out. */

struct _DoorstepWindow {
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *mode_stack;
  DoorstepLoginPage    *login_page;
  AdwStatusPage        *resume_error_page;
  DoorstepPortalView   *portal_view;
  DoorstepCustomersPage *customers_page;
  AdwWindowTitle       *admin_title;

  /* owned references */
  DoorstepApplication  *application;
  DoorstepApiClient    *client;
  GSettings            *settings;
  GCancellable         *cancellable;
  DoorstepUser         *user;
  char                 *account;       /* email the kept secret is under */
  gboolean              remembered;    /* a secret is kept for this session */
};

G_DEFINE_FINAL_TYPE (DoorstepWindow, doorstep_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_actions (DoorstepWindow *self)
{
  gboolean signed_in = self->user != NULL;
  gboolean staff = signed_in && doorstep_role_is_staff (doorstep_user_get_role (self->user));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", signed_in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view-as-customer", staff);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-to-customers",
                                 staff && doorstep_api_client_get_acting_customer (self->client) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", signed_in);
}

static const char *
get_server (DoorstepWindow *self)
{
  const char *server = doorstep_application_get_server (self->application);
  g_autofree char *last = NULL;

  if (server != NULL)
    return server;

  last = g_settings_get_string (self->settings, "last-server");
  if (*last != '\0')
    {
      /* Keep it alive as long as the application's copy. */
      doorstep_application_set_server (self->application, last);
      return doorstep_application_get_server (self->application);
    }

  return DEFAULT_SERVER;
}

static void
show_login (DoorstepWindow *self,
            const char     *message)
{
  g_autofree char *last_account = g_settings_get_string (self->settings, "last-account");

  g_clear_object (&self->user);
  self->remembered = FALSE;
  doorstep_api_client_set_acting_customer (self->client, NULL);
  doorstep_portal_view_clear (self->portal_view);
  doorstep_customers_page_clear (self->customers_page);

  doorstep_login_page_reset (self->login_page, get_server (self), last_account, message);
  gtk_stack_set_visible_child_name (self->mode_stack, "login");
  update_actions (self);
}

static void
enter_session (DoorstepWindow *self,
               DoorstepUser   *user)
{
  g_set_object (&self->user, user);
  g_free (self->account);
  self->account = g_strdup (doorstep_user_get_email (user));

  if (doorstep_role_is_staff (doorstep_user_get_role (user)))
    {
      g_autofree char *subtitle = g_strdup_printf (_("Signed in as %s, %s"),
                                                   doorstep_user_get_display_name (user),
                                                   doorstep_role_get_label (doorstep_user_get_role (user)));
      adw_window_title_set_subtitle (self->admin_title, subtitle);
      doorstep_customers_page_load (self->customers_page, self->client);
      gtk_stack_set_visible_child_name (self->mode_stack, "admin");
    }
  else
    {
      doorstep_portal_view_load (self->portal_view, self->client, FALSE);
      gtk_stack_set_visible_child_name (self->mode_stack, "portal");
    }

  update_actions (self);
}

static void
secret_saved_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DoorstepWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (doorstep_secret_store_save_finish (result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Expected where there is no keyring; the person is told below. */
  g_message ("Could not keep the sign-in in the keyring: %s", error->message);
  if (self->remembered)
    {
      self->remembered = FALSE;
      doorstep_window_add_toast (self, _("Doorstep can’t remember you on this computer because no keyring is available. You’ll need to sign in again next time."));
    }
}

static void
keep_refresh_token (DoorstepWindow *self)
{
  const char *token = doorstep_api_client_get_refresh_token (self->client);

  if (!self->remembered || token == NULL || self->account == NULL)
    return;

  doorstep_secret_store_save_async (doorstep_api_client_get_base_url (self->client), self->account,
                                    token, self->cancellable, secret_saved_cb, g_object_ref (self));
}

static void
session_changed_cb (DoorstepWindow    *self,
                    DoorstepApiClient *client)
{
  /* Refresh tokens rotate: the kept one must always be the newest. */
  keep_refresh_token (self);
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

static void
forget_kept_secret (DoorstepWindow *self,
                    const char     *server,
                    const char     *account)
{
  if (server == NULL || account == NULL)
    return;
  /* Not tied to the window: a sign-out must finish even if it closes. */
  doorstep_secret_store_clear_async (server, account, NULL, secret_cleared_cb, NULL);
}

static void
session_ended_cb (DoorstepWindow    *self,
                  DoorstepApiClient *client)
{
  if (self->user == NULL)
    return;

  forget_kept_secret (self, doorstep_api_client_get_base_url (client), self->account);
  show_login (self, _("Your session has ended. Sign in again."));
}

static void
signed_in_cb (DoorstepWindow    *self,
              DoorstepUser      *user,
              DoorstepLoginPage *page)
{
  const char *server = doorstep_api_client_get_base_url (self->client);

  g_settings_set_string (self->settings, "last-server", server);
  g_settings_set_string (self->settings, "last-account", doorstep_user_get_email (user));
  doorstep_application_set_server (self->application, server);

  enter_session (self, user);
  self->remembered = TRUE;
  keep_refresh_token (self);
}

static void
resumed_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DoorstepWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = NULL;

  user = doorstep_api_client_resume_finish (DOORSTEP_API_CLIENT (source_object), result, &error);
  if (user != NULL)
    {
      self->remembered = TRUE;
      enter_session (self, user);
      /* The resume rotated the token before we had a session to keep it
       * under; keep the new one now. */
      keep_refresh_token (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED))
    {
      forget_kept_secret (self, doorstep_api_client_get_base_url (self->client), self->account);
      show_login (self, _("Your session has ended. Sign in again."));
      return;
    }

  adw_status_page_set_description (self->resume_error_page, error->message);
  gtk_stack_set_visible_child_name (self->mode_stack, "resume-error");
}

static void
secret_looked_up_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(DoorstepWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  token = doorstep_secret_store_lookup_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (token == NULL)
    {
      if (error != NULL)
        g_debug ("No keyring to look in: %s", error->message);
      show_login (self, NULL);
      return;
    }

  doorstep_api_client_resume_async (self->client, token, self->cancellable, resumed_cb, g_object_ref (self));
}

static void
resume (DoorstepWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last_server = g_settings_get_string (self->settings, "last-server");
  g_autofree char *last_account = g_settings_get_string (self->settings, "last-account");
  const char *server = get_server (self);

  if (!doorstep_api_client_set_base_url (self->client, server, &error))
    {
      show_login (self, error->message);
      return;
    }

  /* Only the account last signed in to this very server can be resumed. */
  if (*last_account == '\0' || g_strcmp0 (last_server, doorstep_api_client_get_base_url (self->client)) != 0)
    {
      show_login (self, NULL);
      return;
    }

  g_free (self->account);
  self->account = g_steal_pointer (&last_account);
  gtk_stack_set_visible_child_name (self->mode_stack, "loading");
  doorstep_secret_store_lookup_async (doorstep_api_client_get_base_url (self->client), self->account,
                                      self->cancellable, secret_looked_up_cb, g_object_ref (self));
}

static void
retry_resume_cb (DoorstepWindow *self)
{
  resume (self);
}

static void
sign_in_again_cb (DoorstepWindow *self)
{
  forget_kept_secret (self, doorstep_api_client_get_base_url (self->client), self->account);
  show_login (self, NULL);
}

static void
logged_out_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DoorstepWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!doorstep_api_client_logout_finish (DOORSTEP_API_CLIENT (source_object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    doorstep_window_add_toast (self, _("Signed out on this computer. The server could not be reached to end the session there."));
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);

  if (self->user == NULL)
    return;

  forget_kept_secret (self, doorstep_api_client_get_base_url (self->client), self->account);
  /* The client forgets its tokens at once; the server call only revokes. */
  doorstep_api_client_logout_async (self->client, NULL, logged_out_cb, g_object_ref (self));
  show_login (self, NULL);
}

static void
view_as_customer_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);

  if (self->user == NULL || !doorstep_role_is_staff (doorstep_user_get_role (self->user)))
    return;

  doorstep_api_client_set_acting_customer (self->client, g_variant_get_string (parameter, NULL));
  doorstep_portal_view_load (self->portal_view, self->client, TRUE);
  gtk_stack_set_visible_child_name (self->mode_stack, "portal");
  update_actions (self);
}

static void
back_to_customers_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);

  doorstep_api_client_set_acting_customer (self->client, NULL);
  doorstep_portal_view_clear (self->portal_view);
  gtk_stack_set_visible_child_name (self->mode_stack, "admin");
  update_actions (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);
  const char *mode = gtk_stack_get_visible_child_name (self->mode_stack);

  if (g_strcmp0 (mode, "portal") == 0)
    doorstep_portal_view_reload (self->portal_view);
  else if (g_strcmp0 (mode, "admin") == 0)
    doorstep_customers_page_load (self->customers_page, self->client);
}

static void
doorstep_window_dispose (GObject *object)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->client != NULL)
    g_signal_handlers_disconnect_by_data (self->client, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->user);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (doorstep_window_parent_class)->dispose (object);
}

static void
doorstep_window_finalize (GObject *object)
{
  g_free (DOORSTEP_WINDOW (object)->account);
  G_OBJECT_CLASS (doorstep_window_parent_class)->finalize (object);
}

static void
doorstep_window_class_init (DoorstepWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_window_dispose;
  object_class->finalize = doorstep_window_finalize;

  g_type_ensure (DOORSTEP_TYPE_LOGIN_PAGE);
  g_type_ensure (DOORSTEP_TYPE_PORTAL_VIEW);
  g_type_ensure (DOORSTEP_TYPE_CUSTOMERS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/doorstep-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, login_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, resume_error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, portal_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, customers_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, admin_title);
  gtk_widget_class_bind_template_callback (widget_class, signed_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_resume_cb);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_again_cb);

  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);
  gtk_widget_class_install_action (widget_class, "win.view-as-customer", "s", view_as_customer_action);
  gtk_widget_class_install_action (widget_class, "win.back-to-customers", NULL, back_to_customers_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
}

static void
doorstep_window_init (DoorstepWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

DoorstepWindow *
doorstep_window_new (DoorstepApplication *application)
{
  DoorstepWindow *self;

  g_return_val_if_fail (DOORSTEP_IS_APPLICATION (application), NULL);

  self = g_object_new (DOORSTEP_TYPE_WINDOW, "application", application, NULL);
  self->application = g_object_ref (application);
  self->client = g_object_ref (doorstep_application_get_client (application));
  self->settings = g_object_ref (doorstep_application_get_settings (application));

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->client, "session-changed", G_CALLBACK (session_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->client, "session-ended", G_CALLBACK (session_ended_cb),
                           self, G_CONNECT_SWAPPED);
  doorstep_login_page_set_client (self->login_page, self->client);
  update_actions (self);

  return self;
}

/**
 * doorstep_window_start:
 *
 * Signs in silently with the token kept for the last account on this
 * server, or shows the sign-in page.
 */
void
doorstep_window_start (DoorstepWindow *self)
{
  g_return_if_fail (DOORSTEP_IS_WINDOW (self));
  resume (self);
}

/**
 * doorstep_window_get_mode:
 *
 * Returns: "loading", "login", "resume-error", "portal" or "admin"
 */
const char *
doorstep_window_get_mode (DoorstepWindow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->mode_stack);
}

DoorstepUser *
doorstep_window_get_user (DoorstepWindow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_WINDOW (self), NULL);
  return self->user;
}

void
doorstep_window_add_toast (DoorstepWindow *self,
                           const char     *title)
{
  AdwToast *toast;

  g_return_if_fail (DOORSTEP_IS_WINDOW (self));

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * doorstep_window_toast_from:
 * @widget: a widget in the main window, or in a window transient for it
 *
 * Shows @title as a toast in the main window @widget belongs to.
 */
void
doorstep_window_toast_from (GtkWidget  *widget,
                            const char *title)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root)) : NULL;

  if (DOORSTEP_IS_WINDOW (root))
    doorstep_window_add_toast (DOORSTEP_WINDOW (root), title);
  else if (DOORSTEP_IS_WINDOW (parent))
    doorstep_window_add_toast (DOORSTEP_WINDOW (parent), title);
}

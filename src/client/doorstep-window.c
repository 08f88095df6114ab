/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-login-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-primary-menu.h"
#include "doorstep-staff-view.h"
#include "doorstep-toast.h"
#include "doorstep-window.h"

/* How long a new window waits for a kept session to be checked before it
 * shows its loading page instead of what follows. */
#define SHOW_WITHIN_MS 250

/* The window has one mode at a time, a page of mode_stack:
 *
 *   loading ──▶ portal (a customer, or staff previewing one)
 *      │    └─▶ admin  (staff)
 *      ├─▶ login        (nobody signed in)
 *      └─▶ resume-error (a kept session could not be checked)
 *
 * The session (the application's, given to the window with the choice of
 * server and the settings) keeps who is signed in and their
 * keyring; the window shows what follows from it, with one scope per
 * view: the person's own, or the customer staff are previewing. The login
 * page and the staff view are built when first shown: a customer's
 * session resumed at start needs neither.
 *
 * A new window shows itself once what it shows first is ready (the sign-in
 * page, the error, the staff view, or the portal once its dashboard has
 * loaded), or after SHOW_WITHIN_MS with what it has then: checking a kept
 * session and loading the dashboard usually take a few milliseconds, so
 * the window opens on the dashboard without a flash of the loading page
 * and without laying out and drawing itself once for each step. */

struct _DoorstepWindow {
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *mode_stack;
  AdwBin               *login_slot;
  AdwStatusPage        *resume_error_page;
  GtkMenuButton        *login_menu_button;
  DoorstepPortalView   *portal_view;
  AdwBin               *staff_slot;

  /* built when first shown, the children of the slots; NULL until then */
  DoorstepLoginPage    *login_page;
  DoorstepStaffView    *staff_view;

  /* owned references */
  DoorstepSession      *session;
  DoorstepServerChoice *servers;
  GSettings            *settings;
  GCancellable         *cancellable;

  /* while a new window waits to show itself */
  guint                 show_source;
};

G_DEFINE_FINAL_TYPE (DoorstepWindow, doorstep_window, ADW_TYPE_APPLICATION_WINDOW)

static DoorstepApiClient *
get_client (DoorstepWindow *self)
{
  return doorstep_session_get_client (self->session);
}

static gboolean
is_staff (DoorstepWindow *self)
{
  DoorstepUser *user = doorstep_session_get_user (self->session);

  return user != NULL && doorstep_role_is_staff (doorstep_user_get_role (user));
}

static void
update_actions (DoorstepWindow *self)
{
  DoorstepScope *shown = doorstep_portal_view_get_scope (self->portal_view);
  gboolean signed_in = doorstep_session_get_user (self->session) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", signed_in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view-as-customer", is_staff (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-to-customers",
                                 is_staff (self) && shown != NULL && doorstep_scope_get_read_only (shown));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", signed_in);
}

static void signed_in_cb (DoorstepWindow    *self,
                          DoorstepUser      *user,
                          DoorstepLoginPage *page);

static DoorstepLoginPage *
ensure_login_page (DoorstepWindow *self)
{
  if (self->login_page == NULL)
    {
      self->login_page = g_object_new (DOORSTEP_TYPE_LOGIN_PAGE, NULL);
      g_signal_connect_object (self->login_page, "signed-in", G_CALLBACK (signed_in_cb), self, G_CONNECT_SWAPPED);
      doorstep_login_page_set_client (self->login_page, get_client (self));
      adw_bin_set_child (self->login_slot, GTK_WIDGET (self->login_page));
    }
  return self->login_page;
}

static DoorstepStaffView *
ensure_staff_view (DoorstepWindow *self)
{
  if (self->staff_view == NULL)
    {
      self->staff_view = g_object_new (DOORSTEP_TYPE_STAFF_VIEW, NULL);
      adw_bin_set_child (self->staff_slot, GTK_WIDGET (self->staff_view));
    }
  return self->staff_view;
}

static void
show_login (DoorstepWindow *self,
            const char     *message)
{
  g_autofree char *last_account = g_settings_get_string (self->settings, "last-account");

  doorstep_portal_view_clear (self->portal_view);
  if (self->staff_view != NULL)
    doorstep_staff_view_clear (self->staff_view);

  doorstep_login_page_reset (ensure_login_page (self), doorstep_server_choice_get_server (self->servers),
                             last_account, message);
  gtk_stack_set_visible_child_name (self->mode_stack, "login");
  update_actions (self);
}

static void
enter_session (DoorstepWindow *self)
{
  g_autoptr(DoorstepScope) own = doorstep_session_new_scope (self->session, NULL);

  if (is_staff (self))
    {
      doorstep_staff_view_load (ensure_staff_view (self), own);
      gtk_stack_set_visible_child_name (self->mode_stack, "admin");
    }
  else
    {
      doorstep_portal_view_load (self->portal_view, own);
      gtk_stack_set_visible_child_name (self->mode_stack, "portal");
    }

  update_actions (self);
}

static void
session_ended_cb (DoorstepWindow *self)
{
  show_login (self, _("Your session has ended. Sign in again."));
}

static void
session_notice_cb (DoorstepWindow *self,
                   const char     *message)
{
  doorstep_toast (GTK_WIDGET (self), message);
}

static void
signed_in_cb (DoorstepWindow    *self,
              DoorstepUser      *user,
              DoorstepLoginPage *page)
{
  const char *server = doorstep_api_client_get_base_url (get_client (self));

  g_settings_set_string (self->settings, "last-server", server);
  g_settings_set_string (self->settings, "last-account", doorstep_user_get_email (user));
  doorstep_server_choice_set_server (self->servers, server);

  doorstep_session_begin (self->session, user);
  enter_session (self);
}

/* Shows a new window; once shown, the window stays where the user put it. */
static void
show_first_time (DoorstepWindow *self)
{
  if (self->show_source == 0)
    return;
  g_clear_handle_id (&self->show_source, g_source_remove);
  g_signal_handlers_disconnect_by_func (self->portal_view, show_first_time, self);
  gtk_window_present (GTK_WINDOW (self));
}

static gboolean
show_timeout_cb (gpointer user_data)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (user_data);

  self->show_source = 0;
  g_signal_handlers_disconnect_by_func (self->portal_view, show_first_time, self);
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
resumed_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = doorstep_session_resume_finish (DOORSTEP_SESSION (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_WINDOW (user_data);
  if (user != NULL)
    enter_session (self);
  else if (error == NULL)
    show_login (self, NULL);
  else if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED))
    show_login (self, _("Your session has ended. Sign in again."));
  else
    {
      adw_status_page_set_description (self->resume_error_page, error->message);
      gtk_stack_set_visible_child_name (self->mode_stack, "resume-error");
    }

  if (self->show_source == 0)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "portal") == 0 &&
      doorstep_portal_view_get_loading (self->portal_view))
    g_signal_connect_swapped (self->portal_view, "notify::loading", G_CALLBACK (show_first_time), self);
  else
    show_first_time (self);
}

static void
resume (DoorstepWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *account = NULL;

  if (!doorstep_server_choice_choose (self->servers, &account, &error))
    {
      show_login (self, error->message);
      return;
    }
  if (account == NULL)
    {
      show_login (self, NULL);
      return;
    }

  gtk_stack_set_visible_child_name (self->mode_stack, "loading");
  doorstep_session_resume_async (self->session, account, self->cancellable, resumed_cb, self);
}

static void
retry_resume_cb (DoorstepWindow *self)
{
  resume (self);
}

static void
sign_in_again_cb (DoorstepWindow *self)
{
  g_autofree char *last_account = g_settings_get_string (self->settings, "last-account");

  doorstep_session_forget (self->session, last_account);
  show_login (self, NULL);
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);

  if (doorstep_session_get_user (self->session) == NULL)
    return;

  doorstep_session_sign_out (self->session);
  show_login (self, NULL);
}

static void
view_as_customer_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);
  g_autoptr(DoorstepScope) preview = NULL;

  if (!is_staff (self))
    return;

  preview = doorstep_session_new_scope (self->session, g_variant_get_string (parameter, NULL));
  doorstep_portal_view_load (self->portal_view, preview);
  gtk_stack_set_visible_child_name (self->mode_stack, "portal");
  update_actions (self);
}

static void
back_to_customers_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);

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
  else if (g_strcmp0 (mode, "admin") == 0 && self->staff_view != NULL)
    doorstep_staff_view_reload (self->staff_view);
}

/* The keyboard shortcuts, built the first time they are asked for (not
 * at gtk/help-overlay.ui, where GtkApplication would build them for every
 * window as it opens). As the window's help overlay, they show the
 * application's accelerators and close with the window. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/doorstep/Doorstep/doorstep-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* What any widget in the window, or in a window transient for it, says in
 * passing: doorstep_toast() activates this. */
static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (widget);
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
doorstep_window_dispose (GObject *object)
{
  DoorstepWindow *self = DOORSTEP_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->show_source, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_object (&self->servers);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (doorstep_window_parent_class)->dispose (object);
}

static void
doorstep_window_class_init (DoorstepWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_window_dispose;

  g_type_ensure (DOORSTEP_TYPE_PORTAL_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/doorstep-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, login_slot);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, resume_error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, login_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, portal_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepWindow, staff_slot);
  gtk_widget_class_bind_template_callback (widget_class, retry_resume_cb);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_again_cb);

  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);
  gtk_widget_class_install_action (widget_class, "win.view-as-customer", "s", view_as_customer_action);
  gtk_widget_class_install_action (widget_class, "win.back-to-customers", NULL, back_to_customers_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
}

static void
doorstep_window_init (DoorstepWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * doorstep_window_new:
 * @session: who is signed in, shared by every window
 * @servers: which server to sign in to
 * @settings: the app's: the window's size, the account last signed in
 */
DoorstepWindow *
doorstep_window_new (GtkApplication       *application,
                     DoorstepSession      *session,
                     DoorstepServerChoice *servers,
                     GSettings            *settings)
{
  DoorstepWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (DOORSTEP_IS_SESSION (session), NULL);
  g_return_val_if_fail (DOORSTEP_IS_SERVER_CHOICE (servers), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DOORSTEP_TYPE_WINDOW, "application", application, NULL);
  self->session = g_object_ref (session);
  self->servers = g_object_ref (servers);
  self->settings = g_object_ref (settings);

  doorstep_primary_menu_button_init (self->login_menu_button);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->session, "ended", G_CALLBACK (session_ended_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notice", G_CALLBACK (session_notice_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);

  return self;
}

/**
 * doorstep_window_start:
 *
 * Signs in silently with the token kept for the last account on this
 * server, or shows the sign-in page; and presents the window, at once or
 * as soon as the kept session has been checked (at most SHOW_WITHIN_MS
 * later).
 */
void
doorstep_window_start (DoorstepWindow *self)
{
  g_return_if_fail (DOORSTEP_IS_WINDOW (self));
  g_return_if_fail (self->show_source == 0);

  resume (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "loading") == 0)
    self->show_source = g_timeout_add (SHOW_WITHIN_MS, show_timeout_cb, self);
  else
    gtk_window_present (GTK_WINDOW (self));
}

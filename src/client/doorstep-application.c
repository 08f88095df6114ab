/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-application.h"
#include "doorstep-window.h"

struct _DoorstepApplication {
  AdwApplication        parent_instance;

  DoorstepApiClient    *client;
  DoorstepSession      *session;
  GSettings            *settings;
  DoorstepServerChoice *servers;
};

G_DEFINE_FINAL_TYPE (DoorstepApplication, doorstep_application, ADW_TYPE_APPLICATION)

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Doorstep developers", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (about, _("Doorstep"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_comments (about, _("Everything you have with your home-service business: quotes, visits, invoices, plans and documents."));
  adw_about_window_set_developer_name (about, _("The Doorstep developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit",  quit_activated_cb,  NULL, NULL, NULL },
  { "about", about_activated_cb, NULL, NULL, NULL },
};

static int
doorstep_application_handle_local_options (GApplication *application,
                                           GVariantDict *options)
{
  DoorstepApplication *self = DOORSTEP_APPLICATION (application);
  const char *server = NULL;

  if (g_variant_dict_lookup (options, "server", "&s", &server))
    doorstep_application_set_server (self, server);

  /* Go on with the default handling: register, then activate. */
  return -1;
}

/* Looks in the keyring for the sign-in kept for the account that may
 * resume while GTK starts up; the window's resume takes the answer. */
static void
prepare_resume (DoorstepApplication *self)
{
  g_autofree char *account = NULL;

  if (doorstep_server_choice_choose (self->servers, &account, NULL) && account != NULL)
    doorstep_session_prepare_resume (self->session, account);
}

static void
doorstep_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *request_accels[] = { "<Control>n", NULL };
  static const char *reload_accels[] = { "<Control>r", "F5", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  GtkApplication *app = GTK_APPLICATION (application);

  /* Before GTK's own start, which takes longer than the keyring. */
  prepare_resume (DOORSTEP_APPLICATION (application));
  G_APPLICATION_CLASS (doorstep_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (app, "window.close", close_accels);
  gtk_application_set_accels_for_action (app, "portal.request-work", request_accels);
  gtk_application_set_accels_for_action (app, "win.reload", reload_accels);
  gtk_application_set_accels_for_action (app, "list.search", search_accels);
  gtk_application_set_accels_for_action (app, "win.show-help-overlay", shortcuts_accels);
}

static void
doorstep_application_activate (GApplication *application)
{
  DoorstepApplication *self = DOORSTEP_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* A new window presents itself once it knows what to show first. */
  if (window == NULL)
    doorstep_window_start (doorstep_window_new (GTK_APPLICATION (self), self->session, self->servers,
                                                self->settings));
  else
    gtk_window_present (window);
}

static void
doorstep_application_dispose (GObject *object)
{
  DoorstepApplication *self = DOORSTEP_APPLICATION (object);

  g_clear_object (&self->servers);
  g_clear_object (&self->session);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (doorstep_application_parent_class)->dispose (object);
}

static void
doorstep_application_class_init (DoorstepApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = doorstep_application_dispose;
  app_class->handle_local_options = doorstep_application_handle_local_options;
  app_class->startup = doorstep_application_startup;
  app_class->activate = doorstep_application_activate;
}

static void
doorstep_application_init (DoorstepApplication *self)
{
  const GOptionEntry options[] = {
    { "server", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Sign in to the Doorstep server at URL"), N_("URL") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  self->client = doorstep_api_client_new ();
  self->session = doorstep_session_new (self->client);
  self->settings = g_settings_new (APP_ID);
  self->servers = doorstep_server_choice_new (self->client, self->settings);
}

DoorstepApplication *
doorstep_application_new (void)
{
  return g_object_new (DOORSTEP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/doorstep/Doorstep",
                       NULL);
}

DoorstepApiClient *
doorstep_application_get_client (DoorstepApplication *self)
{
  g_return_val_if_fail (DOORSTEP_IS_APPLICATION (self), NULL);
  return self->client;
}

/* Who is signed in, on the client's server. */
DoorstepSession *
doorstep_application_get_session (DoorstepApplication *self)
{
  g_return_val_if_fail (DOORSTEP_IS_APPLICATION (self), NULL);
  return self->session;
}

GSettings *
doorstep_application_get_settings (DoorstepApplication *self)
{
  g_return_val_if_fail (DOORSTEP_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * doorstep_application_set_server:
 * @server: (nullable): the server to offer on the sign-in page, overriding
 *   the one used last time
 */
void
doorstep_application_set_server (DoorstepApplication *self,
                                 const char          *server)
{
  g_return_if_fail (DOORSTEP_IS_APPLICATION (self));
  doorstep_server_choice_set_server (self->servers, server);
}

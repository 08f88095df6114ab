/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-auth-api.h"
#include "doorstep-form.h"
#include "doorstep-login-page.h"
#include "doorstep-rows.h"

#define PROBE_DELAY_MS 400

struct _DoorstepLoginPage {
  AdwBin             parent_instance;

  /* template widgets */
  AdwEntryRow       *server_row;
  AdwEntryRow       *email_row;
  AdwEntryRow       *password_row;
  GtkLabel          *server_hint;
  GtkLabel          *error_label;
  GtkButton         *sign_in_button;
  GtkSpinner        *spinner;
  AdwPreferencesGroup *demo_group;
  GtkListBox        *demo_list;

  /* owned references */
  DoorstepForm      *form;
  DoorstepApiClient *client;
  GCancellable      *cancellable;        /* the sign-in in flight */
  GCancellable      *probe_cancellable;  /* the server check in flight */
  guint              probe_source;
  char              *demo_password;
  gboolean           busy;
};

G_DEFINE_FINAL_TYPE (DoorstepLoginPage, doorstep_login_page, ADW_TYPE_BIN)

enum {
  SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (DoorstepLoginPage *self,
          gboolean           busy)
{
  /* Read-only rather than insensitive: the focus stays where it is, so a
   * keyboard user carries on from the same field afterwards. */
  self->busy = busy;
  gtk_editable_set_editable (GTK_EDITABLE (self->server_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->email_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->password_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "login.sign-in", !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->demo_group), !busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

static void
clear_demo_rows (DoorstepLoginPage *self)
{
  doorstep_rows_bind (self->demo_list, NULL, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_group), FALSE);
  g_clear_pointer (&self->demo_password, g_free);
}

static void sign_in (DoorstepLoginPage *self);

static void
demo_row_activated_cb (AdwActionRow      *row,
                       DoorstepLoginPage *self)
{
  const char *email = g_object_get_data (G_OBJECT (row), "email");

  gtk_editable_set_text (GTK_EDITABLE (self->email_row), email);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), self->demo_password);
  sign_in (self);
}

static GtkWidget *
new_demo_row (gpointer item,
              gpointer user_data)
{
  DoorstepLoginPage *self = user_data;
  DoorstepDemoAccount *account = item;
  const char *name = doorstep_demo_account_get_display_name (account);
  const char *email = doorstep_demo_account_get_email (account);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                               doorstep_role_get_label (doorstep_demo_account_get_role (account)),
                                               email);
  g_autofree char *label = g_strdup_printf (_("Sign in as %s"), name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label, -1);
  g_object_set_data_full (G_OBJECT (row), "email", g_strdup (email), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (demo_row_activated_cb), self);
  return row;
}

static void
health_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepLoginPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepHealth) health = NULL;
  GListModel *accounts;

  health = doorstep_auth_api_get_health_finish (DOORSTEP_API_CLIENT (source_object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_LOGIN_PAGE (user_data);
  clear_demo_rows (self);

  if (health == NULL)
    {
      gtk_label_set_text (self->server_hint, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->server_hint), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->server_hint), FALSE);

  accounts = doorstep_health_get_demo_accounts (health);
  if (accounts == NULL || g_list_model_get_n_items (accounts) == 0)
    return;

  self->demo_password = g_strdup (doorstep_health_get_demo_password (health));
  doorstep_rows_bind (self->demo_list, accounts, new_demo_row, self);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_group), TRUE);
}

static gboolean
probe_server_cb (gpointer user_data)
{
  DoorstepLoginPage *self = user_data;
  g_autoptr(GError) error = NULL;

  self->probe_source = 0;

  g_cancellable_cancel (self->probe_cancellable);
  g_clear_object (&self->probe_cancellable);

  if (!doorstep_api_client_set_base_url (self->client, gtk_editable_get_text (GTK_EDITABLE (self->server_row)), &error))
    {
      clear_demo_rows (self);
      gtk_label_set_text (self->server_hint, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->server_hint), TRUE);
      return G_SOURCE_REMOVE;
    }

  self->probe_cancellable = g_cancellable_new ();
  doorstep_auth_api_get_health_async (self->client, self->probe_cancellable, health_cb, self);
  return G_SOURCE_REMOVE;
}

static void
server_changed_cb (DoorstepLoginPage *self)
{
  doorstep_form_set_field_error (self->form, "server", NULL);
  /* Demo accounts belong to the server they came from. */
  clear_demo_rows (self);
  g_clear_handle_id (&self->probe_source, g_source_remove);
  if (self->client != NULL)
    self->probe_source = g_timeout_add (PROBE_DELAY_MS, probe_server_cb, self);
}

static void
email_changed_cb (DoorstepLoginPage *self)
{
  doorstep_form_set_field_error (self->form, "email", NULL);
}

static void
password_changed_cb (DoorstepLoginPage *self)
{
  doorstep_form_set_field_error (self->form, "password", NULL);
}

static void
logged_in_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DoorstepLoginPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = NULL;
  GHashTable *fields;

  user = doorstep_auth_api_login_finish (DOORSTEP_API_CLIENT (source_object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_LOGIN_PAGE (user_data);
  set_busy (self, FALSE);

  if (user != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
      g_signal_emit (self, signals[SIGNED_IN], 0, user);
      return;
    }

  /* Keep what was typed; point at what to fix. */
  doorstep_form_show_api_error (self->form, error);
  fields = doorstep_api_error_get_field_errors (error);
  if (fields != NULL && g_hash_table_contains (fields, "email"))
    gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
  else if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED) ||
           (fields != NULL && g_hash_table_contains (fields, "password")))
    {
      doorstep_form_set_field_error (self->form, "password", error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
    }
  else if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_NETWORK) ||
           g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS))
    doorstep_form_set_field_error (self->form, "server", error->message);
}

static void
sign_in (DoorstepLoginPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (self->client == NULL || self->busy)
    return;

  if (!doorstep_api_client_set_base_url (self->client, gtk_editable_get_text (GTK_EDITABLE (self->server_row)), &error))
    {
      doorstep_form_set_field_error (self->form, "server", error->message);
      doorstep_form_set_error (self->form, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->server_row));
      return;
    }
  if (!doorstep_validate_email (email))
    {
      const char *message = *email == '\0' ? _("Enter your email address.")
                                           : _("This is not an email address. It looks like name@example.com.");

      doorstep_form_set_field_error (self->form, "email", message);
      doorstep_form_set_error (self->form, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
      return;
    }
  if (*password == '\0')
    {
      doorstep_form_set_field_error (self->form, "password", _("Enter your password."));
      doorstep_form_set_error (self->form, _("Enter your password."));
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  doorstep_form_set_error (self->form, NULL);
  set_busy (self, TRUE);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  doorstep_auth_api_login_async (self->client, email, password, self->cancellable, logged_in_cb, self);
}

static void
sign_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sign_in (DOORSTEP_LOGIN_PAGE (widget));
}

static void
entry_activated_cb (DoorstepLoginPage *self)
{
  sign_in (self);
}

static void
doorstep_login_page_dispose (GObject *object)
{
  DoorstepLoginPage *self = DOORSTEP_LOGIN_PAGE (object);

  g_clear_handle_id (&self->probe_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->probe_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->probe_cancellable);
  g_clear_object (&self->client);
  g_clear_pointer (&self->demo_password, g_free);
  g_clear_pointer (&self->form, doorstep_form_free);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself; unparenting it here
   * too leaves AdwBin a dangling pointer. */

  G_OBJECT_CLASS (doorstep_login_page_parent_class)->dispose (object);
}

static void
doorstep_login_page_class_init (DoorstepLoginPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_login_page_dispose;

  /**
   * DoorstepLoginPage::signed-in:
   * @user: who signed in
   */
  signals[SIGNED_IN] = g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOORSTEP_TYPE_USER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/doorstep-login-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, server_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, server_hint);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, demo_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepLoginPage, demo_list);
  gtk_widget_class_bind_template_callback (widget_class, server_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, email_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, password_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "login.sign-in", NULL, sign_in_action);
}

static void
doorstep_login_page_init (DoorstepLoginPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->form = doorstep_form_new (self->error_label);
  doorstep_form_add_field (self->form, "server", GTK_WIDGET (self->server_row));
  doorstep_form_add_field (self->form, "email", GTK_WIDGET (self->email_row));
  doorstep_form_add_field (self->form, "password", GTK_WIDGET (self->password_row));
}

void
doorstep_login_page_set_client (DoorstepLoginPage *self,
                                DoorstepApiClient *client)
{
  g_return_if_fail (DOORSTEP_IS_LOGIN_PAGE (self));
  g_set_object (&self->client, client);
}

/**
 * doorstep_login_page_reset:
 * @server: the server to offer
 * @email: (nullable): the account to offer
 * @message: (nullable): why the user is here, such as an ended session
 *
 * Readies the page for a sign-in: fields filled, password empty, the
 * server checked for demo accounts.
 */
void
doorstep_login_page_reset (DoorstepLoginPage *self,
                           const char        *server,
                           const char        *email,
                           const char        *message)
{
  g_return_if_fail (DOORSTEP_IS_LOGIN_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->server_row), server);
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), email != NULL ? email : "");
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  doorstep_form_clear_errors (self->form);
  doorstep_form_set_error (self->form, message);

  /* Check the server now rather than after the typing delay. */
  g_clear_handle_id (&self->probe_source, g_source_remove);
  if (self->client != NULL)
    probe_server_cb (self);

  gtk_widget_grab_focus (GTK_WIDGET (email != NULL && *email != '\0' ? self->password_row : self->email_row));
}

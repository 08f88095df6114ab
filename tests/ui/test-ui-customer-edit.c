/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-auth-api.h"
#include "doorstep-customer-details.h"
#include "doorstep-customer-edit-dialog.h"
#include "doorstep-toast.h"
#include "ui-fixture.h"

/* An admin's Edit Customer dialog, opened as the profile page will open
 * it: filled from the server, a change saved, what the app and the
 * server refuse shown on their fields with nothing typed lost, a change
 * someone else made meanwhile (a real PATCH behind the dialog's back)
 * shown field by field, then saved again over the new version, and a
 * save that cannot reach the server. */

#define DANIEL "cus_demo0daniel0reyes"
#define DANIEL_PATH "/api/v1/customers/" DANIEL

static DoorstepScope *staff_scope;
static guint saved_count;

static GtkWidget *
open_dialog (const char *customer_id)
{
  GtkWidget *dialog;

  dialog = doorstep_customer_edit_dialog_open (GTK_WIDGET (ui_window), staff_scope, customer_id);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == ui_window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  WAIT_FOR (gtk_widget_get_mapped (dialog));
  return dialog;
}

static gpointer
child (GtkWidget  *dialog,
       const char *name)
{
  return ui_child (dialog, DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG, name);
}

static const char *
state (GtkWidget *dialog)
{
  return ui_stack_state (dialog, DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG, "state_stack");
}

static const char *
text (GtkWidget  *dialog,
      const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (dialog, row)));
}

static void
type_into (GtkWidget  *dialog,
           const char *row,
           const char *value)
{
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, row)), value);
}

static gboolean
can_save (GtkWidget *dialog)
{
  return gtk_widget_get_sensitive (child (dialog, "save_button"));
}

static gboolean
is_marked (GtkWidget  *dialog,
           const char *row)
{
  return gtk_widget_has_css_class (child (dialog, row), "error");
}

static const char *
banner (GtkWidget *dialog)
{
  if (!gtk_revealer_get_reveal_child (child (dialog, "banner_revealer")))
    return NULL;
  return gtk_label_get_text (child (dialog, "banner_label"));
}

/* What the profile page does with a save: say so (and reload itself). */
static void
saved_cb (GtkWidget               *dialog,
          DoorstepCustomerDetails *details)
{
  g_assert_true (DOORSTEP_IS_CUSTOMER_DETAILS (details));
  g_assert_nonnull (doorstep_customer_details_get_etag (details));
  saved_count++;
  doorstep_toast (GTK_WIDGET (ui_window), "Profile updated");
}

/* Saves, and waits for the dialog to say it saved and close. */
static void
save_and_wait (GtkWidget *dialog)
{
  guint before = saved_count;

  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), NULL);
  WAIT_FOR (can_save (dialog));
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  WAIT_FOR (saved_count == before + 1);
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG) == NULL);
}

static gint64
daniel_has (const char *column,
            const char *value)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM customers WHERE id = '" DANIEL "' AND %s = '%s'",
                                          column, value);
  return ui_query_int (sql);
}

/* Wide (the dialog's own size) and narrow, light and dark. */
static void
screenshot_dialog (GtkWidget  *dialog,
                   const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { int width; const char *size; } sizes[] = { { 520, "wide" }, { 360, "narrow" } };
  const struct { AdwColorScheme scheme; const char *name; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" }, { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      ui_resize (GTK_WINDOW (dialog), sizes[s].width, 640);
      for (guint c = 0; c < G_N_ELEMENTS (schemes); c++)
        {
          g_autofree char *file = g_strdup_printf ("customer-edit-%s-%s-%s", name, sizes[s].size, schemes[c].name);

          adw_style_manager_set_color_scheme (style, schemes[c].scheme);
          ui_settle ();
          ui_save_png (dialog, file);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_resize (GTK_WINDOW (dialog), 520, 640);
}

/* Another admin's change, made through the API while the dialog is open:
 * a fresh GET for the ETag, then PATCH with If-Match. */
static void
change_behind_its_back (const char *body)
{
  TestServer server = { .base_url = (char *) ui_server_url };
  g_autofree char *token = test_login (&server, "admin@example.com", NULL);
  g_autoptr(TestResponse) got = test_http (&server, "GET", DANIEL_PATH, token, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(TestResponse) patched = NULL;

  g_assert_cmpuint (got->status, ==, 200);
  msg = test_http_message (&server, "PATCH", DANIEL_PATH, token, NULL, "application/json", bytes);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "If-Match",
                                soup_message_headers_get_one (got->headers, "ETag"));
  patched = test_http_send (NULL, msg);
  g_assert_cmpuint (patched->status, ==, 200);
}

static void
test_load_error (void)
{
  GtkWidget *dialog;

  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  ui_sign_in_with ("admin@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_strcmp0 (ui_mode (), "admin") == 0);
  staff_scope = doorstep_session_new_scope (doorstep_application_get_session (ui_app), NULL);

  /* A customer who is not there: the error, in the server's words, and
   * Try Again; nothing to save. */
  dialog = open_dialog ("cus_nobody");
  WAIT_FOR (g_strcmp0 (state (dialog), "error") == 0);
  g_assert_cmpstr (adw_status_page_get_description (child (dialog, "error_page")), ==, "There is no such customer.");
  g_assert_false (can_save (dialog));
  screenshot_dialog (dialog, "load-error");

  /* Escape cancels. */
  gtk_widget_activate_action (dialog, "window.close", NULL);
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG) == NULL);
}

static void
test_fill_and_save (void)
{
  GtkWidget *dialog = open_dialog (DANIEL);
  AdwComboRow *type_row;

  WAIT_FOR (g_strcmp0 (state (dialog), "form") == 0);
  type_row = child (dialog, "customer_type_row");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Customer");
  g_assert_cmpstr (text (dialog, "first_name_row"), ==, "Daniel");
  g_assert_cmpstr (text (dialog, "last_name_row"), ==, "Reyes");
  g_assert_cmpstr (text (dialog, "company_name_row"), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (type_row), ==, DOORSTEP_CUSTOMER_TYPE_HOMEOWNER);
  g_assert_cmpstr (text (dialog, "email_row"), ==, "daniel.reyes@example.com");
  g_assert_cmpstr (text (dialog, "phone_row"), ==, "+1 503 555 0133");
  g_assert_null (banner (dialog));
  /* Nothing changed, nothing to save; a change and its undoing likewise. */
  g_assert_false (can_save (dialog));
  type_into (dialog, "phone_row", "+1 503 555 0134");
  WAIT_FOR (can_save (dialog));
  type_into (dialog, "phone_row", "+1 503 555 0133");
  WAIT_FOR (!can_save (dialog));
  screenshot_dialog (dialog, "filled");

  type_into (dialog, "phone_row", "  +1 503 555 0177 ");
  save_and_wait (dialog);
  g_assert_cmpint (daniel_has ("phone", "+1 503 555 0177"), ==, 1);
  g_assert_cmpint (daniel_has ("email", "daniel.reyes@example.com"), ==, 1);

  /* Opened again, it shows what was saved. */
  dialog = open_dialog (DANIEL);
  WAIT_FOR (g_strcmp0 (state (dialog), "form") == 0);
  g_assert_cmpstr (text (dialog, "phone_row"), ==, "+1 503 555 0177");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_refused (void)
{
  GtkWidget *dialog = open_dialog (DANIEL);
  g_autofree char *long_name = g_strnfill (101, 'D');
  GtkLabel *email_message;

  WAIT_FOR (g_strcmp0 (state (dialog), "form") == 0);
  email_message = child (dialog, "email_message");

  /* The app's own checks, by the server's rules: nothing is sent. A
   * business needs its company name, marked required as it becomes one. */
  adw_combo_row_set_selected (child (dialog, "customer_type_row"), DOORSTEP_CUSTOMER_TYPE_BUSINESS);
  g_assert_true (g_str_has_suffix (adw_preferences_row_get_title (child (dialog, "company_name_row")), " *"));
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  g_assert_true (is_marked (dialog, "company_name_row"));
  g_assert_nonnull (strstr (gtk_label_get_text (child (dialog, "company_name_message")), "A business needs its name."));
  ui_save_png (dialog, "customer-edit-required-wide-light");
  g_assert_cmpint (daniel_has ("customer_type", "homeowner"), ==, 1);
  adw_combo_row_set_selected (child (dialog, "customer_type_row"), DOORSTEP_CUSTOMER_TYPE_HOMEOWNER);
  g_assert_false (g_str_has_suffix (adw_preferences_row_get_title (child (dialog, "company_name_row")), "*"));
  g_assert_false (is_marked (dialog, "company_name_row"));

  type_into (dialog, "email_row", "daniel.reyes@example");
  type_into (dialog, "company_name_row", "Reyes Heating");
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  g_assert_true (is_marked (dialog, "email_row"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (email_message)));
  g_assert_nonnull (strstr (gtk_label_get_text (email_message), "Enter an email address such as name@example.com."));
  g_assert_cmpstr (text (dialog, "email_row"), ==, "daniel.reyes@example");
  g_assert_cmpstr (text (dialog, "company_name_row"), ==, "Reyes Heating");
  g_assert_cmpint (daniel_has ("email", "daniel.reyes@example.com"), ==, 1);
  /* Typing in it again takes the mark away. */
  type_into (dialog, "email_row", "daniel.reyes@example.org");
  g_assert_false (is_marked (dialog, "email_row"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (email_message)));

  /* The server's refusal (422) of what only it checks, on its field. */
  type_into (dialog, "first_name_row", long_name);
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  WAIT_FOR (is_marked (dialog, "first_name_row"));
  WAIT_FOR (can_save (dialog));
  g_assert_nonnull (strstr (gtk_label_get_text (child (dialog, "first_name_message")),
                            "Keep it to one line of at most 100 characters."));
  g_assert_nonnull (banner (dialog));
  g_assert_cmpstr (text (dialog, "first_name_row"), ==, long_name);
  g_assert_cmpstr (text (dialog, "email_row"), ==, "daniel.reyes@example.org");
  g_assert_cmpstr (text (dialog, "company_name_row"), ==, "Reyes Heating");
  g_assert_cmpint (daniel_has ("email", "daniel.reyes@example.com"), ==, 1);
  screenshot_dialog (dialog, "refused");

  gtk_widget_activate_action (dialog, "window.close", NULL);
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG) == NULL);
}

static void
test_conflict (void)
{
  GtkWidget *dialog = open_dialog (DANIEL);
  GtkLabel *phone_message;
  const char *message;

  WAIT_FOR (g_strcmp0 (state (dialog), "form") == 0);
  phone_message = child (dialog, "phone_message");

  /* Meanwhile Jordan, elsewhere, changes the phone and the email. */
  change_behind_its_back ("{\"phone\": \"+1 503 555 0191\", \"email\": \"dreyes@example.net\"}");

  type_into (dialog, "phone_row", "+1 503 555 0188");
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  WAIT_FOR (banner (dialog) != NULL);
  WAIT_FOR (can_save (dialog));

  g_assert_cmpstr (banner (dialog), ==,
                   "Someone else changed this customer while you were editing. Check the marked fields, then save again.");
  /* The phone: theirs beside it, ours kept. */
  g_assert_true (is_marked (dialog, "phone_row"));
  message = gtk_label_get_text (phone_message);
  g_assert_nonnull (strstr (message, "Jordan Avery changed this to “+1 503 555 0191” while you were editing."));
  g_assert_cmpstr (text (dialog, "phone_row"), ==, "+1 503 555 0188");
  /* The email, untouched here, quietly follows theirs. */
  g_assert_false (is_marked (dialog, "email_row"));
  g_assert_cmpstr (text (dialog, "email_row"), ==, "dreyes@example.net");
  g_assert_cmpint (daniel_has ("phone", "+1 503 555 0191"), ==, 1);
  screenshot_dialog (dialog, "conflict");

  /* Saved again, over their version: our phone, their email. */
  save_and_wait (dialog);
  g_assert_cmpint (daniel_has ("phone", "+1 503 555 0188"), ==, 1);
  g_assert_cmpint (daniel_has ("email", "dreyes@example.net"), ==, 1);
}

static void
store_result_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Signs @client in to @url as the admin. */
static void
sign_in_client (DoorstepApiClient *client,
                const char        *url)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DoorstepUser) user = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (doorstep_api_client_set_base_url (client, url, &error));
  doorstep_auth_api_login_async (client, "admin@example.com", DEMO_PASSWORD, NULL, store_result_cb, &result);
  WAIT_FOR (result != NULL);
  user = doorstep_auth_api_login_finish (client, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (user);
}

/* The server out of reach while saving: said in the dialog, in words a
 * customer understands, and nothing typed is lost; saved once it is back.
 * The dialog's scope is on a connection of its own, to take it away. */
static void
test_save_fails (void)
{
  g_autoptr(DoorstepApiClient) client = doorstep_api_client_new ();
  g_autoptr(DoorstepScope) scope = NULL;
  g_autofree char *closed = test_closed_server_url ();
  GtkWidget *dialog;

  sign_in_client (client, ui_server_url);
  scope = doorstep_scope_new (client, NULL, NULL);
  dialog = doorstep_customer_edit_dialog_open (GTK_WIDGET (ui_window), scope, DANIEL);
  WAIT_FOR (g_strcmp0 (state (dialog), "form") == 0);
  type_into (dialog, "phone_row", "+1 503 555 0166");

  g_assert_true (doorstep_api_client_set_base_url (client, closed, NULL));
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  WAIT_FOR (banner (dialog) != NULL);
  WAIT_FOR (can_save (dialog));
  g_assert_nonnull (strstr (banner (dialog), "Can’t reach the server"));
  g_assert_cmpstr (text (dialog, "phone_row"), ==, "+1 503 555 0166");
  g_assert_false (is_marked (dialog, "phone_row"));
  screenshot_dialog (dialog, "save-failed");

  sign_in_client (client, ui_server_url);
  save_and_wait (dialog);
  g_assert_cmpint (daniel_has ("phone", "+1 503 555 0166"), ==, 1);
}

static const UiTest tests[] = {
  { "1-load-error", test_load_error },
  { "2-fill-and-save", test_fill_and_save },
  { "3-refused", test_refused },
  { "4-conflict", test_conflict },
  { "5-save-fails", test_save_fails },
  { NULL }
};

static const UiPhase phases[] = {
  { "customer-edit", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  int result = ui_run (argc, argv, phases, G_N_ELEMENTS (phases));

  g_clear_object (&staff_scope);
  return result;
}

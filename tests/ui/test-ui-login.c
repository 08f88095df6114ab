/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-window.h"
#include "ui-fixture.h"

/* The sign-in page: what it offers, and what it says when signing in
 * fails, keeping what was typed; and the application's menu and keyboard
 * shortcuts, both made the first time they are opened. */

static void
test_sign_in_page (void)
{
  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  g_assert_cmpstr (gtk_editable_get_text (ui_login_child ("server_row")), ==, ui_server_url);
  /* The demo server's accounts are offered. */
  WAIT_FOR (gtk_widget_get_visible (ui_login_child ("demo_group")));
  ui_screenshot_all (ui_window, "sign-in");
}

static void
test_wrong_password (void)
{
  GtkLabel *error_label = ui_login_child ("error_label");

  ui_sign_in_with ("customer@example.com", "not-the-password");
  WAIT_FOR (gtk_widget_get_visible (GTK_WIDGET (error_label)) && gtk_widget_get_sensitive (ui_login_child ("sign_in_button")));
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, "The email address or password is not right.");
  g_assert_cmpstr (ui_mode (), ==, "login");
  /* What was typed stays. */
  g_assert_cmpstr (gtk_editable_get_text (ui_login_child ("email_row")), ==, "customer@example.com");
  g_assert_true (gtk_widget_has_css_class (ui_login_child ("password_row"), "error"));
  ui_save_png (GTK_WIDGET (ui_window), "sign-in-error-wide-light");
}

static void
test_unreachable_server (void)
{
  GtkLabel *error_label = ui_login_child ("error_label");
  g_autofree char *closed = test_closed_server_url ();

  gtk_editable_set_text (ui_login_child ("server_row"), closed);
  ui_sign_in_with ("customer@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_str_has_prefix (gtk_label_get_text (error_label), "Can’t reach the server"));
  g_assert_cmpstr (ui_mode (), ==, "login");
  g_assert_true (gtk_widget_get_sensitive (ui_login_child ("sign_in_button")));
  ui_save_png (GTK_WIDGET (ui_window), "sign-in-unreachable-wide-light");

  gtk_editable_set_text (ui_login_child ("server_row"), ui_server_url);
}

/* The keys a shortcuts window shows for @action. */
static char *
shown_accelerator (GtkWidget  *widget,
                   const char *action)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *name = NULL;
      char *accel = NULL;

      g_object_get (widget, "action-name", &name, "accelerator", &accel, NULL);
      if (g_strcmp0 (name, action) == 0)
        return accel;
      g_free (accel);
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      char *accel = shown_accelerator (c, action);

      if (accel != NULL)
        return accel;
    }
  return NULL;
}

static void
test_menu_and_shortcuts (void)
{
  GtkMenuButton *menu_button = ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "login_menu_button");
  GtkWindow *shortcuts;
  g_autofree char *reload_accel = NULL;

  /* Nothing is made before it is opened; opened, it is the app's menu. */
  g_assert_null (gtk_menu_button_get_popover (menu_button));
  gtk_menu_button_popup (menu_button);
  WAIT_FOR (gtk_menu_button_get_popover (menu_button) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));
  g_assert_true (gtk_menu_button_get_menu_model (menu_button) ==
                 G_MENU_MODEL (gtk_application_get_menu_by_id (GTK_APPLICATION (ui_app), "primary-menu")));
  gtk_menu_button_popdown (menu_button);

  g_assert_null (ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.show-help-overlay", NULL));
  WAIT_FOR ((shortcuts = ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == ui_window);
  g_assert_true (ui_find_label (GTK_WIDGET (shortcuts), "Request a job or quote"));
  /* The application's accelerators are shown, not only the titles. */
  reload_accel = shown_accelerator (GTK_WIDGET (shortcuts), "win.reload");
  g_assert_cmpstr (reload_accel, ==, "<Control>r F5");
  ui_settle ();
  ui_save_png (GTK_WIDGET (shortcuts), "shortcuts");

  /* Closed, it is only hidden, and comes back the same. */
  gtk_window_close (shortcuts);
  WAIT_FOR (ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW) == NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.show-help-overlay", NULL));
  WAIT_FOR (ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);
  gtk_window_close (shortcuts);
  WAIT_FOR (ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW) == NULL);
}

static const UiTest tests[] = {
  { "1-sign-in-page", test_sign_in_page },
  { "2-wrong-password", test_wrong_password },
  { "3-unreachable-server", test_unreachable_server },
  { "4-menu-and-shortcuts", test_menu_and_shortcuts },
  { NULL }
};

static const UiPhase phases[] = {
  { "login", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ui-fixture.h"

/* The sign-in page: what it offers, and what it says when signing in
 * fails, keeping what was typed. */

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

static const UiTest tests[] = {
  { "1-sign-in-page", test_sign_in_page },
  { "2-wrong-password", test_wrong_password },
  { "3-unreachable-server", test_unreachable_server },
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-portal-view.h"
#include "doorstep-window.h"
#include "ui-fixture.h"

/* Staying signed in across launches of the app, each phase a launch:
 * signing in keeps only the refresh token in the keyring; the next launch
 * signs in silently with it; signing out forgets it everywhere; without
 * any Secret Service the person is told they will have to sign in again;
 * with the server gone, a kept session says so and offers to retry; and
 * with a server that never answers, the window shows its loading page
 * once it has waited as long as it waits. */

/* Phase "first" */

static void
test_first_sign_in (void)
{
  ui_sign_in_customer ();
  /* Only the refresh token is kept, in the keyring. */
  WAIT_FOR (({ g_autofree char *s = ui_kept_secret ("customer@example.com"); s != NULL; }));
}

/* Phase "relaunch" */

static gboolean login_seen;

static void
mode_changed_cb (GtkStack *stack)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "login") == 0)
    login_seen = TRUE;
}

/* What the window showed when it first appeared, and how long after the
 * app was started; and whether it was showing the moment its dashboard
 * first had its data. */
#define SHOW_WITHIN_MS 250      /* doorstep-window.c's */
#define APPEAR_WITHIN_MS 10000  /* whatever happens, even on a loaded machine */
static gint64 started_at;
static gint64 shown_after_us;
static char *shown_first;
static gboolean content_seen;
static gboolean shown_with_content;

static void
window_mapped_cb (GtkWidget *window)
{
  if (shown_first != NULL)
    return;
  shown_after_us = g_get_monotonic_time () - started_at;
  shown_first = g_strdup_printf ("%s %s", ui_mode (), ui_dashboard_state ());
  if (!content_seen && g_str_equal (shown_first, "portal content"))
    content_seen = shown_with_content = TRUE;
}

/* Runs after the window's own handler, which presents it once the
 * dashboard has loaded. */
static void
portal_loading_cb (DoorstepPortalView *view,
                   GParamSpec         *pspec,
                   GtkWidget          *window)
{
  if (content_seen || doorstep_portal_view_get_loading (view) || g_strcmp0 (ui_mode (), "portal") != 0 ||
      g_strcmp0 (ui_dashboard_state (), "content") != 0)
    return;
  content_seen = TRUE;
  shown_with_content = gtk_widget_get_visible (window);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  ui_window = window;
  g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), NULL);
  g_signal_connect_after (ui_child (window, DOORSTEP_TYPE_WINDOW, "portal_view"), "notify::loading",
                          G_CALLBACK (portal_loading_cb), window);
}

/* Starts the app, noting what its window shows when it first appears. */
static void
start_app_watching_window (void)
{
  started_at = g_get_monotonic_time ();
  ui_start_app_full (G_CALLBACK (window_added_cb));
  g_assert_nonnull (shown_first);
  g_test_message ("The window appeared after %" G_GINT64_FORMAT " ms: %s", shown_after_us / 1000, shown_first);
}

static void
test_silent_sign_in (void)
{
  g_autofree char *kept = ui_kept_secret ("customer@example.com");
  GtkStack *mode_stack;
  DoorstepUser *user;

  g_assert_nonnull (kept);
  start_app_watching_window ();
  /* The window first appears on the dashboard with its data, not on the
   * loading page before it; unless checking the session and loading the
   * dashboard took longer than the window waits, when it shows what it
   * has then, but never sooner. Either way within a few seconds. */
  if (g_strcmp0 (shown_first, "portal content") != 0)
    g_assert_cmpint (shown_after_us, >=, SHOW_WITHIN_MS * 1000);
  g_assert_cmpint (shown_after_us, <, APPEAR_WITHIN_MS * 1000);
  mode_stack = ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "mode_stack");
  mode_changed_cb (mode_stack);
  g_signal_connect (mode_stack, "notify::visible-child-name", G_CALLBACK (mode_changed_cb), NULL);

  WAIT_FOR (g_strcmp0 (ui_mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
  /* It waits no longer than the dashboard takes, however long that is:
   * the moment the data was there, the window was showing. */
  g_assert_true (content_seen);
  g_assert_true (shown_with_content);
  g_assert_false (login_seen);
  user = doorstep_session_get_user (doorstep_application_get_session (ui_app));
  g_assert_cmpstr (doorstep_user_get_email (user), ==, "customer@example.com");

  /* The token rotated on resume; the keyring holds the new one. */
  WAIT_FOR (({ g_autofree char *now = ui_kept_secret ("customer@example.com"); now != NULL && g_strcmp0 (now, kept) != 0; }));
}

static void
test_sign_out (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.sign-out", NULL));
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  WAIT_FOR (({ g_autofree char *s = ui_kept_secret ("customer@example.com"); s == NULL; }));
  /* And the session is over on the server. */
  WAIT_FOR (ui_query_int ("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id"
                          " WHERE u.email = 'customer@example.com' AND s.revoked_at IS NULL") == 0);
  g_assert_cmpstr (gtk_editable_get_text (ui_login_child ("password_row")), ==, "");
}

static void
test_leave_signed_in (void)
{
  /* Sign in again, and stay signed in for "offline". */
  ui_sign_in_with ("customer@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_strcmp0 (ui_mode (), "portal") == 0);
  WAIT_FOR (({ g_autofree char *s = ui_kept_secret ("customer@example.com"); s != NULL; }));
}

/* Phase "no-keyring": a D-Bus session without any Secret Service. */

static void
test_sign_in_without_keyring (void)
{
  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  ui_sign_in_with ("customer2@example.com", DEMO_PASSWORD);

  /* Signed in for this run all the same, and told it will not last. */
  WAIT_FOR (g_strcmp0 (ui_mode (), "portal") == 0);
  WAIT_FOR (ui_find_label (GTK_WIDGET (ui_window), "can’t remember you on this computer"));
  ui_save_png (GTK_WIDGET (ui_window), "no-keyring-wide-light");
}

/* Phase "offline": the server is gone. */

static void
test_resume_offline (void)
{
  AdwStatusPage *page;

  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "resume-error") == 0);
  page = ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "resume_error_page");
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (page), "Can’t reach the server"));
  ui_screenshot_all (ui_window, "resume-error");
}

/* Phase "stalled": something takes connections at the server's address
 * and never answers. */

static gboolean
hold_connection_cb (GSocketService    *service,
                    GSocketConnection *connection,
                    GObject           *source_object,
                    GPtrArray         *held)
{
  g_ptr_array_add (held, g_object_ref (connection));
  return TRUE;
}

static void
test_resume_stalled (void)
{
  g_autoptr(GSocketService) service = g_socket_service_new ();
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GUri) uri = g_uri_parse (ui_server_url, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (uri);
  address = g_inet_socket_address_new_from_string (g_uri_get_host (uri), (guint) g_uri_get_port (uri));
  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                 NULL, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (hold_connection_cb), held);
  g_socket_service_start (service);

  start_app_watching_window ();
  /* It waited for the kept session as long as it waits, no longer, then
   * showed its loading page. */
  g_assert_cmpint (shown_after_us, >=, SHOW_WITHIN_MS * 1000);
  g_assert_cmpint (shown_after_us, <, 10 * SHOW_WITHIN_MS * 1000);
  g_assert_cmpstr (shown_first, ==, "loading loading");
  g_assert_cmpuint (held->len, >, 0);
  ui_screenshot_all (ui_window, "resume-waiting");

  g_socket_service_stop (service);
}

static const UiTest first[] = {
  { "sign-in", test_first_sign_in },
  { NULL }
};

static const UiTest relaunch[] = {
  { "1-silent-sign-in", test_silent_sign_in },
  { "2-sign-out", test_sign_out },
  { "3-leave-signed-in", test_leave_signed_in },
  { NULL }
};

static const UiTest no_keyring[] = {
  { "sign-in", test_sign_in_without_keyring },
  { NULL }
};

static const UiTest offline[] = {
  { "resume-error", test_resume_offline },
  { NULL }
};

static const UiTest stalled[] = {
  { "loading", test_resume_stalled },
  { NULL }
};

static const UiPhase phases[] = {
  { "first", NULL, first },
  { "relaunch", NULL, relaunch },
  { "no-keyring", "bare-bus", no_keyring },
  { "offline", "server-down", offline },
  { "stalled", "server-down", stalled },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

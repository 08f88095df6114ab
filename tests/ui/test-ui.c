/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <sqlite3.h>

#include "doorstep-application.h"
#include "doorstep-customers-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-dashboard-page.h"
#include "doorstep-login-page.h"
#include "doorstep-pdf-window.h"
#include "doorstep-portal-view.h"
#include "doorstep-quotes-page.h"
#include "doorstep-approve-dialog.h"
#include "doorstep-request-dialog.h"
#include "doorstep-secret-store.h"
#include "doorstep-window.h"
#include "test-server-fixture.h"

/* The real app, driven through its actions and widgets, against a real
 * server with the demo business. run-ui-tests.sh runs it four times in one
 * Xvfb display, as four launches of the app: DOORSTEP_UI_PHASE is "first",
 * "relaunch" and "offline" (one D-Bus session and keyring), and
 * "no-keyring" (a D-Bus session with no Secret Service at all). */

#define MAYA_ID "cus_demo0maya0okafor"

static const char *server_url;
static const char *db_path;
static const char *screenshot_dir;
static DoorstepApplication *app;
static DoorstepWindow *window;

#define WAIT_FOR(cond)                                                        \
  G_STMT_START {                                                              \
    gint64 deadline_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;         \
    while (!(cond))                                                           \
      {                                                                       \
        if (g_get_monotonic_time () > deadline_)                              \
          g_error ("Timed out waiting for %s", #cond);                        \
        g_main_context_iteration (NULL, TRUE);                                \
      }                                                                       \
  } G_STMT_END

static gboolean
heartbeat_cb (gpointer user_data)
{
  /* Wakes the loop now and then, so WAIT_FOR checks its condition even
   * when nothing else happens. */
  return G_SOURCE_CONTINUE;
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 250 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return found;
}

static gint64
query_int (const char *sql)
{
  return test_sqlite_query_int (db_path, sql);
}

static void
exec_sql (const char *sql)
{
  test_sqlite_exec (db_path, sql);
}

static void
wait_for_steady_size (GtkWidget *widget)
{
  int width = -1, height = -1;

  /* The new size arrives a few frames after the request. */
  for (guint steady = 0; steady < 3; )
    {
      settle ();
      if (gtk_widget_get_width (widget) == width && gtk_widget_get_height (widget) == height)
        steady++;
      else
        steady = 0;
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
    }
}

/* Makes the window's content exactly width × height, the way a person
 * resizing it would: the X server resizes the window and GTK follows. The
 * X window includes the decoration's margins, so ask, measure, correct. */
static void
resize (GtkWindow *toplevel,
        int        width,
        int        height)
{
  GtkWidget *widget = GTK_WIDGET (toplevel);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (toplevel));
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  int ask_width = width, ask_height = height;

  g_assert_true (GDK_IS_X11_SURFACE (surface));

  for (guint attempt = 0; attempt <= 4; attempt++)
    {
      int dw = width - gtk_widget_get_width (widget);
      int dh = height - gtk_widget_get_height (widget);

      if (dw == 0 && dh == 0)
        return;
      if (attempt == 4)
        break;
      if (attempt > 0)
        {
          ask_width += dw;
          ask_height += dh;
        }
      XResizeWindow (xdisplay, gdk_x11_surface_get_xid (surface), (unsigned) ask_width, (unsigned) ask_height);
      XFlush (xdisplay);
      wait_for_steady_size (widget);
    }

  g_error ("Could not make the window %d × %d; it is %d × %d", width, height,
           gtk_widget_get_width (widget), gtk_widget_get_height (widget));
}

static gboolean
any_transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (any_transition_running (c))
      return TRUE;

  return FALSE;
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* Let crossfades finish and the window draw what changed last. */
  WAIT_FOR (!any_transition_running (widget));
  settle ();
  WAIT_FOR (gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (screenshot_dir, 0755);
  path = g_strdup_printf ("%s/%s.png", screenshot_dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* Wide and narrow, light and dark. */
static void
screenshot_all (GtkWindow  *toplevel,
                const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { int width; const char *size; } sizes[] = { { 1200, "wide" }, { 400, "narrow" } };
  const struct { AdwColorScheme scheme; const char *name; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" }, { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      resize (toplevel, sizes[s].width, 800);
      for (guint c = 0; c < G_N_ELEMENTS (schemes); c++)
        {
          g_autofree char *file = g_strdup_printf ("%s-%s-%s", name, sizes[s].size, schemes[c].name);

          adw_style_manager_set_color_scheme (style, schemes[c].scheme);
          settle ();
          save_png (GTK_WIDGET (toplevel), file);
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  resize (toplevel, 1200, 800);
}

static void
start_app (void)
{
  g_autoptr(GError) error = NULL;

  app = doorstep_application_new ();
  doorstep_application_set_server (app, server_url);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = DOORSTEP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  resize (GTK_WINDOW (window), 1200, 800);
}

static void
stop_app (void)
{
  gtk_window_destroy (GTK_WINDOW (window));
  window = NULL;
  settle ();
  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);
}

static const char *
mode (void)
{
  return doorstep_window_get_mode (window);
}

static gpointer
login_page (void)
{
  return child (window, DOORSTEP_TYPE_WINDOW, "login_page");
}

static gpointer
login_child (const char *name)
{
  return child (login_page (), DOORSTEP_TYPE_LOGIN_PAGE, name);
}

static gpointer
dashboard_page (void)
{
  return child (child (window, DOORSTEP_TYPE_WINDOW, "portal_view"), DOORSTEP_TYPE_PORTAL_VIEW, "dashboard_page");
}

static const char *
dashboard_text (const char *name)
{
  return gtk_label_get_text (child (dashboard_page (), DOORSTEP_TYPE_DASHBOARD_PAGE, name));
}

static void
sign_in_with (const char *email,
              const char *password)
{
  gtk_editable_set_text (login_child ("email_row"), email);
  gtk_editable_set_text (login_child ("password_row"), password);
  g_assert_true (gtk_widget_activate_action (login_page (), "login.sign-in", NULL));
}

static char *
kept_secret (const char *account)
{
  return doorstep_secret_store_lookup_sync (server_url, account, NULL);
}

static DoorstepRequestDialog *
find_request_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (DOORSTEP_IS_REQUEST_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return DOORSTEP_REQUEST_DIALOG (toplevel);
    }
  return NULL;
}

static gint64
open_requests_in_db (void)
{
  return query_int ("SELECT COUNT(*) FROM requests WHERE customer_id = '" MAYA_ID "' AND status != 'closed'");
}

/* Phase "first" */

static void
test_sign_in_page (void)
{
  start_app ();
  WAIT_FOR (g_strcmp0 (mode (), "login") == 0);
  g_assert_cmpstr (gtk_editable_get_text (login_child ("server_row")), ==, server_url);
  /* The demo server's accounts are offered. */
  WAIT_FOR (gtk_widget_get_visible (login_child ("demo_group")));
  screenshot_all (GTK_WINDOW (window), "sign-in");
}

static void
test_wrong_password (void)
{
  GtkLabel *error_label = login_child ("error_label");

  sign_in_with ("customer@example.com", "not-the-password");
  WAIT_FOR (gtk_widget_get_visible (GTK_WIDGET (error_label)) && gtk_widget_get_sensitive (login_child ("sign_in_button")));
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, "The email address or password is not right.");
  g_assert_cmpstr (mode (), ==, "login");
  /* What was typed stays. */
  g_assert_cmpstr (gtk_editable_get_text (login_child ("email_row")), ==, "customer@example.com");
  g_assert_true (gtk_widget_has_css_class (login_child ("password_row"), "error"));
  save_png (GTK_WIDGET (window), "sign-in-error-wide-light");
}

static void
test_unreachable_server (void)
{
  GtkLabel *error_label = login_child ("error_label");
  g_autofree char *closed = test_closed_server_url ();

  gtk_editable_set_text (login_child ("server_row"), closed);
  sign_in_with ("customer@example.com", "doorstep-demo");
  WAIT_FOR (g_str_has_prefix (gtk_label_get_text (error_label), "Can’t reach the server"));
  g_assert_cmpstr (mode (), ==, "login");
  g_assert_true (gtk_widget_get_sensitive (login_child ("sign_in_button")));
  save_png (GTK_WIDGET (window), "sign-in-unreachable-wide-light");

  gtk_editable_set_text (login_child ("server_row"), server_url);
}

static void
test_sign_in_customer (void)
{
  g_autofree char *requests = NULL;
  g_autofree char *quotes = NULL;

  sign_in_with ("customer@example.com", "doorstep-demo");
  WAIT_FOR (g_strcmp0 (mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (doorstep_dashboard_page_get_state (dashboard_page ()), "content") == 0);

  g_assert_cmpstr (dashboard_text ("company_name"), ==, "Northwind Home Services");
  g_assert_true (g_str_has_prefix (dashboard_text ("open_label"), "Open now") ||
                 g_str_has_prefix (dashboard_text ("open_label"), "Closed"));
  /* The cards show the server's numbers. */
  requests = g_strdup_printf ("%" G_GINT64_FORMAT, open_requests_in_db ());
  g_assert_cmpstr (dashboard_text ("requests_value"), ==, requests);
  quotes = g_strdup_printf ("%" G_GINT64_FORMAT,
                            query_int ("SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "'"
                                       " AND status = 'open' AND valid_until >= date('now', '-1 day')"));
  g_assert_cmpstr (dashboard_text ("quotes_value"), ==, quotes);
  g_assert_cmpstr (dashboard_text ("balance_value"), ==, "$0.00");

  /* Only the refresh token is kept, in the keyring. */
  WAIT_FOR (({ g_autofree char *s = kept_secret ("customer@example.com"); s != NULL; }));

  screenshot_all (GTK_WINDOW (window), "dashboard");
}

static gpointer
quotes_page (void)
{
  return child (child (window, DOORSTEP_TYPE_WINDOW, "portal_view"), DOORSTEP_TYPE_PORTAL_VIEW, "quotes_page");
}

static gint64
quotes_in_db (const char *condition)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "' AND %s",
                                          condition);
  return query_int (sql);
}

static void
assert_count (DoorstepQuotesPage  *page,
              DoorstepQuoteFilter  filter,
              const char          *condition)
{
  g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, quotes_in_db (condition));

  WAIT_FOR (g_strcmp0 (doorstep_quotes_page_get_count_text (page, filter), expected) == 0);
}

static void
assert_all_counts (DoorstepQuotesPage *page)
{
  assert_count (page, DOORSTEP_QUOTE_FILTER_ALL, "1");
  assert_count (page, DOORSTEP_QUOTE_FILTER_OPEN, "status = 'open' AND valid_until >= date('now', '-1 day')");
  assert_count (page, DOORSTEP_QUOTE_FILTER_APPROVED, "status = 'approved'");
  assert_count (page, DOORSTEP_QUOTE_FILTER_DECLINED, "status = 'declined'");
  assert_count (page, DOORSTEP_QUOTE_FILTER_REQUESTED, "status = 'requested'");
}

/* Opens the quote with @number from the All list. */
static DoorstepQuotePage *
open_quote (DoorstepQuotesPage *page,
            const char         *number)
{
  GListModel *model;
  DoorstepQuotePage *quote_page = doorstep_quotes_page_get_quote_page (page);
  guint position = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (page), "quotes.back", NULL);
  doorstep_quotes_page_set_filter (page, DOORSTEP_QUOTE_FILTER_ALL);
  WAIT_FOR (g_strcmp0 (doorstep_quotes_page_get_state (page), "list") == 0 &&
            (model = doorstep_quotes_page_get_model (page)) != NULL &&
            !doorstep_paged_list_get_loading (DOORSTEP_PAGED_LIST (model)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DoorstepQuote) quote = g_list_model_get_item (model, i);
      if (g_str_equal (doorstep_quote_get_number (quote), number))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  doorstep_quotes_page_open_quote (page, position);
  WAIT_FOR (doorstep_quotes_page_get_showing_quote (page) &&
            g_strcmp0 (doorstep_quote_page_get_state (quote_page), "content") == 0 &&
            g_str_equal (doorstep_quote_get_number (doorstep_quote_page_get_quote (quote_page)), number));
  return quote_page;
}

static void
test_quotes (void)
{
  GtkWidget *portal = child (window, DOORSTEP_TYPE_WINDOW, "portal_view");
  DoorstepQuotesPage *page = quotes_page ();
  DoorstepQuotePage *quote_page;
  GtkWindow *dialog;
  g_autofree char *total_before = NULL;

  adw_view_stack_set_visible_child_name (child (portal, DOORSTEP_TYPE_PORTAL_VIEW, "view_stack"), "quotes");
  WAIT_FOR (g_strcmp0 (doorstep_quotes_page_get_state (page), "list") == 0);
  /* Each filter shows its count, the server's */
  assert_all_counts (page);
  screenshot_all (GTK_WINDOW (window), "quotes");

  /* The Open filter asks the server for open quotes only. */
  doorstep_quotes_page_set_filter (page, DOORSTEP_QUOTE_FILTER_OPEN);
  WAIT_FOR (doorstep_quotes_page_get_model (page) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (doorstep_quotes_page_get_model (page))) &&
            g_list_model_get_n_items (doorstep_quotes_page_get_model (page)) ==
              (guint) quotes_in_db ("status = 'open' AND valid_until >= date('now', '-1 day')"));
  save_png (GTK_WIDGET (window), "quotes-open-wide-light");

  /* A quote, and its optional items: ticking one changes the total at once. */
  quote_page = open_quote (page, "Q-1001");
  screenshot_all (GTK_WINDOW (window), "quote");
  total_before = g_strdup (doorstep_quote_page_get_total_text (quote_page));
  g_assert_cmpstr (total_before, ==, "$7,166.25");
  gtk_check_button_set_active (doorstep_quote_page_get_option (quote_page, 4), TRUE);
  /* 7,075 + 389 − 250 = 7,214.00, and 5% tax */
  g_assert_cmpstr (doorstep_quote_page_get_total_text (quote_page), ==, "$7,574.70");

  /* Approve with a typed name and a drawn signature. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quote_page), "quote.approve", NULL));
  WAIT_FOR ((dialog = doorstep_quote_page_get_dialog (quote_page)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  /* Nothing typed or drawn: refused here, nothing sent */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "approve.confirm", NULL));
  g_assert_cmpint (quotes_in_db ("status = 'approved'"), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (doorstep_approve_dialog_get_name_row (DOORSTEP_APPROVE_DIALOG (dialog))),
                         "Maya Okafor");
  {
    DoorstepSignaturePad *pad = doorstep_approve_dialog_get_pad (DOORSTEP_APPROVE_DIALOG (dialog));
    const graphene_point_t first[] = { { 30, 110 }, { 60, 40 }, { 90, 120 }, { 120, 50 }, { 150, 115 }, { 200, 70 } };
    const graphene_point_t second[] = { { 210, 100 }, { 260, 60 }, { 300, 110 }, { 380, 80 } };

    WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (pad)) > 380 && gtk_widget_get_height (GTK_WIDGET (pad)) > 120);
    doorstep_signature_pad_add_stroke (pad, first, G_N_ELEMENTS (first));
    doorstep_signature_pad_add_stroke (pad, second, G_N_ELEMENTS (second));
    g_assert_false (doorstep_signature_pad_is_empty (pad));
    /* What is sent is a real PNG of what was drawn. */
    {
      g_autoptr(GBytes) png = doorstep_signature_pad_to_png (pad);
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (png, NULL);
      g_assert_nonnull (texture);
      g_assert_cmpint (gdk_texture_get_width (texture), ==, 900);
    }
  }
  screenshot_all (dialog, "approve-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "approve.confirm", NULL));
  WAIT_FOR (doorstep_quote_get_status (doorstep_quote_page_get_quote (quote_page)) == DOORSTEP_QUOTE_STATUS_APPROVED);
  g_assert_cmpint (query_int ("SELECT COUNT(*) FROM quote_approvals WHERE quote_id = 'quo_demo0furnace'"
                              " AND signer_name = 'Maya Okafor' AND length(signature_png) > 500"), ==, 1);
  g_assert_cmpint (query_int ("SELECT total_minor FROM quotes WHERE id = 'quo_demo0furnace'"), ==, 757470);
  g_assert_cmpstr (doorstep_quote_page_get_total_text (quote_page), ==, "$7,574.70");
  save_png (GTK_WIDGET (window), "quote-approved-wide-light");

  /* Decline another, with a reason. */
  quote_page = open_quote (page, "Q-1002");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quote_page), "quote.decline", NULL));
  WAIT_FOR ((dialog = doorstep_quote_page_get_dialog (quote_page)) != NULL &&
            ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                         "We went with a neighbour's plumber.");
  save_png (GTK_WIDGET (dialog), "decline-dialog-light");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "decline");
  WAIT_FOR (doorstep_quote_get_status (doorstep_quote_page_get_quote (quote_page)) == DOORSTEP_QUOTE_STATUS_DECLINED);
  g_assert_cmpint (query_int ("SELECT COUNT(*) FROM quote_declines WHERE quote_id = 'quo_demo0drain'"
                              " AND reason = 'We went with a neighbour''s plumber.'"), ==, 1);

  /* The PDF, in the app: page 1, then page 2. */
  quote_page = open_quote (page, "Q-1006");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quote_page), "quote.preview-pdf", NULL));
  WAIT_FOR ((dialog = doorstep_quote_page_get_dialog (quote_page)) != NULL &&
            DOORSTEP_IS_PDF_WINDOW (dialog) && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  {
    DoorstepPdfViewer *viewer = doorstep_pdf_window_get_viewer (DOORSTEP_PDF_WINDOW (dialog));

    WAIT_FOR (g_strcmp0 (doorstep_pdf_viewer_get_state (viewer), "page") == 0 &&
              doorstep_pdf_viewer_get_rendered (viewer));
    g_assert_cmpint (doorstep_pdf_viewer_get_page (viewer), ==, 0);
    g_assert_cmpint (doorstep_pdf_viewer_get_n_pages (viewer), >=, 2);
    screenshot_all (dialog, "pdf-preview");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "pdf.next-page", NULL));
    WAIT_FOR (doorstep_pdf_viewer_get_page (viewer) == 1 && doorstep_pdf_viewer_get_rendered (viewer));
    save_png (GTK_WIDGET (dialog), "pdf-preview-page-2-wide-light");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "pdf.zoom-in", NULL));
    WAIT_FOR (doorstep_pdf_viewer_get_rendered (viewer));
    g_assert_cmpint (doorstep_pdf_viewer_get_page (viewer), ==, 1);
  }
  gtk_window_destroy (dialog);

  /* Back on the list, the counts follow what happened. */
  gtk_widget_activate_action (GTK_WIDGET (page), "quotes.back", NULL);
  assert_all_counts (page);
  adw_view_stack_set_visible_child_name (child (portal, DOORSTEP_TYPE_PORTAL_VIEW, "view_stack"), "dashboard");
}

static void
test_request_form (void)
{
  GtkWidget *portal = child (window, DOORSTEP_TYPE_WINDOW, "portal_view");
  DoorstepRequestDialog *dialog;
  GtkTextBuffer *buffer;
  const char *text = "The upstairs radiator stays cold and gurgles when the heating comes on.";
  gint64 before = open_requests_in_db ();
  g_autofree char *expected = NULL;

  g_assert_true (gtk_widget_activate_action (portal, "portal.request-work", NULL));
  WAIT_FOR ((dialog = find_request_dialog ()) != NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "kind_row")), ==, 0);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  screenshot_all (GTK_WINDOW (dialog), "request-form");

  /* Nothing described: refused here, nothing sent. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.send", NULL));
  g_assert_true (gtk_widget_get_visible (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "description_error")));
  g_assert_cmpint (open_requests_in_db (), ==, before);

  adw_combo_row_set_selected (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "kind_row"), 1);
  adw_combo_row_set_selected (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "service_row"), 0);
  adw_combo_row_set_selected (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "property_row"), 1);
  buffer = gtk_text_view_get_buffer (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "description_view"));
  gtk_text_buffer_set_text (buffer, text, -1);

  /* The server refuses (the rental changed hands meanwhile): the form
   * says why beside the field and keeps everything typed. */
  exec_sql ("UPDATE properties SET customer_id = 'cus_demo0daniel0reyes' WHERE id = 'prp_demo0maya0okafor_2'");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.send", NULL));
  WAIT_FOR (gtk_widget_get_visible (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "error_label")) &&
            gtk_widget_get_sensitive (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "form_box")));
  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "property_row")),
                   ==, "Choose one of your properties.");
  {
    GtkTextIter start, end;
    g_autofree char *kept = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    kept = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (kept, ==, text);
  }
  save_png (GTK_WIDGET (dialog), "request-form-error-wide-light");
  exec_sql ("UPDATE properties SET customer_id = '" MAYA_ID "' WHERE id = 'prp_demo0maya0okafor_2'");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.send", NULL));
  WAIT_FOR (find_request_dialog () == NULL);

  g_assert_cmpint (open_requests_in_db (), ==, before + 1);
  g_assert_cmpint (query_int ("SELECT COUNT(*) FROM requests WHERE kind = 'quote'"
                              " AND property_id = 'prp_demo0maya0okafor_2'"
                              " AND description LIKE 'The upstairs radiator%'"), ==, 1);
  /* The toast confirms and the dashboard counts the new request. */
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, before + 1);
  WAIT_FOR (g_strcmp0 (dashboard_text ("requests_value"), expected) == 0);
  save_png (GTK_WIDGET (window), "dashboard-request-sent-wide-light");
  /* It was a quote request: the Quotes page has it under Requested. */
  assert_count (quotes_page (), DOORSTEP_QUOTE_FILTER_REQUESTED, "status = 'requested'");
  g_assert_cmpint (quotes_in_db ("status = 'requested'"), ==, 2);

  /* The Quotes page asks for a quote with the form set to a quote. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quotes_page ()), "portal.request-quote", NULL));
  WAIT_FOR ((dialog = find_request_dialog ()) != NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "kind_row")), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  WAIT_FOR (find_request_dialog () == NULL);

  stop_app ();
}

/* Phase "relaunch" */

static gboolean login_seen;

static void
mode_changed_cb (GtkStack *stack)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "login") == 0)
    login_seen = TRUE;
}

static void
test_silent_sign_in (void)
{
  g_autofree char *kept = kept_secret ("customer@example.com");

  g_assert_nonnull (kept);
  start_app ();
  mode_changed_cb (child (window, DOORSTEP_TYPE_WINDOW, "mode_stack"));
  g_signal_connect (child (window, DOORSTEP_TYPE_WINDOW, "mode_stack"), "notify::visible-child-name",
                    G_CALLBACK (mode_changed_cb), NULL);

  WAIT_FOR (g_strcmp0 (mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (doorstep_dashboard_page_get_state (dashboard_page ()), "content") == 0);
  g_assert_false (login_seen);
  g_assert_cmpstr (doorstep_user_get_email (doorstep_window_get_user (window)), ==, "customer@example.com");

  /* The token rotated on resume; the keyring holds the new one. */
  WAIT_FOR (({ g_autofree char *now = kept_secret ("customer@example.com"); now != NULL && g_strcmp0 (now, kept) != 0; }));
}

static void
test_sign_out (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sign-out", NULL));
  WAIT_FOR (g_strcmp0 (mode (), "login") == 0);
  WAIT_FOR (({ g_autofree char *s = kept_secret ("customer@example.com"); s == NULL; }));
  /* And the session is over on the server. */
  WAIT_FOR (query_int ("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id"
                       " WHERE u.email = 'customer@example.com' AND s.revoked_at IS NULL") == 0);
  g_assert_cmpstr (gtk_editable_get_text (login_child ("password_row")), ==, "");
}

static void
test_staff_customers (void)
{
  DoorstepCustomersPage *customers = child (window, DOORSTEP_TYPE_WINDOW, "customers_page");
  GtkWidget *search = child (customers, DOORSTEP_TYPE_CUSTOMERS_PAGE, "search_entry");

  sign_in_with ("admin@example.com", "doorstep-demo");
  WAIT_FOR (g_strcmp0 (mode (), "admin") == 0);
  WAIT_FOR (g_strcmp0 (doorstep_customers_page_get_state (customers), "list") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_customers_page_get_model (customers)), ==,
                    (guint) query_int ("SELECT COUNT(*) FROM customers"));
  screenshot_all (GTK_WINDOW (window), "customers");

  gtk_editable_set_text (GTK_EDITABLE (search), "bak");
  WAIT_FOR (doorstep_customers_page_get_model (customers) != NULL &&
            g_list_model_get_n_items (doorstep_customers_page_get_model (customers)) == 1 &&
            g_strcmp0 (doorstep_customers_page_get_state (customers), "list") == 0);
  save_png (GTK_WIDGET (window), "customers-search-wide-light");

  gtk_editable_set_text (GTK_EDITABLE (search), "nobody-by-this-name");
  WAIT_FOR (g_strcmp0 (doorstep_customers_page_get_state (customers), "empty") == 0);
  screenshot_all (GTK_WINDOW (window), "customers-empty");

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  WAIT_FOR (g_strcmp0 (doorstep_customers_page_get_state (customers), "list") == 0 &&
            g_list_model_get_n_items (doorstep_customers_page_get_model (customers)) > 1);
}

static void
test_view_as_customer (void)
{
  GtkWidget *portal = child (window, DOORSTEP_TYPE_WINDOW, "portal_view");
  GtkRevealer *banner = child (portal, DOORSTEP_TYPE_PORTAL_VIEW, "preview_revealer");
  GtkLabel *banner_label = child (portal, DOORSTEP_TYPE_PORTAL_VIEW, "preview_label");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view-as-customer", "s", MAYA_ID));
  WAIT_FOR (g_strcmp0 (mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (doorstep_dashboard_page_get_state (dashboard_page ()), "content") == 0);
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_nonnull (strstr (gtk_label_get_text (banner_label), "Maya Okafor"));
  g_assert_cmpstr (dashboard_text ("company_name"), ==, "Northwind Home Services");

  /* Read-only: asking for work does nothing, the button is off. */
  g_assert_false (gtk_widget_get_sensitive (child (dashboard_page (), DOORSTEP_TYPE_DASHBOARD_PAGE, "request_button")));
  gtk_widget_activate_action (portal, "portal.request-work", NULL);
  settle ();
  g_assert_null (find_request_dialog ());

  screenshot_all (GTK_WINDOW (window), "preview");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back-to-customers", NULL));
  WAIT_FOR (g_strcmp0 (mode (), "admin") == 0);
}

static void
test_leave_signed_in (void)
{
  /* Sign out the admin, and leave the customer signed in for "offline". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sign-out", NULL));
  WAIT_FOR (g_strcmp0 (mode (), "login") == 0);
  sign_in_with ("customer@example.com", "doorstep-demo");
  WAIT_FOR (g_strcmp0 (mode (), "portal") == 0);
  WAIT_FOR (({ g_autofree char *s = kept_secret ("customer@example.com"); s != NULL; }));
  stop_app ();
}

/* Phase "no-keyring": a D-Bus session without any Secret Service. */

static gboolean
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (find_label_containing (c, text))
      return TRUE;

  return FALSE;
}

static void
test_sign_in_without_keyring (void)
{
  start_app ();
  WAIT_FOR (g_strcmp0 (mode (), "login") == 0);
  sign_in_with ("customer2@example.com", "doorstep-demo");

  /* Signed in for this run all the same, and told it will not last. */
  WAIT_FOR (g_strcmp0 (mode (), "portal") == 0);
  WAIT_FOR (find_label_containing (GTK_WIDGET (window), "can’t remember you on this computer"));
  save_png (GTK_WIDGET (window), "no-keyring-wide-light");
  stop_app ();
}

/* Phase "offline": the server is gone. */

static void
test_resume_offline (void)
{
  AdwStatusPage *page;

  start_app ();
  WAIT_FOR (g_strcmp0 (mode (), "resume-error") == 0);
  page = child (window, DOORSTEP_TYPE_WINDOW, "resume_error_page");
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (page), "Can’t reach the server"));
  screenshot_all (GTK_WINDOW (window), "resume-error");
  stop_app ();
}

int
main (int    argc,
      char **argv)
{
  const char *phase;

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  server_url = g_getenv ("DOORSTEP_TEST_SERVER");
  db_path = g_getenv ("DOORSTEP_TEST_DB");
  screenshot_dir = g_getenv ("DOORSTEP_SCREENSHOT_DIR");
  phase = g_getenv ("DOORSTEP_UI_PHASE");
  g_assert_nonnull (server_url);
  g_assert_nonnull (db_path);
  g_assert_nonnull (screenshot_dir);
  g_assert_nonnull (phase);

  gtk_init ();
  adw_init ();
  /* Animations stay on, as for most people. (With them off, libadwaita
   * 1.2's AdwViewSwitcherBar reveals its bar at once and GTK warns about
   * an empty box allocated 0×-1.) */
  g_timeout_add (20, heartbeat_cb, NULL);

  if (g_str_equal (phase, "first"))
    {
      g_test_add_func ("/ui/first/1-sign-in-page", test_sign_in_page);
      g_test_add_func ("/ui/first/2-wrong-password", test_wrong_password);
      g_test_add_func ("/ui/first/3-unreachable-server", test_unreachable_server);
      g_test_add_func ("/ui/first/4-sign-in-customer", test_sign_in_customer);
      g_test_add_func ("/ui/first/5-quotes", test_quotes);
      g_test_add_func ("/ui/first/6-request-form", test_request_form);
    }
  else if (g_str_equal (phase, "relaunch"))
    {
      g_test_add_func ("/ui/relaunch/1-silent-sign-in", test_silent_sign_in);
      g_test_add_func ("/ui/relaunch/2-sign-out", test_sign_out);
      g_test_add_func ("/ui/relaunch/3-staff-customers", test_staff_customers);
      g_test_add_func ("/ui/relaunch/4-view-as-customer", test_view_as_customer);
      g_test_add_func ("/ui/relaunch/5-leave-signed-in", test_leave_signed_in);
    }
  else if (g_str_equal (phase, "no-keyring"))
    g_test_add_func ("/ui/no-keyring/sign-in", test_sign_in_without_keyring);
  else if (g_str_equal (phase, "offline"))
    g_test_add_func ("/ui/offline/resume-error", test_resume_offline);
  else
    g_error ("Unknown phase %s", phase);

  return g_test_run ();
}

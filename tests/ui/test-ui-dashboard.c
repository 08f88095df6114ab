/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-dashboard-page.h"
#include "doorstep-list-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-request-dialog.h"
#include "doorstep-section-view.h"
#include "ui-fixture.h"

/* The customer's dashboard, and asking for work with the (+) form. */

static gint64
open_requests_in_db (void)
{
  return ui_query_int ("SELECT COUNT(*) FROM requests WHERE customer_id = '" MAYA_ID "' AND status != 'closed'");
}

static void
test_dashboard (void)
{
  g_autofree char *requests = NULL;
  g_autofree char *quotes = NULL;

  ui_sign_in_customer ();

  g_assert_cmpstr (ui_dashboard_text ("company_name"), ==, "Northwind Home Services");
  g_assert_true (g_str_has_prefix (ui_dashboard_text ("open_label"), "Open now") ||
                 g_str_has_prefix (ui_dashboard_text ("open_label"), "Closed"));
  /* The cards show the server's numbers. */
  requests = g_strdup_printf ("%" G_GINT64_FORMAT, open_requests_in_db ());
  g_assert_cmpstr (ui_dashboard_text ("requests_value"), ==, requests);
  {
    g_autofree char *open = test_open_quote_condition ();
    g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "' AND %s",
                                            open);

    quotes = g_strdup_printf ("%" G_GINT64_FORMAT, ui_query_int (sql));
  }
  g_assert_cmpstr (ui_dashboard_text ("quotes_value"), ==, quotes);
  /* The demo's three open invoices, one of them overdue. */
  g_assert_cmpstr (ui_dashboard_text ("balance_value"), ==, "$1,416.00");
  g_assert_cmpstr (ui_dashboard_text ("balance_caption"), ==, "Some of this is overdue.");
  /* The ways to reach the business, one line each, whole in the tooltip. */
  {
    AdwActionRow *email = ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE, "email_row");
    AdwActionRow *address = ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE, "address_row");

    g_assert_cmpstr (adw_action_row_get_subtitle (email), ==, "hello@northwind-home.example");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (email)), ==, "hello@northwind-home.example");
    g_assert_cmpint (adw_action_row_get_subtitle_lines (email), ==, 1);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (address)), ==,
                     "1450 SE Alder St, Suite 200, Portland, OR 97214");
  }

  /* Only the refresh token is kept, in the keyring. */
  WAIT_FOR (({ g_autofree char *s = ui_kept_secret ("customer@example.com"); s != NULL; }));

  ui_screenshot_all (ui_window, "dashboard");
}

static void
test_request_form (void)
{
  GtkWidget *portal = ui_portal_view ();
  DoorstepRequestDialog *dialog;
  GtkTextBuffer *buffer;
  const char *text = "The upstairs radiator stays cold and gurgles when the heating comes on.";
  gint64 before = open_requests_in_db ();
  g_autofree char *expected = NULL;
  g_autofree char *requested = NULL;

  g_assert_true (gtk_widget_activate_action (portal, "portal.request-work", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_REQUEST_DIALOG)) != NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "kind_row")), ==, 0);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  ui_screenshot_all (GTK_WINDOW (dialog), "request-form");

  /* Nothing described: refused here, nothing sent. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.send", NULL));
  g_assert_true (gtk_widget_get_visible (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "description_error")));
  g_assert_cmpint (open_requests_in_db (), ==, before);

  adw_combo_row_set_selected (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "kind_row"), 1);
  adw_combo_row_set_selected (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "service_row"), 0);
  adw_combo_row_set_selected (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "property_row"), 1);
  buffer = gtk_text_view_get_buffer (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "description_view"));
  gtk_text_buffer_set_text (buffer, text, -1);

  /* The server refuses (the rental changed hands meanwhile): the form
   * says why beside the field and keeps everything typed. */
  ui_exec_sql ("UPDATE properties SET customer_id = 'cus_demo0daniel0reyes' WHERE id = 'prp_demo0maya0okafor_2'");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.send", NULL));
  WAIT_FOR (gtk_widget_get_visible (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "error_label")) &&
            gtk_widget_get_sensitive (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "form_box")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "property_row")),
                   ==, "Choose one of your properties.");
  {
    GtkTextIter start, end;
    g_autofree char *kept = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    kept = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (kept, ==, text);
  }
  ui_save_png (GTK_WIDGET (dialog), "request-form-error-wide-light");
  ui_exec_sql ("UPDATE properties SET customer_id = '" MAYA_ID "' WHERE id = 'prp_demo0maya0okafor_2'");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.send", NULL));
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_REQUEST_DIALOG) == NULL);

  g_assert_cmpint (open_requests_in_db (), ==, before + 1);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM requests WHERE kind = 'quote'"
                                 " AND property_id = 'prp_demo0maya0okafor_2'"
                                 " AND description LIKE 'The upstairs radiator%'"), ==, 1);
  /* The toast confirms and the dashboard counts the new request. */
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, before + 1);
  WAIT_FOR (g_strcmp0 (ui_dashboard_text ("requests_value"), expected) == 0);
  ui_save_png (GTK_WIDGET (ui_window), "dashboard-request-sent-wide-light");
  /* It was a quote request: the Quotes page has it under Requested. */
  requested = g_strdup_printf ("%" G_GINT64_FORMAT,
                               ui_query_int ("SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "'"
                                             " AND status = 'requested'"));
  WAIT_FOR (g_strcmp0 (ui_filter_count (ui_portal_section ("quotes"), "requested"), requested) == 0);
  g_assert_cmpstr (requested, ==, "2");

  /* The Quotes page asks for a quote with the form set to a quote. */
  g_assert_true (gtk_widget_activate_action (ui_portal_section ("quotes"), "portal.request-quote", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_REQUEST_DIALOG)) != NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "kind_row")), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_REQUEST_DIALOG) == NULL);
}

/* The sidebar lists every section; narrow, it is a page of its own that
 * the back button of a section leads to. */
static void
test_sections (void)
{
  DoorstepSectionView *sections = ui_child (ui_portal_view (), DOORSTEP_TYPE_PORTAL_VIEW, "section_view");
  AdwLeaflet *leaflet = ui_child (sections, DOORSTEP_TYPE_SECTION_VIEW, "leaflet");
  GtkListBox *list = ui_child (sections, DOORSTEP_TYPE_SECTION_VIEW, "section_list");
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (doorstep_section_view_get_stack (sections)));
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    g_assert_nonnull (gtk_list_box_get_row_at_index (list, (int) i));
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 0);

  ui_resize (ui_window, 400, 800);
  WAIT_FOR (adw_leaflet_get_folded (leaflet));
  g_assert_true (gtk_widget_get_visible (ui_child (sections, DOORSTEP_TYPE_SECTION_VIEW, "back_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sections), "sections.show-list", NULL));
  WAIT_FOR (adw_leaflet_get_visible_child (leaflet) == ui_child (sections, DOORSTEP_TYPE_SECTION_VIEW, "sidebar") &&
            !adw_leaflet_get_child_transition_running (leaflet));
  ui_save_png (GTK_WIDGET (ui_window), "sections-narrow-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_save_png (GTK_WIDGET (ui_window), "sections-narrow-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* Choosing a section shows it. */
  ui_show_portal_section ("quotes");
  WAIT_FOR (adw_leaflet_get_visible_child (leaflet) == ui_child (sections, DOORSTEP_TYPE_SECTION_VIEW, "content"));
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 1);
  ui_show_portal_section ("dashboard");
  ui_resize (ui_window, 1200, 800);
  WAIT_FOR (!adw_leaflet_get_folded (leaflet));
}

static const UiTest tests[] = {
  { "1-dashboard", test_dashboard },
  { "2-sections", test_sections },
  { "3-request-form", test_request_form },
  { NULL }
};

static const UiPhase phases[] = {
  { "dashboard", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-calendar-feed-dialog.h"
#include "doorstep-customers-page.h"
#include "doorstep-dashboard-page.h"
#include "doorstep-jobs-page.h"
#include "doorstep-lazy-section.h"
#include "doorstep-list-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-request-dialog.h"
#include "doorstep-section-view.h"
#include "doorstep-staff-view.h"
#include "doorstep-window.h"
#include "ui-fixture.h"

/* Staff: the customers list and its search, and a customer's portal as
 * they see it, read-only, for one with everything and one with no jobs. */

static gpointer
customers_page (void)
{
  GtkWidget *staff_view = adw_bin_get_child (ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "staff_slot"));
  DoorstepSectionView *sections = ui_child (staff_view, DOORSTEP_TYPE_STAFF_VIEW, "section_view");
  GtkWidget *section = adw_view_stack_get_child_by_name (doorstep_section_view_get_stack (sections), "customers");

  /* Built when first shown, as every section but the dashboard. */
  return doorstep_lazy_section_get_page (DOORSTEP_LAZY_SECTION (section));
}

static const char *
customers_state (void)
{
  return ui_stack_state (customers_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack");
}

static GListModel *
customers (void)
{
  return doorstep_list_page_get_items (customers_page ());
}

static void
test_staff_customers (void)
{
  GtkWidget *search;

  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  ui_sign_in_with ("admin@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_strcmp0 (ui_mode (), "admin") == 0);
  /* The staff view is built when someone of the staff signs in. */
  search = ui_child (customers_page (), DOORSTEP_TYPE_LIST_PAGE, "search_entry");
  WAIT_FOR (g_strcmp0 (customers_state (), "list") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (customers ()), ==, (guint) ui_query_int ("SELECT COUNT(*) FROM customers"));
  ui_screenshot_all (ui_window, "customers");

  gtk_editable_set_text (GTK_EDITABLE (search), "bak");
  WAIT_FOR (customers () != NULL && g_list_model_get_n_items (customers ()) == 1 &&
            g_strcmp0 (customers_state (), "list") == 0);
  ui_save_png (GTK_WIDGET (ui_window), "customers-search-wide-light");

  gtk_editable_set_text (GTK_EDITABLE (search), "nobody-by-this-name");
  WAIT_FOR (g_strcmp0 (customers_state (), "empty") == 0);
  ui_screenshot_all (ui_window, "customers-empty");

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  WAIT_FOR (g_strcmp0 (customers_state (), "list") == 0 && g_list_model_get_n_items (customers ()) > 1);
}

static void
test_view_as_customer (void)
{
  GtkWidget *portal = ui_portal_view ();
  GtkRevealer *banner = ui_child (portal, DOORSTEP_TYPE_PORTAL_VIEW, "preview_revealer");
  GtkLabel *banner_label = ui_child (portal, DOORSTEP_TYPE_PORTAL_VIEW, "preview_label");

  /* As a click on Maya's row does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.view-as-customer", "s", MAYA_ID));
  WAIT_FOR (g_strcmp0 (ui_mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  WAIT_FOR (strstr (gtk_label_get_text (banner_label), "Maya Okafor") != NULL);
  g_assert_cmpstr (ui_dashboard_text ("company_name"), ==, "Northwind Home Services");

  /* Read-only: asking for work does nothing, the button is off. */
  g_assert_false (gtk_widget_get_sensitive (ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE,
                                                      "request_button")));
  gtk_widget_activate_action (portal, "portal.request-work", NULL);
  ui_settle ();
  g_assert_null (ui_find_window (DOORSTEP_TYPE_REQUEST_DIALOG));
  /* Nor is asking for a quote offered on the Quotes page (which loads
   * when shown). */
  {
    g_autoptr(GtkWidget) ask = NULL;

    ui_show_portal_section ("quotes");
    g_object_get (ui_portal_section ("quotes"), "header-end", &ask, NULL);
    WAIT_FOR (!gtk_widget_get_visible (ask));
    ui_show_portal_section ("dashboard");
  }

  ui_screenshot_all (ui_window, "preview");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.back-to-customers", NULL));
  WAIT_FOR (g_strcmp0 (ui_mode (), "admin") == 0);
}

/* A customer the business has never visited: the Jobs page says so, with
 * no projects above it, and their calendar subscription is only shown. */
static void
test_customer_without_jobs (void)
{
  DoorstepListPage *jobs;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.view-as-customer", "s",
                                             "cus_demo0harbor0bakery"));
  WAIT_FOR (g_strcmp0 (ui_mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
  ui_show_portal_section ("jobs");
  jobs = ui_portal_section ("jobs");
  WAIT_FOR (g_strcmp0 (ui_stack_state (jobs, DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "empty") == 0);
  WAIT_FOR (g_strcmp0 (ui_filter_count (jobs, "upcoming"), "0") == 0);
  g_assert_true (ui_find_label (GTK_WIDGET (jobs), "No Visits Scheduled"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (doorstep_jobs_page_get_projects_strip (DOORSTEP_JOBS_PAGE (jobs)))));
  ui_screenshot_all (ui_window, "jobs-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (jobs), "jobs.subscribe", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_CALENDAR_FEED_DIALOG)) != NULL &&
            g_str_equal (doorstep_calendar_feed_dialog_get_view (DOORSTEP_CALENDAR_FEED_DIALOG (dialog)), "none"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "This customer hasn’t subscribed a calendar to their visits."));
  /* Read-only: making one is not offered, and asking does nothing. */
  g_assert_false (gtk_widget_get_visible (ui_child (dialog, DOORSTEP_TYPE_CALENDAR_FEED_DIALOG, "create_button")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "feed.create", NULL);
  ui_settle ();
  g_assert_cmpstr (doorstep_calendar_feed_dialog_get_view (DOORSTEP_CALENDAR_FEED_DIALOG (dialog)), ==, "none");
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM calendar_feeds WHERE customer_id = 'cus_demo0harbor0bakery'"),
                   ==, 0);
  ui_save_png (GTK_WIDGET (dialog), "feed-dialog-staff-wide-light");
  gtk_window_destroy (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.back-to-customers", NULL));
  WAIT_FOR (g_strcmp0 (ui_mode (), "admin") == 0);
}

static const UiTest tests[] = {
  { "1-customers", test_staff_customers },
  { "2-view-as-customer", test_view_as_customer },
  { "3-customer-without-jobs", test_customer_without_jobs },
  { NULL }
};

static const UiPhase phases[] = {
  { "staff", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

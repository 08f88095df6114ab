/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-dashboard-page.h"
#include "doorstep-equipment-page.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-pdf-window.h"
#include "doorstep-plan-page.h"
#include "doorstep-plans-page.h"
#include "doorstep-request-dialog.h"
#include "ui-fixture.h"

/* The customer's plans: active first, the expired one saying when it
 * ended; the service plan with its visits this plan year, what it covers,
 * its equipment and its jobs; asking for its next visit (a request for its
 * property, saying which plan) and its contract in the PDF viewer; a
 * warranty. The equipment above them by
 * property with their maintenance badges; an item with its history, its
 * warranty opening over it; the dashboard's Maintenance Due opening the
 * item due first. */

static DoorstepListPage *
plans_page (void)
{
  return ui_portal_section ("plans");
}

static DoorstepPlanPage *
plan_page (void)
{
  return ui_child (plans_page (), DOORSTEP_TYPE_PLANS_PAGE, "plan_page");
}

static DoorstepEquipmentPage *
equipment_page (void)
{
  return doorstep_plans_page_get_equipment_page (DOORSTEP_PLANS_PAGE (plans_page ()));
}

static void
wait_for_equipment (const char *equipment_id)
{
  DoorstepEquipment *shown;

  WAIT_FOR (doorstep_list_page_get_visible_detail (plans_page ()) == GTK_WIDGET (equipment_page ()) &&
            g_strcmp0 (ui_stack_state (equipment_page (), DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
            (shown = doorstep_equipment_page_get_equipment (equipment_page ())) != NULL &&
            g_str_equal (doorstep_equipment_get_id (shown), equipment_id));
}

static void
open_plan (guint       position,
           const char *plan_id)
{
  DoorstepPlan *shown;

  g_signal_emit_by_name (ui_child (plans_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", position);
  WAIT_FOR (doorstep_list_page_get_showing_detail (plans_page ()) &&
            g_strcmp0 (ui_stack_state (plan_page (), DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
            (shown = doorstep_plan_page_get_plan (plan_page ())) != NULL &&
            g_str_equal (doorstep_plan_get_id (shown), plan_id));
}

static void
test_plans (void)
{
  GListModel *model;
  DoorstepRequestDialog *dialog;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *description = NULL;

  ui_sign_in_customer ();

  /* The dashboard: what needs servicing, the first due opening. */
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
  g_assert_true (gtk_widget_get_visible (ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE,
                                                   "maintenance_card")));
  g_assert_cmpstr (ui_dashboard_text ("maintenance_value"), ==, "2 items");
  g_assert_cmpstr (ui_dashboard_text ("maintenance_caption"), ==, "Water heater at Home: Overdue");
  ui_screenshot_all (ui_window, "dashboard-maintenance");
  gtk_widget_activate (ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE, "maintenance_button"));
  wait_for_equipment ("eqp_demo0heater");
  g_assert_true (ui_find_label (GTK_WIDGET (equipment_page ()), "Overdue"));
  g_assert_true (ui_find_label (GTK_WIDGET (equipment_page ()), "Water heater flush and anode check"));
  ui_screenshot_all (ui_window, "equipment-overdue");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (equipment_page ()), "list.back", NULL));
  WAIT_FOR (!doorstep_list_page_get_showing_detail (plans_page ()));

  ui_show_portal_section ("plans");
  WAIT_FOR (g_strcmp0 (ui_stack_state (plans_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "list") == 0 &&
            (model = doorstep_list_page_get_items (plans_page ())) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (model)) && g_list_model_get_n_items (model) == 3);
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "Home Comfort Plan"));
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "$19.00 a month"));
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "Expired"));
  /* The equipment above, by property, with what is due. */
  WAIT_FOR (({ GListModel *e = doorstep_equipment_strip_get_equipment (
                 doorstep_plans_page_get_equipment_strip (DOORSTEP_PLANS_PAGE (plans_page ())));
               e != NULL && g_list_model_get_n_items (e) == 6; }));
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "Rental duplex"));
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "Due in 3 weeks") ||
                 ui_find_label (GTK_WIDGET (plans_page ()), "Due in 4 weeks"));
  ui_screenshot_all (ui_window, "plans");

  /* The furnace: its warranty opens over it, and Back returns to it. */
  g_signal_emit_by_name (gtk_widget_get_ancestor (ui_find_named (GTK_WIDGET (plans_page ()), "equipment-eqp_demo0furnace"),
                                                  GTK_TYPE_LIST_BOX_ROW), "activate");
  wait_for_equipment ("eqp_demo0furnace");
  g_assert_true (ui_find_label (GTK_WIDGET (equipment_page ()), "Annual furnace service"));
  g_assert_true (ui_find_label (GTK_WIDGET (equipment_page ()), "Home Comfort Plan"));
  ui_screenshot_all (ui_window, "equipment");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (equipment_page ()), "equipment.open-warranty", NULL));
  WAIT_FOR (doorstep_list_page_get_visible_detail (plans_page ()) == GTK_WIDGET (plan_page ()) &&
            doorstep_plan_page_get_plan (plan_page ()) != NULL &&
            g_str_equal (doorstep_plan_get_id (doorstep_plan_page_get_plan (plan_page ())), "pln_demo0furnace"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan_page ()), "list.back", NULL));
  wait_for_equipment ("eqp_demo0furnace");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (equipment_page ()), "list.back", NULL));
  WAIT_FOR (!doorstep_list_page_get_showing_detail (plans_page ()));

  /* The service plan in full. */
  open_plan (0, "pln_demo0comfort");
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "1 of 2 visits used"));
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Gas furnace"));
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Annual furnace service"));
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Furnace tune-up before winter"));
  g_assert_true (gtk_widget_get_visible (ui_child (plan_page (), DOORSTEP_TYPE_PLAN_PAGE, "request_button")));
  ui_screenshot_all (ui_window, "plan");

  /* Its contract, in the app. */
  {
    GtkWindow *window;
    DoorstepPdfViewer *viewer;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan_page ()), "detail.preview-pdf", NULL));
    WAIT_FOR ((window = ui_find_window (DOORSTEP_TYPE_PDF_WINDOW)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)));
    viewer = ui_child (window, DOORSTEP_TYPE_PDF_WINDOW, "viewer");
    WAIT_FOR (g_strcmp0 (ui_stack_state (viewer, DOORSTEP_TYPE_PDF_VIEWER, "stack"), "page") == 0 &&
              doorstep_pdf_viewer_get_rendered (viewer));
    g_assert_cmpint (doorstep_pdf_viewer_get_n_pages (viewer), >=, 1);
    ui_save_png (GTK_WIDGET (window), "plan-contract-wide-light");
    gtk_window_destroy (window);
    WAIT_FOR (ui_find_window (DOORSTEP_TYPE_PDF_WINDOW) == NULL);
  }

  /* Its next visit: a request for the home, naming the plan. */
  gtk_widget_activate (ui_child (plan_page (), DOORSTEP_TYPE_PLAN_PAGE, "request_button"));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_REQUEST_DIALOG)) != NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "property_row")), ==,
                    0);
  buffer = gtk_text_view_get_buffer (ui_child (dialog, DOORSTEP_TYPE_REQUEST_DIALOG, "description_view"));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (description, ==, "The next visit under my Home Comfort Plan.");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Back, and the warranty that expired. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan_page ()), "list.back", NULL));
  WAIT_FOR (!doorstep_list_page_get_showing_detail (plans_page ()));
  open_plan (2, "pln_demo0heater");
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Water heater"));
  g_assert_false (gtk_widget_get_visible (ui_child (plan_page (), DOORSTEP_TYPE_PLAN_PAGE, "visits_group")));
  ui_screenshot_all (ui_window, "plan-expired");
}

static const UiTest tests[] = {
  { "plans", test_plans },
  { NULL }
};

static const UiPhase phases[] = {
  { "plans", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

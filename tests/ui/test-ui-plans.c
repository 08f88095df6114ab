/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-plan-page.h"
#include "doorstep-plans-page.h"
#include "doorstep-request-dialog.h"
#include "ui-fixture.h"

/* The customer's plans: active first, the expired one saying when it
 * ended; the service plan with its visits this plan year, what it covers,
 * its equipment and its jobs; asking for its next visit (a request for its
 * property, saying which plan); a warranty. */

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

static void
open_plan (guint       position,
           const char *plan_id)
{
  DoorstepPlan *shown;

  g_signal_emit_by_name (ui_child (plans_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", position);
  WAIT_FOR (doorstep_list_page_get_showing_detail (plans_page ()) &&
            g_strcmp0 (ui_stack_state (plan_page (), DOORSTEP_TYPE_PLAN_PAGE, "stack"), "content") == 0 &&
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
  ui_show_portal_section ("plans");
  WAIT_FOR (g_strcmp0 (ui_stack_state (plans_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "list") == 0 &&
            (model = doorstep_list_page_get_items (plans_page ())) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (model)) && g_list_model_get_n_items (model) == 3);
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "Home Comfort Plan"));
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "$19.00 a month"));
  g_assert_true (ui_find_label (GTK_WIDGET (plans_page ()), "Expired"));
  ui_screenshot_all (ui_window, "plans");

  /* The service plan in full. */
  open_plan (0, "pln_demo0comfort");
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "1 of 2 visits used"));
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Gas furnace"));
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Annual furnace service"));
  g_assert_true (ui_find_label (GTK_WIDGET (plan_page ()), "Furnace tune-up before winter"));
  g_assert_true (gtk_widget_get_visible (ui_child (plan_page (), DOORSTEP_TYPE_PLAN_PAGE, "request_button")));
  ui_screenshot_all (ui_window, "plan");

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

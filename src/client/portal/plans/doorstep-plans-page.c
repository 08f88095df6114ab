/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-plan-page.h"
#include "doorstep-plan-row.h"
#include "doorstep-plans-api.h"
#include "doorstep-plans-page.h"

/* What the Plans page adds to every list page: the plans endpoint, its
 * empty texts, and opening a plan. One list, active plans first: a
 * customer has a handful, so no filters. */

struct _DoorstepPlansPage {
  DoorstepListPage  parent_instance;
  DoorstepPlanPage *plan_page;
};

G_DEFINE_FINAL_TYPE (DoorstepPlansPage, doorstep_plans_page, DOORSTEP_TYPE_LIST_PAGE)

static void
doorstep_plans_page_describe_empty (DoorstepListPage  *page,
                                    const char        *filter,
                                    const char        *search,
                                    char             **title,
                                    char             **description)
{
  *title = g_strdup (_("No Plans"));
  *description = g_strdup (_("Warranties and service plans you have with the business appear here, with how long "
                             "they run, what they cover and which property they are for."));
}

static void
doorstep_plans_page_activate (DoorstepListPage *page,
                              gpointer          item)
{
  doorstep_plans_page_open_plan (DOORSTEP_PLANS_PAGE (page), doorstep_plan_get_id (DOORSTEP_PLAN (item)));
}

static void
doorstep_plans_page_class_init (DoorstepPlansPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_plans_page_describe_empty;
  list_class->activate = doorstep_plans_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_plans_api_list);

  g_type_ensure (DOORSTEP_TYPE_PLAN_PAGE);
  g_type_ensure (DOORSTEP_TYPE_PLAN_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlansPage, plan_page);
}

static void
doorstep_plans_page_init (DoorstepPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Opens the plan @plan_id over the list. */
void
doorstep_plans_page_open_plan (DoorstepPlansPage *self,
                               const char        *plan_id)
{
  g_return_if_fail (DOORSTEP_IS_PLANS_PAGE (self));

  doorstep_plan_page_show (self->plan_page, plan_id);
  doorstep_list_page_show_detail (DOORSTEP_LIST_PAGE (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-equipment-page.h"
#include "doorstep-equipment-strip.h"
#include "doorstep-plan-page.h"
#include "doorstep-plan-row.h"
#include "doorstep-plans-api.h"
#include "doorstep-plans-page.h"

/* What the Plans page adds to every list page: the plans endpoint, its
 * empty texts, the equipment above the list (by property), and two
 * details: a plan and an item of equipment; plans.open-plan and
 * plans.open-equipment push one over what is shown, so Back returns to
 * the item a warranty was opened from. One list, active plans first: a
 * customer has a handful, so no filters. */

struct _DoorstepPlansPage {
  DoorstepListPage        parent_instance;
  DoorstepPlanPage       *plan_page;
  DoorstepEquipmentStrip *equipment_strip;
  DoorstepEquipmentPage  *equipment_page;
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
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPlansPage *self = DOORSTEP_PLANS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (action_name, "plans.open-equipment"))
    doorstep_plans_page_open_equipment (self, id);
  else
    doorstep_plans_page_open_plan (self, id);
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
  g_type_ensure (DOORSTEP_TYPE_EQUIPMENT_STRIP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlansPage, plan_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlansPage, equipment_strip);
  gtk_widget_class_install_action (widget_class, "plans.open-plan", "s", open_action);
  gtk_widget_class_install_action (widget_class, "plans.open-equipment", "s", open_action);
}

static void
doorstep_plans_page_init (DoorstepPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->equipment_page = g_object_new (DOORSTEP_TYPE_EQUIPMENT_PAGE, NULL);
  doorstep_list_page_add_detail (DOORSTEP_LIST_PAGE (self), GTK_WIDGET (self->equipment_page));
}

/* Opens the plan @plan_id over what is shown (the list, or an item of
 * equipment it covers). */
void
doorstep_plans_page_open_plan (DoorstepPlansPage *self,
                               const char        *plan_id)
{
  g_return_if_fail (DOORSTEP_IS_PLANS_PAGE (self));

  doorstep_plan_page_show (self->plan_page, plan_id);
  doorstep_list_page_push (DOORSTEP_LIST_PAGE (self), GTK_WIDGET (self->plan_page));
}

/* Opens the item @equipment_id over what is shown. */
void
doorstep_plans_page_open_equipment (DoorstepPlansPage *self,
                                    const char        *equipment_id)
{
  g_return_if_fail (DOORSTEP_IS_PLANS_PAGE (self));

  doorstep_equipment_page_show (self->equipment_page, equipment_id);
  doorstep_list_page_push (DOORSTEP_LIST_PAGE (self), GTK_WIDGET (self->equipment_page));
}

/**
 * doorstep_plans_page_get_equipment_strip:
 *
 * Returns: (transfer none): the equipment above the list
 */
DoorstepEquipmentStrip *
doorstep_plans_page_get_equipment_strip (DoorstepPlansPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PLANS_PAGE (self), NULL);
  return self->equipment_strip;
}

DoorstepEquipmentPage *
doorstep_plans_page_get_equipment_page (DoorstepPlansPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PLANS_PAGE (self), NULL);
  return self->equipment_page;
}

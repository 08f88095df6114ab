/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-plan-row.h"

/* A plan in the list: its name and kind, the property and how long it
 * has left (or when it ended), its price, and whether it is active. */

struct _DoorstepPlanRow {
  GtkBox        parent_instance;

  GtkLabel     *title_label;
  GtkLabel     *details_label;
  GtkLabel     *total_label;
  GtkLabel     *status_label;

  DoorstepPlan *plan;
};

G_DEFINE_FINAL_TYPE (DoorstepPlanRow, doorstep_plan_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_plan (DoorstepPlanRow *self)
{
  static const char * const styles[] = { "approved", "expired" };
  DoorstepPlan *plan = self->plan;
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *details_text = NULL;
  g_autofree char *price = NULL;
  g_autofree char *status = NULL;
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), styles[i]);
  if (plan == NULL)
    return;

  g_ptr_array_add (details, doorstep_plan_dup_kind_label (plan));
  if (doorstep_plan_get_property_label (plan) != NULL)
    g_ptr_array_add (details, g_strdup (doorstep_plan_get_property_label (plan)));
  g_ptr_array_add (details, doorstep_plan_dup_time_left (plan));
  g_ptr_array_add (details, NULL);
  details_text = g_strjoinv (" · ", (char **) details->pdata);
  price = doorstep_plan_dup_price (plan);
  status = doorstep_plan_dup_status_label (plan);

  gtk_label_set_text (self->title_label, doorstep_plan_get_name (plan));
  gtk_label_set_text (self->details_label, details_text);
  gtk_label_set_text (self->total_label, price != NULL ? price : "");
  gtk_widget_set_visible (GTK_WIDGET (self->total_label), price != NULL);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), doorstep_plan_get_status_style (plan));

  /* Translators: a plan row read aloud: "Home Comfort Plan, Service plan · Home · 7 months left, Active" */
  accessible = g_strdup_printf (_("%s, %s, %s"), doorstep_plan_get_name (plan), details_text, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
doorstep_plan_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_PLAN_ROW (object)->plan);
  G_OBJECT_CLASS (doorstep_plan_row_parent_class)->dispose (object);
}

static void
doorstep_plan_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, DOORSTEP_PLAN_ROW (object)->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_plan_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN:
      doorstep_plan_row_set_plan (DOORSTEP_PLAN_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_plan_row_class_init (DoorstepPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_plan_row_dispose;
  object_class->get_property = doorstep_plan_row_get_property;
  object_class->set_property = doorstep_plan_row_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, DOORSTEP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-plan-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanRow, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanRow, status_label);
}

static void
doorstep_plan_row_init (DoorstepPlanRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @plan: (nullable): the plan to show; %NULL while the row is unbound */
void
doorstep_plan_row_set_plan (DoorstepPlanRow *self,
                            DoorstepPlan    *plan)
{
  g_return_if_fail (DOORSTEP_IS_PLAN_ROW (self));

  if (!g_set_object (&self->plan, plan))
    return;
  show_plan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

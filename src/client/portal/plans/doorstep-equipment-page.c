/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-equipment-page.h"
#include "doorstep-plans-api.h"
#include "doorstep-rows.h"
#include "doorstep-time.h"

/* One appliance or system: what it is and where, its maintenance (next
 * service with a Due soon or Overdue badge, the last one and the
 * interval), its serial number, installation and the warranty covering
 * it, its service history (the jobs that touched it, newest first, each
 * opening on the Jobs page) and the plans covering it. */

struct _DoorstepEquipmentPage {
  DoorstepDetailPage   parent_instance;

  /* template widgets */
  GtkLabel            *title_label;
  GtkLabel            *facts_label;
  GtkWidget           *maintenance_group;
  AdwActionRow        *next_row;
  GtkLabel            *due_label;
  AdwActionRow        *last_row;
  AdwActionRow        *serial_row;
  AdwActionRow        *installed_row;
  AdwActionRow        *warranty_row;
  AdwPreferencesGroup *history_group;
  GtkListBox          *history_list;
  GtkWidget           *plans_group;
  GtkListBox          *plans_list;
};

G_DEFINE_FINAL_TYPE (DoorstepEquipmentPage, doorstep_equipment_page, DOORSTEP_TYPE_DETAIL_PAGE)

static DoorstepEquipment *
get_equipment (DoorstepEquipmentPage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

/* A row opening what it names with @action. */
static GtkWidget *
new_link_row (const char *title,
              const char *subtitle,
              const char *icon,
              const char *action,
              const char *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  return row;
}

static GtkWidget *
new_job_row (gpointer item,
             gpointer user_data)
{
  DoorstepPlanJob *job = item;
  GDateTime *when = doorstep_plan_job_get_last_visit_at (job);
  g_autofree char *day = when != NULL ? doorstep_date_time_format_day (when) : NULL;

  return new_link_row (doorstep_plan_job_get_title (job), day, "x-office-calendar-symbolic",
                       "portal.open-job", doorstep_plan_job_get_id (job));
}

static GtkWidget *
new_plan_row (gpointer item,
              gpointer user_data)
{
  DoorstepEquipmentPlan *plan = item;
  GDate *ends = doorstep_equipment_plan_get_ends_on (plan);
  g_autofree char *day = ends != NULL ? doorstep_date_format (ends) : NULL;
  /* Translators: when a plan ends, "Until 26 Jun 2027" */
  g_autofree char *until = day != NULL ? g_strdup_printf (_("Until %s"), day) : NULL;

  return new_link_row (doorstep_equipment_plan_get_name (plan), until, "security-high-symbolic",
                       "portal.open-plan", doorstep_equipment_plan_get_id (plan));
}

static void
show_maintenance (DoorstepEquipmentPage *self)
{
  DoorstepEquipment *equipment = get_equipment (self);
  static const char * const styles[] = { "approved", "open", "declined" };
  GDate *due = doorstep_equipment_get_next_due_on (equipment);
  GDateTime *last = doorstep_equipment_get_last_serviced_at (equipment);
  g_autofree char *due_day = NULL;
  g_autofree char *due_label = NULL;
  g_autofree char *last_text = NULL;

  gtk_widget_set_visible (self->maintenance_group, due != NULL);
  if (due == NULL)
    return;
  due_day = doorstep_date_format (due);
  due_label = doorstep_equipment_dup_due_label (equipment);
  adw_action_row_set_subtitle (self->next_row, due_day);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), styles[i]);
  gtk_label_set_text (self->due_label, due_label);
  gtk_widget_add_css_class (GTK_WIDGET (self->due_label), doorstep_equipment_get_due_style (equipment));

  if (last != NULL)
    {
      g_autofree char *day = doorstep_date_time_format_day (last);

      /* Translators: "12 Sep 2026 · every 12 months" */
      last_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · every %" G_GINT64_FORMAT " month",
                                                "%s · every %" G_GINT64_FORMAT " months",
                                                (gulong) doorstep_equipment_get_interval_months (equipment)),
                                   day, doorstep_equipment_get_interval_months (equipment));
    }
  else
    /* Translators: an item not serviced since it was installed, "Not yet · every 12 months" */
    last_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not yet · every %" G_GINT64_FORMAT " month",
                                              "Not yet · every %" G_GINT64_FORMAT " months",
                                              (gulong) doorstep_equipment_get_interval_months (equipment)),
                                 doorstep_equipment_get_interval_months (equipment));
  adw_action_row_set_subtitle (self->last_row, last_text);
}

static void
show_about (DoorstepEquipmentPage *self)
{
  DoorstepEquipment *equipment = get_equipment (self);
  GDate *installed = doorstep_equipment_get_installed_on (equipment);

  adw_action_row_set_subtitle (self->serial_row, doorstep_equipment_get_serial_number (equipment) != NULL
                                                 ? doorstep_equipment_get_serial_number (equipment) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->serial_row), doorstep_equipment_get_serial_number (equipment) != NULL);
  if (installed != NULL)
    {
      g_autofree char *day = doorstep_date_format (installed);

      adw_action_row_set_subtitle (self->installed_row, day);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->installed_row), installed != NULL);
  if (doorstep_equipment_get_warranty_name (equipment) != NULL)
    {
      g_autofree char *ends = doorstep_equipment_get_warranty_ends_on (equipment) != NULL
                              ? doorstep_date_format (doorstep_equipment_get_warranty_ends_on (equipment)) : NULL;
      /* Translators: the warranty covering an item, "Furnace parts and labour warranty, until 3 Sep 2028" */
      g_autofree char *text = ends != NULL ? g_strdup_printf (_("%s, until %s"),
                                                              doorstep_equipment_get_warranty_name (equipment), ends)
                                           : g_strdup (doorstep_equipment_get_warranty_name (equipment));

      adw_action_row_set_subtitle (self->warranty_row, text);
    }
  else
    adw_action_row_set_subtitle (self->warranty_row, _("None still running"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "equipment.open-warranty",
                                 doorstep_equipment_get_warranty_id (equipment) != NULL);
}

static void
show_links (DoorstepEquipmentPage *self)
{
  GListModel *jobs = doorstep_equipment_get_jobs (get_equipment (self));
  GListModel *plans = doorstep_equipment_get_plans (get_equipment (self));

  doorstep_rows_bind (self->history_list, jobs, new_job_row, self);
  adw_preferences_group_set_description (self->history_group,
                                         jobs == NULL || g_list_model_get_n_items (jobs) == 0
                                         ? _("No work has been done on it through the business yet.") : NULL);
  doorstep_rows_bind (self->plans_list, plans, new_plan_row, self);
  gtk_widget_set_visible (self->plans_group, plans != NULL && g_list_model_get_n_items (plans) > 0);
}

static void
doorstep_equipment_page_show_record (DoorstepDetailPage *page,
                                     gpointer            record)
{
  DoorstepEquipmentPage *self = DOORSTEP_EQUIPMENT_PAGE (page);
  DoorstepEquipment *equipment = record;
  const char *property = doorstep_equipment_get_property_label (equipment);
  g_autofree char *details = doorstep_equipment_dup_details (equipment);
  g_autofree char *facts = property != NULL && *details != '\0'
                           ? g_strdup_printf ("%s · %s", property, details)
                           : g_strdup (property != NULL ? property : details);

  doorstep_detail_page_set_heading (page, doorstep_equipment_get_type_name (equipment));
  gtk_label_set_text (self->title_label, doorstep_equipment_get_type_name (equipment));
  gtk_label_set_text (self->facts_label, facts);
  show_maintenance (self);
  show_about (self);
  show_links (self);
}

static void
doorstep_equipment_page_clear (DoorstepDetailPage *page)
{
  DoorstepEquipmentPage *self = DOORSTEP_EQUIPMENT_PAGE (page);

  doorstep_rows_bind (self->history_list, NULL, NULL, NULL);
  doorstep_rows_bind (self->plans_list, NULL, NULL, NULL);
}

static gpointer
doorstep_equipment_page_load_finish (DoorstepScope  *scope,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  return doorstep_plans_api_get_equipment_finish (scope, result, error);
}

static void
open_warranty_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DoorstepEquipment *equipment = get_equipment (DOORSTEP_EQUIPMENT_PAGE (widget));

  if (equipment != NULL && doorstep_equipment_get_warranty_id (equipment) != NULL)
    gtk_widget_activate_action (widget, "portal.open-plan", "s", doorstep_equipment_get_warranty_id (equipment));
}

static void
doorstep_equipment_page_class_init (DoorstepEquipmentPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  detail_class->load_async = doorstep_plans_api_get_equipment_async;
  detail_class->load_finish = doorstep_equipment_page_load_finish;
  detail_class->show_record = doorstep_equipment_page_show_record;
  detail_class->clear = doorstep_equipment_page_clear;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-equipment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, maintenance_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, next_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, last_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, serial_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, installed_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, warranty_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, plans_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, plans_list);
  gtk_widget_class_install_action (widget_class, "equipment.open-warranty", NULL, open_warranty_action);
}

static void
doorstep_equipment_page_init (DoorstepEquipmentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the item @equipment_id of the page's scope, loading it. */
void
doorstep_equipment_page_show (DoorstepEquipmentPage *self,
                              const char            *equipment_id)
{
  g_return_if_fail (DOORSTEP_IS_EQUIPMENT_PAGE (self));
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), equipment_id);
}

/**
 * doorstep_equipment_page_get_equipment:
 *
 * Returns: (transfer none) (nullable): the item shown, once loaded
 */
DoorstepEquipment *
doorstep_equipment_page_get_equipment (DoorstepEquipmentPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EQUIPMENT_PAGE (self), NULL);
  return get_equipment (self);
}

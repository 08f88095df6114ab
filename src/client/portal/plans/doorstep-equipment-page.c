/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-equipment-page.h"
#include "doorstep-plans-api.h"
#include "doorstep-section.h"
#include "doorstep-time.h"

/* One appliance or system: what it is and where, its maintenance (next
 * service with a Due soon or Overdue badge, the last one and the
 * interval), its serial number, installation and the warranty covering
 * it, its service history (the jobs that touched it, newest first, each
 * opening on the Jobs page) and the plans covering it. */

struct _DoorstepEquipmentPage {
  AdwBin               parent_instance;

  /* template widgets */
  GtkLabel            *heading;
  GtkStack            *stack;
  AdwStatusPage       *error_page;
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
  AdwPreferencesGroup *plans_group;

  GPtrArray           *rows;
  DoorstepScope       *scope;
  DoorstepEquipment   *equipment;
  char                *equipment_id;
  GCancellable        *load_cancellable;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepEquipmentPage, doorstep_equipment_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static void
clear_rows (DoorstepEquipmentPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row,
                                                                                    ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
add_link_row (DoorstepEquipmentPage *self,
              AdwPreferencesGroup   *group,
              const char            *title,
              const char            *subtitle,
              const char            *icon,
              const char            *action,
              const char            *target)
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
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
show_maintenance (DoorstepEquipmentPage *self)
{
  DoorstepEquipment *equipment = self->equipment;
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
  DoorstepEquipment *equipment = self->equipment;
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
  GListModel *jobs = doorstep_equipment_get_jobs (self->equipment);
  GListModel *plans = doorstep_equipment_get_plans (self->equipment);
  guint n_jobs = jobs != NULL ? g_list_model_get_n_items (jobs) : 0;
  guint n_plans = plans != NULL ? g_list_model_get_n_items (plans) : 0;

  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(DoorstepPlanJob) job = g_list_model_get_item (jobs, i);
      GDateTime *when = doorstep_plan_job_get_last_visit_at (job);
      g_autofree char *day = when != NULL ? doorstep_date_time_format_day (when) : NULL;

      add_link_row (self, self->history_group, doorstep_plan_job_get_title (job), day, "x-office-calendar-symbolic",
                    "portal.open-job", doorstep_plan_job_get_id (job));
    }
  adw_preferences_group_set_description (self->history_group,
                                         n_jobs == 0 ? _("No work has been done on it through the business yet.")
                                                     : NULL);
  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(DoorstepEquipmentPlan) plan = g_list_model_get_item (plans, i);
      GDate *ends = doorstep_equipment_plan_get_ends_on (plan);
      g_autofree char *day = ends != NULL ? doorstep_date_format (ends) : NULL;
      /* Translators: when a plan ends, "Until 26 Jun 2027" */
      g_autofree char *until = day != NULL ? g_strdup_printf (_("Until %s"), day) : NULL;

      add_link_row (self, self->plans_group, doorstep_equipment_plan_get_name (plan), until,
                    "security-high-symbolic", "portal.open-plan", doorstep_equipment_plan_get_id (plan));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->plans_group), n_plans > 0);
}

static void
set_equipment (DoorstepEquipmentPage *self,
               DoorstepEquipment     *equipment)
{
  g_autofree char *details = NULL;
  g_autofree char *facts = NULL;

  g_set_object (&self->equipment, equipment);
  details = doorstep_equipment_dup_details (equipment);
  facts = doorstep_equipment_get_property_label (equipment) != NULL && *details != '\0'
          ? g_strdup_printf ("%s · %s", doorstep_equipment_get_property_label (equipment), details)
          : g_strdup (doorstep_equipment_get_property_label (equipment) != NULL
                      ? doorstep_equipment_get_property_label (equipment) : details);
  gtk_label_set_text (self->heading, doorstep_equipment_get_type_name (equipment));
  gtk_label_set_text (self->title_label, doorstep_equipment_get_type_name (equipment));
  gtk_label_set_text (self->facts_label, facts);

  clear_rows (self);
  show_maintenance (self);
  show_about (self);
  show_links (self);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
load_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepEquipmentPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepEquipment) equipment = doorstep_plans_api_get_equipment_finish (DOORSTEP_SCOPE (source_object),
                                                                                    result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_EQUIPMENT_PAGE (user_data);
  if (equipment == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  set_equipment (self, equipment);
}

static void
load (DoorstepEquipmentPage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->scope == NULL || self->equipment_id == NULL)
    return;

  self->load_cancellable = g_cancellable_new ();
  if (self->equipment == NULL || g_strcmp0 (doorstep_equipment_get_id (self->equipment), self->equipment_id) != 0)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  doorstep_plans_api_get_equipment_async (self->scope, self->equipment_id, self->load_cancellable, load_cb, self);
}

static void
retry_cb (DoorstepEquipmentPage *self)
{
  load (self);
}

static void
open_warranty_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DoorstepEquipmentPage *self = DOORSTEP_EQUIPMENT_PAGE (widget);

  if (self->equipment != NULL && doorstep_equipment_get_warranty_id (self->equipment) != NULL)
    gtk_widget_activate_action (widget, "portal.open-plan", "s", doorstep_equipment_get_warranty_id (self->equipment));
}

/* DoorstepSection */

static void
doorstep_equipment_page_load (DoorstepSection *section,
                              DoorstepScope   *scope)
{
  DoorstepEquipmentPage *self = DOORSTEP_EQUIPMENT_PAGE (section);

  doorstep_section_clear (section);
  g_set_object (&self->scope, scope);
}

static void
doorstep_equipment_page_reload (DoorstepSection *section)
{
  load (DOORSTEP_EQUIPMENT_PAGE (section));
}

static void
doorstep_equipment_page_clear (DoorstepSection *section)
{
  DoorstepEquipmentPage *self = DOORSTEP_EQUIPMENT_PAGE (section);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->equipment);
  g_clear_pointer (&self->equipment_id, g_free);
  clear_rows (self);
  gtk_label_set_text (self->heading, "");
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_equipment_page_load;
  iface->reload = doorstep_equipment_page_reload;
  iface->clear = doorstep_equipment_page_clear;
}

/* GObject */

static void
doorstep_equipment_page_dispose (GObject *object)
{
  DoorstepEquipmentPage *self = DOORSTEP_EQUIPMENT_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->equipment);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_equipment_page_parent_class)->dispose (object);
}

static void
doorstep_equipment_page_finalize (GObject *object)
{
  g_free (DOORSTEP_EQUIPMENT_PAGE (object)->equipment_id);
  G_OBJECT_CLASS (doorstep_equipment_page_parent_class)->finalize (object);
}

static void
doorstep_equipment_page_class_init (DoorstepEquipmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_equipment_page_dispose;
  object_class->finalize = doorstep_equipment_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-equipment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, heading);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, error_page);
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
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentPage, plans_group);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_install_action (widget_class, "equipment.open-warranty", NULL, open_warranty_action);
}

static void
doorstep_equipment_page_init (DoorstepEquipmentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/* Shows the item @equipment_id of the page's scope, loading it. */
void
doorstep_equipment_page_show (DoorstepEquipmentPage *self,
                              const char            *equipment_id)
{
  g_return_if_fail (DOORSTEP_IS_EQUIPMENT_PAGE (self));

  if (g_strcmp0 (self->equipment_id, equipment_id) != 0)
    {
      g_free (self->equipment_id);
      self->equipment_id = g_strdup (equipment_id);
      g_clear_object (&self->equipment);
    }
  load (self);
}

DoorstepEquipment *
doorstep_equipment_page_get_equipment (DoorstepEquipmentPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EQUIPMENT_PAGE (self), NULL);
  return self->equipment;
}

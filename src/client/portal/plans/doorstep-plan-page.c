/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-download.h"
#include "doorstep-pdf-window.h"
#include "doorstep-plan-page.h"
#include "doorstep-plans-api.h"
#include "doorstep-section.h"
#include "doorstep-time.h"

/* One plan: its status and how long it has left, what it is for, for a
 * service plan this plan year's visits ("1 of 2 visits used") and when the
 * next is due, its dates and price, what it covers and does not, the
 * equipment it covers, and the jobs done under it (each opening on the
 * Jobs page); its contract to preview and download. */

struct _DoorstepPlanPage {
  AdwBin               parent_instance;

  /* template widgets */
  GtkLabel            *heading;
  GtkWidget           *pdf_buttons;
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *title_label;
  GtkLabel            *status_label;
  GtkLabel            *facts_label;
  GtkLabel            *summary_label;
  GtkWidget           *visits_group;
  GtkLabel            *visits_label;
  GtkProgressBar      *visits_bar;
  GtkLabel            *next_visit_label;
  GtkWidget           *request_button;
  AdwActionRow        *dates_row;
  AdwActionRow        *renews_row;
  AdwActionRow        *price_row;
  GtkWidget           *covered_group;
  GtkLabel            *covered_label;
  GtkWidget           *not_covered_group;
  GtkLabel            *not_covered_label;
  AdwPreferencesGroup *equipment_group;
  AdwPreferencesGroup *jobs_group;

  GPtrArray           *rows;          /* made per plan, in their groups */
  DoorstepScope       *scope;
  DoorstepPlan        *plan;
  DoorstepDocument    *contract;
  char                *plan_id;
  GCancellable        *load_cancellable;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepPlanPage, doorstep_plan_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static void
clear_rows (DoorstepPlanPage *self)
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

static void
add_row (DoorstepPlanPage    *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
show_visits (DoorstepPlanPage *self)
{
  DoorstepPlan *plan = self->plan;
  gint64 included = doorstep_plan_get_visits_included (plan);
  gint64 used = MIN (doorstep_plan_get_visits_used (plan), included);
  GDate *due = doorstep_plan_get_next_visit_due (plan);
  g_autofree char *used_text = NULL;
  g_autofree char *next_text = NULL;

  gtk_widget_set_visible (self->visits_group, included > 0);
  if (included == 0)
    return;

  /* Translators: a service plan's visits this plan year, "1 of 2 visits used" */
  used_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " visit used",
                                            "%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " visits used",
                                            (gulong) included),
                               used, included);
  if (due != NULL)
    {
      g_autofree char *day = doorstep_date_format (due);

      /* Translators: when a plan's next visit is due, "Next visit due 26 Dec 2026" */
      next_text = g_strdup_printf (_("Next visit due %s"), day);
    }
  else if (doorstep_plan_get_status (plan) == DOORSTEP_PLAN_ACTIVE)
    next_text = g_strdup (_("Every visit this plan year is used; the next year brings new ones."));
  else
    next_text = g_strdup (_("This plan has ended; no more visits are due."));

  gtk_label_set_text (self->visits_label, used_text);
  gtk_progress_bar_set_fraction (self->visits_bar, (double) used / (double) included);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->visits_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, used_text, -1);
  gtk_label_set_text (self->next_visit_label, next_text);

  /* Asking for it: a request for the plan's property, saying which plan. */
  gtk_widget_set_visible (self->request_button, due != NULL && !doorstep_scope_get_read_only (self->scope));
  if (due != NULL)
    {
      /* Translators: the description a plan's visit request starts with */
      g_autofree char *description = g_strdup_printf (_("The next visit under my %s."),
                                                      doorstep_plan_get_name (plan));
      const char *property_id = doorstep_plan_get_property_id (plan);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->request_button), "(ss)",
                                        property_id != NULL ? property_id : "", description);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->request_button), "portal.request-visit");
    }
}

static void
show_terms (DoorstepPlanPage *self)
{
  DoorstepPlan *plan = self->plan;
  g_autofree char *starts = doorstep_date_format (doorstep_plan_get_starts_on (plan));
  g_autofree char *ends = doorstep_date_format (doorstep_plan_get_ends_on (plan));
  /* Translators: how long a plan runs, "26 Jun 2026 to 26 Jun 2027" */
  g_autofree char *runs = g_strdup_printf (_("%s to %s"), starts, ends);
  g_autofree char *price = doorstep_plan_dup_price (plan);
  GDate *renews = doorstep_plan_get_renews_on (plan);

  adw_action_row_set_subtitle (self->dates_row, runs);
  if (renews != NULL && doorstep_plan_get_status (plan) == DOORSTEP_PLAN_ACTIVE)
    {
      g_autofree char *day = doorstep_date_format (renews);

      adw_action_row_set_subtitle (self->renews_row, day);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->renews_row),
                          renews != NULL && doorstep_plan_get_status (plan) == DOORSTEP_PLAN_ACTIVE);
  adw_action_row_set_subtitle (self->price_row, price != NULL ? price : "");
  gtk_widget_set_visible (GTK_WIDGET (self->price_row), price != NULL);

  gtk_label_set_text (self->covered_label, doorstep_plan_get_covered (plan) != NULL
                                           ? doorstep_plan_get_covered (plan) : "");
  gtk_widget_set_visible (self->covered_group, doorstep_plan_get_covered (plan) != NULL);
  gtk_label_set_text (self->not_covered_label, doorstep_plan_get_not_covered (plan) != NULL
                                               ? doorstep_plan_get_not_covered (plan) : "");
  gtk_widget_set_visible (self->not_covered_group, doorstep_plan_get_not_covered (plan) != NULL);
}

static void
show_equipment (DoorstepPlanPage *self)
{
  GListModel *equipment = doorstep_plan_get_equipment (self->plan);
  guint n = equipment != NULL ? g_list_model_get_n_items (equipment) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepPlanEquipment) item = g_list_model_get_item (equipment, i);
      g_autofree char *details = doorstep_plan_equipment_dup_details (item);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_plan_equipment_get_type_name (item));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("applications-engineering-symbolic"));
      add_row (self, self->equipment_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->equipment_group), n > 0);
}

static void
show_jobs (DoorstepPlanPage *self)
{
  GListModel *jobs = doorstep_plan_get_jobs (self->plan);
  guint n = jobs != NULL ? g_list_model_get_n_items (jobs) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepPlanJob) job = g_list_model_get_item (jobs, i);
      GDateTime *when = doorstep_plan_job_get_last_visit_at (job);
      g_autofree char *day = when != NULL ? doorstep_date_time_format_day (when) : NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_plan_job_get_title (job));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (day != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", doorstep_plan_job_get_id (job));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "portal.open-job");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      add_row (self, self->jobs_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->jobs_group), n > 0);
}

static void
set_pdf_enabled (DoorstepPlanPage *self,
                 gboolean          enabled)
{
  gtk_widget_set_visible (self->pdf_buttons, enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.preview-pdf", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.download-pdf", enabled);
}

static void
set_plan (DoorstepPlanPage *self,
          DoorstepPlan     *plan)
{
  static const char * const styles[] = { "approved", "expired" };
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;
  g_autofree char *status = NULL;

  g_set_object (&self->plan, plan);
  {
    /* Translators: the file name a plan's contract is saved under; %s is the plan's name */
    g_autofree char *file_name = g_strdup_printf (_("%s contract.pdf"), doorstep_plan_get_name (plan));

    g_strdelimit (file_name, "/\\:", '-');
    g_clear_object (&self->contract);
    self->contract = doorstep_document_new (self->scope, &doorstep_plans_api_contract, doorstep_plan_get_id (plan),
                                            doorstep_plan_get_name (plan), _("Contract"), file_name);
  }
  set_pdf_enabled (self, TRUE);
  gtk_label_set_text (self->heading, doorstep_plan_get_name (plan));
  gtk_label_set_text (self->title_label, doorstep_plan_get_name (plan));
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), styles[i]);
  status = doorstep_plan_dup_status_label (plan);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), doorstep_plan_get_status_style (plan));

  g_ptr_array_add (facts, doorstep_plan_dup_kind_label (plan));
  if (doorstep_plan_get_property_label (plan) != NULL)
    g_ptr_array_add (facts, g_strdup (doorstep_plan_get_property_label (plan)));
  g_ptr_array_add (facts, doorstep_plan_dup_time_left (plan));
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_text (self->facts_label, facts_text);
  gtk_label_set_text (self->summary_label, doorstep_plan_get_summary (plan) != NULL
                                           ? doorstep_plan_get_summary (plan) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), doorstep_plan_get_summary (plan) != NULL);

  clear_rows (self);
  show_visits (self);
  show_terms (self);
  show_equipment (self);
  show_jobs (self);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
load_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepPlanPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepPlan) plan = doorstep_plans_api_get_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PLAN_PAGE (user_data);
  if (plan == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  set_plan (self, plan);
}

static void
load (DoorstepPlanPage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->scope == NULL || self->plan_id == NULL)
    return;

  self->load_cancellable = g_cancellable_new ();
  if (self->plan == NULL || g_strcmp0 (doorstep_plan_get_id (self->plan), self->plan_id) != 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      set_pdf_enabled (self, FALSE);
    }
  doorstep_plans_api_get_async (self->scope, self->plan_id, self->load_cancellable, load_cb, self);
}

static void
retry_cb (DoorstepPlanPage *self)
{
  load (self);
}

static void
preview_pdf_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (widget);

  if (self->contract != NULL)
    doorstep_pdf_window_present (widget, self->contract);
}

static void
download_pdf_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (widget);

  if (self->contract != NULL)
    doorstep_download_document (widget, self->contract);
}

/* DoorstepSection */

static void
doorstep_plan_page_load (DoorstepSection *section,
                         DoorstepScope   *scope)
{
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (section);

  doorstep_section_clear (section);
  g_set_object (&self->scope, scope);
}

static void
doorstep_plan_page_reload (DoorstepSection *section)
{
  load (DOORSTEP_PLAN_PAGE (section));
}

static void
doorstep_plan_page_clear (DoorstepSection *section)
{
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (section);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->plan);
  g_clear_object (&self->contract);
  g_clear_pointer (&self->plan_id, g_free);
  clear_rows (self);
  set_pdf_enabled (self, FALSE);
  gtk_label_set_text (self->heading, "");
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_plan_page_load;
  iface->reload = doorstep_plan_page_reload;
  iface->clear = doorstep_plan_page_clear;
}

/* GObject */

static void
doorstep_plan_page_dispose (GObject *object)
{
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->plan);
  g_clear_object (&self->contract);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_plan_page_parent_class)->dispose (object);
}

static void
doorstep_plan_page_finalize (GObject *object)
{
  g_free (DOORSTEP_PLAN_PAGE (object)->plan_id);
  G_OBJECT_CLASS (doorstep_plan_page_parent_class)->finalize (object);
}

static void
doorstep_plan_page_class_init (DoorstepPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_plan_page_dispose;
  object_class->finalize = doorstep_plan_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, heading);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, pdf_buttons);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, visits_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, visits_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, visits_bar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, next_visit_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, request_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, dates_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, renews_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, price_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, covered_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, covered_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, not_covered_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, not_covered_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, jobs_group);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_install_action (widget_class, "plan.preview-pdf", NULL, preview_pdf_action);
  gtk_widget_class_install_action (widget_class, "plan.download-pdf", NULL, download_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "plan.preview-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan.download-pdf", NULL);
}

static void
doorstep_plan_page_init (DoorstepPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  set_pdf_enabled (self, FALSE);
}

/* Shows the plan @plan_id of the page's scope, loading it. */
void
doorstep_plan_page_show (DoorstepPlanPage *self,
                         const char       *plan_id)
{
  g_return_if_fail (DOORSTEP_IS_PLAN_PAGE (self));

  if (g_strcmp0 (self->plan_id, plan_id) != 0)
    {
      g_free (self->plan_id);
      self->plan_id = g_strdup (plan_id);
      g_clear_object (&self->plan);
    }
  load (self);
}

/**
 * doorstep_plan_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown, once loaded
 */
DoorstepPlan *
doorstep_plan_page_get_plan (DoorstepPlanPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PLAN_PAGE (self), NULL);
  return self->plan;
}

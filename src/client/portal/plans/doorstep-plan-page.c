/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-plan-page.h"
#include "doorstep-plans-api.h"
#include "doorstep-rows.h"
#include "doorstep-time.h"

/* One plan: its status and how long it has left, what it is for, for a
 * service plan this plan year's visits ("1 of 2 visits used") and when the
 * next is due, its dates and price, what it covers and does not, the
 * equipment it covers, and the jobs done under it (each opening on the
 * Jobs page); its contract to preview and download. */

struct _DoorstepPlanPage {
  DoorstepDetailPage   parent_instance;

  /* template widgets */
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
  GtkWidget           *equipment_group;
  GtkListBox          *equipment_list;
  GtkWidget           *jobs_group;
  GtkListBox          *jobs_list;
};

G_DEFINE_FINAL_TYPE (DoorstepPlanPage, doorstep_plan_page, DOORSTEP_TYPE_DETAIL_PAGE)

static DoorstepPlan *
get_plan (DoorstepPlanPage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

static void
show_visits (DoorstepPlanPage *self)
{
  DoorstepPlan *plan = get_plan (self);
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
  gtk_widget_set_visible (self->request_button, due != NULL && !doorstep_scope_get_read_only (doorstep_detail_page_get_scope (DOORSTEP_DETAIL_PAGE (self))));
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
  DoorstepPlan *plan = get_plan (self);
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

static GtkWidget *
new_equipment_row (gpointer item,
                   gpointer user_data)
{
  DoorstepPlanEquipment *equipment = item;
  g_autofree char *details = doorstep_plan_equipment_dup_details (equipment);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_plan_equipment_get_type_name (equipment));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("applications-engineering-symbolic"));
  return row;
}

static GtkWidget *
new_job_row (gpointer item,
             gpointer user_data)
{
  DoorstepPlanJob *job = item;
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
  return row;
}

/* What the plan covers, and the jobs done under it: a group each, shown
 * when it has any. */
static void
show_lists (DoorstepPlanPage *self)
{
  GListModel *equipment = doorstep_plan_get_equipment (get_plan (self));
  GListModel *jobs = doorstep_plan_get_jobs (get_plan (self));

  doorstep_rows_bind (self->equipment_list, equipment, new_equipment_row, self);
  gtk_widget_set_visible (self->equipment_group, equipment != NULL && g_list_model_get_n_items (equipment) > 0);
  doorstep_rows_bind (self->jobs_list, jobs, new_job_row, self);
  gtk_widget_set_visible (self->jobs_group, jobs != NULL && g_list_model_get_n_items (jobs) > 0);
}

static void
doorstep_plan_page_show_record (DoorstepDetailPage *page,
                                gpointer            record)
{
  static const char * const styles[] = { "approved", "expired" };
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (page);
  DoorstepPlan *plan = record;
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DoorstepDocument) contract = NULL;
  /* Translators: the file name a plan's contract is saved under; %s is the plan's name */
  g_autofree char *file_name = g_strdup_printf (_("%s contract.pdf"), doorstep_plan_get_name (plan));
  g_autofree char *facts_text = NULL;
  g_autofree char *status = NULL;

  g_strdelimit (file_name, "/\\:", '-');
  contract = doorstep_document_new (doorstep_detail_page_get_scope (page), &doorstep_plans_api_contract,
                                    doorstep_plan_get_id (plan), doorstep_plan_get_name (plan), _("Contract"),
                                    file_name);
  doorstep_detail_page_set_document (page, contract);
  doorstep_detail_page_set_heading (page, doorstep_plan_get_name (plan));
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

  show_visits (self);
  show_terms (self);
  show_lists (self);
}

static void
doorstep_plan_page_clear (DoorstepDetailPage *page)
{
  DoorstepPlanPage *self = DOORSTEP_PLAN_PAGE (page);

  doorstep_rows_bind (self->equipment_list, NULL, NULL, NULL);
  doorstep_rows_bind (self->jobs_list, NULL, NULL, NULL);
}

static gpointer
doorstep_plan_page_load_finish (DoorstepScope  *scope,
                                GAsyncResult   *result,
                                GError        **error)
{
  return doorstep_plans_api_get_finish (scope, result, error);
}

static void
doorstep_plan_page_class_init (DoorstepPlanPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  detail_class->load_async = doorstep_plans_api_get_async;
  detail_class->load_finish = doorstep_plan_page_load_finish;
  detail_class->show_record = doorstep_plan_page_show_record;
  detail_class->clear = doorstep_plan_page_clear;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-plan-page.ui");
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
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, equipment_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, jobs_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPlanPage, jobs_list);
}

static void
doorstep_plan_page_init (DoorstepPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the plan @plan_id of the page's scope, loading it. */
void
doorstep_plan_page_show (DoorstepPlanPage *self,
                         const char       *plan_id)
{
  g_return_if_fail (DOORSTEP_IS_PLAN_PAGE (self));
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), plan_id);
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
  return get_plan (self);
}

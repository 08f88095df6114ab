/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-job.h"
#include "doorstep-jobs-api.h"
#include "doorstep-project-page.h"
#include "doorstep-rows.h"
#include "doorstep-time.h"

/* One project: how far along it is (a bar and "2 of 5 stages done"),
 * where, what it is, and each stage in order with its status, its dates
 * and the jobs under it, each with its next (or last) visit and opening
 * that job; then the quote it came from. Jobs open with jobs.open-job,
 * which the Jobs page pushes over this page, so Back returns here. */

struct _DoorstepProjectPage {
  DoorstepDetailPage  parent_instance;

  /* template widgets */
  GtkLabel           *title_label;
  GtkLabel           *facts_label;
  GtkLabel           *progress_label;
  GtkProgressBar     *progress_bar;
  GtkLabel           *description_label;
  GtkBox             *stages_box;
  GtkWidget          *quote_group;
  AdwActionRow       *quote_row;
};

G_DEFINE_FINAL_TYPE (DoorstepProjectPage, doorstep_project_page, DOORSTEP_TYPE_DETAIL_PAGE)

static DoorstepProject *
get_project (DoorstepProjectPage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

static const char *
stage_status_style (DoorstepStageStatus status)
{
  switch (status)
    {
    case DOORSTEP_STAGE_STATUS_DONE:
      return "completed";
    case DOORSTEP_STAGE_STATUS_IN_PROGRESS:
      return "scheduled";
    case DOORSTEP_STAGE_STATUS_PENDING:
    default:
      return "pending";
    }
}

/* "3 Nov 2026 – 20 Nov 2026", "From 3 Nov 2026", or NULL */
static char *
describe_dates (DoorstepProjectStage *stage)
{
  GDate *starts = doorstep_project_stage_get_starts_on (stage);
  GDate *ends = doorstep_project_stage_get_ends_on (stage);
  g_autofree char *from = starts != NULL ? doorstep_date_format (starts) : NULL;
  g_autofree char *until = ends != NULL ? doorstep_date_format (ends) : NULL;

  if (from != NULL && until != NULL)
    return g_date_compare (starts, ends) == 0
           ? g_steal_pointer (&from)
           /* Translators: a stage's dates, "3 Nov 2026 – 20 Nov 2026" */
           : g_strdup_printf (_("%s – %s"), from, until);
  if (from != NULL)
    /* Translators: a stage with a start date only */
    return g_strdup_printf (_("From %s"), from);
  if (until != NULL)
    /* Translators: a stage with an end date only */
    return g_strdup_printf (_("Until %s"), until);
  return NULL;
}

/* The visit a job row names: the next one not over, else the last. */
static DoorstepVisit *
pick_visit (DoorstepJob *job)
{
  GListModel *visits = doorstep_job_get_visits (job);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint n = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepVisit) visit = g_list_model_get_item (visits, i);

      if (g_date_time_compare (doorstep_visit_get_ends_at (visit), now) > 0 &&
          doorstep_visit_get_status (visit) != DOORSTEP_VISIT_STATUS_CANCELLED)
        return g_steal_pointer (&visit);
    }
  return n > 0 ? g_list_model_get_item (visits, n - 1) : NULL;
}

static GtkWidget *
new_job_row (gpointer item,
             gpointer user_data)
{
  DoorstepJob *job = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(DoorstepVisit) visit = pick_visit (job);
  g_autofree char *subtitle = NULL;

  if (visit != NULL)
    {
      g_autofree char *window = doorstep_visit_dup_window (visit);
      const char *who = doorstep_visit_get_technician_name (visit);

      /* Translators: a job's visit in a project, "Tue 24 Nov, 8:00–10:00 · Completed · Luis Ortega" */
      subtitle = who != NULL
                 ? g_strdup_printf (_("%s · %s · %s"), window,
                                    doorstep_visit_status_get_label (doorstep_visit_get_status (visit)), who)
                 : g_strdup_printf (_("%s · %s"), window,
                                    doorstep_visit_status_get_label (doorstep_visit_get_status (visit)));
    }
  else
    subtitle = g_strdup (_("No visit booked yet"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_job_get_title (job));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "jobs.open-job");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", doorstep_job_get_id (job));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static GtkWidget *
new_stage_group (DoorstepProjectStage *stage,
                 guint                 number)
{
  GtkWidget *group = adw_preferences_group_new ();
  DoorstepStageStatus status = doorstep_project_stage_get_status (stage);
  GtkWidget *badge = gtk_label_new (doorstep_stage_status_get_label (status));
  GListModel *jobs = doorstep_project_stage_get_jobs (stage);
  /* Translators: a stage and its place in the project, "2. Permits" */
  g_autofree char *title = g_strdup_printf (_("%u. %s"), number, doorstep_project_stage_get_title (stage));
  g_autofree char *dates = describe_dates (stage);
  g_autofree char *description = NULL;

  /* A stage done without visits (permits, paperwork) needs no remark. */
  if (g_list_model_get_n_items (jobs) == 0 && status != DOORSTEP_STAGE_STATUS_DONE)
    description = dates != NULL
                  /* Translators: a stage's dates, then that nothing is booked for it */
                  ? g_strdup_printf (_("%s · Nothing booked for this stage yet"), dates)
                  : g_strdup (_("Nothing booked for this stage yet"));
  else
    description = g_steal_pointer (&dates);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_widget_add_css_class (badge, "visit-status");
  gtk_widget_add_css_class (badge, stage_status_style (status));
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), badge);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), doorstep_rows_new (jobs, new_job_row, NULL));
  return group;
}

/* The stages are groups made per project, not rows: they go with it. */
static void
remove_stages (DoorstepProjectPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stages_box))) != NULL)
    gtk_box_remove (self->stages_box, child);
}

static void
doorstep_project_page_show_record (DoorstepDetailPage *page,
                                   gpointer            record)
{
  DoorstepProjectPage *self = DOORSTEP_PROJECT_PAGE (page);
  DoorstepProject *project = record;
  GListModel *stages = doorstep_project_get_stages (project);
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();
  g_autofree char *facts_text = NULL;
  g_autofree char *progress = doorstep_project_dup_progress_text (project);
  guint count = doorstep_project_get_stage_count (project);

  doorstep_detail_page_set_heading (page, doorstep_project_get_title (project));
  gtk_label_set_text (self->title_label, doorstep_project_get_title (project));
  g_ptr_array_add (facts, (gpointer) doorstep_project_status_get_label (doorstep_project_get_status (project)));
  if (doorstep_project_get_property_label (project) != NULL)
    g_ptr_array_add (facts, (gpointer) doorstep_project_get_property_label (project));
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_text (self->facts_label, facts_text);

  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 count > 0 ? (double) doorstep_project_get_stages_done (project) / count : 0.0);
  gtk_label_set_text (self->description_label,
                      doorstep_project_get_description (project) != NULL ? doorstep_project_get_description (project) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), doorstep_project_get_description (project) != NULL);

  remove_stages (self);
  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(DoorstepProjectStage) stage = g_list_model_get_item (stages, i);

      gtk_box_append (self->stages_box, new_stage_group (stage, i + 1));
    }

  if (doorstep_project_get_quote_number (project) != NULL)
    {
      /* Translators: the quote a project came from, "Quote Q-1006" */
      g_autofree char *title = g_strdup_printf (_("Quote %s"), doorstep_project_get_quote_number (project));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quote_row), title);
    }
  gtk_widget_set_visible (self->quote_group, doorstep_project_get_quote_id (project) != NULL);
}

static void
doorstep_project_page_clear (DoorstepDetailPage *page)
{
  remove_stages (DOORSTEP_PROJECT_PAGE (page));
}

static gpointer
doorstep_project_page_load_finish (DoorstepScope  *scope,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  return doorstep_jobs_api_get_project_finish (scope, result, error);
}

static void
open_quote_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DoorstepProject *project = get_project (DOORSTEP_PROJECT_PAGE (widget));

  if (project != NULL && doorstep_project_get_quote_id (project) != NULL)
    gtk_widget_activate_action (widget, "portal.open-quote", "s", doorstep_project_get_quote_id (project));
}

static void
doorstep_project_page_class_init (DoorstepProjectPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  detail_class->load_async = doorstep_jobs_api_get_project_async;
  detail_class->load_finish = doorstep_project_page_load_finish;
  detail_class->show_record = doorstep_project_page_show_record;
  detail_class->clear = doorstep_project_page_clear;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/jobs/doorstep-project-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, stages_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, quote_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectPage, quote_row);
  gtk_widget_class_install_action (widget_class, "project.open-quote", NULL, open_quote_action);
}

static void
doorstep_project_page_init (DoorstepProjectPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the project @project_id of the page's scope, loading it. */
void
doorstep_project_page_show (DoorstepProjectPage *self,
                            const char          *project_id)
{
  g_return_if_fail (DOORSTEP_IS_PROJECT_PAGE (self));
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), project_id);
}

/**
 * doorstep_project_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project shown, once loaded
 */
DoorstepProject *
doorstep_project_page_get_project (DoorstepProjectPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PROJECT_PAGE (self), NULL);
  return get_project (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-calendar-feed-dialog.h"
#include "doorstep-job-page.h"
#include "doorstep-jobs-api.h"
#include "doorstep-jobs-page.h"
#include "doorstep-project-page.h"
#include "doorstep-projects-strip.h"
#include "doorstep-section.h"
#include "doorstep-visit-row.h"

/* What the Jobs page adds to every list page: the visits endpoint and its
 * two filters, its empty texts, the calendar subscription
 * (jobs.subscribe), the open projects above them, and two
 * details: a job and a project. jobs.open-job and jobs.open-project push
 * either over what is shown, so a job opened from its project goes back
 * to the project. */

struct _DoorstepJobsPage {
  DoorstepListPage       parent_instance;

  DoorstepJobPage       *job_page;
  DoorstepProjectsStrip *projects_strip;
  DoorstepProjectPage   *project_page;
};

G_DEFINE_FINAL_TYPE (DoorstepJobsPage, doorstep_jobs_page, DOORSTEP_TYPE_LIST_PAGE)

static void
doorstep_jobs_page_describe_empty (DoorstepListPage  *page,
                                   const char        *filter,
                                   const char        *search,
                                   char             **title,
                                   char             **description)
{
  DoorstepJobFilter which = DOORSTEP_JOB_FILTER_UPCOMING;

  doorstep_job_filter_from_string (filter, &which);
  if (which == DOORSTEP_JOB_FILTER_COMPLETED)
    {
      *title = g_strdup (_("No Work Done Yet"));
      *description = g_strdup (_("Visits that have taken place appear here, with what was done."));
    }
  else
    {
      *title = g_strdup (_("No Visits Scheduled"));
      *description = g_strdup (_("When a visit is booked it appears here, with who is coming and when, "
                                 "and a way to add it to your calendar. Need some work done? Request a job."));
    }
}

static char *
doorstep_jobs_page_describe_count (DoorstepListPage *page,
                                   const char       *label,
                                   guint             count)
{
  /* Translators: the accessible name of a filter, "Upcoming, 3 visits" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u visit", "%s, %u visits", count), label, count);
}

static void
doorstep_jobs_page_activate (DoorstepListPage *page,
                             gpointer          item)
{
  doorstep_jobs_page_open_job (DOORSTEP_JOBS_PAGE (page), doorstep_visit_get_job_id (DOORSTEP_VISIT (item)));
}

static void
job_changed_cb (DoorstepJobsPage *self)
{
  doorstep_list_page_refresh (DOORSTEP_LIST_PAGE (self));
  /* A project lists its jobs' visits: the one behind this job is stale. */
  doorstep_section_reload (DOORSTEP_SECTION (self->project_page));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepJobsPage *self = DOORSTEP_JOBS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (self)) == NULL)
    return;
  if (g_str_equal (action_name, "jobs.open-project"))
    doorstep_jobs_page_open_project (self, id);
  else
    doorstep_jobs_page_open_job (self, id);
}

static void
subscribe_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (widget));
  GtkWidget *dialog;

  if (scope == NULL)
    return;
  dialog = doorstep_calendar_feed_dialog_new (scope);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
doorstep_jobs_page_class_init (DoorstepJobsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_jobs_page_describe_empty;
  list_class->describe_count = doorstep_jobs_page_describe_count;
  list_class->activate = doorstep_jobs_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_jobs_api_list);

  g_type_ensure (DOORSTEP_TYPE_JOB_PAGE);
  g_type_ensure (DOORSTEP_TYPE_VISIT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/jobs/doorstep-jobs-page.ui");
  g_type_ensure (DOORSTEP_TYPE_PROJECTS_STRIP);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobsPage, job_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobsPage, projects_strip);
  gtk_widget_class_bind_template_callback (widget_class, job_changed_cb);
  gtk_widget_class_install_action (widget_class, "jobs.open-job", "s", open_action);
  gtk_widget_class_install_action (widget_class, "jobs.open-project", "s", open_action);
  gtk_widget_class_install_action (widget_class, "jobs.subscribe", NULL, subscribe_action);
}

static void
doorstep_jobs_page_init (DoorstepJobsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->project_page = g_object_new (DOORSTEP_TYPE_PROJECT_PAGE, NULL);
  doorstep_list_page_add_detail (DOORSTEP_LIST_PAGE (self), GTK_WIDGET (self->project_page));
  for (guint i = 0; i < doorstep_job_filter_get_count (); i++)
    doorstep_list_page_add_filter (DOORSTEP_LIST_PAGE (self), doorstep_job_filter_to_string (i),
                                   doorstep_job_filter_get_label (i));
}

/* Opens the job @job_id over what is shown (from a row, a project, or
 * the dashboard's next visit). */
void
doorstep_jobs_page_open_job (DoorstepJobsPage *self,
                             const char       *job_id)
{
  g_return_if_fail (DOORSTEP_IS_JOBS_PAGE (self));

  doorstep_job_page_show (self->job_page, job_id);
  doorstep_list_page_push (DOORSTEP_LIST_PAGE (self), GTK_WIDGET (self->job_page));
}

/* Opens the project @project_id over what is shown (from the open
 * projects above the list, or from one of its jobs). */
void
doorstep_jobs_page_open_project (DoorstepJobsPage *self,
                                 const char       *project_id)
{
  g_return_if_fail (DOORSTEP_IS_JOBS_PAGE (self));

  doorstep_project_page_show (self->project_page, project_id);
  doorstep_list_page_push (DOORSTEP_LIST_PAGE (self), GTK_WIDGET (self->project_page));
}

/**
 * doorstep_jobs_page_get_project_page:
 *
 * Returns: (transfer none): the page a project opens in
 */
DoorstepProjectPage *
doorstep_jobs_page_get_project_page (DoorstepJobsPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_JOBS_PAGE (self), NULL);
  return self->project_page;
}

/**
 * doorstep_jobs_page_get_projects_strip:
 *
 * Returns: (transfer none): the open projects above the visits
 */
DoorstepProjectsStrip *
doorstep_jobs_page_get_projects_strip (DoorstepJobsPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_JOBS_PAGE (self), NULL);
  return self->projects_strip;
}

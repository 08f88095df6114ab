/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-job-page.h"
#include "doorstep-jobs-api.h"
#include "doorstep-jobs-page.h"
#include "doorstep-visit-row.h"

/* What the Jobs page adds to every list page: the visits endpoint and its
 * two filters, its empty texts, and opening a visit's job. */

struct _DoorstepJobsPage {
  DoorstepListPage  parent_instance;

  DoorstepJobPage  *job_page;
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
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobsPage, job_page);
  gtk_widget_class_bind_template_callback (widget_class, job_changed_cb);
}

static void
doorstep_jobs_page_init (DoorstepJobsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < doorstep_job_filter_get_count (); i++)
    doorstep_list_page_add_filter (DOORSTEP_LIST_PAGE (self), doorstep_job_filter_to_string (i),
                                   doorstep_job_filter_get_label (i));
}

/* Opens the job @job_id over the list (from a row, or from the
 * dashboard's next visit). */
void
doorstep_jobs_page_open_job (DoorstepJobsPage *self,
                             const char       *job_id)
{
  g_return_if_fail (DOORSTEP_IS_JOBS_PAGE (self));

  doorstep_job_page_show (self->job_page, job_id);
  doorstep_list_page_show_detail (DOORSTEP_LIST_PAGE (self));
}

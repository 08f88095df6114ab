/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "doorstep-calendar-feed-dialog.h"
#include "doorstep-dashboard-page.h"
#include "doorstep-job-page.h"
#include "doorstep-jobs-page.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-project-page.h"
#include "doorstep-projects-strip.h"
#include "doorstep-reschedule-dialog.h"
#include "doorstep-secret-store.h"
#include "doorstep-visit-row.h"
#include "ui-fixture.h"

/* The customer's jobs: Upcoming and Completed with their counts, a job
 * and its quote, adding a visit to the calendar, asking for a new time,
 * the open project above the visits with its stages and jobs, the
 * calendar subscription, and the dashboard's next visit opening its job. */

static DoorstepListPage *
jobs_page (void)
{
  return ui_portal_section ("jobs");
}

static const char *
list_state (void)
{
  return ui_stack_state (jobs_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack");
}

static DoorstepJobPage *
job_page (void)
{
  return ui_child (jobs_page (), DOORSTEP_TYPE_JOBS_PAGE, "job_page");
}

static gboolean
job_shown (const char *job_id)
{
  DoorstepJob *job = doorstep_job_page_get_job (job_page ());

  return doorstep_list_page_get_showing_detail (jobs_page ()) &&
         g_strcmp0 (ui_stack_state (job_page (), DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
         job != NULL && g_str_equal (doorstep_job_get_id (job), job_id);
}

static gboolean
project_shown (const char *project_id)
{
  DoorstepProjectPage *page = doorstep_jobs_page_get_project_page (DOORSTEP_JOBS_PAGE (jobs_page ()));
  DoorstepProject *project = doorstep_project_page_get_project (page);

  return doorstep_list_page_get_visible_detail (jobs_page ()) == GTK_WIDGET (page) &&
         g_strcmp0 (ui_stack_state (page, DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
         project != NULL && g_str_equal (doorstep_project_get_id (project), project_id);
}

static DoorstepCalendarFeedDialog *
open_feed_dialog (const char *view)
{
  DoorstepCalendarFeedDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (jobs_page ()), "jobs.subscribe", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_CALENDAR_FEED_DIALOG)) != NULL &&
            g_str_equal (doorstep_calendar_feed_dialog_get_view (dialog), view));
  return dialog;
}

static void
close_window (gpointer window)
{
  GType type = G_OBJECT_TYPE (window);

  gtk_window_destroy (GTK_WINDOW (window));
  WAIT_FOR (ui_find_window (type) == NULL);
}

/* What the feed at @url answers, over plain HTTP as a calendar app would. */
static guint
fetch_feed (const char  *url,
            char       **body)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *http = g_strconcat ("http://", url + strlen ("webcal://"), NULL);
  g_autoptr(SoupMessage) message = soup_message_new ("GET", http);
  g_autoptr(GBytes) bytes = soup_session_send_and_read (session, message, NULL, NULL);

  g_assert_true (g_str_has_prefix (url, "webcal://"));
  *body = bytes != NULL ? g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)) : NULL;
  return soup_message_get_status (message);
}

static void
cleared_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (doorstep_secret_store_clear_finish (result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
wait_for_list (const char *filter)
{
  GListModel *model;

  doorstep_list_page_set_filter (jobs_page (), filter);
  WAIT_FOR (g_strcmp0 (list_state (), "list") == 0 &&
            (model = doorstep_list_page_get_items (jobs_page ())) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (model)));
}

/* Opens the job of the visit @visit_id from the Upcoming list, as a click would. */
static void
open_visit (const char *visit_id,
            const char *job_id)
{
  GListModel *model;
  guint position = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (jobs_page ()), "list.back", NULL);
  wait_for_list ("upcoming");
  model = doorstep_list_page_get_items (jobs_page ());
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DoorstepVisit) visit = g_list_model_get_item (model, i);

      if (g_str_equal (doorstep_visit_get_id (visit), visit_id))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (ui_child (jobs_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", position);
  WAIT_FOR (job_shown (job_id));
}

static void
test_jobs (void)
{
  g_autofree char *ics_path = NULL;
  GtkWindow *dialog;

  ui_sign_in_customer ();
  ui_show_portal_section ("jobs");
  wait_for_list ("upcoming");
  /* Each filter shows the server's count: the demo's six and six. */
  WAIT_FOR (g_strcmp0 (ui_filter_count (jobs_page (), "upcoming"), "6") == 0);
  WAIT_FOR (g_strcmp0 (ui_filter_count (jobs_page (), "completed"), "6") == 0);
  /* Luis has a photo: it replaces his initials once it is in. */
  {
    GtkWidget *row = ui_find_descendant (jobs_page (), DOORSTEP_TYPE_VISIT_ROW, 0);
    AdwAvatar *avatar = ui_child (row, DOORSTEP_TYPE_VISIT_ROW, "avatar");

    WAIT_FOR (adw_avatar_get_custom_image (avatar) != NULL);
    g_assert_cmpstr (adw_avatar_get_text (avatar), ==, "Luis Ortega");
  }
  ui_screenshot_all (ui_window, "jobs");
  wait_for_list ("completed");
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_list_page_get_items (jobs_page ())), ==, 6);
  ui_save_png (GTK_WIDGET (ui_window), "jobs-completed-wide-light");

  /* A job with two visits, from a quote. */
  open_visit ("vis_demo0sink1", "job_demo0sink");
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_job_get_visits (doorstep_job_page_get_job (job_page ()))),
                    ==, 2);
  g_assert_true (ui_find_label (GTK_WIDGET (job_page ()), "Quote Q-1004"));
  ui_screenshot_all (ui_window, "job");

  /* Add to calendar: the event is fetched and written for the calendar
   * app (none answers here, so a toast says so). */
  ics_path = g_build_filename (g_get_user_cache_dir (), "doorstep", "events", NULL);
  {
    g_autoptr(DoorstepVisit) first = g_list_model_get_item (doorstep_job_get_visits (doorstep_job_page_get_job (job_page ())), 0);
    g_autoptr(GDateTime) start = g_date_time_to_timezone (doorstep_visit_get_starts_at (first),
                                                          doorstep_visit_get_time_zone (first));
    g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");
    g_autofree char *name = g_strdup_printf ("Visit %s.ics", day);
    g_autofree char *path = g_build_filename (ics_path, name, NULL);
    g_autofree char *text = NULL;

    g_unlink (path);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (job_page ()), "job.calendar-open", "s", "vis_demo0sink1"));
    WAIT_FOR (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "UID:vis_demo0sink1@doorstep"));
    g_assert_nonnull (strstr (text, "BEGIN:VTIMEZONE"));
  }

  /* Ask for a new time: two choices and a note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (job_page ()), "job.reschedule", "s", "vis_demo0sink1"));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_RESCHEDULE_DIALOG)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  adw_expander_row_set_enable_expansion (ui_find_descendant (dialog, ADW_TYPE_EXPANDER_ROW, 0), TRUE);
  adw_expander_row_set_expanded (ui_find_descendant (dialog, ADW_TYPE_EXPANDER_ROW, 0), TRUE);
  gtk_editable_set_text (ui_find_descendant (dialog, ADW_TYPE_ENTRY_ROW, 0), "Mornings suit us better.");
  ui_screenshot_all (dialog, "reschedule-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "reschedule.send", NULL));
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_RESCHEDULE_DIALOG) == NULL);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM visit_change_requests WHERE visit_id = 'vis_demo0sink1'"
                                 " AND kind = 'reschedule' AND note = 'Mornings suit us better.'"
                                 " AND windows LIKE '%/% %/%'"), ==, 1);
  /* The visit says so. */
  WAIT_FOR (job_shown ("job_demo0sink") &&
            ({ g_autoptr(DoorstepVisit) v = g_list_model_get_item (doorstep_job_get_visits (doorstep_job_page_get_job (job_page ())), 0);
               doorstep_visit_get_status (v) == DOORSTEP_VISIT_STATUS_RESCHEDULE_REQUESTED; }));
  g_assert_true (ui_find_label (GTK_WIDGET (job_page ()), "Reschedule requested"));
  ui_save_png (GTK_WIDGET (ui_window), "job-reschedule-requested-wide-light");

  /* The job's quote opens on the Quotes page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (job_page ()), "job.open-quote", NULL));
  WAIT_FOR (doorstep_list_page_get_showing_detail (ui_portal_section ("quotes")) &&
            ui_find_label (GTK_WIDGET (ui_portal_section ("quotes")), "Quote Q-1004"));

  /* The open project sits above the visits, with its progress. */
  ui_show_portal_section ("jobs");
  while (doorstep_list_page_get_visible_detail (jobs_page ()) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (jobs_page ()), "list.back", NULL);
  {
    DoorstepProjectsStrip *strip = doorstep_jobs_page_get_projects_strip (DOORSTEP_JOBS_PAGE (jobs_page ()));
    GListModel *projects;
    g_autoptr(DoorstepProject) project = NULL;
    GtkListBoxRow *row;

    WAIT_FOR ((projects = doorstep_projects_strip_get_projects (strip)) != NULL &&
              g_list_model_get_n_items (projects) == 1);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (strip)));
    project = g_list_model_get_item (projects, 0);
    g_assert_cmpstr (doorstep_project_get_id (project), ==, "prj_demo0duplex");
    g_assert_true (ui_find_label (GTK_WIDGET (strip), "Duplex heating upgrade"));
    /* A click on its row opens it. */
    row = ui_find_descendant (GTK_WIDGET (strip), GTK_TYPE_LIST_BOX_ROW, 0);
    g_signal_emit_by_name (row, "activate");
    WAIT_FOR (project_shown ("prj_demo0duplex"));
  }
  {
    DoorstepProjectPage *page = doorstep_jobs_page_get_project_page (DOORSTEP_JOBS_PAGE (jobs_page ()));
    GListModel *stages = doorstep_project_get_stages (doorstep_project_page_get_project (page));

    g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 5);
    g_assert_true (ui_find_label (GTK_WIDGET (page), "2 of 5 stages done"));
    g_assert_true (ui_find_label (GTK_WIDGET (page), "3. Unit A install"));
    g_assert_true (ui_find_label (GTK_WIDGET (page), "Quote Q-1006"));
    ui_screenshot_all (ui_window, "project");

    /* A stage's job opens over the project, and Back returns to it, then
     * to the list. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.open-job", "s", "job_demo0unita"));
    WAIT_FOR (job_shown ("job_demo0unita"));
    g_assert_true (ui_find_label (GTK_WIDGET (job_page ()), "Stage: Unit A install"));
    gtk_widget_activate_action (GTK_WIDGET (jobs_page ()), "list.back", NULL);
    WAIT_FOR (project_shown ("prj_demo0duplex"));
    gtk_widget_activate_action (GTK_WIDGET (jobs_page ()), "list.back", NULL);
    WAIT_FOR (doorstep_list_page_get_visible_detail (jobs_page ()) == NULL);

    /* And the job names its project, which opens from there. */
    open_visit ("vis_demo0unita", "job_demo0unita");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (job_page ()), "jobs.open-project", "s", "prj_demo0duplex"));
    WAIT_FOR (project_shown ("prj_demo0duplex"));
  }

  /* The calendar subscription: none yet, one made, kept on this computer
   * so it shows again, and a reset that revokes the old address. */
  gtk_widget_activate_action (GTK_WIDGET (jobs_page ()), "list.back", NULL);
  {
    DoorstepCalendarFeedDialog *feed = open_feed_dialog ("none");
    g_autofree char *first = NULL;
    g_autofree char *kept = NULL;
    g_autofree char *body = NULL;
    AdwMessageDialog *confirm;

    ui_screenshot_all (GTK_WINDOW (feed), "feed-dialog-none");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (feed), "feed.create", NULL));
    WAIT_FOR (g_str_equal (doorstep_calendar_feed_dialog_get_view (feed), "known"));
    first = g_strdup (doorstep_calendar_feed_dialog_get_url (feed));
    g_assert_true (g_str_has_prefix (first, "webcal://127.0.0.1:"));
    g_assert_true (ui_find_label (GTK_WIDGET (feed), first));
    ui_screenshot_all (GTK_WINDOW (feed), "feed-dialog");
    g_assert_cmpuint (fetch_feed (first, &body), ==, 200);
    g_assert_true (g_str_has_prefix (body, "BEGIN:VCALENDAR"));
    g_assert_nonnull (strstr (body, "UID:vis_demo0tuneup@doorstep"));
    /* The keyring has it, with when it was made. */
    WAIT_FOR ((kept = doorstep_secret_store_lookup_sync (DOORSTEP_SECRET_CALENDAR_FEED, ui_server_url,
                                                         "customer@example.com", NULL)) != NULL);
    g_assert_true (g_str_has_suffix (kept, first));
    close_window (feed);

    /* Shown again from the keyring. */
    feed = open_feed_dialog ("known");
    g_assert_cmpstr (doorstep_calendar_feed_dialog_get_url (feed), ==, first);

    /* Reset, confirmed: a new address, and the old one is gone. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (feed), "feed.reset", NULL));
    WAIT_FOR ((confirm = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
    adw_message_dialog_response (confirm, "reset");
    WAIT_FOR (g_str_equal (doorstep_calendar_feed_dialog_get_view (feed), "known") &&
              g_strcmp0 (doorstep_calendar_feed_dialog_get_url (feed), first) != 0);
    g_clear_pointer (&body, g_free);
    g_assert_cmpuint (fetch_feed (first, &body), ==, 404);
    g_clear_pointer (&body, g_free);
    g_assert_cmpuint (fetch_feed (doorstep_calendar_feed_dialog_get_url (feed), &body), ==, 200);
    close_window (feed);

    /* Forgotten here (another computer): it says so and offers a reset. */
    g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM calendar_feeds WHERE customer_id = 'cus_demo0maya0okafor'"),
                     ==, 1);
    {
      gboolean cleared = FALSE;

      doorstep_secret_store_clear_async (DOORSTEP_SECRET_CALENDAR_FEED, ui_server_url, "customer@example.com",
                                         NULL, cleared_cb, &cleared);
      WAIT_FOR (cleared);
    }
    feed = open_feed_dialog ("unknown");
    g_assert_null (doorstep_calendar_feed_dialog_get_url (feed));
    ui_screenshot_all (GTK_WINDOW (feed), "feed-dialog-unknown");
    close_window (feed);
  }

  /* The dashboard's next visit opens its job. */
  ui_show_portal_section ("dashboard");
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_portal_section ("dashboard")), "dashboard.open-visit", NULL));
  WAIT_FOR (job_shown ("job_demo0tuneup"));
  ui_save_png (GTK_WIDGET (ui_window), "job-next-visit-wide-light");
}

static const UiTest tests[] = {
  { "jobs", test_jobs },
  { NULL }
};

static const UiPhase phases[] = {
  { "jobs", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

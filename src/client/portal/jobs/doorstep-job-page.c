/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "doorstep-contact.h"
#include "doorstep-download.h"
#include "doorstep-job-page.h"
#include "doorstep-jobs-api.h"
#include "doorstep-reschedule-dialog.h"
#include "doorstep-rows.h"
#include "doorstep-section.h"
#include "doorstep-session.h"
#include "doorstep-toast.h"
#include "doorstep-visit-calendar.h"
#include "doorstep-visit-row.h"

/* One job: what it is for and where, each of its visits with who comes
 * and when, and for each upcoming visit what the customer can do: add it
 * to a calendar (the desktop's calendar app, a saved .ics, or Google's or
 * Outlook's web calendar), and, outside the notice period, ask to move or
 * cancel it; inside it, call. Then what the team wrote, what was done,
 * the equipment, and the quote and project it belongs to. */

struct _DoorstepJobPage {
  DoorstepDetailPage    parent_instance;

  /* template widgets */
  GtkLabel             *title_label;
  GtkLabel             *facts_label;
  GtkListBox           *visits_list;
  GtkWidget            *asked_group;
  GtkLabel             *asked_label;
  GtkWidget            *notes_group;
  GtkLabel             *notes_label;
  GtkWidget            *work_group;
  GtkLabel             *work_label;
  GtkWidget            *equipment_group;
  GtkLabel             *equipment_label;
  GtkWidget            *links_group;
  AdwActionRow         *quote_row;
  AdwActionRow         *project_row;

  /* owned references */
  char                 *cancel_key;       /* kept for a retry of the same cancellation */
  char                 *cancel_visit_id;
  GCancellable         *action_cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepJobPage, doorstep_job_page, DOORSTEP_TYPE_DETAIL_PAGE)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_text (GtkWidget  *group,
           GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (group, text != NULL);
}

static DoorstepJob *
get_job (DoorstepJobPage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

static DoorstepScope *
get_scope (DoorstepJobPage *self)
{
  return doorstep_detail_page_get_scope (DOORSTEP_DETAIL_PAGE (self));
}

static DoorstepVisit *
find_visit (DoorstepJobPage *self,
            const char      *visit_id)
{
  GListModel *visits = get_job (self) != NULL ? doorstep_job_get_visits (get_job (self)) : NULL;

  for (guint i = 0; visits != NULL && i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(DoorstepVisit) visit = g_list_model_get_item (visits, i);

      if (g_str_equal (doorstep_visit_get_id (visit), visit_id))
        return visit;
    }
  return NULL;
}

static gboolean
is_upcoming (DoorstepVisit *visit)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  DoorstepVisitStatus status = doorstep_visit_get_status (visit);

  return g_date_time_compare (doorstep_visit_get_ends_at (visit), now) > 0 &&
         status != DOORSTEP_VISIT_STATUS_COMPLETED && status != DOORSTEP_VISIT_STATUS_CANCELLED;
}

static gboolean
is_customer (DoorstepJobPage *self)
{
  return get_scope (self) != NULL && !doorstep_scope_get_read_only (get_scope (self));
}

/* "Add to Calendar" and, for the customer, "Change" or "Call", as menus
 * whose actions carry the visit's id. */
static GtkWidget *
visit_menu_button (const char *icon_name,
                   const char *tooltip,
                   GMenu      *menu)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), icon_name);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             const char *visit_id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (visit_id));
  g_menu_append_item (menu, item);
}

static GtkWidget *
new_visit_row (gpointer item,
               gpointer user_data)
{
  DoorstepJobPage *self = user_data;
  DoorstepVisit *visit = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, NULL, FALSE);
  GtkWidget *status = gtk_label_new (doorstep_visit_status_get_label (doorstep_visit_get_status (visit)));
  g_autoptr(GPtrArray) who = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *window = doorstep_visit_dup_window (visit);
  g_autofree char *subtitle = NULL;
  GListModel *technicians = doorstep_visit_get_technicians (visit);
  const char *id = doorstep_visit_get_id (visit);

  for (guint i = 0; technicians != NULL && i < g_list_model_get_n_items (technicians); i++)
    {
      g_autoptr(DoorstepTechnician) technician = g_list_model_get_item (technicians, i);

      g_ptr_array_add (who, g_strdup (doorstep_technician_get_display_name (technician)));
    }
  if (who->len == 0)
    g_ptr_array_add (who, g_strdup (_("Technician to be assigned")));
  if (doorstep_visit_get_notes (visit) != NULL)
    g_ptr_array_add (who, g_strdup (doorstep_visit_get_notes (visit)));
  if (is_upcoming (visit) && is_customer (self) && !doorstep_visit_get_can_change (visit) &&
      doorstep_visit_get_status (visit) == DOORSTEP_VISIT_STATUS_SCHEDULED)
    g_ptr_array_add (who, g_strdup (_("Too close to change here: call us to move or cancel it")));
  g_ptr_array_add (who, NULL);
  subtitle = g_strjoinv (" · ", (char **) who->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), window);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  doorstep_avatar_show_visit (ADW_AVATAR (avatar), visit, get_scope (self),
                              doorstep_detail_page_get_cancellable (DOORSTEP_DETAIL_PAGE (self)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (status, "visit-status");
  gtk_widget_add_css_class (status, doorstep_visit_status_style (doorstep_visit_get_status (visit)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  if (is_upcoming (visit))
    {
      g_autoptr(GMenu) calendar = g_menu_new ();

      append_item (calendar, _("Open in Calendar"), "job.calendar-open", id);
      append_item (calendar, _("Save as .ics File…"), "job.calendar-save", id);
      append_item (calendar, _("Add to Google Calendar"), "job.calendar-google", id);
      append_item (calendar, _("Add to Outlook.com"), "job.calendar-outlook", id);
      {
        g_autoptr(GMenu) all = g_menu_new ();

        g_menu_append (all, _("Subscribe to All Your Visits…"), "jobs.subscribe");
        g_menu_append_section (calendar, NULL, G_MENU_MODEL (all));
      }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 visit_menu_button ("x-office-calendar-symbolic", _("Add to Calendar"), calendar));

      if (is_customer (self) && doorstep_visit_get_can_change (visit))
        {
          g_autoptr(GMenu) change = g_menu_new ();

          append_item (change, _("Request a New Time…"), "job.reschedule", id);
          append_item (change, _("Request Cancellation…"), "job.cancel", id);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     visit_menu_button ("document-edit-symbolic", _("Change This Visit"), change));
        }
      else if (is_customer (self) && doorstep_visit_get_status (visit) == DOORSTEP_VISIT_STATUS_SCHEDULED)
        {
          GtkWidget *call = gtk_button_new_from_icon_name ("call-start-symbolic");

          gtk_actionable_set_action_name (GTK_ACTIONABLE (call), "job.call");
          gtk_widget_set_tooltip_text (call, _("Call to Change This Visit"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (call), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Call to Change This Visit"), -1);
          gtk_widget_set_valign (call, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (call, "flat");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), call);
        }
    }
  return row;
}

/* A visit changed through this page: shown again, and told. */
static void
changed (DoorstepJobPage *self,
         const char      *message)
{
  doorstep_toast (GTK_WIDGET (self), message);
  doorstep_section_reload (DOORSTEP_SECTION (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Calendars */

static void
open_uri (DoorstepJobPage *self,
          const char      *uri,
          const char      *failure)
{
  doorstep_show_uri (GTK_WIDGET (self), uri, failure, self->action_cancellable);
}

static void
calendar_web_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (widget);
  DoorstepVisit *visit = find_visit (self, g_variant_get_string (parameter, NULL));
  g_autofree char *uri = NULL;

  if (visit == NULL)
    return;
  uri = g_str_equal (action_name, "job.calendar-google") ? doorstep_visit_calendar_google_uri (visit)
                                                          : doorstep_visit_calendar_outlook_uri (visit);
  open_uri (self, uri, _("No web browser could be opened. Save the event as a file instead."));
}

static void
calendar_save_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (widget);
  DoorstepVisit *visit = find_visit (self, g_variant_get_string (parameter, NULL));
  g_autoptr(DoorstepDocument) document = NULL;

  if (visit == NULL || get_scope (self) == NULL)
    return;
  document = doorstep_visit_calendar_new_event (get_scope (self), visit);
  doorstep_download_document (widget, document);
}

static void
ics_fetched_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DoorstepJobPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = doorstep_document_fetch_finish (DOORSTEP_DOCUMENT (source_object), result, &error);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  gsize size;
  gconstpointer data;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_JOB_PAGE (user_data);
  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The event could not be fetched: %s"), error->message);
      doorstep_toast (GTK_WIDGET (self), message);
      return;
    }

  /* A file the calendar app can import, in our own cache. */
  dir = g_build_filename (g_get_user_cache_dir (), "doorstep", "events", NULL);
  path = g_build_filename (dir, doorstep_document_get_file_name (DOORSTEP_DOCUMENT (source_object)), NULL);
  data = g_bytes_get_data (bytes, &size);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_file_set_contents (path, data, (gssize) size, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The event could not be written: %s"),
                                                  error != NULL ? error->message : g_strerror (errno));
      doorstep_toast (GTK_WIDGET (self), message);
      return;
    }
  uri = g_filename_to_uri (path, NULL, NULL);
  open_uri (self, uri, _("No calendar app could open the event. Save it as a file and import it instead."));
}

static void
calendar_open_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (widget);
  DoorstepVisit *visit = find_visit (self, g_variant_get_string (parameter, NULL));
  g_autoptr(DoorstepDocument) document = NULL;

  if (visit == NULL || get_scope (self) == NULL)
    return;
  document = doorstep_visit_calendar_new_event (get_scope (self), visit);
  doorstep_document_fetch_async (document, self->action_cancellable, ics_fetched_cb, self);
}

/* Changing a visit */

static void
rescheduled_cb (DoorstepJobPage *self,
                DoorstepVisit   *visit)
{
  changed (self, _("New time requested. The team will confirm it."));
}

static void
reschedule_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (widget);
  DoorstepVisit *visit = find_visit (self, g_variant_get_string (parameter, NULL));
  GtkWidget *dialog;

  if (visit == NULL || !is_customer (self) || !doorstep_visit_get_can_change (visit))
    return;
  dialog = doorstep_reschedule_dialog_new (get_scope (self), visit);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "requested", G_CALLBACK (rescheduled_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepJobPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepVisit) visit = doorstep_jobs_api_cancel_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_JOB_PAGE (user_data);
  if (visit == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The cancellation was not sent: %s"), error->message);
      doorstep_toast (GTK_WIDGET (self), message);
      return;
    }
  g_clear_pointer (&self->cancel_key, g_free);
  g_clear_pointer (&self->cancel_visit_id, g_free);
  changed (self, _("Cancellation requested. The team will confirm it."));
}

static void
cancel_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DoorstepJobPage  *self)
{
  GtkEditable *note = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *visit_id = g_object_get_data (G_OBJECT (dialog), "visit-id");

  if (!g_str_equal (response, "cancel-visit") || get_scope (self) == NULL)
    return;
  /* Asked again for the same visit after a failure: the same key. */
  if (g_strcmp0 (self->cancel_visit_id, visit_id) != 0 || self->cancel_key == NULL)
    {
      g_free (self->cancel_key);
      self->cancel_key = g_uuid_string_random ();
      g_free (self->cancel_visit_id);
      self->cancel_visit_id = g_strdup (visit_id);
    }
  doorstep_jobs_api_cancel_async (get_scope (self), visit_id, gtk_editable_get_text (note), self->cancel_key,
                                  self->action_cancellable, cancel_cb, self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (widget);
  DoorstepVisit *visit = find_visit (self, g_variant_get_string (parameter, NULL));
  g_autofree char *window = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *note;

  if (visit == NULL || !is_customer (self) || !doorstep_visit_get_can_change (visit))
    return;
  window = doorstep_visit_dup_window (visit);
  /* Translators: %s is the visit's day and window */
  body = g_strdup_printf (_("The visit on %s stays booked until the team confirms the cancellation."), window);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Cancel This Visit?"), body);
  note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Reason (optional)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), note);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Visit"),
                                    "cancel-visit", _("_Request Cancellation"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-visit",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data_full (G_OBJECT (dialog), "visit-id", g_strdup (doorstep_visit_get_id (visit)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
call_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (widget);
  DoorstepScope *scope = get_scope (self);
  DoorstepCompany *company = scope != NULL ? doorstep_session_get_company (doorstep_session_from_scope (scope)) : NULL;
  const char *phone = company != NULL ? doorstep_company_get_phone (company) : NULL;
  g_autofree char *uri = phone != NULL ? doorstep_contact_tel_uri (phone) : NULL;
  g_autofree char *failure = g_strdup_printf (_("No app on this computer can make calls. The number is %s."),
                                              phone != NULL ? phone : "");

  open_uri (self, uri, failure);
}

static void
open_quote_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DoorstepJob *job = get_job (DOORSTEP_JOB_PAGE (widget));

  if (job != NULL && doorstep_job_get_quote_id (job) != NULL)
    gtk_widget_activate_action (widget, "portal.open-quote", "s", doorstep_job_get_quote_id (job));
}

/* DoorstepDetailPage */

static void
doorstep_job_page_show_record (DoorstepDetailPage *page,
                               gpointer            record)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (page);
  DoorstepJob *job = record;
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;
  const char *label = doorstep_job_get_property_label (job);
  const char *address = doorstep_job_get_property_address (job);

  doorstep_detail_page_set_heading (page, doorstep_job_get_title (job));
  gtk_label_set_text (self->title_label, doorstep_job_get_title (job));
  if (doorstep_job_get_service_name (job) != NULL)
    g_ptr_array_add (facts, g_strdup (doorstep_job_get_service_name (job)));
  if (label != NULL)
    g_ptr_array_add (facts, address != NULL ? g_strdup_printf ("%s, %s", label, address) : g_strdup (label));
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_text (self->facts_label, facts_text);

  doorstep_rows_bind (self->visits_list, doorstep_job_get_visits (job), new_visit_row, self);
  show_text (self->asked_group, self->asked_label, doorstep_job_get_description (job));
  show_text (self->notes_group, self->notes_label, doorstep_job_get_business_notes (job));
  show_text (self->work_group, self->work_label, doorstep_job_get_work_performed (job));
  show_text (self->equipment_group, self->equipment_label, doorstep_job_get_equipment_notes (job));

  if (doorstep_job_get_quote_number (job) != NULL)
    {
      /* Translators: the quote a job came from, "Quote Q-1004" */
      g_autofree char *title = g_strdup_printf (_("Quote %s"), doorstep_job_get_quote_number (job));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quote_row), title);
      adw_action_row_set_subtitle (self->quote_row, _("The quote this job came from"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->quote_row), doorstep_job_get_quote_id (job) != NULL);
  if (doorstep_job_get_project_title (job) != NULL)
    {
      /* Translators: a project's stage, "Stage: Unit A install" */
      g_autofree char *stage = g_strdup_printf (_("Stage: %s"), doorstep_job_get_stage_title (job));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->project_row), doorstep_job_get_project_title (job));
      adw_action_row_set_subtitle (self->project_row, stage);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->project_row), "s", doorstep_job_get_project_id (job));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->project_row), "jobs.open-project");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->project_row), doorstep_job_get_project_title (job) != NULL);
  gtk_widget_set_visible (self->links_group,
                          doorstep_job_get_quote_id (job) != NULL || doorstep_job_get_project_title (job) != NULL);
}

static void
doorstep_job_page_clear (DoorstepDetailPage *page)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (page);

  g_cancellable_cancel (self->action_cancellable);
  g_clear_object (&self->action_cancellable);
  self->action_cancellable = g_cancellable_new ();
  g_clear_pointer (&self->cancel_key, g_free);
  g_clear_pointer (&self->cancel_visit_id, g_free);
  doorstep_rows_bind (self->visits_list, NULL, NULL, NULL);
}

static gpointer
doorstep_job_page_load_finish (DoorstepScope  *scope,
                               GAsyncResult   *result,
                               GError        **error)
{
  return doorstep_jobs_api_get_finish (scope, result, error);
}

/* GObject */

static void
doorstep_job_page_dispose (GObject *object)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (object);

  g_cancellable_cancel (self->action_cancellable);
  g_clear_object (&self->action_cancellable);
  G_OBJECT_CLASS (doorstep_job_page_parent_class)->dispose (object);
}

static void
doorstep_job_page_finalize (GObject *object)
{
  DoorstepJobPage *self = DOORSTEP_JOB_PAGE (object);

  g_free (self->cancel_key);
  g_free (self->cancel_visit_id);
  G_OBJECT_CLASS (doorstep_job_page_parent_class)->finalize (object);
}

static void
doorstep_job_page_class_init (DoorstepJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  object_class->dispose = doorstep_job_page_dispose;
  object_class->finalize = doorstep_job_page_finalize;
  detail_class->load_async = doorstep_jobs_api_get_async;
  detail_class->load_finish = doorstep_job_page_load_finish;
  detail_class->show_record = doorstep_job_page_show_record;
  detail_class->clear = doorstep_job_page_clear;

  /**
   * DoorstepJobPage::changed:
   *
   * A visit of the job was asked to change: lists and counts showing it
   * need a reload.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/jobs/doorstep-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, visits_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, asked_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, asked_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, work_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, work_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, equipment_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, links_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, quote_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepJobPage, project_row);
  gtk_widget_class_install_action (widget_class, "job.calendar-open", "s", calendar_open_action);
  gtk_widget_class_install_action (widget_class, "job.calendar-save", "s", calendar_save_action);
  gtk_widget_class_install_action (widget_class, "job.calendar-google", "s", calendar_web_action);
  gtk_widget_class_install_action (widget_class, "job.calendar-outlook", "s", calendar_web_action);
  gtk_widget_class_install_action (widget_class, "job.reschedule", "s", reschedule_action);
  gtk_widget_class_install_action (widget_class, "job.cancel", "s", cancel_action);
  gtk_widget_class_install_action (widget_class, "job.call", NULL, call_action);
  gtk_widget_class_install_action (widget_class, "job.open-quote", NULL, open_quote_action);
}

static void
doorstep_job_page_init (DoorstepJobPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->action_cancellable = g_cancellable_new ();
}

/* Shows the job @job_id of the page's scope, loading it. */
void
doorstep_job_page_show (DoorstepJobPage *self,
                        const char      *job_id)
{
  g_return_if_fail (DOORSTEP_IS_JOB_PAGE (self));
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), job_id);
}

/**
 * doorstep_job_page_get_job:
 *
 * Returns: (transfer none) (nullable): the job shown, once loaded
 */
DoorstepJob *
doorstep_job_page_get_job (DoorstepJobPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_JOB_PAGE (self), NULL);
  return get_job (self);
}

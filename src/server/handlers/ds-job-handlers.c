/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-common.h"
#include "ds-company-store.h"
#include "ds-ics.h"
#include "ds-idempotency.h"
#include "ds-job-handlers.h"
#include "ds-json.h"
#include "ds-paging.h"
#include "ds-user-store.h"

/* Jobs, visits, projects and calendars: what a customer sees of the work
 * done and to come, their requests to move or cancel a visit, and the
 * calendar feed a calendar app subscribes to without signing in. */

#define NOTE_MAX 1000
#define WINDOWS_MAX 3
#define FEED_PATH "/api/v1/calendar/"

static char *
format_utc (gint64 seconds)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (seconds);

  return doorstep_timestamp_format (at);
}

/* The rules for @company and whoever is asking. */
void
ds_visit_rules_init (DsVisitRules    *rules,
                     DsContext       *ctx,
                     const DsCompany *company)
{
  rules->now = g_get_real_time () / G_USEC_PER_SEC;
  rules->notice_hours = company->notice_hours;
  rules->customer = ds_context_get_identity (ctx)->role == DOORSTEP_ROLE_CUSTOMER;
  g_strlcpy (rules->timezone, company->timezone, sizeof rules->timezone);
}

/* Loads the business's notice period and who is asking. Answers the error
 * itself and returns %FALSE when it cannot. */
gboolean
ds_visit_rules_load (DsContext    *ctx,
                     DsVisitRules *rules)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCompany) company = NULL;

  if ((company = ds_company_store_require (ds_context_get_db (ctx), &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  ds_visit_rules_init (rules, ctx, company);
  return TRUE;
}

/* The last moment the customer may ask to change @visit online. */
static gint64
change_deadline (const DsVisit      *visit,
                 const DsVisitRules *rules)
{
  return doorstep_timestamp_to_unix (visit->starts_at) - (gint64) rules->notice_hours * 3600;
}

/* Whether the visit is one that may be moved or cancelled at all: still
 * only scheduled, with no request of the customer's waiting. */
static gboolean
visit_is_changeable (const DsVisit *visit)
{
  return g_str_equal (visit->status, "scheduled");
}

static gboolean
visit_can_change (const DsVisit      *visit,
                  const DsVisitRules *rules)
{
  return rules->customer && visit_is_changeable (visit) && rules->now < change_deadline (visit, rules);
}

void
ds_write_visit (DsJsonWriter       *builder,
                const DsVisit      *visit,
                const DsVisitRules *rules)
{
  g_autofree char *deadline = format_utc (change_deadline (visit, rules));

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", visit->id);
  ds_json_add_string (builder, "job_id", visit->job_id);
  ds_json_add_string (builder, "job_title", visit->job_title);
  ds_json_add_string (builder, "service_name", visit->service_name);
  ds_json_add_string (builder, "property_id", visit->property_id);
  ds_json_add_string (builder, "property_label", visit->property_label);
  ds_json_add_string (builder, "property_address", visit->property_address);
  ds_json_add_string (builder, "starts_at", visit->starts_at);
  ds_json_add_string (builder, "ends_at", visit->ends_at);
  ds_json_add_string (builder, "time_zone", rules->timezone);
  ds_json_add_string (builder, "status", visit->status);
  ds_json_add_string (builder, "notes", visit->notes);
  ds_json_writer_set_member_name (builder, "technicians");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; visit->technicians != NULL && i < visit->technicians->len; i++)
    {
      const DsTechnician *technician = g_ptr_array_index (visit->technicians, i);
      g_autofree char *photo = technician->has_photo
                               ? g_strdup_printf ("/api/v1/technicians/%s/photo", technician->id) : NULL;

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", technician->id);
      ds_json_add_string (builder, "display_name", technician->display_name);
      ds_json_add_string (builder, "photo_url", photo);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_add_int (builder, "technician_count", visit->technician_count);
  ds_json_add_boolean (builder, "can_change", visit_can_change (visit, rules));
  ds_json_add_string (builder, "change_deadline", deadline);
  ds_json_writer_end_object (builder);
}

/* The list */

static void
write_visit_item (DsJsonWriter *builder,
                  gconstpointer  item,
                  gpointer       rules)
{
  ds_write_visit (builder, item, rules);
}

void
ds_jobs_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  g_autofree char *now = ds_now_timestamp ();
  const char *status = ds_context_get_query (ctx, "status");
  DsVisitFilter filter;
  DsVisitRules rules;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;
  if (status == NULL || g_str_equal (status, "upcoming"))
    filter = DS_VISITS_UPCOMING;
  else if (g_str_equal (status, "completed"))
    filter = DS_VISITS_COMPLETED;
  else
    {
      ds_context_respond_field_error (ctx, "status", "Use upcoming or completed.");
      return;
    }
  if (!ds_context_get_page_request (ctx, &request) || !ds_visit_rules_load (ctx, &rules))
    return;

  page = ds_job_store_list_visits (ds_context_get_db (ctx), customer_id, filter, now, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_visit_item, &rules);
}

void
ds_jobs_counts_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *now = ds_now_timestamp ();
  gint64 upcoming, completed;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;
  if (!ds_job_store_count_visits (ds_context_get_db (ctx), customer_id, now, &upcoming, &completed, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "upcoming", upcoming);
  ds_json_add_int (builder, "completed", completed);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

/* One job */

static void
write_link (DsJsonWriter *builder,
            const char   *member,
            const char   *id,
            const char   *number_key,
            const char   *number)
{
  ds_json_writer_set_member_name (builder, member);
  if (id == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", id);
  ds_json_add_string (builder, number_key, number);
  ds_json_writer_end_object (builder);
}

static void
write_job (DsJsonWriter       *builder,
           const DsJob        *job,
           const DsVisitRules *rules)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", job->id);
  ds_json_add_string (builder, "title", job->title);
  ds_json_add_string (builder, "status", job->status);
  ds_json_add_string (builder, "service_name", job->service_name);
  ds_json_add_string (builder, "description", job->description);
  ds_json_add_string (builder, "business_notes", job->business_notes);
  ds_json_add_string (builder, "work_performed", job->work_performed);
  ds_json_add_string (builder, "equipment_notes", job->equipment_notes);
  ds_json_add_string (builder, "property_id", job->property_id);
  ds_json_add_string (builder, "property_label", job->property_label);
  ds_json_add_string (builder, "property_address", job->property_address);
  ds_json_add_string (builder, "created_at", job->created_at);
  write_link (builder, "quote", job->quote_id, "number", job->quote_number);
  ds_json_writer_set_member_name (builder, "project");
  if (job->project_id == NULL)
    ds_json_writer_add_null_value (builder);
  else
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", job->project_id);
      ds_json_add_string (builder, "title", job->project_title);
      ds_json_add_string (builder, "stage_title", job->stage_title);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_set_member_name (builder, "visits");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; job->visits != NULL && i < job->visits->len; i++)
    ds_write_visit (builder, g_ptr_array_index (job->visits, i), rules);
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
}

void
ds_jobs_get_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsJob) job = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  DsVisitRules rules;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id) || !ds_visit_rules_load (ctx, &rules))
    return;
  if (!ds_job_store_get (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id, &job, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (job == NULL)
    {
      ds_context_respond_not_found (ctx, "There is no such job.");
      return;
    }
  write_job (builder, job, &rules);
  ds_context_respond_json (ctx, 200, builder);
}

/* Calendars */

/* Renders @visits in the business's time zone; answers the error itself
 * and returns %NULL when it cannot. */
static char *
render_calendar (DsContext  *ctx,
                 GPtrArray  *visits,
                 gboolean    feed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autofree char *calendar_name = NULL;
  DsIcsCalendar calendar = { 0 };

  if ((company = ds_company_store_require (ds_context_get_db (ctx), &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }
  calendar_name = feed ? g_strdup_printf ("%s visits", company->name) : NULL;
  calendar.business_name = company->name;
  calendar.timezone = company->timezone;
  calendar.calendar_name = calendar_name;
  return ds_ics_render (&calendar, visits);
}

static void
respond_calendar (DsContext  *ctx,
                  char       *text)
{
  gsize size = strlen (text);
  g_autoptr(GBytes) body = g_bytes_new_take (text, size);

  ds_context_respond_bytes (ctx, 200, "text/calendar; charset=utf-8", body);
}

void
ds_visits_ics_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_visit_free);
  g_autofree char *customer_id = NULL;
  g_autofree char *disposition = NULL;
  DsVisit *visit = NULL;
  char *text;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;
  if (!ds_job_store_get_visit (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id,
                               &visit, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (visit == NULL)
    {
      ds_context_respond_not_found (ctx, "There is no such visit.");
      return;
    }
  g_ptr_array_add (visits, visit);
  if ((text = render_calendar (ctx, visits, FALSE)) == NULL)
    return;
  /* Ids are letters, digits and "_": no quoting needed. */
  disposition = g_strdup_printf ("attachment; filename=\"%s.ics\"", visit->id);
  ds_context_set_header (ctx, "Content-Disposition", disposition);
  respond_calendar (ctx, text);
}

/* Changing a visit */

/* A time the customer sent, in UTC as stored; %NULL unless it is an
 * RFC 3339 date and time with its offset. */
static char *
read_time (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GDateTime) at = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      strlen (json_node_get_string (node)) > 64 ||
      (at = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL)) == NULL)
    return NULL;
  return doorstep_timestamp_format (at);
}

static void
clear_window (gpointer data)
{
  DsWindow *window = data;

  g_free (window->starts_at);
  g_free (window->ends_at);
}

/* The windows of a reschedule request: one to three, each in the future
 * and ending after it starts. Field errors name the window. */
static GArray *
read_windows (JsonObject  *body,
              gint64       now,
              GHashTable  *errors)
{
  JsonNode *node = json_object_get_member (body, "windows");
  g_autoptr(GArray) windows = g_array_new (FALSE, TRUE, sizeof (DsWindow));
  JsonArray *array;

  g_array_set_clear_func (windows, clear_window);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      ds_field_errors_add (errors, "windows", "Propose at least one time that suits you.");
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    {
      ds_field_errors_add (errors, "windows", "Propose at least one time that suits you.");
      return NULL;
    }
  if (json_array_get_length (array) > WINDOWS_MAX)
    {
      ds_field_errors_add (errors, "windows", "Propose at most three times.");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *field = g_strdup_printf ("windows[%u]", i);
      DsWindow window = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          (window.starts_at = read_time (json_node_get_object (element), "starts_at")) == NULL ||
          (window.ends_at = read_time (json_node_get_object (element), "ends_at")) == NULL)
        {
          clear_window (&window);
          ds_field_errors_add (errors, field, "Give a start and an end, each a date and time.");
          continue;
        }
      if (doorstep_timestamp_to_unix (window.ends_at) <= doorstep_timestamp_to_unix (window.starts_at))
        ds_field_errors_add (errors, field, "The time must end after it starts.");
      else if (doorstep_timestamp_to_unix (window.starts_at) <= now)
        ds_field_errors_add (errors, field, "This time has already passed.");
      g_array_append_val (windows, window);
    }
  return g_hash_table_size (errors) > 0 ? NULL : g_steal_pointer (&windows);
}

/* Answers 409 and returns %FALSE unless the customer may still ask to
 * change @visit, saying why not and what to do instead. */
static gboolean
check_can_change (DsContext          *ctx,
                  const DsVisit      *visit,
                  const DsVisitRules *rules)
{
  g_autoptr(DsCompany) company = NULL;
  g_autofree char *detail = NULL;

  if (g_str_equal (visit->status, "completed"))
    ds_context_respond_problem (ctx, 409, "visit-not-changeable", "This visit has already taken place.");
  else if (g_str_equal (visit->status, "cancelled"))
    ds_context_respond_problem (ctx, 409, "visit-not-changeable", "This visit was cancelled.");
  else if (g_str_has_suffix (visit->status, "_requested"))
    ds_context_respond_problem (ctx, 409, "change-already-requested",
                                "You have already asked to change this visit; we will be in touch.");
  else if (!visit_is_changeable (visit) || doorstep_timestamp_to_unix (visit->ends_at) <= rules->now)
    ds_context_respond_problem (ctx, 409, "visit-not-changeable",
                                "This visit is under way and can no longer be changed here.");
  else if (rules->now >= change_deadline (visit, rules))
    {
      ds_company_store_get (ds_context_get_db (ctx), &company, NULL);
      detail = g_strdup_printf ("This visit is less than %u hours away, too soon to change it here. "
                                "Call us on %s instead.", rules->notice_hours,
                                company != NULL ? company->phone : "our number");
      ds_context_respond_problem (ctx, 409, "within-notice-period", detail);
    }
  else
    return TRUE;
  return FALSE;
}

static void
request_change (DsContext  *ctx,
                const char *kind)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsIdempotency) idem = NULL;
  g_autoptr(DsVisit) visit = NULL;
  g_autoptr(DsVisit) after = NULL;
  g_autoptr(GArray) windows = NULL;
  g_autoptr(DsJsonWriter) answer = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *note = NULL;
  const char *raw_note;
  DsVisitRules rules;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id) ||
      (body = ds_context_read_json (ctx)) == NULL ||
      (idem = ds_idempotency_begin (ctx)) == NULL ||
      !ds_visit_rules_load (ctx, &rules))
    return;

  if (!ds_job_store_get_visit (db, ds_context_get_param (ctx, "id"), customer_id, &visit, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (visit == NULL)
    {
      ds_context_respond_not_found (ctx, "There is no such visit.");
      return;
    }
  if (!check_can_change (ctx, visit, &rules))
    return;

  errors = ds_field_errors_new ();
  if (g_str_equal (kind, "reschedule"))
    windows = read_windows (body, rules.now, errors);
  raw_note = ds_json_get_string (body, "note", errors);
  if (raw_note != NULL)
    {
      note = g_strstrip (g_strdup (raw_note));
      if (*note == '\0')
        g_clear_pointer (&note, g_free);
      else if (!doorstep_validate_text (note, NOTE_MAX))
        ds_field_errors_add (errors, "note", "Keep the note under 1,000 characters.");
    }
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  if (!ds_job_store_request_change (db, visit->id, kind,
                                    windows != NULL ? (const DsWindow *) windows->data : NULL,
                                    windows != NULL ? windows->len : 0,
                                    note, ds_context_get_identity (ctx)->user_id, &error) ||
      !ds_job_store_get_visit (db, visit->id, customer_id, &after, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_write_visit (answer, after, &rules);
  ds_idempotency_respond (idem, 200, NULL, answer);
}

void
ds_visits_reschedule_handler (DsContext *ctx)
{
  request_change (ctx, "reschedule");
}

void
ds_visits_cancel_handler (DsContext *ctx)
{
  request_change (ctx, "cancel");
}

/* Projects */

static void
write_project (DsJsonWriter       *builder,
               const DsProject    *project,
               const DsVisitRules *rules)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", project->id);
  ds_json_add_string (builder, "title", project->title);
  ds_json_add_string (builder, "description", project->description);
  ds_json_add_string (builder, "status", project->status);
  ds_json_add_string (builder, "property_id", project->property_id);
  ds_json_add_string (builder, "property_label", project->property_label);
  ds_json_add_string (builder, "created_at", project->created_at);
  write_link (builder, "quote", project->quote_id, "number", project->quote_number);
  ds_json_add_int (builder, "stage_count", project->stage_count);
  ds_json_add_int (builder, "stages_done", project->stages_done);
  if (project->stages != NULL)
    {
      ds_json_writer_set_member_name (builder, "stages");
      ds_json_writer_begin_array (builder);
      for (guint i = 0; i < project->stages->len; i++)
        {
          const DsStage *stage = g_ptr_array_index (project->stages, i);

          ds_json_writer_begin_object (builder);
          ds_json_add_string (builder, "id", stage->id);
          ds_json_add_string (builder, "title", stage->title);
          ds_json_add_string (builder, "status", stage->status);
          ds_json_add_string (builder, "starts_on", stage->starts_on);
          ds_json_add_string (builder, "ends_on", stage->ends_on);
          ds_json_writer_set_member_name (builder, "jobs");
          ds_json_writer_begin_array (builder);
          for (guint j = 0; stage->jobs != NULL && j < stage->jobs->len; j++)
            write_job (builder, g_ptr_array_index (stage->jobs, j), rules);
          ds_json_writer_end_array (builder);
          ds_json_writer_end_object (builder);
        }
      ds_json_writer_end_array (builder);
    }
  ds_json_writer_end_object (builder);
}

static void
write_project_item (DsJsonWriter *builder,
                    gconstpointer  item,
                    gpointer       user_data)
{
  write_project (builder, item, NULL);
}

void
ds_projects_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  const char *status = ds_context_get_query (ctx, "status");

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;
  if (status != NULL && !g_str_equal (status, "open") && !g_str_equal (status, "all"))
    {
      ds_context_respond_field_error (ctx, "status", "Use open or all.");
      return;
    }
  if (!ds_context_get_page_request (ctx, &request))
    return;

  page = ds_job_store_list_projects (ds_context_get_db (ctx), customer_id, g_strcmp0 (status, "open") == 0,
                                     &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_project_item, NULL);
}

void
ds_projects_get_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsProject) project = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  DsVisitRules rules;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id) || !ds_visit_rules_load (ctx, &rules))
    return;
  if (!ds_job_store_get_project (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id,
                                 &project, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (project == NULL)
    {
      ds_context_respond_not_found (ctx, "There is no such project.");
      return;
    }
  write_project (builder, project, &rules);
  ds_context_respond_json (ctx, 200, builder);
}

/* The calendar feed */

void
ds_calendar_feed_get_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *created_at = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;
  if (!ds_job_store_feed_exists (ds_context_get_db (ctx), customer_id, &created_at, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_boolean (builder, "active", created_at != NULL);
  ds_json_add_string (builder, "created_at", created_at);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

/* A new private feed URL; the old one, if any, answers 404 from now on.
 * The token is in this answer only. */
void
ds_calendar_feed_reset_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsTransaction) tx = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *token = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *path = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id))
    return;
  if ((tx = ds_transaction_begin (db, &error)) == NULL ||
      (token = ds_job_store_reset_feed (db, customer_id, &error)) == NULL ||
      !ds_job_store_feed_exists (db, customer_id, &created_at, &error) ||
      !ds_transaction_commit (tx, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  path = g_strconcat (FEED_PATH, token, NULL);
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "path", path);
  ds_json_add_string (builder, "created_at", created_at);
  ds_json_writer_end_object (builder);
  ds_context_set_header (ctx, "Location", path);
  ds_context_respond_json (ctx, 201, builder);
}

/* When the feed last changed: its newest visit change, or its creation. */
static gint64
feed_modified (GPtrArray  *visits,
               const char *created_at)
{
  gint64 newest = doorstep_timestamp_to_unix (created_at);

  for (guint i = 0; i < visits->len; i++)
    {
      const DsVisit *visit = g_ptr_array_index (visits, i);

      newest = MAX (newest, doorstep_timestamp_to_unix (visit->updated_at));
    }
  return newest;
}

static gboolean
not_modified (DsContext  *ctx,
              const char *etag,
              GDateTime  *modified)
{
  const char *if_none_match = ds_context_get_header (ctx, "If-None-Match");
  const char *if_modified_since = ds_context_get_header (ctx, "If-Modified-Since");

  if (if_none_match != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (if_none_match));

      return strstr (trimmed, etag) != NULL || g_str_equal (trimmed, "*");
    }
  if (if_modified_since != NULL)
    {
      g_autoptr(GDateTime) since = soup_date_time_new_from_http_string (if_modified_since);

      return since != NULL && g_date_time_compare (modified, since) <= 0;
    }
  return FALSE;
}

/* GET without signing in: calendar apps cannot. The token is the only
 * key; every token, well-formed or not, is hashed and looked up alike, and
 * every miss gets the same 404. */
void
ds_calendar_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *customer_id = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *etag = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *last_modified = NULL;
  char *text;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_job_store_find_feed (db, ds_context_get_param (ctx, "token"), &customer_id, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (customer_id == NULL)
    {
      ds_context_respond_not_found (ctx, "There is no such calendar.");
      return;
    }
  if (!ds_job_store_feed_exists (db, customer_id, &created_at, &error) ||
      (visits = ds_job_store_feed_visits (db, customer_id, now, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if ((text = render_calendar (ctx, visits, TRUE)) == NULL)
    return;

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  etag = g_strdup_printf ("\"%.32s\"", hash);
  modified = g_date_time_new_from_unix_utc (feed_modified (visits, created_at));
  last_modified = soup_date_time_to_string (modified, SOUP_DATE_HTTP);
  /* Calendar apps may keep it, as long as they ask again each time. */
  ds_context_set_header (ctx, "Cache-Control", "private, no-cache");
  ds_context_set_header (ctx, "ETag", etag);
  ds_context_set_header (ctx, "Last-Modified", last_modified);
  if (not_modified (ctx, etag, modified))
    {
      g_free (text);
      ds_context_respond_empty (ctx, 304);
      return;
    }
  respond_calendar (ctx, text);
}

/* Technicians' photos, for the visits that show them. */
void
ds_technician_photo_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) photo = NULL;

  if (!ds_user_store_get_staff_photo (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), &photo, &error))
    ds_context_respond_error (ctx, error);
  else if (photo == NULL)
    ds_context_respond_not_found (ctx, "There is no such photo.");
  else
    {
      ds_context_set_header (ctx, "Cache-Control", "private, max-age=3600");
      ds_context_respond_bytes (ctx, 200, "image/png", photo);
    }
}

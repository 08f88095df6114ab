/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-address.h"
#include "ds-job-store.h"

/* Jobs, visits, technicians, projects, change requests and calendar feeds.
 *
 * Which visits are upcoming is said once, here: not ended yet and not
 * completed (a cancelled one stays, marked, until its time has passed).
 * Every other visit is history. ?2 is the time now. */
#define UPCOMING  "(v.ends_at > ?2 AND v.status <> 'completed')"
#define COMPLETED "(NOT " UPCOMING ")"

/* A visit as a row shows it: its job, service and property, its time and
 * status (with the customer's pending request), the first technician and
 * how many there are. */
#define FIRST_TECHNICIAN(column) \
  "(SELECT " column " FROM visit_technicians t JOIN users u ON u.id = t.user_id" \
  "  WHERE t.visit_id = v.id ORDER BY t.position, u.display_name LIMIT 1)"

#define VISIT_COLUMNS \
  "v.id, j.id, j.title, s.name, j.property_id, p.label," \
  " p.address_line1, p.city, p.region, p.postal_code," \
  " v.starts_at, v.ends_at, v.status," \
  " (SELECT r.kind FROM visit_change_requests r WHERE r.visit_id = v.id AND r.status = 'pending')," \
  " v.notes, v.sequence, v.updated_at," \
  " " FIRST_TECHNICIAN ("u.id") "," \
  " " FIRST_TECHNICIAN ("u.display_name") "," \
  " " FIRST_TECHNICIAN ("CASE WHEN u.photo_png IS NULL THEN 0 ELSE 1 END") "," \
  " (SELECT COUNT(*) FROM visit_technicians t WHERE t.visit_id = v.id)"

#define VISIT_FROM \
  "visits v JOIN jobs j ON j.id = v.job_id" \
  " LEFT JOIN service_types s ON s.id = j.service_type_id" \
  " LEFT JOIN properties p ON p.id = j.property_id"

static const DsListSpec upcoming_spec = {
  .columns = VISIT_COLUMNS,
  .from = VISIT_FROM " WHERE j.customer_id = ?1 AND " UPCOMING,
  .key = "v.starts_at",
  .id = "v.id",
  .descending = FALSE,
  .n_params = 2,
};

static const DsListSpec completed_spec = {
  .columns = VISIT_COLUMNS,
  .from = VISIT_FROM " WHERE j.customer_id = ?1 AND " COMPLETED,
  .key = "v.starts_at",
  .id = "v.id",
  .descending = TRUE,
  .n_params = 2,
};

/* Projects: open ones first would need a second key; the list is newest
 * first, and "open only" is its filter. */
#define PROJECT_COLUMNS \
  "pr.id, pr.title, pr.description, pr.status, pr.property_id, p.label, pr.quote_id, q.number," \
  " pr.created_at," \
  " (SELECT COUNT(*) FROM project_stages st WHERE st.project_id = pr.id)," \
  " (SELECT COUNT(*) FROM project_stages st WHERE st.project_id = pr.id AND st.status = 'done')"

#define PROJECT_FROM \
  "projects pr LEFT JOIN properties p ON p.id = pr.property_id" \
  " LEFT JOIN quotes q ON q.id = pr.quote_id"

static const DsListSpec projects_spec = {
  .columns = PROJECT_COLUMNS,
  .from = PROJECT_FROM " WHERE pr.customer_id = ?1",
  .key = "pr.created_at",
  .id = "pr.id",
  .descending = TRUE,
  .n_params = 1,
};

static void
technician_free (gpointer data)
{
  DsTechnician *technician = data;

  g_free (technician->id);
  g_free (technician->display_name);
  g_free (technician);
}

void
ds_visit_free (DsVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->id);
  g_free (visit->job_id);
  g_free (visit->job_title);
  g_free (visit->service_name);
  g_free (visit->property_id);
  g_free (visit->property_label);
  g_free (visit->property_address);
  g_free (visit->starts_at);
  g_free (visit->ends_at);
  g_free (visit->status);
  g_free (visit->notes);
  g_free (visit->updated_at);
  g_clear_pointer (&visit->technicians, g_ptr_array_unref);
  g_free (visit);
}

void
ds_job_free (DsJob *job)
{
  if (job == NULL)
    return;
  g_free (job->id);
  g_free (job->title);
  g_free (job->status);
  g_free (job->service_name);
  g_free (job->description);
  g_free (job->business_notes);
  g_free (job->work_performed);
  g_free (job->equipment_notes);
  g_free (job->property_id);
  g_free (job->property_label);
  g_free (job->property_address);
  g_free (job->quote_id);
  g_free (job->quote_number);
  g_free (job->project_id);
  g_free (job->project_title);
  g_free (job->stage_title);
  g_free (job->created_at);
  g_clear_pointer (&job->visits, g_ptr_array_unref);
  g_free (job);
}

static void
stage_free (gpointer data)
{
  DsStage *stage = data;

  g_free (stage->id);
  g_free (stage->title);
  g_free (stage->status);
  g_free (stage->starts_on);
  g_free (stage->ends_on);
  g_clear_pointer (&stage->jobs, g_ptr_array_unref);
  g_free (stage);
}

void
ds_project_free (DsProject *project)
{
  if (project == NULL)
    return;
  g_free (project->id);
  g_free (project->title);
  g_free (project->description);
  g_free (project->status);
  g_free (project->property_id);
  g_free (project->property_label);
  g_free (project->quote_id);
  g_free (project->quote_number);
  g_free (project->created_at);
  g_clear_pointer (&project->stages, g_ptr_array_unref);
  g_free (project);
}

/* The status a customer sees: a request of theirs waiting for staff says
 * so; otherwise the visit's own. */
static char *
effective_status (const char *status,
                  const char *pending_kind)
{
  if (g_strcmp0 (pending_kind, "reschedule") == 0)
    return g_strdup ("reschedule_requested");
  if (g_strcmp0 (pending_kind, "cancel") == 0)
    return g_strdup ("cancellation_requested");
  return g_strdup (status);
}

/* A visit from a row of VISIT_COLUMNS. */
static gpointer
read_visit (DsStmt *stmt)
{
  DsVisit *visit = g_new0 (DsVisit, 1);

  visit->id = ds_stmt_dup_text (stmt, 0);
  visit->job_id = ds_stmt_dup_text (stmt, 1);
  visit->job_title = ds_stmt_dup_text (stmt, 2);
  visit->service_name = ds_stmt_dup_text (stmt, 3);
  visit->property_id = ds_stmt_dup_text (stmt, 4);
  visit->property_label = ds_stmt_dup_text (stmt, 5);
  visit->property_address = ds_address_from_columns (stmt, 6);
  visit->starts_at = ds_stmt_dup_text (stmt, 10);
  visit->ends_at = ds_stmt_dup_text (stmt, 11);
  visit->status = effective_status (ds_stmt_get_text (stmt, 12), ds_stmt_get_text (stmt, 13));
  visit->notes = ds_stmt_dup_text (stmt, 14);
  visit->sequence = ds_stmt_get_int64 (stmt, 15);
  visit->updated_at = ds_stmt_dup_text (stmt, 16);
  visit->technicians = g_ptr_array_new_with_free_func (technician_free);
  if (!ds_stmt_is_null (stmt, 17))
    {
      DsTechnician *technician = g_new0 (DsTechnician, 1);

      technician->id = ds_stmt_dup_text (stmt, 17);
      technician->display_name = ds_stmt_dup_text (stmt, 18);
      technician->has_photo = ds_stmt_get_int64 (stmt, 19) != 0;
      g_ptr_array_add (visit->technicians, technician);
    }
  visit->technician_count = (guint) ds_stmt_get_int64 (stmt, 20);
  return visit;
}

/* Every technician of @visit, in their order, instead of the first. */
static gboolean
load_technicians (DsDb     *db,
                  DsVisit  *visit,
                  GError  **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT u.id, u.display_name,"
                                          "  CASE WHEN u.photo_png IS NULL THEN 0 ELSE 1 END"
                                          " FROM visit_technicians t JOIN users u ON u.id = t.user_id"
                                          " WHERE t.visit_id = ? ORDER BY t.position, u.display_name",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  g_ptr_array_set_size (visit->technicians, 0);
  ds_stmt_bind_text (stmt, 1, visit->id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsTechnician *technician = g_new0 (DsTechnician, 1);

      technician->id = ds_stmt_dup_text (stmt, 0);
      technician->display_name = ds_stmt_dup_text (stmt, 1);
      technician->has_photo = ds_stmt_get_int64 (stmt, 2) != 0;
      g_ptr_array_add (visit->technicians, technician);
    }
  visit->technician_count = visit->technicians->len;
  return step == DS_STEP_DONE;
}

/* Visits of one query of VISIT_COLUMNS, each with all its technicians. */
static GPtrArray *
read_visits (DsDb     *db,
             DsStmt   *stmt,
             GError  **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_visit_free);
  DsStep step;

  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    g_ptr_array_add (visits, read_visit (stmt));
  if (step == DS_STEP_ERROR)
    return NULL;
  for (guint i = 0; i < visits->len; i++)
    if (!load_technicians (db, g_ptr_array_index (visits, i), error))
      return NULL;
  return g_steal_pointer (&visits);
}

/**
 * ds_job_store_next_visit:
 * @now: the time now, as stored
 * @visit: (out) (transfer full) (nullable): the first upcoming visit still
 *   going ahead, or %NULL when there is none
 *
 * Returns: %FALSE on error
 */
gboolean
ds_job_store_next_visit (DsDb        *db,
                         const char  *customer_id,
                         const char  *now,
                         DsVisit    **visit,
                         GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                                          " WHERE j.customer_id = ?1 AND " UPCOMING
                                          "   AND v.status <> 'cancelled'"
                                          " ORDER BY v.starts_at, v.id LIMIT 1",
                                          error);
  gboolean has_row;

  *visit = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *visit = read_visit (stmt);
  return TRUE;
}

/**
 * ds_job_store_list_visits:
 *
 * Returns: (transfer full) (nullable): a page of #DsVisit, with the first
 *   technician of each
 */
DsPage *
ds_job_store_list_visits (DsDb                *db,
                          const char          *customer_id,
                          DsVisitFilter        filter,
                          const char          *now,
                          const DsPageRequest *request,
                          GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, filter == DS_VISITS_UPCOMING ? &upcoming_spec : &completed_spec,
                                            NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  return ds_list_read_page (stmt, request, read_visit, (GDestroyNotify) ds_visit_free, error);
}

gboolean
ds_job_store_count_visits (DsDb        *db,
                           const char  *customer_id,
                           const char  *now,
                           gint64      *upcoming,
                           gint64      *completed,
                           GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*) FILTER (WHERE " UPCOMING "),"
                                          "       COUNT(*) FILTER (WHERE " COMPLETED ")"
                                          " FROM visits v JOIN jobs j ON j.id = v.job_id"
                                          " WHERE j.customer_id = ?1",
                                          error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *upcoming = ds_stmt_get_int64 (stmt, 0);
  *completed = ds_stmt_get_int64 (stmt, 1);
  return TRUE;
}

/* A job's visits in time order, every technician on each. */
static GPtrArray *
load_job_visits (DsDb        *db,
                 const char  *job_id,
                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                                          " WHERE v.job_id = ? ORDER BY v.starts_at, v.id",
                                          error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, job_id);
  return read_visits (db, stmt, error);
}

#define JOB_COLUMNS \
  "j.id, j.title, j.status, s.name, j.description, j.business_notes, j.work_performed," \
  " j.equipment_notes, j.property_id, p.label, p.address_line1, p.city, p.region, p.postal_code," \
  " j.quote_id, q.number, pr.id, pr.title, st.title, j.created_at"

#define JOB_FROM \
  "jobs j LEFT JOIN service_types s ON s.id = j.service_type_id" \
  " LEFT JOIN properties p ON p.id = j.property_id" \
  " LEFT JOIN quotes q ON q.id = j.quote_id" \
  " LEFT JOIN project_stages st ON st.id = j.stage_id" \
  " LEFT JOIN projects pr ON pr.id = st.project_id"

static DsJob *
read_job (DsStmt *stmt)
{
  DsJob *job = g_new0 (DsJob, 1);

  job->id = ds_stmt_dup_text (stmt, 0);
  job->title = ds_stmt_dup_text (stmt, 1);
  job->status = ds_stmt_dup_text (stmt, 2);
  job->service_name = ds_stmt_dup_text (stmt, 3);
  job->description = ds_stmt_dup_text (stmt, 4);
  job->business_notes = ds_stmt_dup_text (stmt, 5);
  job->work_performed = ds_stmt_dup_text (stmt, 6);
  job->equipment_notes = ds_stmt_dup_text (stmt, 7);
  job->property_id = ds_stmt_dup_text (stmt, 8);
  job->property_label = ds_stmt_dup_text (stmt, 9);
  job->property_address = ds_address_from_columns (stmt, 10);
  job->quote_id = ds_stmt_dup_text (stmt, 14);
  job->quote_number = ds_stmt_dup_text (stmt, 15);
  job->project_id = ds_stmt_dup_text (stmt, 16);
  job->project_title = ds_stmt_dup_text (stmt, 17);
  job->stage_title = ds_stmt_dup_text (stmt, 18);
  job->created_at = ds_stmt_dup_text (stmt, 19);
  return job;
}

/**
 * ds_job_store_get:
 * @customer_id: whose job it must be; another customer's is as unknown as
 *   one that does not exist
 * @job: (out) (transfer full) (nullable): the job with its visits, or
 *   %NULL when this customer has no such job
 *
 * Returns: %FALSE on error
 */
gboolean
ds_job_store_get (DsDb        *db,
                  const char  *job_id,
                  const char  *customer_id,
                  DsJob      **job,
                  GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " JOB_COLUMNS " FROM " JOB_FROM
                                          " WHERE j.id = ? AND j.customer_id = ?",
                                          error);
  g_autoptr(DsJob) found = NULL;
  gboolean has_row;

  *job = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, job_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  found = read_job (stmt);
  g_clear_pointer (&stmt, ds_stmt_free);

  if ((found->visits = load_job_visits (db, found->id, error)) == NULL)
    return FALSE;
  *job = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_job_store_get_visit:
 * @visit: (out) (transfer full) (nullable): the visit with every
 *   technician, or %NULL when this customer has no such visit
 *
 * Returns: %FALSE on error
 */
gboolean
ds_job_store_get_visit (DsDb        *db,
                        const char  *visit_id,
                        const char  *customer_id,
                        DsVisit    **visit,
                        GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                                          " WHERE v.id = ? AND j.customer_id = ?",
                                          error);
  g_autoptr(GPtrArray) visits = NULL;

  *visit = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, visit_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if ((visits = read_visits (db, stmt, error)) == NULL)
    return FALSE;
  if (visits->len > 0)
    *visit = g_ptr_array_steal_index (visits, 0);
  return TRUE;
}

/* The windows as stored: a JSON array of {"starts_at", "ends_at"}. */
static char *
windows_to_json (const DsWindow *windows,
                 guint           n_windows)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; i < n_windows; i++)
    g_string_append_printf (json, "%s{\"starts_at\":\"%s\",\"ends_at\":\"%s\"}", i > 0 ? "," : "",
                            windows[i].starts_at, windows[i].ends_at);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/**
 * ds_job_store_request_change:
 * @kind: "reschedule" (with @windows) or "cancel"
 * @windows: (array length=n_windows): checked times, RFC 3339 in UTC
 *
 * Records the customer's request; the visit shows it until staff act.
 * Call it in a transaction, once the visit was found to allow it.
 */
gboolean
ds_job_store_request_change (DsDb            *db,
                             const char      *visit_id,
                             const char      *kind,
                             const DsWindow  *windows,
                             guint            n_windows,
                             const char      *note,
                             const char      *user_id,
                             GError         **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "INSERT INTO visit_change_requests (id, visit_id, kind, windows, note,"
                                          " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                          error);
  g_autofree char *id = ds_new_id ("vcr");
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *json = n_windows > 0 ? windows_to_json (windows, n_windows) : NULL;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, visit_id);
  ds_stmt_bind_text (stmt, 3, kind);
  ds_stmt_bind_text (stmt, 4, json);
  ds_stmt_bind_text (stmt, 5, note);
  ds_stmt_bind_text (stmt, 6, user_id);
  ds_stmt_bind_text (stmt, 7, now);
  return ds_stmt_run (stmt, error);
}

static gpointer
read_project (DsStmt *stmt)
{
  DsProject *project = g_new0 (DsProject, 1);

  project->id = ds_stmt_dup_text (stmt, 0);
  project->title = ds_stmt_dup_text (stmt, 1);
  project->description = ds_stmt_dup_text (stmt, 2);
  project->status = ds_stmt_dup_text (stmt, 3);
  project->property_id = ds_stmt_dup_text (stmt, 4);
  project->property_label = ds_stmt_dup_text (stmt, 5);
  project->quote_id = ds_stmt_dup_text (stmt, 6);
  project->quote_number = ds_stmt_dup_text (stmt, 7);
  project->created_at = ds_stmt_dup_text (stmt, 8);
  project->stage_count = (guint) ds_stmt_get_int64 (stmt, 9);
  project->stages_done = (guint) ds_stmt_get_int64 (stmt, 10);
  return project;
}

/**
 * ds_job_store_list_projects:
 * @open_only: only the ones still under way
 *
 * Returns: (transfer full) (nullable): a page of #DsProject, newest first,
 *   with their stage counts
 */
DsPage *
ds_job_store_list_projects (DsDb                *db,
                            const char          *customer_id,
                            gboolean             open_only,
                            const DsPageRequest *request,
                            GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &projects_spec, open_only ? "pr.status = 'open'" : NULL,
                                            request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_project, (GDestroyNotify) ds_project_free, error);
}

/* The jobs of one stage, each with its visits. */
static GPtrArray *
load_stage_jobs (DsDb        *db,
                 const char  *stage_id,
                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " JOB_COLUMNS " FROM " JOB_FROM
                                          " WHERE j.stage_id = ? ORDER BY j.created_at, j.id",
                                          error);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_job_free);
  DsStep step;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, stage_id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    g_ptr_array_add (jobs, read_job (stmt));
  if (step == DS_STEP_ERROR)
    return NULL;
  for (guint i = 0; i < jobs->len; i++)
    {
      DsJob *job = g_ptr_array_index (jobs, i);

      if ((job->visits = load_job_visits (db, job->id, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&jobs);
}

/**
 * ds_job_store_get_project:
 * @project: (out) (transfer full) (nullable): the project with its stages,
 *   their jobs and visits, or %NULL when this customer has no such project
 *
 * Returns: %FALSE on error
 */
gboolean
ds_job_store_get_project (DsDb        *db,
                          const char  *project_id,
                          const char  *customer_id,
                          DsProject  **project,
                          GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " PROJECT_COLUMNS " FROM " PROJECT_FROM
                                          " WHERE pr.id = ? AND pr.customer_id = ?",
                                          error);
  g_autoptr(DsStmt) stages = NULL;
  g_autoptr(DsProject) found = NULL;
  gboolean has_row;
  DsStep step;

  *project = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, project_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  found = read_project (stmt);
  g_clear_pointer (&stmt, ds_stmt_free);

  stages = ds_db_prepare (db,
                          "SELECT id, title, status, starts_on, ends_on FROM project_stages"
                          " WHERE project_id = ? ORDER BY position, id",
                          error);
  if (stages == NULL)
    return FALSE;
  ds_stmt_bind_text (stages, 1, found->id);
  found->stages = g_ptr_array_new_with_free_func (stage_free);
  while ((step = ds_stmt_step (stages, error)) == DS_STEP_ROW)
    {
      DsStage *stage = g_new0 (DsStage, 1);

      stage->id = ds_stmt_dup_text (stages, 0);
      stage->title = ds_stmt_dup_text (stages, 1);
      stage->status = ds_stmt_dup_text (stages, 2);
      stage->starts_on = ds_stmt_dup_text (stages, 3);
      stage->ends_on = ds_stmt_dup_text (stages, 4);
      g_ptr_array_add (found->stages, stage);
    }
  if (step == DS_STEP_ERROR)
    return FALSE;
  for (guint i = 0; i < found->stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (found->stages, i);

      if ((stage->jobs = load_stage_jobs (db, stage->id, error)) == NULL)
        return FALSE;
    }

  *project = g_steal_pointer (&found);
  return TRUE;
}

/* Calendar feeds. The token is in the URL only; the database keeps its
 * SHA-256, so a copy of the database gives no feed away. */

/**
 * ds_job_store_feed_exists:
 * @created_at: (out) (transfer full) (nullable): when the current feed URL
 *   was made, %NULL when the customer has none
 */
gboolean
ds_job_store_feed_exists (DsDb        *db,
                          const char  *customer_id,
                          char       **created_at,
                          GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT created_at FROM calendar_feeds WHERE customer_id = ?", error);
  gboolean has_row;

  *created_at = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *created_at = ds_stmt_dup_text (stmt, 0);
  return TRUE;
}

/**
 * ds_job_store_reset_feed:
 *
 * Makes a new feed token for the customer; the one before, if any, stops
 * working at once. Call it in a transaction.
 *
 * Returns: (transfer full) (nullable): the new token (256 random bits,
 *   URL-safe base64), shown to the customer once and never stored
 */
char *
ds_job_store_reset_feed (DsDb        *db,
                         const char  *customer_id,
                         GError     **error)
{
  g_autofree char *token = ds_new_token ();
  g_autofree char *hash = ds_token_hash (token);
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) drop = NULL;
  g_autoptr(DsStmt) insert = NULL;

  drop = ds_db_prepare (db, "DELETE FROM calendar_feeds WHERE customer_id = ?", error);
  if (drop == NULL)
    return NULL;
  ds_stmt_bind_text (drop, 1, customer_id);
  if (!ds_stmt_run (drop, error))
    return NULL;
  insert = ds_db_prepare (db, "INSERT INTO calendar_feeds (customer_id, token_hash, created_at) VALUES (?, ?, ?)",
                          error);
  if (insert == NULL)
    return NULL;
  ds_stmt_bind_text (insert, 1, customer_id);
  ds_stmt_bind_text (insert, 2, hash);
  ds_stmt_bind_text (insert, 3, now);
  if (!ds_stmt_run (insert, error))
    return NULL;
  return g_steal_pointer (&token);
}

/**
 * ds_job_store_find_feed:
 * @customer_id: (out) (transfer full) (nullable): whose feed @token opens,
 *   %NULL for a token that opens none
 *
 * Any text is hashed and looked up the same way, well-formed or not, so
 * that how long the answer takes does not tell a near miss from nonsense.
 */
gboolean
ds_job_store_find_feed (DsDb        *db,
                        const char  *token,
                        char       **customer_id,
                        GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT customer_id FROM calendar_feeds WHERE token_hash = ?", error);
  g_autofree char *hash = ds_token_hash (token);
  gboolean has_row;

  *customer_id = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, hash);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *customer_id = ds_stmt_dup_text (stmt, 0);
  return TRUE;
}

/**
 * ds_job_store_feed_visits:
 *
 * What a customer's calendar feed holds: every visit not ended yet, the
 * last 90 days' past ones, and a cancelled one for 30 days after it was
 * cancelled (so that calendars that saw it remove it); in time order.
 *
 * Returns: (transfer full) (nullable): #DsVisit, every technician on each
 */
GPtrArray *
ds_job_store_feed_visits (DsDb        *db,
                          const char  *customer_id,
                          const char  *now,
                          GError     **error)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GDateTime) recent = at != NULL ? g_date_time_add_days (at, -90) : NULL;
  g_autoptr(GDateTime) cancelled = at != NULL ? g_date_time_add_days (at, -30) : NULL;
  g_autofree char *recent_text = recent != NULL ? g_date_time_format (recent, "%Y-%m-%dT%H:%M:%SZ") : NULL;
  g_autofree char *cancelled_text = cancelled != NULL ? g_date_time_format (cancelled, "%Y-%m-%dT%H:%M:%SZ") : NULL;
  g_autoptr(DsStmt) stmt = NULL;

  g_return_val_if_fail (at != NULL, NULL);

  stmt = ds_db_prepare (db,
                        "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                        " WHERE j.customer_id = ?1"
                        "   AND CASE WHEN v.status = 'cancelled' THEN v.updated_at > ?3"
                        "            ELSE v.ends_at > ?2 END"
                        " ORDER BY v.starts_at, v.id LIMIT 1000",
                        error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, recent_text);
  ds_stmt_bind_text (stmt, 3, cancelled_text);
  return read_visits (db, stmt, error);
}

static void
job_link_free (DsJobLink *link)
{
  g_free (link->id);
  g_free (link->title);
  g_free (link->status);
  g_free (link->last_visit_at);
  g_free (link);
}

/**
 * ds_job_store_list_links:
 * @from_where: a fixed clause naming the jobs, "FROM jobs j WHERE
 *   j.plan_id = ?1", with @param as its ?1
 *
 * Returns: (transfer container) (element-type DsJobLink) (nullable): the
 *   jobs, the latest visited first
 */
GPtrArray *
ds_job_store_list_links (DsDb        *db,
                         const char  *from_where,
                         const char  *param,
                         GError     **error)
{
  g_autofree char *sql = g_strconcat ("SELECT j.id, j.title, j.status,"
                                      "  (SELECT MAX(v.starts_at) FROM visits v WHERE v.job_id = j.id) AS last ",
                                      from_where, " ORDER BY last DESC NULLS LAST, j.id", NULL);
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) job_link_free);
  DsStep step;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, param);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsJobLink *link = g_new0 (DsJobLink, 1);

      link->id = ds_stmt_dup_text (stmt, 0);
      link->title = ds_stmt_dup_text (stmt, 1);
      link->status = ds_stmt_dup_text (stmt, 2);
      link->last_visit_at = ds_stmt_dup_text (stmt, 3);
      g_ptr_array_add (links, link);
    }
  return step == DS_STEP_DONE ? g_steal_pointer (&links) : NULL;
}

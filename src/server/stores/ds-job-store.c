/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-address.h"
#include "ds-error.h"
#include "ds-job-store.h"

/* Jobs: one with its visits, the jobs of a project's stage, and the jobs
 * a plan or a piece of equipment links to. */

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

/* A job as a link shows it, the latest visited first. */
#define LINK_COLUMNS \
  "j.id, j.title, j.status, (SELECT MAX(v.starts_at) FROM visits v WHERE v.job_id = j.id) AS last"

#define LINK_ORDER " ORDER BY last DESC NULLS LAST, j.id"

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

  if ((found->visits = ds_visit_store_list_for_job (db, found->id, error)) == NULL)
    return FALSE;
  *job = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_job_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's job with its visits,
 *   or %NULL with @error (DS_ERROR_NOT_FOUND when there is none, or it is
 *   someone else's)
 */
DsJob *
ds_job_store_require (DsDb        *db,
                      const char  *job_id,
                      const char  *customer_id,
                      GError     **error)
{
  DsJob *job;

  if (!ds_job_store_get (db, job_id, customer_id, &job, error))
    return NULL;
  if (job == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such job.");
  return job;
}

/**
 * ds_job_store_list_for_stage:
 *
 * Returns: (transfer full) (nullable): the #DsJob of a project's stage,
 *   oldest first, each with its visits
 */
GPtrArray *
ds_job_store_list_for_stage (DsDb        *db,
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

      if ((job->visits = ds_visit_store_list_for_job (db, job->id, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&jobs);
}

/* Links */

static void
job_link_free (DsJobLink *link)
{
  g_free (link->id);
  g_free (link->title);
  g_free (link->status);
  g_free (link->last_visit_at);
  g_free (link);
}

/* The links of a query of LINK_COLUMNS whose ?1 is @param. */
static GPtrArray *
read_links (DsDb        *db,
            const char  *sql,
            const char  *param,
            GError     **error)
{
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

/**
 * ds_job_store_list_plan_links:
 *
 * Returns: (transfer container) (element-type DsJobLink) (nullable): the
 *   jobs done under a plan, the latest visited first
 */
GPtrArray *
ds_job_store_list_plan_links (DsDb        *db,
                              const char  *plan_id,
                              GError     **error)
{
  return read_links (db, "SELECT " LINK_COLUMNS " FROM jobs j WHERE j.plan_id = ?1" LINK_ORDER, plan_id, error);
}

/**
 * ds_job_store_list_equipment_links:
 *
 * Returns: (transfer container) (element-type DsJobLink) (nullable): the
 *   jobs that touched a piece of equipment, the latest visited first
 */
GPtrArray *
ds_job_store_list_equipment_links (DsDb        *db,
                                   const char  *equipment_id,
                                   GError     **error)
{
  return read_links (db,
                     "SELECT " LINK_COLUMNS " FROM equipment_jobs ej JOIN jobs j ON j.id = ej.job_id"
                     " WHERE ej.equipment_id = ?1" LINK_ORDER,
                     equipment_id, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-error.h"
#include "ds-project-store.h"

/* Projects: the list with its stage counts, and one project with its
 * stages, their jobs and the jobs' visits. */

/* Open ones first would need a second key; the list is newest first, and
 * "open only" is its filter. */
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
 * ds_project_store_list:
 * @open_only: only the ones still under way
 *
 * Returns: (transfer full) (nullable): a page of #DsProject, newest first,
 *   with their stage counts
 */
DsPage *
ds_project_store_list (DsDb                *db,
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

/* A project's stages in order, each with its jobs. */
static GPtrArray *
load_stages (DsDb        *db,
             const char  *project_id,
             GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT id, title, status, starts_on, ends_on FROM project_stages"
                                          " WHERE project_id = ? ORDER BY position, id",
                                          error);
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (stage_free);
  DsStep step;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, project_id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsStage *stage = g_new0 (DsStage, 1);

      stage->id = ds_stmt_dup_text (stmt, 0);
      stage->title = ds_stmt_dup_text (stmt, 1);
      stage->status = ds_stmt_dup_text (stmt, 2);
      stage->starts_on = ds_stmt_dup_text (stmt, 3);
      stage->ends_on = ds_stmt_dup_text (stmt, 4);
      g_ptr_array_add (stages, stage);
    }
  if (step == DS_STEP_ERROR)
    return NULL;
  for (guint i = 0; i < stages->len; i++)
    {
      DsStage *stage = g_ptr_array_index (stages, i);

      if ((stage->jobs = ds_job_store_list_for_stage (db, stage->id, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&stages);
}

/**
 * ds_project_store_get:
 * @project: (out) (transfer full) (nullable): the project with its stages,
 *   their jobs and visits, or %NULL when this customer has no such project
 *
 * Returns: %FALSE on error
 */
gboolean
ds_project_store_get (DsDb        *db,
                      const char  *project_id,
                      const char  *customer_id,
                      DsProject  **project,
                      GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " PROJECT_COLUMNS " FROM " PROJECT_FROM
                                          " WHERE pr.id = ? AND pr.customer_id = ?",
                                          error);
  g_autoptr(DsProject) found = NULL;
  gboolean has_row;

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

  if ((found->stages = load_stages (db, found->id, error)) == NULL)
    return FALSE;
  *project = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_project_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's project with its
 *   stages, or %NULL with @error (DS_ERROR_NOT_FOUND when there is none,
 *   or it is someone else's)
 */
DsProject *
ds_project_store_require (DsDb        *db,
                          const char  *project_id,
                          const char  *customer_id,
                          GError     **error)
{
  DsProject *project;

  if (!ds_project_store_get (db, project_id, customer_id, &project, error))
    return NULL;
  if (project == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such project.");
  return project;
}

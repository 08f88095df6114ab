/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"
#include "ds-project-handlers.h"
#include "ds-project-store.h"
#include "ds-visit-json.h"

/* Projects: the list with how far along each is, and one project with its
 * stages, their jobs and the jobs' visits. */

/* @rules: for the visits of a project's detail; a list item has none */
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
  ds_json_add_link (builder, "quote", project->quote_id, "number", project->quote_number);
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
            ds_job_json_write (builder, g_ptr_array_index (stage->jobs, j), rules);
          ds_json_writer_end_array (builder);
          ds_json_writer_end_object (builder);
        }
      ds_json_writer_end_array (builder);
    }
  ds_json_writer_end_object (builder);
}

static void
write_project_item (DsJsonWriter  *builder,
                    gconstpointer  item,
                    gpointer       user_data)
{
  write_project (builder, item, NULL);
}

static gboolean
get_open_only (DsCall    *call,
               gboolean  *open_only,
               GError   **error)
{
  const char *status = ds_call_get_query (call, "status");

  if (status != NULL && !g_str_equal (status, "open") && !g_str_equal (status, "all"))
    {
      ds_set_field_error (error, "status", "Use open or all.");
      return FALSE;
    }
  *open_only = g_strcmp0 (status, "open") == 0;
  return TRUE;
}

DsReply *
ds_projects_list_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  gboolean open_only;

  if (!get_open_only (call, &open_only, error) || !ds_call_read_page (call, &request, error) ||
      (page = ds_project_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), open_only, &request,
                                     error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_project_item, NULL);
}

DsReply *
ds_projects_get_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  g_autoptr(DsProject) project = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  DsDb *db = ds_call_get_db (call);
  DsVisitRules rules;

  if (!ds_visit_rules_load (db, ds_call_is_customer (call), &rules, error) ||
      (project = ds_project_store_require (db, ds_call_get_param (call, "id"), ds_call_get_customer_id (call),
                                           error)) == NULL)
    return NULL;
  write_project (builder, project, &rules);
  return ds_reply_json (200, builder);
}

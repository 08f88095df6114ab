/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-job-handlers.h"
#include "ds-job-store.h"
#include "ds-paging.h"
#include "ds-visit-json.h"
#include "ds-visit-store.h"

/* Jobs: what a customer sees of the work done and to come. The list is
 * of visits, upcoming or completed; one job shows all of its visits. */

static gboolean
get_filter (DsCall         *call,
            DsVisitFilter  *filter,
            GError        **error)
{
  const char *status = ds_call_get_query (call, "status");

  if (status == NULL || g_str_equal (status, "upcoming"))
    *filter = DS_VISITS_UPCOMING;
  else if (g_str_equal (status, "completed"))
    *filter = DS_VISITS_COMPLETED;
  else
    {
      ds_set_field_error (error, "status", "Use upcoming or completed.");
      return FALSE;
    }
  return TRUE;
}

static void
write_visit_item (DsJsonWriter  *builder,
                  gconstpointer  item,
                  gpointer       rules)
{
  ds_visit_json_write (builder, item, rules);
}

DsReply *
ds_jobs_list_handler (DsCall   *call,
                      gpointer  input,
                      GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *now = ds_now_timestamp ();
  DsDb *db = ds_call_get_db (call);
  DsVisitFilter filter;
  DsVisitRules rules;

  if (!get_filter (call, &filter, error) || !ds_call_read_sorted_page (call, &ds_visit_list_sorts, &request, error) ||
      !ds_visit_rules_load (db, ds_call_is_customer (call), &rules, error) ||
      (page = ds_visit_store_list (db, ds_call_get_customer_id (call), filter, now, &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_visit_item, &rules);
}

DsReply *
ds_jobs_counts_handler (DsCall   *call,
                        gpointer  input,
                        GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *now = ds_now_timestamp ();
  gint64 upcoming, completed;

  if (!ds_visit_store_count (ds_call_get_db (call), ds_call_get_customer_id (call), now, &upcoming, &completed,
                             error))
    return NULL;
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "upcoming", upcoming);
  ds_json_add_int (builder, "completed", completed);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

DsReply *
ds_jobs_get_handler (DsCall   *call,
                     gpointer  input,
                     GError  **error)
{
  g_autoptr(DsJob) job = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  DsDb *db = ds_call_get_db (call);
  DsVisitRules rules;

  if (!ds_visit_rules_load (db, ds_call_is_customer (call), &rules, error) ||
      (job = ds_job_store_require (db, ds_call_get_param (call, "id"), ds_call_get_customer_id (call),
                                   error)) == NULL)
    return NULL;
  ds_job_json_write (builder, job, &rules);
  return ds_reply_json (200, builder);
}

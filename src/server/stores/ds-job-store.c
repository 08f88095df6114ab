/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-job-store.h"

/* Jobs and their visits. */

void
ds_visit_free (DsVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->id);
  g_free (visit->job_id);
  g_free (visit->title);
  g_free (visit->starts_at);
  g_free (visit->ends_at);
  g_free (visit->technician_name);
  g_free (visit->property_id);
  g_free (visit);
}

/**
 * ds_job_store_next_visit:
 * @now: the time now, as stored
 * @visit: (out) (transfer full) (nullable): the first scheduled visit that
 *   has not ended yet, or %NULL when there is none
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
                                          "SELECT v.id, j.id, j.title, v.starts_at, v.ends_at,"
                                          "       v.technician_name, j.property_id"
                                          " FROM visits v JOIN jobs j ON j.id = v.job_id"
                                          " WHERE j.customer_id = ? AND v.status = 'scheduled'"
                                          "   AND v.ends_at > ?"
                                          " ORDER BY v.starts_at, v.id LIMIT 1",
                                          error);
  DsVisit *next;
  gboolean has_row;

  *visit = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  next = g_new0 (DsVisit, 1);
  next->id = ds_stmt_dup_text (stmt, 0);
  next->job_id = ds_stmt_dup_text (stmt, 1);
  next->title = ds_stmt_dup_text (stmt, 2);
  next->starts_at = ds_stmt_dup_text (stmt, 3);
  next->ends_at = ds_stmt_dup_text (stmt, 4);
  next->technician_name = ds_stmt_dup_text (stmt, 5);
  next->property_id = ds_stmt_dup_text (stmt, 6);
  *visit = next;
  return TRUE;
}

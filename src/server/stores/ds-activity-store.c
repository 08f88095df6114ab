/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-activity-store.h"

/* The activity list of a customer (migration 25). Its sort_key is the
 * microsecond an entry was written, sixteen digits; the fields one change
 * set share it, and their ids order them. */

#define ACTIVITY_COLUMNS \
  "a.id, a.kind, a.field, a.old_value, a.new_value, a.version, a.actor_id, u.display_name, a.created_at"

static const DsListSpec list_spec = {
  .columns = ACTIVITY_COLUMNS,
  .from = "customer_activity a LEFT JOIN users u ON u.id = a.actor_id WHERE a.customer_id = ?1",
  .key = "a.sort_key",
  .id = "a.id",
  .descending = TRUE,
  .n_params = 1,
};

void
ds_activity_free (DsActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->id);
  g_free (activity->kind);
  g_free (activity->field);
  g_free (activity->old_value);
  g_free (activity->new_value);
  g_free (activity->actor_id);
  g_free (activity->actor_name);
  g_free (activity->created_at);
  g_free (activity);
}

static gpointer
read_activity (DsStmt *stmt)
{
  DsActivity *activity = g_new0 (DsActivity, 1);

  activity->id = ds_stmt_dup_text (stmt, 0);
  activity->kind = ds_stmt_dup_text (stmt, 1);
  activity->field = ds_stmt_dup_text (stmt, 2);
  activity->old_value = ds_stmt_dup_text (stmt, 3);
  activity->new_value = ds_stmt_dup_text (stmt, 4);
  activity->version = ds_stmt_is_null (stmt, 5) ? 0 : ds_stmt_get_int64 (stmt, 5);
  activity->actor_id = ds_stmt_dup_text (stmt, 6);
  activity->actor_name = ds_stmt_dup_text (stmt, 7);
  activity->created_at = ds_stmt_dup_text (stmt, 8);
  return activity;
}

/**
 * ds_activity_store_record:
 * @actor_id: (nullable): who did it
 * @field: (nullable): a change's field
 * @version: the record's version a change made; 0 for none
 *
 * Adds an entry to @customer_id's activity, in the caller's transaction.
 */
gboolean
ds_activity_store_record (DsDb        *db,
                          const char  *customer_id,
                          const char  *actor_id,
                          const char  *kind,
                          const char  *field,
                          const char  *old_value,
                          const char  *new_value,
                          gint64       version,
                          GError     **error)
{
  g_autofree char *id = ds_new_id ("act");
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *key = g_strdup_printf ("%016" G_GINT64_FORMAT, g_get_real_time ());
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "INSERT INTO customer_activity (id, customer_id, actor_id, kind, field,"
                                          " old_value, new_value, version, created_at, sort_key)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                          error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  ds_stmt_bind_text (stmt, 3, actor_id);
  ds_stmt_bind_text (stmt, 4, kind);
  ds_stmt_bind_text (stmt, 5, field);
  ds_stmt_bind_text (stmt, 6, old_value);
  ds_stmt_bind_text (stmt, 7, new_value);
  if (version > 0)
    ds_stmt_bind_int64 (stmt, 8, version);
  else
    ds_stmt_bind_null (stmt, 8);
  ds_stmt_bind_text (stmt, 9, now);
  ds_stmt_bind_text (stmt, 10, key);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_activity_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsActivity, newest first
 */
DsPage *
ds_activity_store_list (DsDb                *db,
                        const char          *customer_id,
                        const DsPageRequest *request,
                        GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_activity, (GDestroyNotify) ds_activity_free, error);
}

/**
 * ds_activity_store_changes_since:
 * @version: the version of the record someone started from
 *
 * Returns: (transfer container) (element-type DsActivity) (nullable): the
 *   changes made to @customer_id's record since @version, oldest first
 */
GPtrArray *
ds_activity_store_changes_since (DsDb        *db,
                                 const char  *customer_id,
                                 gint64       version,
                                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " ACTIVITY_COLUMNS
                                          " FROM customer_activity a LEFT JOIN users u ON u.id = a.actor_id"
                                          " WHERE a.customer_id = ? AND a.kind = 'changed' AND a.version > ?"
                                          " ORDER BY a.version, a.field",
                                          error);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_activity_free);
  DsStep step;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_int64 (stmt, 2, version);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    g_ptr_array_add (changes, read_activity (stmt));
  if (step == DS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&changes);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-idempotency-store.h"

static char *
format_cutoff (gint64 now)
{
  g_autoptr(GDateTime) cutoff = g_date_time_new_from_unix_utc (now - DS_IDEMPOTENCY_KEEP_SECONDS);

  return doorstep_timestamp_format (cutoff);
}

void
ds_kept_answer_free (DsKeptAnswer *kept)
{
  if (kept == NULL)
    return;
  g_free (kept->request_hash);
  g_free (kept->body);
  g_free (kept->location);
  g_free (kept);
}

/**
 * ds_idempotency_store_find:
 * @kept: (out) (transfer full) (nullable): what @key of @user_id was used
 *   for, or %NULL when it was not
 */
gboolean
ds_idempotency_store_find (DsDb          *db,
                           const char    *user_id,
                           const char    *key,
                           DsKeptAnswer **kept,
                           GError       **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  gboolean found;

  *kept = NULL;
  stmt = ds_db_prepare (db,
                        "SELECT request_hash, status, body, location FROM idempotency_keys"
                        " WHERE user_id = ? AND key = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, user_id);
  ds_stmt_bind_text (stmt, 2, key);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return FALSE;
  if (found)
    {
      *kept = g_new0 (DsKeptAnswer, 1);
      (*kept)->request_hash = ds_stmt_dup_text (stmt, 0);
      (*kept)->status = (guint) ds_stmt_get_int64 (stmt, 1);
      (*kept)->body = ds_stmt_dup_text (stmt, 2);
      (*kept)->location = ds_stmt_dup_text (stmt, 3);
    }
  return TRUE;
}

gboolean
ds_idempotency_store_keep (DsDb        *db,
                           const char  *user_id,
                           const char  *key,
                           const char  *request_hash,
                           guint        status,
                           const char  *body,
                           const char  *location,
                           GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *now = ds_now_timestamp ();

  stmt = ds_db_prepare (db,
                        "INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, location,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, user_id);
  ds_stmt_bind_text (stmt, 2, key);
  ds_stmt_bind_text (stmt, 3, request_hash);
  ds_stmt_bind_int64 (stmt, 4, status);
  ds_stmt_bind_text (stmt, 5, body);
  ds_stmt_bind_text (stmt, 6, location);
  ds_stmt_bind_text (stmt, 7, now);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_idempotency_store_prune:
 * @user_id: (nullable): one user's keys, or everyone's
 * @now: seconds since the epoch
 * @deleted: (out) (optional): how many keys went
 *
 * Drops the keys past the day a retry may come in.
 */
gboolean
ds_idempotency_store_prune (DsDb        *db,
                            const char  *user_id,
                            gint64       now,
                            guint       *deleted,
                            GError     **error)
{
  g_autofree char *cutoff = format_cutoff (now);
  g_autoptr(DsStmt) stmt = NULL;

  if (deleted != NULL)
    *deleted = 0;
  stmt = ds_db_prepare (db,
                        user_id != NULL
                        ? "DELETE FROM idempotency_keys WHERE created_at < ?1 AND user_id = ?2"
                        : "DELETE FROM idempotency_keys WHERE created_at < ?1",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, cutoff);
  if (user_id != NULL)
    ds_stmt_bind_text (stmt, 2, user_id);
  if (!ds_stmt_run (stmt, error))
    return FALSE;
  if (deleted != NULL)
    *deleted = ds_db_changes (db);
  return TRUE;
}

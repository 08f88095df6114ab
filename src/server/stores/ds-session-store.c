/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-session-store.h"

/* Sessions, their access and refresh tokens, and the failed sign-ins that
 * throttling counts. Tokens are kept only as SHA-256 hashes: this file is
 * the only one that sees both a token and where it is kept. Times are
 * seconds since the epoch. Failures are kept in the database, so every
 * server process counts the same ones. */

#define ACCESS_TOKEN_MAX_LENGTH 256

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
ds_refresh_token_free (DsRefreshToken *token)
{
  if (token == NULL)
    return;
  g_free (token->session_id);
  g_free (token->user_id);
  g_free (token);
}

void
ds_identity_free (DsIdentity *identity)
{
  if (identity == NULL)
    return;
  g_free (identity->user_id);
  g_free (identity->session_id);
  g_free (identity->email);
  g_free (identity->display_name);
  g_free (identity->customer_id);
  g_free (identity->customer_name);
  g_free (identity);
}

/**
 * ds_session_store_identify:
 * @access_token: the bearer token as sent
 * @identity: (out) (transfer full) (nullable): who holds @access_token, or
 *   %NULL when it is unknown, expired or its session ended
 *
 * Returns: %FALSE on error
 */
gboolean
ds_session_store_identify (DsDb        *db,
                           const char  *access_token,
                           DsIdentity **identity,
                           GError     **error)
{
  g_autofree char *hash = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  DsIdentity *found;
  gboolean has_row;

  *identity = NULL;
  if (strlen (access_token) > ACCESS_TOKEN_MAX_LENGTH)
    return TRUE;

  hash = ds_token_hash (access_token);
  stmt = ds_db_prepare (db,
                        "SELECT u.id, s.id, u.email, u.display_name, u.role, u.customer_id, c.display_name"
                        " FROM access_tokens a"
                        " JOIN sessions s ON s.id = a.session_id"
                        " JOIN users u ON u.id = s.user_id"
                        " LEFT JOIN customers c ON c.id = u.customer_id"
                        " WHERE a.token_hash = ? AND a.expires_at > ? AND s.revoked_at IS NULL",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, hash);
  ds_stmt_bind_int64 (stmt, 2, now_seconds ());
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  found = g_new0 (DsIdentity, 1);
  found->user_id = ds_stmt_dup_text (stmt, 0);
  found->session_id = ds_stmt_dup_text (stmt, 1);
  found->email = ds_stmt_dup_text (stmt, 2);
  found->display_name = ds_stmt_dup_text (stmt, 3);
  if (!doorstep_role_from_string (ds_stmt_get_text (stmt, 4), &found->role))
    found->role = DOORSTEP_ROLE_CUSTOMER;
  found->customer_id = ds_stmt_dup_text (stmt, 5);
  found->customer_name = ds_stmt_dup_text (stmt, 6);

  *identity = found;
  return TRUE;
}

/**
 * ds_session_store_create:
 *
 * Returns: (transfer full) (nullable): the new session's id
 */
char *
ds_session_store_create (DsDb        *db,
                         const char  *user_id,
                         GError     **error)
{
  g_autofree char *session_id = ds_new_id ("ses");
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)",
                                          error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, session_id);
  ds_stmt_bind_text (stmt, 2, user_id);
  ds_stmt_bind_text (stmt, 3, now);
  if (!ds_stmt_run (stmt, error))
    return NULL;
  return g_steal_pointer (&session_id);
}

static gboolean
insert_token (DsDb        *db,
              const char  *sql,
              const char  *session_id,
              const char  *token,
              gint64       expires_at,
              GError     **error)
{
  g_autofree char *hash = ds_token_hash (token);
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, hash);
  ds_stmt_bind_text (stmt, 2, session_id);
  ds_stmt_bind_int64 (stmt, 3, expires_at);
  return ds_stmt_run (stmt, error);
}

/* Keeps a new pair of tokens of @session_id. */
gboolean
ds_session_store_issue_tokens (DsDb        *db,
                               const char  *session_id,
                               const char  *access_token,
                               gint64       access_expires_at,
                               const char  *refresh_token,
                               gint64       refresh_expires_at,
                               GError     **error)
{
  return insert_token (db, "INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)",
                       session_id, access_token, access_expires_at, error) &&
         insert_token (db, "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)",
                       session_id, refresh_token, refresh_expires_at, error);
}

/**
 * ds_session_store_find_refresh:
 * @token: (out) (transfer full) (nullable): what the token says of its
 *   session, or %NULL for a token never issued
 *
 * Returns: %FALSE on error
 */
gboolean
ds_session_store_find_refresh (DsDb            *db,
                               const char      *refresh_token,
                               DsRefreshToken **token,
                               GError         **error)
{
  g_autofree char *hash = ds_token_hash (refresh_token);
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT r.session_id, s.user_id, s.revoked_at IS NOT NULL,"
                                          "       r.used_at IS NOT NULL, r.expires_at <= ?"
                                          " FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id"
                                          " WHERE r.token_hash = ?",
                                          error);
  DsRefreshToken *found;
  gboolean has_row;

  *token = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_int64 (stmt, 1, now_seconds ());
  ds_stmt_bind_text (stmt, 2, hash);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  found = g_new0 (DsRefreshToken, 1);
  found->session_id = ds_stmt_dup_text (stmt, 0);
  found->user_id = ds_stmt_dup_text (stmt, 1);
  found->revoked = ds_stmt_get_int64 (stmt, 2) != 0;
  found->used = ds_stmt_get_int64 (stmt, 3) != 0;
  found->expired = ds_stmt_get_int64 (stmt, 4) != 0;
  *token = found;
  return TRUE;
}

/* A refresh token is good once: marks it traded in. */
gboolean
ds_session_store_use_refresh (DsDb        *db,
                              const char  *refresh_token,
                              GError     **error)
{
  g_autofree char *hash = ds_token_hash (refresh_token);
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_int64 (stmt, 1, now_seconds ());
  ds_stmt_bind_text (stmt, 2, hash);
  return ds_stmt_run (stmt, error);
}

/* Ends a session, and with it every token it has; ending it again does
 * nothing. */
gboolean
ds_session_store_revoke (DsDb        *db,
                         const char  *session_id,
                         GError     **error)
{
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "UPDATE sessions SET revoked_at = ?"
                                          " WHERE id = ? AND revoked_at IS NULL",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, now);
  ds_stmt_bind_text (stmt, 2, session_id);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_session_store_count_failures:
 * @scope: what failed: "account:EMAIL" or "address:IP"
 * @since: count only failures after this time
 * @oldest: (out): when the oldest of them was
 */
gboolean
ds_session_store_count_failures (DsDb        *db,
                                 const char  *scope,
                                 gint64       since,
                                 guint       *count,
                                 gint64      *oldest,
                                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*), MIN(at) FROM login_failures"
                                          " WHERE scope = ? AND at > ?",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, scope);
  ds_stmt_bind_int64 (stmt, 2, since);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *count = (guint) ds_stmt_get_int64 (stmt, 0);
  *oldest = ds_stmt_get_int64 (stmt, 1);
  return TRUE;
}

gboolean
ds_session_store_record_failure (DsDb        *db,
                                 const char  *scope,
                                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "INSERT INTO login_failures (scope, at) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, scope);
  ds_stmt_bind_int64 (stmt, 2, now_seconds ());
  return ds_stmt_run (stmt, error);
}

gboolean
ds_session_store_clear_failures (DsDb        *db,
                                 const char  *scope,
                                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "DELETE FROM login_failures WHERE scope = ?", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, scope);
  return ds_stmt_run (stmt, error);
}

/* Failures at or before @before no longer count: drops them. */
gboolean
ds_session_store_prune_failures (DsDb        *db,
                                 gint64       before,
                                 GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "DELETE FROM login_failures WHERE at <= ?", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_int64 (stmt, 1, before);
  return ds_stmt_run (stmt, error);
}

#define USED_REFRESH_KEEP_SECONDS (24 * 60 * 60)

static gboolean
run_with_time (DsDb        *db,
               const char  *sql,
               gint64       time,
               guint       *deleted,
               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_int64 (stmt, 1, time);
  if (!ds_stmt_run (stmt, error))
    return FALSE;
  *deleted += ds_db_changes (db);
  return TRUE;
}

/**
 * ds_session_store_prune:
 * @now: seconds since the epoch
 * @failures_before: login failures at or before this no longer count
 * @deleted: (out): how many rows went
 *
 * Drops what no request can use any more: expired access and refresh
 * tokens, ended sessions and sessions with no refresh token left, and old
 * login failures. A refresh token traded in stays a day: replaying it in
 * that time ends its session, which is how a stolen one is noticed; after
 * that a replay is only refused.
 */
gboolean
ds_session_store_prune (DsDb        *db,
                        gint64       now,
                        gint64       failures_before,
                        guint       *deleted,
                        GError     **error)
{
  g_autoptr(DsTransaction) tx = ds_transaction_begin (db, error);

  *deleted = 0;
  if (tx == NULL ||
      !run_with_time (db, "DELETE FROM access_tokens WHERE expires_at <= ?", now, deleted, error) ||
      !run_with_time (db, "DELETE FROM refresh_tokens WHERE expires_at <= ?", now, deleted, error) ||
      !run_with_time (db, "DELETE FROM refresh_tokens WHERE used_at <= ?", now - USED_REFRESH_KEEP_SECONDS,
                      deleted, error) ||
      !run_with_time (db,
                      "DELETE FROM sessions WHERE revoked_at IS NOT NULL"
                      " OR NOT EXISTS (SELECT 1 FROM refresh_tokens r"
                      "                 WHERE r.session_id = sessions.id AND r.expires_at > ?)",
                      now, deleted, error) ||
      !run_with_time (db, "DELETE FROM login_failures WHERE at <= ?", failures_before, deleted, error))
    return FALSE;
  return ds_transaction_commit (tx, error);
}

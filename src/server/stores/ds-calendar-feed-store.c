/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-calendar-feed-store.h"
#include "ds-error.h"

/* Calendar feeds. The token is in the URL only; the database keeps its
 * SHA-256, so a copy of the database gives no feed away. */

/**
 * ds_calendar_feed_store_get:
 * @created_at: (out) (transfer full) (nullable): when the current feed URL
 *   was made, %NULL when the customer has none
 *
 * Returns: %FALSE on error
 */
gboolean
ds_calendar_feed_store_get (DsDb        *db,
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
 * ds_calendar_feed_store_reset:
 * @created_at: (out) (transfer full): when the new feed URL was made, as
 *   stored
 *
 * Makes a new feed token for the customer; the one before, if any, stops
 * working at once. Call it in a transaction.
 *
 * Returns: (transfer full) (nullable): the new token (256 random bits,
 *   URL-safe base64), shown to the customer once and never stored
 */
char *
ds_calendar_feed_store_reset (DsDb        *db,
                              const char  *customer_id,
                              char       **created_at,
                              GError     **error)
{
  g_autofree char *token = ds_new_token ();
  g_autofree char *hash = ds_token_hash (token);
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) drop = NULL;
  g_autoptr(DsStmt) insert = NULL;

  *created_at = NULL;
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
  /* Read back, so that it reads as every later GET will show it. */
  if (!ds_calendar_feed_store_get (db, customer_id, created_at, error))
    return NULL;
  return g_steal_pointer (&token);
}

/**
 * ds_calendar_feed_store_require:
 * @created_at: (out) (transfer full): when the feed URL was made
 *
 * Whose feed @token opens. Any text is hashed and looked up the same way,
 * well-formed or not, so that how long the answer takes does not tell a
 * near miss from nonsense; and every miss is the same DS_ERROR_NOT_FOUND.
 *
 * Returns: (transfer full) (nullable): the customer's id, or %NULL with
 *   @error
 */
char *
ds_calendar_feed_store_require (DsDb        *db,
                                const char  *token,
                                char       **created_at,
                                GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT customer_id, created_at FROM calendar_feeds"
                                              " WHERE token_hash = ?", error);
  g_autofree char *hash = ds_token_hash (token);
  gboolean has_row;

  *created_at = NULL;
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, hash);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such calendar.");
      return NULL;
    }
  *created_at = ds_stmt_dup_text (stmt, 1);
  return ds_stmt_dup_text (stmt, 0);
}

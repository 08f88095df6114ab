/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-mark-store.h"

#define TOPIC_EVERYTHING -1

/**
 * ds_mark_store_version:
 * @owner: (nullable): whose data the read is about; %NULL for everyone's
 * @topics: the topics it depends on, as bits
 *
 * Returns: (transfer full): a text that differs whenever a mark the read
 *   depends on has moved: the owner's and everyone's marks of each topic,
 *   and the mark of everything
 */
char *
ds_mark_store_version (DsDb        *db,
                       const char  *owner,
                       guint        topics,
                       GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(GString) version = g_string_new (NULL);
  gint64 own[32] = { 0 }, everyone[32] = { 0 }, everything = 0;
  DsStep step;

  stmt = ds_db_prepare (db, "SELECT owner, topic, mark FROM answer_marks WHERE owner = ?1 OR owner = '*'", error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, owner != NULL ? owner : DS_MARK_OWNER_ALL);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      gboolean all = g_str_equal (ds_stmt_get_text (stmt, 0), DS_MARK_OWNER_ALL);
      gint64 topic = ds_stmt_get_int64 (stmt, 1);
      gint64 mark = ds_stmt_get_int64 (stmt, 2);

      if (topic == TOPIC_EVERYTHING)
        everything = mark;
      else if (topic >= 0 && topic < 32)
        {
          if (all)
            everyone[topic] = mark;
          if (!all || owner == NULL)
            own[topic] = mark;
        }
    }
  if (step == DS_STEP_ERROR)
    return NULL;

  g_string_append_printf (version, "%" G_GINT64_FORMAT, everything);
  for (guint topic = 0; topic < 32; topic++)
    if (topics & (1u << topic))
      g_string_append_printf (version, " %u:%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT, topic, own[topic],
                              everyone[topic]);
  return g_string_free (g_steal_pointer (&version), FALSE);
}

/**
 * ds_mark_store_bumps_in_transaction:
 *
 * Whether a write moves its marks inside its own transaction, or just
 * after it commits. SQLite's writers take turns, so the marks go in the
 * same commit. PostgreSQL's run at once in serializable transactions, and
 * every write of a busy customer would collide on the same marks (and run
 * again): there they are moved right after the commit, each in a
 * statement of its own, which never collides. A read that falls between
 * the two sees the new data under the old marks, and what it keeps is
 * dropped when they move; a crash between the two leaves answers kept by
 * other processes at most their lifetime late.
 */
gboolean
ds_mark_store_bumps_in_transaction (DsDb *db)
{
  return ds_db_get_dialect (db) == DS_DB_DIALECT_SQLITE;
}

/**
 * ds_mark_store_bump:
 * @owner: whose data the write changed, or "*" for everyone's
 * @topics: the topics it changed, as bits
 *
 * Moves the marks, in the caller's transaction or outside any
 * (ds_mark_store_bumps_in_transaction()).
 */
gboolean
ds_mark_store_bump (DsDb        *db,
                    const char  *owner,
                    guint        topics,
                    GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;

  for (guint topic = 0; topic < 32; topic++)
    {
      if (!(topics & (1u << topic)))
        continue;
      stmt = ds_db_prepare (db,
                            "INSERT INTO answer_marks (owner, topic, mark) VALUES (?1, ?2, 1)"
                            " ON CONFLICT (owner, topic) DO UPDATE SET mark = answer_marks.mark + 1",
                            error);
      if (stmt == NULL)
        return FALSE;
      ds_stmt_bind_text (stmt, 1, owner);
      ds_stmt_bind_int64 (stmt, 2, topic);
      if (!ds_stmt_run (stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, ds_stmt_free);
    }
  return TRUE;
}

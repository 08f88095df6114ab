/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-migrations.h"
#include "ds-schema.h"

guint
ds_migrations_get_latest (void)
{
  guint n_migrations;

  ds_schema_get_migrations (&n_migrations);
  return n_migrations;
}

static gint64
get_current_version (DsDb    *db,
                     GError **error)
{
  g_autoptr(DsStmt) stmt = NULL;

  stmt = ds_db_prepare (db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", error);
  if (stmt == NULL || !ds_stmt_step_row (stmt, error))
    return -1;
  return ds_stmt_get_int64 (stmt, 0);
}

/* @migration's SQL for @db's backend, its type words filled in. */
static char *
migration_sql (DsDb            *db,
               const DsMigration *migration)
{
  static const char * const words[][3] = {
    /* token,     SQLite,            PostgreSQL */
    { "{int}",    "INTEGER",         "BIGINT" },
    { "{time}",   "TEXT",            "TIMESTAMPTZ" },
    { "{day}",    "TEXT",            "DATE" },
    { "{blob}",   "BLOB",            "BYTEA" },
    { "{nocase}", " COLLATE NOCASE", "" },
  };
  gboolean pg = ds_db_get_dialect (db) == DS_DB_DIALECT_POSTGRESQL;
  g_autoptr(GString) sql = NULL;

  if (migration->both == NULL)
    return g_strdup (pg ? migration->postgresql : migration->sqlite);

  sql = g_string_new (migration->both);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_string_replace (sql, words[i][0], words[i][pg ? 2 : 1], 0);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* Runs the next migration, if any is left; says in @done when none was. */
static gboolean
apply_next (DsDb      *db,
            gboolean  *done,
            GError   **error)
{
  g_autoptr(DsTransaction) tx = NULL;
  g_autoptr(DsStmt) record = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *now = ds_now_timestamp ();
  guint n_migrations;
  const DsMigration *migrations = ds_schema_get_migrations (&n_migrations);
  gint64 current;

  *done = FALSE;
  if ((tx = ds_transaction_begin (db, error)) == NULL ||
      !ds_db_exec (db,
                   "CREATE TABLE IF NOT EXISTS schema_migrations ("
                   "  version INTEGER PRIMARY KEY,"
                   "  applied_at TEXT NOT NULL)",
                   error))
    return FALSE;

  /* Read inside the transaction, after the lock: another server may have
   * just migrated. */
  current = get_current_version (db, error);
  if (current < 0)
    return FALSE;
  if (current > (gint64) n_migrations)
    {
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_MIGRATION,
                   "The database has schema version %" G_GINT64_FORMAT
                   " but this server knows only up to %u; use a newer server",
                   current, (guint) n_migrations);
      return FALSE;
    }
  if (current == (gint64) n_migrations)
    {
      *done = TRUE;
      return ds_transaction_commit (tx, error);
    }

  sql = migration_sql (db, &migrations[current]);
  if (!ds_db_exec (db, sql, error))
    {
      g_prefix_error (error, "Migration %u: ", (guint) current + 1);
      return FALSE;
    }

  record = ds_db_prepare (db, "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", error);
  if (record == NULL)
    return FALSE;
  ds_stmt_bind_int64 (record, 1, current + 1);
  ds_stmt_bind_text (record, 2, now);
  return ds_stmt_run (record, error) && ds_transaction_commit (tx, error);
}

/**
 * ds_migrations_apply:
 *
 * Brings the schema up to the latest version. A database newer than this
 * server is refused rather than guessed at. Servers that start at once on
 * one database migrate it once: each takes the database's exclusive lock
 * first.
 */
gboolean
ds_migrations_apply (DsDb    *db,
                     GError **error)
{
  gboolean done = FALSE;
  gboolean ok = TRUE;

  if (!ds_db_lock_exclusive (db, error))
    return FALSE;
  while (ok && !done)
    ok = apply_next (db, &done, error);
  ds_db_unlock_exclusive (db);
  return ok;
}

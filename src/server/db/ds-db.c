/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <sqlite3.h>

#include "doorstep-common.h"
#include "ds-db.h"

struct _DsDb {
  sqlite3    *handle;
  /* SQL text -> sqlite3_stmt*, prepared once and reset after each use. */
  GHashTable *cache;
};

struct _DsTransaction {
  DsDb     *db;
  gboolean  open;
};

struct _DsStmt {
  DsDb         *db;
  sqlite3_stmt *handle;
};

G_DEFINE_QUARK (ds-db-error-quark, ds_db_error)

static void
set_error_from_db (GError     **error,
                   sqlite3     *handle,
                   int          rc,
                   const char  *what)
{
  int code = DS_DB_ERROR_FAILED;
  int primary = rc & 0xff;

  if (primary == SQLITE_CONSTRAINT)
    code = DS_DB_ERROR_CONSTRAINT;
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    code = DS_DB_ERROR_BUSY;

  g_set_error (error, DS_DB_ERROR, code, "%s: %s", what,
               handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
}

static void
finalize_stmt (gpointer data)
{
  sqlite3_finalize (data);
}

/**
 * ds_db_open:
 * @path: the database file; created if missing
 *
 * Opens the database in WAL mode, every commit synced (synchronous FULL),
 * with foreign keys enforced and a busy timeout, so several server
 * processes can share one file.
 *
 * Returns: (transfer full) (nullable): the connection
 */
DsDb *
ds_db_open (const char  *path,
            GError     **error)
{
  g_autoptr(DsDb) db = g_new0 (DsDb, 1);
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  db->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);

  rc = sqlite3_open_v2 (path, &db->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_db (error, db->handle, rc, "Could not open the database");
      return NULL;
    }

  sqlite3_busy_timeout (db->handle, 5000);
  sqlite3_extended_result_codes (db->handle, 1);

  if (!ds_db_exec (db,
                   "PRAGMA journal_mode = WAL;"
                   /* Every commit reaches the disk before it is answered:
                    * an approval or a payment acknowledged is there after
                    * a power cut, not only after a crash. Writes are few;
                    * reads never wait for this. */
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA foreign_keys = ON;",
                   error))
    return NULL;

  return g_steal_pointer (&db);
}

/* Rows the last statement changed, not counting cascades. */
guint
ds_db_changes (DsDb *db)
{
  return (guint) sqlite3_changes (db->handle);
}

void
ds_db_close (DsDb *db)
{
  if (db == NULL)
    return;

  /* Statements first: sqlite3_close refuses while any is alive. */
  g_clear_pointer (&db->cache, g_hash_table_unref);
  g_clear_pointer (&db->handle, sqlite3_close);
  g_free (db);
}

gboolean
ds_db_exec (DsDb        *db,
            const char  *sql,
            GError     **error)
{
  char *message = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);

  rc = sqlite3_exec (db->handle, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DS_DB_ERROR,
                   (rc & 0xff) == SQLITE_BUSY ? DS_DB_ERROR_BUSY : DS_DB_ERROR_FAILED,
                   "%s", message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

/**
 * ds_transaction_begin:
 *
 * Returns: (transfer full) (nullable): the open transaction; free it with
 *   ds_transaction_free() (g_autoptr does), which rolls back unless it was
 *   committed
 */
DsTransaction *
ds_transaction_begin (DsDb    *db,
                      GError **error)
{
  DsTransaction *tx;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (sqlite3_get_autocommit (db->handle), NULL);

  if (!ds_db_exec (db, "BEGIN IMMEDIATE", error))
    return NULL;

  tx = g_new0 (DsTransaction, 1);
  tx->db = db;
  tx->open = TRUE;
  return tx;
}

static void
run_cached (DsDb       *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, &error);

  if (stmt == NULL || !ds_stmt_run (stmt, &error))
    g_warning ("%s: %s", sql, error->message);
}

/**
 * ds_db_begin_read:
 *
 * Opens a read transaction around the statements of one read request:
 * they see one snapshot, and SQLite takes and drops its WAL read lock once
 * for them all instead of once each. Ends with ds_db_end_read().
 */
void
ds_db_begin_read (DsDb *db)
{
  g_return_if_fail (sqlite3_get_autocommit (db->handle));
  run_cached (db, "BEGIN DEFERRED");
}

void
ds_db_end_read (DsDb *db)
{
  if (!sqlite3_get_autocommit (db->handle))
    run_cached (db, "COMMIT");
}

gboolean
ds_transaction_commit (DsTransaction  *tx,
                       GError        **error)
{
  g_return_val_if_fail (tx != NULL && tx->open, FALSE);

  if (!ds_db_exec (tx->db, "COMMIT", error))
    return FALSE;
  tx->open = FALSE;
  return TRUE;
}

void
ds_transaction_free (DsTransaction *tx)
{
  if (tx == NULL)
    return;
  if (tx->open && !sqlite3_get_autocommit (tx->db->handle))
    ds_db_exec (tx->db, "ROLLBACK", NULL);
  g_free (tx);
}

/**
 * ds_db_exists:
 * @sql: a query with one or two "?" that gives a row when the thing exists
 * @second: (nullable): the second parameter, if the query has one
 *
 * Returns: %FALSE on error; otherwise @exists says whether a row came
 */
gboolean
ds_db_exists (DsDb        *db,
              const char  *sql,
              const char  *first,
              const char  *second,
              gboolean    *exists,
              GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);

  *exists = FALSE;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, first);
  if (second != NULL)
    ds_stmt_bind_text (stmt, 2, second);
  return ds_stmt_step_optional (stmt, exists, error);
}

/**
 * ds_db_prepare:
 * @db: the connection
 * @sql: one SQL statement with "?" placeholders
 *
 * Returns: (transfer full) (nullable): the statement, reset and ready to
 *   bind; free it with ds_stmt_free() (g_autoptr does).
 */
DsStmt *
ds_db_prepare (DsDb        *db,
               const char  *sql,
               GError     **error)
{
  DsStmt *stmt;
  sqlite3_stmt *handle = NULL;
  char *cached_sql = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  /* Take a cached statement out of the cache while in use: a nested query
   * of the same text then prepares its own copy instead of resetting it. */
  if (g_hash_table_steal_extended (db->cache, sql, (gpointer *) &cached_sql, (gpointer *) &handle))
    g_free (cached_sql);
  else
    {
      rc = sqlite3_prepare_v2 (db->handle, sql, -1, &handle, NULL);
      if (rc != SQLITE_OK)
        {
          set_error_from_db (error, db->handle, rc, "Could not prepare a statement");
          return NULL;
        }
    }

  stmt = g_new0 (DsStmt, 1);
  stmt->db = db;
  stmt->handle = handle;

  return stmt;
}

void
ds_stmt_free (DsStmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt->handle);
  sqlite3_clear_bindings (stmt->handle);

  /* Back into the cache, unless a nested copy of the same text got there
   * first. */
  if (stmt->db->cache != NULL &&
      !g_hash_table_contains (stmt->db->cache, sqlite3_sql (stmt->handle)))
    g_hash_table_insert (stmt->db->cache, g_strdup (sqlite3_sql (stmt->handle)), stmt->handle);
  else
    sqlite3_finalize (stmt->handle);

  g_free (stmt);
}

void
ds_stmt_bind_text (DsStmt     *stmt,
                   int         index,
                   const char *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt->handle, index);
  else
    sqlite3_bind_text (stmt->handle, index, value, -1, SQLITE_TRANSIENT);
}

void
ds_stmt_bind_int64 (DsStmt *stmt,
                    int     index,
                    gint64  value)
{
  sqlite3_bind_int64 (stmt->handle, index, value);
}

void
ds_stmt_bind_null (DsStmt *stmt,
                   int     index)
{
  sqlite3_bind_null (stmt->handle, index);
}

/* Binds a blob; SQLite copies it, so @value need not outlive the call. */
void
ds_stmt_bind_bytes (DsStmt *stmt,
                    int     index,
                    GBytes *value)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (value, &size);

  sqlite3_bind_blob64 (stmt->handle, index, size > 0 ? data : "", size, SQLITE_TRANSIENT);
}

/**
 * ds_stmt_step:
 *
 * Returns: %DS_STEP_ROW when a row is ready to read, %DS_STEP_DONE at the
 *   end, %DS_STEP_ERROR (with @error set) when the query failed
 */
DsStep
ds_stmt_step (DsStmt  *stmt,
              GError **error)
{
  int rc = sqlite3_step (stmt->handle);

  if (rc == SQLITE_ROW)
    return DS_STEP_ROW;
  if (rc == SQLITE_DONE)
    return DS_STEP_DONE;
  set_error_from_db (error, sqlite3_db_handle (stmt->handle), rc, "Query failed");
  return DS_STEP_ERROR;
}

/**
 * ds_stmt_step_row:
 *
 * Steps a query that always gives a row, such as a COUNT: no row at all
 * is an error too.
 *
 * Returns: %TRUE with a row to read
 */
gboolean
ds_stmt_step_row (DsStmt  *stmt,
                  GError **error)
{
  switch (ds_stmt_step (stmt, error))
    {
    case DS_STEP_ROW:
      return TRUE;
    case DS_STEP_DONE:
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "A query gave no row: %s",
                   sqlite3_sql (stmt->handle));
      return FALSE;
    case DS_STEP_ERROR:
    default:
      return FALSE;
    }
}

/**
 * ds_stmt_step_optional:
 * @found: (out): whether a row came
 *
 * Steps a query that gives one row or none, such as a look-up by id.
 *
 * Returns: %FALSE on error
 */
gboolean
ds_stmt_step_optional (DsStmt    *stmt,
                       gboolean  *found,
                       GError   **error)
{
  DsStep step = ds_stmt_step (stmt, error);

  *found = step == DS_STEP_ROW;
  return step != DS_STEP_ERROR;
}

/**
 * ds_stmt_run:
 *
 * Runs a statement that returns no rows, then resets it, so it can be
 * bound and run again (SQLite ignores binding a statement it has not reset).
 */
gboolean
ds_stmt_run (DsStmt  *stmt,
             GError **error)
{
  int rc = sqlite3_step (stmt->handle);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt->handle);
      return TRUE;
    }

  set_error_from_db (error, sqlite3_db_handle (stmt->handle), rc, "Statement failed");
  return FALSE;
}

const char *
ds_stmt_get_text (DsStmt *stmt,
                  int     column)
{
  return (const char *) sqlite3_column_text (stmt->handle, column);
}

char *
ds_stmt_dup_text (DsStmt *stmt,
                  int     column)
{
  return g_strdup (ds_stmt_get_text (stmt, column));
}

/**
 * ds_stmt_get_bytes:
 *
 * Returns: (transfer full) (nullable): a copy of a blob column, %NULL for NULL
 */
GBytes *
ds_stmt_get_bytes (DsStmt *stmt,
                   int     column)
{
  const void *data;
  int size;

  if (sqlite3_column_type (stmt->handle, column) == SQLITE_NULL)
    return NULL;
  data = sqlite3_column_blob (stmt->handle, column);
  size = sqlite3_column_bytes (stmt->handle, column);
  return g_bytes_new (data, (gsize) size);
}

gint64
ds_stmt_get_int64 (DsStmt *stmt,
                   int     column)
{
  return sqlite3_column_int64 (stmt->handle, column);
}

gboolean
ds_stmt_is_null (DsStmt *stmt,
                 int     column)
{
  return sqlite3_column_type (stmt->handle, column) == SQLITE_NULL;
}

int
ds_stmt_get_column_count (DsStmt *stmt)
{
  return sqlite3_column_count (stmt->handle);
}

/**
 * ds_new_id:
 * @prefix: what kind of thing it names: "cus", "req"
 *
 * Returns: (transfer full): a new opaque id such as "cus_5g2k…", 80 random
 *   bits in lower-case base 32
 */
char *
ds_new_id (const char *prefix)
{
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  guchar bytes[10];
  GString *id = g_string_new (prefix);

  randombytes_buf (bytes, sizeof bytes);
  g_string_append_c (id, '_');
  for (guint i = 0; i < 16; i++)
    {
      guint bit = i * 5;
      guint value = ((guint) bytes[bit / 8] << 8 | (bit / 8 + 1 < sizeof bytes ? bytes[bit / 8 + 1] : 0));
      g_string_append_c (id, alphabet[(value >> (11 - bit % 8)) & 31]);
    }

  return g_string_free (id, FALSE);
}

/* Now, as stored: RFC 3339 in UTC. */
char *
ds_now_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return doorstep_timestamp_format (now);
}

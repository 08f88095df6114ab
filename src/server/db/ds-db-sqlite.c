/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ds-db-private.h"

/* The SQLite backend: one file, WAL, every commit synced. */

/* A statement prepared once per text and kept: while one is in use, a
 * nested query of the same text prepares a copy of its own. */
typedef struct {
  sqlite3_stmt *handle;
  gboolean      in_use;
} CachedStmt;

typedef struct {
  DsDb        parent;
  sqlite3    *handle;
  GHashTable *cache;       /* SQL text -> CachedStmt, for the connection's life */
  GHashTable *by_address;  /* the text's address -> CachedStmt: most are literals */
} DsSqliteDb;

typedef struct {
  DsStmt        parent;
  sqlite3_stmt *handle;
  CachedStmt   *cached;   /* NULL for a copy of its own */
} DsSqliteStmt;

#define DB(db)     ((DsSqliteDb *) (db))
#define STMT(stmt) (((DsSqliteStmt *) (stmt))->handle)

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
free_cached (gpointer data)
{
  CachedStmt *cached = data;

  sqlite3_finalize (cached->handle);
  g_free (cached);
}

static void
sqlite_close (DsDb *db)
{
  /* Statements first: sqlite3_close refuses while any is alive. */
  g_clear_pointer (&DB (db)->by_address, g_hash_table_unref);
  g_clear_pointer (&DB (db)->cache, g_hash_table_unref);
  g_clear_pointer (&DB (db)->handle, sqlite3_close);
  g_free (db);
}

static gboolean
sqlite_exec (DsDb        *db,
             const char  *sql,
             GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (DB (db)->handle, sql, NULL, NULL, &message);

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

static gboolean
sqlite_in_transaction (DsDb *db)
{
  return !sqlite3_get_autocommit (DB (db)->handle);
}

/* One process at a time already: BEGIN IMMEDIATE takes the file's write
 * lock, and whoever then reads the schema version reads the latest. What
 * runs under the lock (migrations, seeding the demo) may hold the file
 * longer than a request ever does, so another process starting at once
 * waits longer for it than the usual busy timeout. */
#define BUSY_TIMEOUT_MS        5000
#define BUSY_TIMEOUT_LOCKED_MS 120000

static gboolean
sqlite_lock (DsDb      *db,
             gboolean   locked,
             GError   **error)
{
  sqlite3_busy_timeout (DB (db)->handle, locked ? BUSY_TIMEOUT_LOCKED_MS : BUSY_TIMEOUT_MS);
  return TRUE;
}

/* Rows the last statement changed, not counting cascades. */
static guint
sqlite_changes (DsDb *db)
{
  return (guint) sqlite3_changes (DB (db)->handle);
}

static DsStmt *
sqlite_prepare (DsDb        *db,
                const char  *sql,
                GError     **error)
{
  CachedStmt *cached = g_hash_table_lookup (DB (db)->by_address, sql);
  sqlite3_stmt *handle = NULL;
  DsSqliteStmt *stmt;
  int rc;

  /* Most texts are literals, at the same address every time: found by it
   * without hashing the text, and checked (a text built and freed may
   * leave its address to another). */
  if (cached != NULL && strcmp (sqlite3_sql (cached->handle), sql) != 0)
    cached = NULL;
  if (cached == NULL && (cached = g_hash_table_lookup (DB (db)->cache, sql)) != NULL)
    g_hash_table_insert (DB (db)->by_address, (gpointer) sql, cached);

  if (cached != NULL && !cached->in_use)
    {
      cached->in_use = TRUE;
      handle = cached->handle;
    }
  else
    {
      rc = sqlite3_prepare_v2 (DB (db)->handle, sql, -1, &handle, NULL);
      if (rc != SQLITE_OK)
        {
          set_error_from_db (error, DB (db)->handle, rc, "Could not prepare a statement");
          return NULL;
        }
      /* The first of a text is kept; a nested copy is not. */
      if (cached == NULL)
        {
          cached = g_new0 (CachedStmt, 1);
          cached->handle = handle;
          cached->in_use = TRUE;
          g_hash_table_insert (DB (db)->cache, g_strdup (sql), cached);
        }
      else
        cached = NULL;
    }

  stmt = g_new0 (DsSqliteStmt, 1);
  stmt->parent.db = db;
  stmt->handle = handle;
  stmt->cached = cached;
  return &stmt->parent;
}

static void
sqlite_stmt_free (DsStmt *stmt)
{
  DsSqliteStmt *self = (DsSqliteStmt *) stmt;

  if (self->cached != NULL)
    {
      sqlite3_reset (self->handle);
      sqlite3_clear_bindings (self->handle);
      self->cached->in_use = FALSE;
    }
  else
    sqlite3_finalize (self->handle);
  g_free (self);
}

static const char *
sqlite_stmt_sql (DsStmt *stmt)
{
  return sqlite3_sql (STMT (stmt));
}

/* Binding starts the statement over, as on PostgreSQL: SQLite refuses a
 * binding until its statement is reset, even one stepped to its end. */
static sqlite3_stmt *
ready_to_bind (DsStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
  return STMT (stmt);
}

static void
sqlite_bind_text (DsStmt     *stmt,
                  int         index,
                  const char *value)
{
  ready_to_bind (stmt);
  if (value == NULL)
    sqlite3_bind_null (STMT (stmt), index);
  else
    sqlite3_bind_text (STMT (stmt), index, value, -1, SQLITE_TRANSIENT);
}

static void
sqlite_bind_int64 (DsStmt *stmt,
                   int     index,
                   gint64  value)
{
  sqlite3_bind_int64 (ready_to_bind (stmt), index, value);
}

/* SQLite copies the blob, so @value need not outlive the call. */
static void
sqlite_bind_bytes (DsStmt *stmt,
                   int     index,
                   GBytes *value)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (value, &size);

  sqlite3_bind_blob64 (ready_to_bind (stmt), index, size > 0 ? data : "", size, SQLITE_TRANSIENT);
}

static DsStep
sqlite_step (DsStmt  *stmt,
             GError **error)
{
  int rc = sqlite3_step (STMT (stmt));

  if (rc == SQLITE_ROW)
    return DS_STEP_ROW;
  if (rc == SQLITE_DONE)
    return DS_STEP_DONE;
  set_error_from_db (error, sqlite3_db_handle (STMT (stmt)), rc, "Query failed");
  return DS_STEP_ERROR;
}

/* Resets after running: SQLite ignores binding a statement it has not
 * reset. */
static gboolean
sqlite_run (DsStmt  *stmt,
            GError **error)
{
  int rc = sqlite3_step (STMT (stmt));

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (STMT (stmt));
      return TRUE;
    }
  set_error_from_db (error, sqlite3_db_handle (STMT (stmt)), rc, "Statement failed");
  return FALSE;
}

static const char *
sqlite_get_text (DsStmt *stmt,
                 int     column)
{
  return (const char *) sqlite3_column_text (STMT (stmt), column);
}

static gint64
sqlite_get_int64 (DsStmt *stmt,
                  int     column)
{
  return sqlite3_column_int64 (STMT (stmt), column);
}

static GBytes *
sqlite_get_bytes (DsStmt *stmt,
                  int     column)
{
  const void *data;
  int size;

  if (sqlite3_column_type (STMT (stmt), column) == SQLITE_NULL)
    return NULL;
  data = sqlite3_column_blob (STMT (stmt), column);
  size = sqlite3_column_bytes (STMT (stmt), column);
  return g_bytes_new (data, (gsize) size);
}

static gboolean
sqlite_is_null (DsStmt *stmt,
                int     column)
{
  return sqlite3_column_type (STMT (stmt), column) == SQLITE_NULL;
}

static int
sqlite_column_count (DsStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static const DsDbBackend sqlite_backend = {
  .dialect = DS_DB_DIALECT_SQLITE,
  .close = sqlite_close,
  .exec = sqlite_exec,
  .in_transaction = sqlite_in_transaction,
  .begin_write = "BEGIN IMMEDIATE",
  .begin_read = "BEGIN DEFERRED",
  .lock = sqlite_lock,
  .changes = sqlite_changes,
  .prepare = sqlite_prepare,
  .stmt_free = sqlite_stmt_free,
  .stmt_sql = sqlite_stmt_sql,
  .bind_text = sqlite_bind_text,
  .bind_int64 = sqlite_bind_int64,
  .bind_bytes = sqlite_bind_bytes,
  .step = sqlite_step,
  .run = sqlite_run,
  .get_text = sqlite_get_text,
  .get_int64 = sqlite_get_int64,
  .get_bytes = sqlite_get_bytes,
  .is_null = sqlite_is_null,
  .column_count = sqlite_column_count,
};

/**
 * ds_db_sqlite_open:
 * @path: the database file; created if missing
 *
 * Opens the database in WAL mode, every commit synced (synchronous FULL),
 * with foreign keys enforced and a busy timeout, so several server
 * processes can share one file.
 */
DsDb *
ds_db_sqlite_open (const char  *path,
                   GError     **error)
{
  DsSqliteDb *db = g_new0 (DsSqliteDb, 1);
  int rc;

  db->parent.backend = &sqlite_backend;
  db->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_cached);
  db->by_address = g_hash_table_new (NULL, NULL);

  rc = sqlite3_open_v2 (path, &db->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_db (error, db->handle, rc, "Could not open the database");
      sqlite_close (&db->parent);
      return NULL;
    }

  sqlite3_busy_timeout (db->handle, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (db->handle, 1);

  if (!sqlite_exec (&db->parent,
                    "PRAGMA journal_mode = WAL;"
                    /* Every commit reaches the disk before it is answered:
                     * an approval or a payment acknowledged is there after
                     * a power cut, not only after a crash. Writes are few;
                     * reads never wait for this. */
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA foreign_keys = ON;"
                    /* The small sorts of ORDER BY ... LIMIT (a visit's
                     * first technician, the next visit) in memory: as
                     * temporary files they cost a file each, and were most
                     * of the dashboard's time. */
                    "PRAGMA temp_store = MEMORY;",
                    error))
    {
      sqlite_close (&db->parent);
      return NULL;
    }

  return &db->parent;
}

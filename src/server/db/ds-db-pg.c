/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ds-db-pg-private.h"

/* The PostgreSQL backend, over libpq. Statements keep the storage layer's
 * "?" and "?N" placeholders in their source and become "$N" here; each
 * text is prepared once per connection under a name of its own. Values go
 * out as text (blobs as binary) and come back as text, which
 * ds-db-pg-rows.c maps to what SQLite would give: booleans read as 1 and
 * 0, timestamps in RFC 3339 with a "Z", byteas as their bytes.
 *
 * A query's rows arrive all at once (lists are pages, never whole
 * tables), so a statement can be read while others run. */

/* Any number both sides agree on; "door" in ASCII. */
#define EXCLUSIVE_LOCK_KEY "1685024626"

static void
prepared_free (gpointer data)
{
  PgPrepared *prepared = data;

  g_free (prepared->name);
  g_free (prepared->sql);
  g_free (prepared->pg_sql);
  g_free (prepared->column_types);
  g_free (prepared);
}

/* An error from a result (or, without one, from the connection), with the
 * code the storage layer's callers act on. */
static void
set_error (GError          **error,
           DsPgDb           *db,
           const PGresult   *result,
           const char       *what)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *message = result != NULL ? PQresultErrorMessage (result) : PQerrorMessage (db->conn);
  int code = DS_DB_ERROR_FAILED;
  g_autofree char *trimmed = g_strstrip (g_strdup (message != NULL ? message : ""));

  if (PQstatus (db->conn) != CONNECTION_OK)
    code = DS_DB_ERROR_BUSY;
  else if (state == NULL)
    code = DS_DB_ERROR_FAILED;
  else if (g_str_equal (state, "40001") || g_str_equal (state, "40P01"))
    code = DS_DB_ERROR_SERIALIZATION;
  else if (g_str_has_prefix (state, "23"))
    code = DS_DB_ERROR_CONSTRAINT;
  else if (g_str_equal (state, "55P03") || g_str_has_prefix (state, "53") || g_str_has_prefix (state, "08"))
    code = DS_DB_ERROR_BUSY;

  g_set_error (error, DS_DB_ERROR, code, "%s: %s%s%s%s", what, trimmed,
               state != NULL ? " (" : "", state != NULL ? state : "", state != NULL ? ")" : "");
}

static gboolean
result_ok (PGresult *result)
{
  ExecStatusType status = PQresultStatus (result);

  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

/* After the server went away (a restart, a failover), the next statement
 * outside a transaction connects again; what was prepared on the old
 * connection is prepared again when next used. */
static gboolean pg_exec (DsDb *db, const char *sql, GError **error);

/* The session in UTC with ISO dates, so that timestamps read back as they
 * were written. */
static gboolean
set_up_session (DsPgDb  *db,
                GError **error)
{
  return pg_exec (&db->parent,
                  "SET TimeZone = 'UTC';"
                  "SET DateStyle = 'ISO, YMD';"
                  "SET client_encoding = 'UTF8'",
                  error);
}

static void
reconnect_if_lost (DsPgDb *db)
{
  g_autoptr(GError) error = NULL;

  if (PQstatus (db->conn) == CONNECTION_OK)
    return;
  PQreset (db->conn);
  db->generation++;
  if (PQstatus (db->conn) == CONNECTION_OK && !set_up_session (db, &error))
    g_warning ("After connecting again: %s", error->message);
}

/* Reads what a sent COMMIT answered, before anything else goes. */
static void
finish_sent (DsPgDb *db)
{
  PGresult *result;

  if (!db->commit_sent)
    return;
  db->commit_sent = FALSE;
  while ((result = PQgetResult (db->conn)) != NULL)
    {
      if (!result_ok (result))
        g_debug ("A read's COMMIT: %s", PQresultErrorMessage (result));
      PQclear (result);
    }
}

static gboolean
pg_exec (DsDb        *db,
         const char  *sql,
         GError     **error)
{
  PGresult *result;
  gboolean ok;

  /* A transaction nothing ran in ends without a word to the server; any
   * other statement sends its BEGIN first. */
  if (DB (db)->pending_begin != NULL)
    {
      const char *begin = DB (db)->pending_begin;

      DB (db)->pending_begin = NULL;
      if (g_str_equal (sql, "COMMIT") || g_str_equal (sql, "ROLLBACK"))
        return TRUE;
      if (!pg_exec (db, begin, error))
        return FALSE;
    }

  finish_sent (DB (db));
  if (PQtransactionStatus (DB (db)->conn) == PQTRANS_IDLE)
    reconnect_if_lost (DB (db));

  result = PQexec (DB (db)->conn, sql);
  ok = result_ok (result);
  if (!ok)
    set_error (error, DB (db), result, "Statement failed");
  /* COMMIT of a transaction that failed on the way rolls it back and says
   * so only in its command tag. */
  else if (g_str_equal (sql, "COMMIT") && g_str_equal (PQcmdStatus (result), "ROLLBACK"))
    {
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "The transaction had failed and was rolled back");
      ok = FALSE;
    }
  PQclear (result);
  return ok;
}

static void
pg_close (DsDb *db)
{
  g_clear_pointer (&DB (db)->prepared, g_hash_table_unref);
  g_clear_pointer (&DB (db)->conn, PQfinish);
  g_free (DB (db)->location);
  g_free (db);
}

/* Whether the server sees no transaction on the connection (one begun
 * here may still be waiting for its first statement). */
static gboolean
idle_on_server (DsPgDb *db)
{
  finish_sent (db);
  return PQtransactionStatus (db->conn) == PQTRANS_IDLE;
}

static gboolean
pg_in_transaction (DsDb *db)
{
  return DB (db)->pending_begin != NULL || !idle_on_server (DB (db));
}

static void
pg_defer_begin (DsDb       *db,
                const char *sql)
{
  g_return_if_fail (!pg_in_transaction (db));
  DB (db)->pending_begin = sql;
}

static PgPrepared *lookup_prepared (DsPgDb     *pg,
                                    const char *sql);
static gboolean    ensure_prepared (DsPgDb     *db,
                                    PgPrepared *prepared,
                                    GError    **error);

/* A read-only transaction's COMMIT cannot fail in a way its request would
 * answer differently: it is sent (prepared, as BEGIN is), and the request
 * answers without waiting for PostgreSQL to say so (one round trip less
 * for every read). */
static void
pg_end_read (DsDb *db)
{
  DsPgDb *pg = DB (db);
  PgPrepared *commit;

  if (pg->pending_begin != NULL)
    {
      pg->pending_begin = NULL;
      return;
    }
  if (!pg_in_transaction (db))
    return;
  commit = lookup_prepared (pg, "COMMIT");
  if (ensure_prepared (pg, commit, NULL) && PQsendQueryPrepared (pg->conn, commit->name, 0, NULL, NULL, NULL, 0))
    pg->commit_sent = TRUE;
  else if (!pg_exec (db, "COMMIT", NULL))
    g_debug ("A read's COMMIT failed");
}

/* A session-level advisory lock: it is held across the transactions
 * begun under it, and each of them takes its snapshot after the lock. */
static gboolean
pg_lock (DsDb      *db,
         gboolean   locked,
         GError   **error)
{
  return pg_exec (db, locked ? "SELECT pg_advisory_lock(" EXCLUSIVE_LOCK_KEY ")"
                             : "SELECT pg_advisory_unlock(" EXCLUSIVE_LOCK_KEY ")",
                  error);
}

static guint
pg_changes (DsDb *db)
{
  return DB (db)->changes;
}

static gboolean
ensure_prepared (DsPgDb      *db,
                 PgPrepared  *prepared,
                 GError     **error)
{
  PGresult *result;

  if (prepared->generation == db->generation)
    return TRUE;

  result = PQprepare (db->conn, prepared->name, prepared->pg_sql, 0, NULL);
  if (!result_ok (result))
    {
      set_error (error, db, result, "Could not prepare a statement");
      PQclear (result);
      return FALSE;
    }
  PQclear (result);

  /* The columns' types, known before any row comes (a list reads its
   * column count first). */
  result = PQdescribePrepared (db->conn, prepared->name);
  if (!result_ok (result))
    {
      set_error (error, db, result, "Could not describe a statement");
      PQclear (result);
      return FALSE;
    }
  prepared->n_columns = PQnfields (result);
  g_free (prepared->column_types);
  prepared->column_types = g_new0 (Oid, MAX (prepared->n_columns, 1));
  for (int i = 0; i < prepared->n_columns; i++)
    prepared->column_types[i] = PQftype (result, i);
  PQclear (result);

  prepared->generation = db->generation;
  return TRUE;
}

/* @sql's statement on this connection, prepared or not yet. */
static PgPrepared *
lookup_prepared (DsPgDb     *pg,
                 const char *sql)
{
  PgPrepared *prepared = g_hash_table_lookup (pg->prepared, sql);

  if (prepared == NULL)
    {
      prepared = g_new0 (PgPrepared, 1);
      prepared->name = g_strdup_printf ("ds%u", pg->next_name++);
      prepared->sql = g_strdup (sql);
      prepared->pg_sql = ds_pg_translate_placeholders (sql, &prepared->n_params);
      prepared->generation = pg->generation - 1;
      g_hash_table_insert (pg->prepared, prepared->sql, prepared);
    }
  return prepared;
}

static DsStmt *
pg_prepare (DsDb        *db,
            const char  *sql,
            GError     **error)
{
  DsPgDb *pg = DB (db);
  PgPrepared *prepared;
  DsPgStmt *stmt;

  if (idle_on_server (pg))
    reconnect_if_lost (pg);

  prepared = lookup_prepared (pg, sql);
  if (!ensure_prepared (pg, prepared, error))
    return NULL;

  stmt = g_new0 (DsPgStmt, 1);
  stmt->parent.db = db;
  stmt->prepared = prepared;
  stmt->values = g_new0 (char *, MAX (prepared->n_params, 1));
  stmt->lengths = g_new0 (int, MAX (prepared->n_params, 1));
  stmt->formats = g_new0 (int, MAX (prepared->n_params, 1));
  stmt->converted = g_ptr_array_new_with_free_func (g_free);
  return &stmt->parent;
}

/* Back to before the first step: rows and rewritten texts go. */
static void
reset (DsPgStmt *stmt)
{
  g_clear_pointer (&stmt->result, PQclear);
  g_ptr_array_set_size (stmt->converted, 0);
  stmt->row = 0;
}

static void
pg_stmt_free (DsStmt *stmt)
{
  DsPgStmt *self = STMT (stmt);

  reset (self);
  for (int i = 0; i < self->prepared->n_params; i++)
    g_free (self->values[i]);
  g_free (self->values);
  g_free (self->lengths);
  g_free (self->formats);
  g_ptr_array_unref (self->converted);
  g_free (self);
}

static const char *
pg_stmt_sql (DsStmt *stmt)
{
  return STMT (stmt)->prepared->sql;
}

static void
bind_value (DsStmt *stmt,
            int     index,
            char   *value,
            int     length,
            int     format)
{
  DsPgStmt *self = STMT (stmt);

  g_return_if_fail (index >= 1 && index <= self->prepared->n_params);
  reset (self);
  g_free (self->values[index - 1]);
  self->values[index - 1] = value;
  self->lengths[index - 1] = length;
  self->formats[index - 1] = format;
}

static void
pg_bind_text (DsStmt     *stmt,
              int         index,
              const char *value)
{
  bind_value (stmt, index, g_strdup (value), 0, 0);
}

static void
pg_bind_int64 (DsStmt *stmt,
               int     index,
               gint64  value)
{
  bind_value (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value), 0, 0);
}

static void
pg_bind_bytes (DsStmt *stmt,
               int     index,
               GBytes *value)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (value, &size);

  bind_value (stmt, index, g_memdup2 (size > 0 ? data : "", MAX (size, 1)), (int) size, 1);
}

/* A statement's rows, kept for its steps. */
static void
take_result (DsPgStmt *stmt,
             PGresult *result)
{
  DsPgDb *db = DB (stmt->parent.db);

  stmt->result = result;
  stmt->row = -1;
  /* As sqlite3_changes(): rows written by the last write; reads leave it. */
  if (g_str_has_prefix (PQcmdStatus (result), "INSERT") ||
      g_str_has_prefix (PQcmdStatus (result), "UPDATE") ||
      g_str_has_prefix (PQcmdStatus (result), "DELETE"))
    db->changes = (guint) g_ascii_strtoull (PQcmdTuples (result), NULL, 10);
}

/* Sends the pending BEGIN (if any) and the statements, all prepared, in
 * one pipeline, and reads each one's rows. The first error is the one
 * reported; the statements after it were not run, and none keeps rows. */
static gboolean
run_pipeline (DsPgDb    *db,
              DsPgStmt **stmts,
              guint      n_stmts,
              GError   **error)
{
  PgPrepared *begin = NULL;
  gboolean ok = TRUE;
  PGresult *result;

  finish_sent (db);
  for (guint i = 0; i < n_stmts; i++)
    reset (stmts[i]);
  /* BEGIN prepared too: parsed once per connection, not once a request. */
  if (db->pending_begin != NULL)
    {
      begin = lookup_prepared (db, db->pending_begin);
      if (!ensure_prepared (db, begin, error))
        return FALSE;
    }
  if (!PQenterPipelineMode (db->conn))
    {
      set_error (error, db, NULL, "Could not send statements together");
      return FALSE;
    }
  db->pending_begin = NULL;
  if (begin != NULL)
    PQsendQueryPrepared (db->conn, begin->name, 0, NULL, NULL, NULL, 0);
  for (guint i = 0; i < n_stmts; i++)
    PQsendQueryPrepared (db->conn, stmts[i]->prepared->name, stmts[i]->prepared->n_params,
                         (const char * const *) stmts[i]->values, stmts[i]->lengths, stmts[i]->formats, 0);
  PQpipelineSync (db->conn);

  /* Each statement's result and a NULL after it, then the sync point. A
   * broken connection gives NULL at once. */
  for (gint64 i = begin != NULL ? -1 : 0; i < (gint64) n_stmts; i++)
    {
      result = PQgetResult (db->conn);
      if (result == NULL)
        {
          if (ok)
            set_error (error, db, NULL, "Statements sent together failed");
          ok = FALSE;
          break;
        }
      if (!result_ok (result))
        {
          if (ok)
            set_error (error, db, result, i < 0 ? "Could not begin a transaction" : "Query failed");
          ok = FALSE;
          PQclear (result);
        }
      else if (i < 0)
        PQclear (result);
      else
        take_result (stmts[i], result);
      while ((result = PQgetResult (db->conn)) != NULL)
        PQclear (result);
    }
  while ((result = PQgetResult (db->conn)) != NULL)
    {
      gboolean synced = PQresultStatus (result) == PGRES_PIPELINE_SYNC;

      PQclear (result);
      if (synced)
        break;
    }
  PQexitPipelineMode (db->conn);

  if (!ok)
    for (guint i = 0; i < n_stmts; i++)
      reset (stmts[i]);
  return ok;
}

static gboolean
execute (DsPgStmt  *stmt,
         GError   **error)
{
  DsPgDb *db = DB (stmt->parent.db);
  PgPrepared *prepared = stmt->prepared;
  PGresult *result;

  reset (stmt);
  finish_sent (db);
  if (!ensure_prepared (db, prepared, error))
    return FALSE;
  if (db->pending_begin != NULL)
    return run_pipeline (db, &stmt, 1, error);
  result = PQexecPrepared (db->conn, prepared->name, prepared->n_params,
                           (const char * const *) stmt->values, stmt->lengths, stmt->formats, 0);
  if (!result_ok (result))
    {
      set_error (error, db, result, "Query failed");
      PQclear (result);
      return FALSE;
    }
  take_result (stmt, result);
  return TRUE;
}

static gboolean
pg_prefetch (DsStmt  **stmts,
             guint     n_stmts,
             GError  **error)
{
  DsPgDb *db = DB (stmts[0]->db);

  finish_sent (db);
  for (guint i = 0; i < n_stmts; i++)
    if (!ensure_prepared (db, STMT (stmts[i])->prepared, error))
      return FALSE;
  return run_pipeline (db, (DsPgStmt **) stmts, n_stmts, error);
}

static DsStep
pg_step (DsStmt  *stmt,
         GError **error)
{
  DsPgStmt *self = STMT (stmt);

  if (self->result == NULL && !execute (self, error))
    return DS_STEP_ERROR;
  g_ptr_array_set_size (self->converted, 0);
  self->row++;
  return self->row < PQntuples (self->result) ? DS_STEP_ROW : DS_STEP_DONE;
}

static gboolean
pg_run (DsStmt  *stmt,
        GError **error)
{
  gboolean ok = execute (STMT (stmt), error);

  reset (STMT (stmt));
  return ok;
}

static const DsDbBackend pg_backend = {
  .dialect = DS_DB_DIALECT_POSTGRESQL,
  .close = pg_close,
  .exec = pg_exec,
  .in_transaction = pg_in_transaction,
  /* Serializable, so that what a transaction read still holds when it
   * commits, on PostgreSQL and on engines that offer nothing else; a
   * collision is DS_DB_ERROR_SERIALIZATION and the request runs again. */
  .begin_write = "BEGIN ISOLATION LEVEL SERIALIZABLE",
  .begin_read = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
  .end_read = pg_end_read,
  .defer_begin = pg_defer_begin,
  .lock = pg_lock,
  /* Two transactions that see the same snapshot see the same data; any
   * commit, this connection's too, moves the next one's. */
  .changes = pg_changes,
  .prepare = pg_prepare,
  .stmt_free = pg_stmt_free,
  .stmt_sql = pg_stmt_sql,
  .bind_text = pg_bind_text,
  .bind_int64 = pg_bind_int64,
  .bind_bytes = pg_bind_bytes,
  .step = pg_step,
  .run = pg_run,
  .prefetch = pg_prefetch,
  .get_text = ds_pg_get_text,
  .get_int64 = ds_pg_get_int64,
  .get_bytes = ds_pg_get_bytes,
  .is_null = ds_pg_is_null,
  .column_count = ds_pg_column_count,
};

static void
ignore_notice (void       *data,
               const char *message)
{
}

/**
 * ds_db_pg_open:
 * @uri: a libpq connection URI
 *
 * Connects; the connection is made again after the server went away.
 */
DsDb *
ds_db_pg_open (const char  *uri,
               GError     **error)
{
  DsPgDb *db = g_new0 (DsPgDb, 1);

  db->parent.backend = &pg_backend;
  db->location = g_strdup (uri);
  db->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, prepared_free);
  db->generation = 1;
  db->conn = PQconnectdb (uri);
  if (PQstatus (db->conn) != CONNECTION_OK)
    {
      g_autofree char *message = g_strstrip (g_strdup (PQerrorMessage (db->conn)));

      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "Could not connect to PostgreSQL: %s", message);
      pg_close (&db->parent);
      return NULL;
    }
  /* "NOTICE: relation already exists, skipping" and the like are not for
   * the server's log. */
  PQsetNoticeProcessor (db->conn, ignore_notice, NULL);

  if (!set_up_session (db, error))
    {
      pg_close (&db->parent);
      return NULL;
    }

  return &db->parent;
}

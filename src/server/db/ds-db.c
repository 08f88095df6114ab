/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "doorstep-common.h"
#include "ds-db-private.h"

/* What both backends share: opening by location, transactions, the
 * helpers over one step, and dispatch to the backend (ds-db-private.h). */

struct _DsTransaction {
  DsDb     *db;
  gboolean  open;
};

G_DEFINE_QUARK (ds-db-error-quark, ds_db_error)

/* Whether --db names a PostgreSQL database (a libpq URI) rather than a
 * SQLite file. */
gboolean
ds_db_location_is_uri (const char *location)
{
  return g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://");
}

/**
 * ds_db_location_describe:
 *
 * Returns: (transfer full): @location fit for a log: a URI without its
 *   password
 */
char *
ds_db_location_describe (const char *location)
{
  g_autoptr(GUri) uri = NULL;

  if (!ds_db_location_is_uri (location))
    return g_strdup (location);
  uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    return g_strdup ("a PostgreSQL database");
  return g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
}

/**
 * ds_db_open:
 * @location: a SQLite file (created if missing), or a PostgreSQL
 *   connection URI ("postgresql://user@host/db",
 *   "postgresql:///doorstep?host=/run/postgresql")
 *
 * Returns: (transfer full) (nullable): the connection
 */
DsDb *
ds_db_open (const char  *location,
            GError     **error)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (ds_db_location_is_uri (location))
    return ds_db_pg_open (location, error);
  return ds_db_sqlite_open (location, error);
}

void
ds_db_close (DsDb *db)
{
  if (db != NULL)
    db->backend->close (db);
}

DsDbDialect
ds_db_get_dialect (DsDb *db)
{
  return db->backend->dialect;
}

/**
 * ds_db_lock_exclusive:
 *
 * Keeps every other process on this database out of what follows until
 * ds_db_unlock_exclusive(), for work that must run once however many
 * servers start at once: migrations and seeding. Call it outside a
 * transaction; transactions begun under it see what the last holder wrote.
 */
gboolean
ds_db_lock_exclusive (DsDb    *db,
                      GError **error)
{
  g_return_val_if_fail (!db->backend->in_transaction (db), FALSE);
  return db->backend->lock (db, TRUE, error);
}

void
ds_db_unlock_exclusive (DsDb *db)
{
  g_autoptr(GError) error = NULL;

  if (!db->backend->lock (db, FALSE, &error))
    g_warning ("Could not release the database lock: %s", error->message);
}

/* Rows the last statement changed, not counting cascades. */
guint
ds_db_changes (DsDb *db)
{
  return db->backend->changes (db);
}

gboolean
ds_db_exec (DsDb        *db,
            const char  *sql,
            GError     **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  return db->backend->exec (db, sql, error);
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
  g_return_val_if_fail (!db->backend->in_transaction (db), NULL);

  if (db->backend->defer_begin != NULL)
    db->backend->defer_begin (db, db->backend->begin_write);
  else if (!ds_db_exec (db, db->backend->begin_write, error))
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
  g_return_if_fail (!db->backend->in_transaction (db));
  if (db->backend->defer_begin != NULL)
    db->backend->defer_begin (db, db->backend->begin_read);
  else
    run_cached (db, db->backend->begin_read);
}

void
ds_db_end_read (DsDb *db)
{
  if (db->backend->end_read != NULL)
    db->backend->end_read (db);
  else if (db->backend->in_transaction (db))
    run_cached (db, "COMMIT");
}

/* Commits; a transaction that failed on the way is not committed, and
 * gives the error that undid it. */
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
  if (tx->open && tx->db->backend->in_transaction (tx->db))
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
 * @sql: one SQL statement with "?" or "?N" placeholders
 *
 * Returns: (transfer full) (nullable): the statement, ready to bind (each
 *   backend prepares a text once and keeps it); free it with
 *   ds_stmt_free() (g_autoptr does).
 */
DsStmt *
ds_db_prepare (DsDb        *db,
               const char  *sql,
               GError     **error)
{
  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  return db->backend->prepare (db, sql, error);
}

void
ds_stmt_free (DsStmt *stmt)
{
  if (stmt != NULL)
    stmt->db->backend->stmt_free (stmt);
}

void
ds_stmt_bind_text (DsStmt     *stmt,
                   int         index,
                   const char *value)
{
  stmt->db->backend->bind_text (stmt, index, value);
}

void
ds_stmt_bind_int64 (DsStmt *stmt,
                    int     index,
                    gint64  value)
{
  stmt->db->backend->bind_int64 (stmt, index, value);
}

void
ds_stmt_bind_null (DsStmt *stmt,
                   int     index)
{
  stmt->db->backend->bind_text (stmt, index, NULL);
}

/* Binds a blob, copied: @value need not outlive the call. */
void
ds_stmt_bind_bytes (DsStmt *stmt,
                    int     index,
                    GBytes *value)
{
  stmt->db->backend->bind_bytes (stmt, index, value);
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
  return stmt->db->backend->step (stmt, error);
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
                   stmt->db->backend->stmt_sql (stmt));
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
 * bound and run again.
 */
gboolean
ds_stmt_run (DsStmt  *stmt,
             GError **error)
{
  return stmt->db->backend->run (stmt, error);
}

/**
 * ds_stmts_prefetch:
 * @stmts: (array length=n_stmts): bound queries of one connection, none
 *   of which needs another's rows to be bound
 *
 * Sends the queries together: on PostgreSQL in one round trip (a
 * pipeline), where one after another would cost one each. Each is then
 * stepped as usual and gives the rows it would have given alone; binding
 * it again sends it again when next stepped. On SQLite this does nothing
 * (a step costs no round trip).
 *
 * Returns: %FALSE with @error if one of them failed
 */
gboolean
ds_stmts_prefetch (DsStmt  **stmts,
                   guint     n_stmts,
                   GError  **error)
{
  DsDb *db;

  if (n_stmts == 0)
    return TRUE;
  db = stmts[0]->db;
  for (guint i = 1; i < n_stmts; i++)
    g_return_val_if_fail (stmts[i]->db == db, FALSE);
  if (db->backend->prefetch == NULL)
    return TRUE;
  return db->backend->prefetch (stmts, n_stmts, error);
}

/* Text of a column, valid until the next step; %NULL for NULL. */
const char *
ds_stmt_get_text (DsStmt *stmt,
                  int     column)
{
  return stmt->db->backend->get_text (stmt, column);
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
  return stmt->db->backend->get_bytes (stmt, column);
}

/* An integer column; a boolean reads as 1 or 0, NULL as 0. */
gint64
ds_stmt_get_int64 (DsStmt *stmt,
                   int     column)
{
  return stmt->db->backend->get_int64 (stmt, column);
}

gboolean
ds_stmt_is_null (DsStmt *stmt,
                 int     column)
{
  return stmt->db->backend->is_null (stmt, column);
}

/* How many columns the statement gives; known before the first step. */
int
ds_stmt_get_column_count (DsStmt *stmt)
{
  return stmt->db->backend->column_count (stmt);
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

/**
 * ds_new_token:
 *
 * Returns: (transfer full): a new secret for a URL or a header: 256 random
 *   bits in URL-safe base64, 43 characters; store only ds_token_hash() of it
 */
char *
ds_new_token (void)
{
  guchar bytes[32];
  char encoded[sodium_base64_ENCODED_LEN (32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];

  randombytes_buf (bytes, sizeof bytes);
  sodium_bin2base64 (encoded, sizeof encoded, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return g_strdup (encoded);
}

/* What is stored of a token: its SHA-256, in hex. */
char *
ds_token_hash (const char *token)
{
  guchar digest[crypto_hash_sha256_BYTES];
  char hex[crypto_hash_sha256_BYTES * 2 + 1];

  /* Every signed-in request hashes its token: libsodium's SHA-256 into a
   * buffer, rather than a GChecksum made and freed each time. */
  crypto_hash_sha256 (digest, (const guchar *) token, strlen (token));
  sodium_bin2hex (hex, sizeof hex, digest, sizeof digest);
  return g_strdup (hex);
}

/* Now, as stored: RFC 3339 in UTC. */
char *
ds_now_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return doorstep_timestamp_format (now);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The storage layer. Everything above it speaks DsDb and DsStmt with
 * positional "?" or "?N" parameters only; nothing builds SQL from values.
 * Two backends sit behind it: SQLite (a file) and PostgreSQL (a libpq
 * URI). Handlers never ask which; a store may, where the two dialects
 * differ (customer search), with ds_db_get_dialect(). */

#define DS_DB_ERROR (ds_db_error_quark ())

typedef enum {
  DS_DB_ERROR_FAILED,
  DS_DB_ERROR_CONSTRAINT,
  DS_DB_ERROR_BUSY,
  DS_DB_ERROR_MIGRATION,
  /* The transaction collided with a concurrent one and was undone; running
   * it again from the start can succeed (PostgreSQL's 40001 and 40P01). */
  DS_DB_ERROR_SERIALIZATION,
} DsDbError;

typedef enum {
  DS_DB_DIALECT_SQLITE,
  DS_DB_DIALECT_POSTGRESQL,
} DsDbDialect;

typedef struct _DsDb DsDb;
typedef struct _DsStmt DsStmt;

GQuark      ds_db_error_quark     (void);

gboolean    ds_db_location_is_uri (const char  *location);
char       *ds_db_location_describe (const char *location);
DsDb       *ds_db_open            (const char  *location,
                                   GError     **error);
void        ds_db_close           (DsDb        *db);
DsDbDialect ds_db_get_dialect     (DsDb        *db);
gboolean    ds_db_lock_exclusive  (DsDb        *db,
                                   GError     **error);
void        ds_db_unlock_exclusive (DsDb       *db);
gboolean    ds_db_exec            (DsDb        *db,
                                   const char  *sql,
                                   GError     **error);

/* What one step of a query gave: a row to read, the end, or an error
 * (then the GError is set). Never test it as a boolean. */
typedef enum {
  DS_STEP_ROW = 1,
  DS_STEP_DONE,
  DS_STEP_ERROR,
} DsStep;

/* A write transaction. On SQLite, BEGIN IMMEDIATE: the write lock is taken
 * up front, so two writers never both read and then collide on their first
 * write. On PostgreSQL, SERIALIZABLE: a transaction that collides with a
 * concurrent one fails with DS_DB_ERROR_SERIALIZATION, and the server runs
 * the request again (see ds-server.c).
 * Freeing it rolls back unless ds_transaction_commit() succeeded, so every
 * early return undoes what was done. They do not nest. */
typedef struct _DsTransaction DsTransaction;

/* How many times a transaction that keeps colliding is run before the
 * client is told to come back (503). */
#define DS_TRANSACTION_ATTEMPTS 8

guint          ds_db_changes         (DsDb           *db);
void           ds_db_begin_read      (DsDb           *db);
void           ds_db_end_read        (DsDb           *db);
DsTransaction *ds_transaction_begin  (DsDb           *db,
                                      GError        **error);
gboolean       ds_transaction_commit (DsTransaction  *tx,
                                      GError        **error);
void           ds_transaction_free   (DsTransaction  *tx);

gboolean    ds_db_exists          (DsDb        *db,
                                   const char  *sql,
                                   const char  *first,
                                   const char  *second,
                                   gboolean    *exists,
                                   GError     **error);
DsStmt     *ds_db_prepare         (DsDb        *db,
                                   const char  *sql,
                                   GError     **error);
void        ds_stmt_free          (DsStmt      *stmt);
void        ds_stmt_bind_text     (DsStmt      *stmt,
                                   int          index,
                                   const char  *value);
void        ds_stmt_bind_int64    (DsStmt      *stmt,
                                   int          index,
                                   gint64       value);
void        ds_stmt_bind_null     (DsStmt      *stmt,
                                   int          index);
void        ds_stmt_bind_bytes    (DsStmt      *stmt,
                                   int          index,
                                   GBytes      *value);
DsStep      ds_stmt_step          (DsStmt      *stmt,
                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    ds_stmt_step_row      (DsStmt      *stmt,
                                   GError     **error);
gboolean    ds_stmt_step_optional (DsStmt      *stmt,
                                   gboolean    *found,
                                   GError     **error);
gboolean    ds_stmt_run           (DsStmt      *stmt,
                                   GError     **error);
gboolean    ds_stmts_prefetch     (DsStmt     **stmts,
                                   guint        n_stmts,
                                   GError     **error);
const char *ds_stmt_get_text      (DsStmt      *stmt,
                                   int          column);
char       *ds_stmt_dup_text      (DsStmt      *stmt,
                                   int          column);
gint64      ds_stmt_get_int64     (DsStmt      *stmt,
                                   int          column);
gboolean    ds_stmt_is_null       (DsStmt      *stmt,
                                   int          column);
int         ds_stmt_get_column_count (DsStmt   *stmt);

/* Values for new rows. */
char       *ds_new_id             (const char  *prefix);
char       *ds_now_timestamp      (void);
char       *ds_new_token          (void);
char       *ds_token_hash         (const char  *token);
GBytes     *ds_stmt_get_bytes     (DsStmt      *stmt,
                                   int          column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsStmt, ds_stmt_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDb, ds_db_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsTransaction, ds_transaction_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The storage layer. Everything above it speaks DsDb and DsStmt with
 * positional "?" parameters only; nothing builds SQL from values. */

#define DS_DB_ERROR (ds_db_error_quark ())

typedef enum {
  DS_DB_ERROR_FAILED,
  DS_DB_ERROR_CONSTRAINT,
  DS_DB_ERROR_BUSY,
  DS_DB_ERROR_MIGRATION,
} DsDbError;

typedef struct _DsDb DsDb;
typedef struct _DsStmt DsStmt;

GQuark      ds_db_error_quark     (void);

DsDb       *ds_db_open            (const char  *path,
                                   GError     **error);
void        ds_db_close           (DsDb        *db);
gboolean    ds_db_exec            (DsDb        *db,
                                   const char  *sql,
                                   GError     **error);
gboolean    ds_db_begin           (DsDb        *db,
                                   GError     **error);
gboolean    ds_db_commit          (DsDb        *db,
                                   GError     **error);
void        ds_db_rollback        (DsDb        *db);

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
gboolean    ds_stmt_step          (DsStmt      *stmt,
                                   GError     **error);
gboolean    ds_stmt_run           (DsStmt      *stmt,
                                   GError     **error);
const char *ds_stmt_get_text      (DsStmt      *stmt,
                                   int          column);
gint64      ds_stmt_get_int64     (DsStmt      *stmt,
                                   int          column);
gboolean    ds_stmt_is_null       (DsStmt      *stmt,
                                   int          column);
GBytes     *ds_stmt_get_bytes     (DsStmt      *stmt,
                                   int          column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsStmt, ds_stmt_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDb, ds_db_close)

G_END_DECLS

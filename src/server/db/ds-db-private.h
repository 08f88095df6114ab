/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* What a backend gives DsDb. ds-db.c holds what both share and calls
 * these; ds-db-sqlite.c and ds-db-pg.c are the two backends. */
typedef struct {
  DsDbDialect dialect;

  void        (*close)          (DsDb        *db);
  gboolean    (*exec)           (DsDb        *db,
                                 const char  *sql,
                                 GError     **error);
  gboolean    (*in_transaction) (DsDb        *db);
  const char  *begin_write;      /* SQL that opens a write transaction */
  const char  *begin_read;       /* ... and a read-only one */
  void        (*end_read)       (DsDb        *db);   /* NULL: COMMIT */
  /* Opens a transaction with @sql when its first statement goes, in the
   * same round trip (NULL: @sql is run at once). */
  void        (*defer_begin)    (DsDb        *db,
                                 const char  *sql);
  gboolean    (*lock)           (DsDb        *db,
                                 gboolean     locked,
                                 GError     **error);
  guint       (*changes)        (DsDb        *db);

  DsStmt     *(*prepare)        (DsDb        *db,
                                 const char  *sql,
                                 GError     **error);
  void        (*stmt_free)      (DsStmt      *stmt);
  const char *(*stmt_sql)       (DsStmt      *stmt);
  void        (*bind_text)      (DsStmt      *stmt,
                                 int          index,
                                 const char  *value);
  void        (*bind_int64)     (DsStmt      *stmt,
                                 int          index,
                                 gint64       value);
  void        (*bind_bytes)     (DsStmt      *stmt,
                                 int          index,
                                 GBytes      *value);
  DsStep      (*step)           (DsStmt      *stmt,
                                 GError     **error);
  gboolean    (*run)            (DsStmt      *stmt,
                                 GError     **error);
  /* Sends bound statements together and keeps their rows for their steps
   * (NULL: each runs when first stepped). */
  gboolean    (*prefetch)       (DsStmt     **stmts,
                                 guint        n_stmts,
                                 GError     **error);
  const char *(*get_text)       (DsStmt      *stmt,
                                 int          column);
  gint64      (*get_int64)      (DsStmt      *stmt,
                                 int          column);
  GBytes     *(*get_bytes)      (DsStmt      *stmt,
                                 int          column);
  gboolean    (*is_null)        (DsStmt      *stmt,
                                 int          column);
  int         (*column_count)   (DsStmt      *stmt);
} DsDbBackend;

/* Each backend's own structs start with these. */
struct _DsDb {
  const DsDbBackend *backend;
};

struct _DsStmt {
  DsDb *db;
};

DsDb *ds_db_sqlite_open (const char  *path,
                         GError     **error);
DsDb *ds_db_pg_open     (const char  *uri,
                         GError     **error);

G_END_DECLS

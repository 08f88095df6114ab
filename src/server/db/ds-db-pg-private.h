/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libpq-fe.h>

#include "ds-db-private.h"

G_BEGIN_DECLS

/* What the PostgreSQL backend's two files share: ds-db-pg.c (connection,
 * statements, transactions) and ds-db-pg-rows.c (placeholders and values). */

/* From catalog/pg_type_d.h, which only the server's headers have. */
#define BOOL_OID        16
#define BYTEA_OID       17
#define TIMESTAMPTZ_OID 1184

typedef struct {
  char  *name;
  char  *sql;          /* as given, with "?" */
  char  *pg_sql;       /* with "$N" */
  int    n_params;
  int    n_columns;
  Oid   *column_types;
  guint  generation;   /* the connection it was prepared on */
} PgPrepared;

typedef struct {
  DsDb        parent;
  PGconn     *conn;
  char       *location;
  /* SQL text -> PgPrepared */
  GHashTable *prepared;
  guint       next_name;
  guint       generation;
  guint       changes;
  /* A read's COMMIT, sent and not waited for: its answer is read before
   * the connection is next used (finish_sent). */
  gboolean    commit_sent;
  /* The BEGIN of a transaction not sent yet: it goes with the first
   * statement, in the same round trip (run_pipeline). */
  const char *pending_begin;
} DsPgDb;

typedef struct {
  DsStmt      parent;
  PgPrepared *prepared;
  char      **values;
  int        *lengths;
  int        *formats;
  PGresult   *result;
  int         row;
  /* Texts this row's timestamps were rewritten to; freed at each step. */
  GPtrArray  *converted;
} DsPgStmt;

#define DB(db)     ((DsPgDb *) (db))
#define STMT(stmt) ((DsPgStmt *) (stmt))

char       *ds_pg_translate_placeholders (const char *sql,
                                          int        *n_params);
gboolean    ds_pg_is_null                (DsStmt     *stmt,
                                          int         column);
const char *ds_pg_get_text               (DsStmt     *stmt,
                                          int         column);
gint64      ds_pg_get_int64              (DsStmt     *stmt,
                                          int         column);
GBytes     *ds_pg_get_bytes              (DsStmt     *stmt,
                                          int         column);
int         ds_pg_column_count           (DsStmt     *stmt);

G_END_DECLS

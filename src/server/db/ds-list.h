/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* Every list is read a page at a time, in a fixed order of a sort key and
 * the row's id, and continues after the last row sent ("keyset paging"):
 * no OFFSET, so page 1,000 costs what page 1 does. */

/* Which page: how many rows, and after which row (NULL for the first). */
typedef struct {
  guint        limit;
  char        *after_key;
  char        *after_id;
  /* A list the caller may sort (ds_call_read_sorted_page()): the sort
   * asked for, "total" or "-total" (descending), or NULL for the list's
   * own order; its cursors name the sort they were made in. */
  gboolean     sortable;
  char        *sort;
} DsPageRequest;

/* One way a list may be sorted: its name on the wire and its key, a
 * column or expression never NULL (a cursor continues after its value). */
typedef struct {
  const char *name;   /* "total" */
  const char *key;    /* "q.total_minor" */
} DsListSort;

typedef struct {
  const DsListSort *sorts;
  guint             n_sorts;
} DsListSorts;

/* One page as a store read it: the items it made of the rows, and the
 * cursor of the next page (NULL on the last). */
typedef struct {
  GPtrArray *items;
  char      *next_cursor;
} DsPage;

/* How a store lists one resource. The SQL is built from these fixed
 * strings only; every value is bound. @where may use parameters ?1 to
 * ?@n_params, which the store binds; the list binds its own after them. */
typedef struct {
  const char *columns;     /* "q.id, q.number, …", without the sort key and id */
  const char *from;        /* "quotes q LEFT JOIN … WHERE q.customer_id = ?1" */
  const char *key;         /* the sort key column, "q.created_at" */
  const char *id;          /* the id that breaks ties, "q.id" */
  gboolean    descending;  /* newest first */
  int         n_params;
} DsListSpec;

/* Makes one item of the row @stmt is on; the columns are @spec's, in order. */
typedef gpointer (*DsRowReader) (DsStmt *stmt);

gboolean ds_list_spec_sort     (const DsListSpec    *spec,
                               const DsListSorts   *sorts,
                               const DsPageRequest *request,
                               DsListSpec          *sorted);
gboolean ds_list_sorts_has    (const DsListSorts   *sorts,
                               const char          *sort);
DsStmt  *ds_list_prepare      (DsDb                *db,
                               const DsListSpec    *spec,
                               const char          *condition,
                               const DsPageRequest *request,
                               GError             **error);
DsStmt  *ds_list_prepare_walk (DsDb                *db,
                               const DsListSpec    *spec,
                               const char          *match,
                               guint                window,
                               const DsPageRequest *request,
                               GError             **error);
DsPage  *ds_list_read_page    (DsStmt              *stmt,
                               const DsPageRequest *request,
                               DsRowReader          read_row,
                               GDestroyNotify       free_item,
                               GError             **error);

void     ds_page_request_clear (DsPageRequest      *request);
gboolean ds_page_request_take_sort (DsPageRequest  *request,
                                    const char     *sort);
void     ds_page_free          (DsPage             *page);

char    *ds_cursor_encode      (const char         *key,
                                const char         *id);
gboolean ds_cursor_decode      (const char         *cursor,
                                char              **key,
                                char              **id);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsPageRequest, ds_page_request_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsPage, ds_page_free)

G_END_DECLS

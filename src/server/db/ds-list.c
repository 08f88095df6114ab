/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-list.h"

#define CURSOR_MAX_LENGTH 2048
#define CURSOR_SEPARATOR  '\x1f'
#define SORT_SEPARATOR    '\x1e'

static const DsListSort *
find_sort (const DsListSorts *sorts,
           const char        *sort)
{
  const char *name = sort[0] == '-' ? sort + 1 : sort;

  for (guint i = 0; i < sorts->n_sorts; i++)
    if (g_str_equal (sorts->sorts[i].name, name))
      return &sorts->sorts[i];
  return NULL;
}

/* Whether @sort ("total", "-total") is one of @sorts. */
gboolean
ds_list_sorts_has (const DsListSorts *sorts,
                   const char        *sort)
{
  return find_sort (sorts, sort) != NULL;
}

/**
 * ds_list_spec_sort:
 * @sorted: (out caller-allocates): @spec in the order @request asks for
 *
 * The list @spec in the sort @request names (ascending, or descending
 * with "-"), or in its own order when it names none; the id still breaks
 * ties, in the same direction.
 *
 * Returns: %FALSE when the sort is not one of @sorts
 */
gboolean
ds_list_spec_sort (const DsListSpec    *spec,
                   const DsListSorts   *sorts,
                   const DsPageRequest *request,
                   DsListSpec          *sorted)
{
  const DsListSort *found;

  *sorted = *spec;
  if (request->sort == NULL)
    return TRUE;
  if ((found = find_sort (sorts, request->sort)) == NULL)
    return FALSE;
  sorted->key = found->key;
  sorted->descending = request->sort[0] == '-';
  return TRUE;
}

/**
 * ds_list_prepare:
 * @condition: (nullable): more of the WHERE clause, such as a filter
 *   ("q.status = 'approved'"), joined with AND; fixed text, never values
 * @request: the page asked for
 *
 * Builds the list's query and binds the page's own parameters: the sort
 * key and id of the row to continue after, and the LIMIT, one more than
 * asked, which tells whether another page follows. The store then binds
 * its parameters ?1 to ?n_params and reads the page.
 *
 * The condition on the last row is there only with a cursor: written as
 * "?k IS NULL OR (key, id) > (?k, ?i)" it would stop SQLite from seeking
 * the index, and every page would scan from the first row.
 */
DsStmt *
ds_list_prepare (DsDb                *db,
                 const DsListSpec    *spec,
                 const char          *condition,
                 const DsPageRequest *request,
                 GError             **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  const char *order = spec->descending ? "DESC" : "ASC";
  int next = spec->n_params + 1;
  int key_param = 0, id_param = 0, limit_param;
  DsStmt *stmt;

  g_string_append_printf (sql, "%s, %s, %s FROM %s", spec->columns, spec->key, spec->id, spec->from);
  if (condition != NULL && *condition != '\0')
    g_string_append_printf (sql, " AND (%s)", condition);
  if (request->after_key != NULL)
    {
      key_param = next++;
      id_param = next++;
      g_string_append_printf (sql, " AND (%s, %s) %s (?%d, ?%d)", spec->key, spec->id,
                              spec->descending ? "<" : ">", key_param, id_param);
    }
  limit_param = next;
  g_string_append_printf (sql, " ORDER BY %s %s, %s %s LIMIT ?%d", spec->key, order, spec->id, order, limit_param);

  stmt = ds_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return NULL;
  if (request->after_key != NULL)
    {
      ds_stmt_bind_text (stmt, key_param, request->after_key);
      ds_stmt_bind_text (stmt, id_param, request->after_id);
    }
  ds_stmt_bind_int64 (stmt, limit_param, (gint64) request->limit + 1);
  return stmt;
}

/**
 * ds_list_prepare_walk:
 * @spec: the list; its @from is one table and its alias ("customers c"),
 *   with no WHERE
 * @match: which of its rows belong in the list ("c.phone LIKE ?1"); fixed
 *   text, never values
 * @window: how many rows to look at, at most
 *
 * Builds a query that walks the table in the list's order from where the
 * page starts (seeking the index of its key and id), looks at no more
 * than @window rows, and keeps those that @match, up to one more than the
 * page asks for. The rows it finds are the first of the list, in order;
 * when they are fewer than a page and one, the list may go on past the
 * window, and only a query that reaches every match can tell.
 *
 * It suits a filter that most rows meet, which an index of the matches
 * would make the database collect and sort in full to send one page.
 */
DsStmt *
ds_list_prepare_walk (DsDb                *db,
                      const DsListSpec    *spec,
                      const char          *match,
                      guint                window,
                      const DsPageRequest *request,
                      GError             **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  const char *order = spec->descending ? "DESC" : "ASC";
  const char *alias = strrchr (spec->from, ' ');
  int next = spec->n_params + 1;
  int key_param = 0, id_param = 0, window_param, limit_param;
  DsStmt *stmt;

  g_return_val_if_fail (alias != NULL, NULL);

  g_string_append_printf (sql, "%s, %s, %s FROM (SELECT * FROM %s", spec->columns, spec->key, spec->id, spec->from);
  if (request->after_key != NULL)
    {
      key_param = next++;
      id_param = next++;
      g_string_append_printf (sql, " WHERE (%s, %s) %s (?%d, ?%d)", spec->key, spec->id,
                              spec->descending ? "<" : ">", key_param, id_param);
    }
  window_param = next++;
  limit_param = next;
  g_string_append_printf (sql, " ORDER BY %s %s, %s %s LIMIT ?%d)%s WHERE %s ORDER BY %s %s, %s %s LIMIT ?%d",
                          spec->key, order, spec->id, order, window_param, alias, match,
                          spec->key, order, spec->id, order, limit_param);

  stmt = ds_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return NULL;
  if (request->after_key != NULL)
    {
      ds_stmt_bind_text (stmt, key_param, request->after_key);
      ds_stmt_bind_text (stmt, id_param, request->after_id);
    }
  ds_stmt_bind_int64 (stmt, window_param, (gint64) window);
  ds_stmt_bind_int64 (stmt, limit_param, (gint64) request->limit + 1);
  return stmt;
}

/**
 * ds_list_read_page:
 * @stmt: from ds_list_prepare(), with the store's parameters bound
 *
 * Returns: (transfer full) (nullable): the page; its cursor is the sort
 *   key and id of its last row, the two columns ds_list_prepare() put
 *   after the store's own
 */
DsPage *
ds_list_read_page (DsStmt              *stmt,
                   const DsPageRequest *request,
                   DsRowReader          read_row,
                   GDestroyNotify       free_item,
                   GError             **error)
{
  g_autoptr(DsPage) page = g_new0 (DsPage, 1);
  g_autofree char *last_key = NULL;
  g_autofree char *last_id = NULL;
  int key_column = ds_stmt_get_column_count (stmt) - 2;
  DsStep step;

  page->items = g_ptr_array_new_with_free_func (free_item);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      if (page->items->len == request->limit)
        {
          g_autofree char *key = NULL;

          /* A sortable list's cursor names its sort, so that it is not
           * taken for another's. */
          if (request->sortable)
            key = g_strdup_printf ("%s%c%s", request->sort != NULL ? request->sort : "", SORT_SEPARATOR, last_key);
          page->next_cursor = ds_cursor_encode (key != NULL ? key : last_key, last_id);
          break;
        }
      g_free (last_key);
      g_free (last_id);
      last_key = g_strdup (ds_stmt_get_text (stmt, key_column));
      last_id = g_strdup (ds_stmt_get_text (stmt, key_column + 1));
      g_ptr_array_add (page->items, read_row (stmt));
    }
  if (step == DS_STEP_ERROR)
    return NULL;

  return g_steal_pointer (&page);
}

void
ds_page_request_clear (DsPageRequest *request)
{
  g_clear_pointer (&request->after_key, g_free);
  g_clear_pointer (&request->after_id, g_free);
  g_clear_pointer (&request->sort, g_free);
}

/**
 * ds_page_request_take_sort:
 * @sort: (nullable): the sort the request asks for
 *
 * Makes @request sortable in @sort, and checks that its cursor, if any,
 * was made in the same sort (and takes the sort's name off its key).
 *
 * Returns: %FALSE when the cursor was made in another sort, or by an
 *   unsorted list
 */
gboolean
ds_page_request_take_sort (DsPageRequest *request,
                           const char    *sort)
{
  const char *separator;
  char *key;

  request->sortable = TRUE;
  g_free (request->sort);
  request->sort = g_strdup (sort);
  if (request->after_key == NULL)
    return TRUE;
  separator = strchr (request->after_key, SORT_SEPARATOR);
  if (separator == NULL ||
      (size_t) (separator - request->after_key) != (sort != NULL ? strlen (sort) : 0) ||
      (sort != NULL && strncmp (request->after_key, sort, strlen (sort)) != 0))
    return FALSE;
  key = g_strdup (separator + 1);
  g_free (request->after_key);
  request->after_key = key;
  return TRUE;
}

void
ds_page_free (DsPage *page)
{
  if (page == NULL)
    return;
  g_clear_pointer (&page->items, g_ptr_array_unref);
  g_free (page->next_cursor);
  g_free (page);
}

/**
 * ds_cursor_encode:
 *
 * A cursor is the sort key and id of the last row sent, opaque to clients.
 *
 * Returns: (transfer full): the cursor
 */
char *
ds_cursor_encode (const char *key,
                  const char *id)
{
  g_autoptr(GString) joined = g_string_new (key);

  g_string_append_c (joined, CURSOR_SEPARATOR);
  g_string_append (joined, id);
  return g_base64_encode ((const guchar *) joined->str, joined->len);
}

/**
 * ds_cursor_decode:
 * @key: (out) (transfer full): the sort key of the row to continue after
 * @id: (out) (transfer full): its id
 *
 * Returns: %FALSE if @cursor is not one this server made
 */
gboolean
ds_cursor_decode (const char  *cursor,
                  char       **key,
                  char       **id)
{
  g_autofree guchar *decoded = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  gsize length = 0;

  *key = *id = NULL;
  if (cursor == NULL || *cursor == '\0' || strlen (cursor) > CURSOR_MAX_LENGTH)
    return FALSE;

  for (const char *p = cursor; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=')
      return FALSE;

  decoded = g_base64_decode (cursor, &length);
  text = g_strndup ((const char *) decoded, length);
  if (strlen (text) != length || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  parts = g_strsplit (text, (char[]) { CURSOR_SEPARATOR, '\0' }, -1);
  if (g_strv_length (parts) != 2)
    return FALSE;

  *key = g_strdup (parts[0]);
  *id = g_strdup (parts[1]);
  return TRUE;
}

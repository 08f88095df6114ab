/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"

/**
 * ds_context_get_limit:
 *
 * Reads the "limit" query parameter (default 50, 1 to 200). Answers 422
 * itself and returns %FALSE when it is not a number in that range.
 */
gboolean
ds_context_get_limit (DsContext *ctx,
                      guint     *limit)
{
  const char *value = ds_context_get_query (ctx, "limit");
  guint64 parsed;

  if (value == NULL)
    {
      *limit = DOORSTEP_PAGE_LIMIT_DEFAULT;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (value, 10, 1, DOORSTEP_PAGE_LIMIT_MAX, &parsed, NULL))
    {
      ds_context_respond_field_error (ctx, "limit", "Must be a whole number from 1 to 200.");
      return FALSE;
    }

  *limit = (guint) parsed;
  return TRUE;
}

/**
 * ds_context_get_cursor:
 * @after: (out) (transfer full): the sort key and id of the last row of the
 *   page before, or %NULL for the first page
 *
 * Reads the "cursor" query parameter of a list. Answers 422 itself and
 * returns %FALSE when it is not a cursor this server made.
 */
gboolean
ds_context_get_cursor (DsContext   *ctx,
                       char      ***after)
{
  const char *cursor = ds_context_get_query (ctx, "cursor");
  char *key, *id;

  *after = NULL;
  if (cursor == NULL)
    return TRUE;

  if (!ds_cursor_decode (cursor, &key, &id))
    {
      ds_context_respond_field_error (ctx, "cursor", "This cursor did not come from this list.");
      return FALSE;
    }

  *after = g_new0 (char *, 3);
  (*after)[0] = key;
  (*after)[1] = id;
  return TRUE;
}

/**
 * ds_context_get_page_request:
 *
 * Reads "limit" (default 50, 1 to 200) and "cursor". Answers 422 itself,
 * naming the parameter, and returns %FALSE when either is not acceptable.
 */
gboolean
ds_context_get_page_request (DsContext     *ctx,
                             DsPageRequest *request)
{
  g_auto(GStrv) after = NULL;

  if (!ds_context_get_limit (ctx, &request->limit) || !ds_context_get_cursor (ctx, &after))
    return FALSE;
  if (after != NULL)
    {
      request->after_key = g_steal_pointer (&after[0]);
      request->after_id = g_steal_pointer (&after[1]);
    }
  return TRUE;
}

void
ds_context_respond_page (DsContext    *ctx,
                         const DsPage *page,
                         DsItemWriter  write_item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < page->items->len; i++)
    write_item (builder, g_ptr_array_index (page->items, i));
  json_builder_end_array (builder);
  ds_json_add_string (builder, "next_cursor", page->next_cursor);
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

/**
 * ds_context_respond_rows:
 * @stmt: the list query, bound with a LIMIT of @limit + 1
 * @key_column: the column the list is sorted by
 * @id_column: the id column that breaks ties
 * @write_row: adds one row's JSON object
 */
void
ds_context_respond_rows (DsContext   *ctx,
                         DsStmt      *stmt,
                         guint        limit,
                         int          key_column,
                         int          id_column,
                         DsRowWriter  write_row)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *next_cursor = NULL;
  g_autofree char *last_key = NULL;
  g_autofree char *last_id = NULL;
  guint count = 0;
  DsStep step;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  while ((step = ds_stmt_step (stmt, &error)) == DS_STEP_ROW)
    {
      if (count == limit)
        {
          next_cursor = ds_cursor_encode (last_key, last_id);
          break;
        }
      count++;

      g_free (last_key);
      g_free (last_id);
      last_key = g_strdup (ds_stmt_get_text (stmt, key_column));
      last_id = g_strdup (ds_stmt_get_text (stmt, id_column));
      write_row (builder, stmt);
    }
  if (step == DS_STEP_ERROR)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  json_builder_end_array (builder);
  ds_json_add_string (builder, "next_cursor", next_cursor);
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"

/**
 * get_limit:
 *
 * Reads the "limit" query parameter (default 50, 1 to 200). Answers 422
 * itself and returns %FALSE when it is not a number in that range.
 */
static gboolean
get_limit (DsContext *ctx,
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
 * ds_context_get_page_request:
 *
 * Reads "limit" (default 50, 1 to 200) and "cursor", the sort key and id
 * of the last row of the page before. Answers 422 itself, naming the
 * parameter, and returns %FALSE when either is not acceptable.
 */
gboolean
ds_context_get_page_request (DsContext     *ctx,
                             DsPageRequest *request)
{
  const char *cursor = ds_context_get_query (ctx, "cursor");

  if (!get_limit (ctx, &request->limit))
    return FALSE;
  if (cursor != NULL && !ds_cursor_decode (cursor, &request->after_key, &request->after_id))
    {
      ds_context_respond_field_error (ctx, "cursor", "This cursor did not come from this list.");
      return FALSE;
    }
  return TRUE;
}

void
ds_context_respond_page (DsContext    *ctx,
                         const DsPage *page,
                         DsItemWriter  write_item,
                         gpointer      user_data)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  ds_json_writer_begin_object (builder);
  ds_json_writer_set_member_name (builder, "items");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < page->items->len; i++)
    write_item (builder, g_ptr_array_index (page->items, i), user_data);
  ds_json_writer_end_array (builder);
  ds_json_add_string (builder, "next_cursor", page->next_cursor);
  ds_json_writer_end_object (builder);

  ds_context_respond_json (ctx, 200, builder);
}

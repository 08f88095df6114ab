/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"

/**
 * ds_call_read_page:
 *
 * Reads "limit" (default 50, 1 to 200) and "cursor", the sort key and id
 * of the last row of the page before; refuses either (422, naming it)
 * when it is not acceptable.
 */
gboolean
ds_call_read_page (DsCall         *call,
                   DsPageRequest  *request,
                   GError        **error)
{
  const char *limit = ds_call_get_query (call, "limit");
  const char *cursor = ds_call_get_query (call, "cursor");
  guint64 parsed = DOORSTEP_PAGE_LIMIT_DEFAULT;

  if (limit != NULL && !g_ascii_string_to_unsigned (limit, 10, 1, DOORSTEP_PAGE_LIMIT_MAX, &parsed, NULL))
    {
      ds_set_field_error (error, "limit", "Must be a whole number from 1 to 200.");
      return FALSE;
    }
  request->limit = (guint) parsed;
  if (cursor != NULL && !ds_cursor_decode (cursor, &request->after_key, &request->after_id))
    {
      ds_set_field_error (error, "cursor", "This cursor did not come from this list.");
      return FALSE;
    }
  return TRUE;
}

/**
 * ds_call_read_sorted_page:
 * @sorts: the sorts the list offers
 *
 * As ds_call_read_page(), and "sort": one of @sorts' names, ascending, or
 * descending after "-" ("-total"); without it, the list's own order. A
 * cursor from the list in another order is refused (422).
 */
gboolean
ds_call_read_sorted_page (DsCall            *call,
                          const DsListSorts *sorts,
                          DsPageRequest     *request,
                          GError           **error)
{
  const char *sort = ds_call_get_query (call, "sort");

  if (!ds_call_read_page (call, request, error))
    return FALSE;
  if (sort != NULL && !ds_list_sorts_has (sorts, sort))
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *message = NULL;

      for (guint i = 0; i < sorts->n_sorts; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", sorts->sorts[i].name);
      message = g_strdup_printf ("Sort by one of %s, with “-” before it for the other way.", names->str);
      ds_set_field_error (error, "sort", message);
      return FALSE;
    }
  if (!ds_page_request_take_sort (request, sort))
    {
      ds_set_field_error (error, "cursor", "This cursor came from this list in another order.");
      return FALSE;
    }
  return TRUE;
}

DsReply *
ds_reply_page (const DsPage *page,
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
  return ds_reply_json (200, builder);
}

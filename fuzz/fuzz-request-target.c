/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-list.h"
#include "ds-router.h"
#include "fuzz.h"

/* What a request names before any handler runs: the method and path
 * matched against the routes with their {id} segments, the query string
 * decoded (refused whole when a value decodes to a NUL or a control
 * character), a cursor decoded. Input: METHOD\nPATH\nQUERY */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) parts = g_strsplit (text, "\n", 3);
  static DsRouter *router;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GHashTable) query = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *allowed = NULL;
  const DsRoute *routes;
  const char *cursor;
  guint n_routes;

  if (router == NULL)
    {
      routes = ds_routes_get (&n_routes);
      router = ds_router_new (routes, n_routes);
    }
  if (g_strv_length (parts) < 2)
    return 0;

  if (ds_router_find (router, parts[0], parts[1], &params, &allowed, &error) == NULL)
    g_assert (params == NULL);
  else
    g_assert (error == NULL);
  if (params != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, params);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_assert (ds_text_is_clean (value));
    }

  if (parts[2] == NULL)
    return 0;
  g_clear_error (&error);
  query = ds_query_decode (parts[2], &error);
  g_assert ((query == NULL) == (error != NULL));
  if (query == NULL)
    return 0;
  cursor = g_hash_table_lookup (query, "cursor");
  if (cursor != NULL)
    {
      g_autofree char *key = NULL;
      g_autofree char *id = NULL;

      if (ds_cursor_decode (cursor, &key, &id))
        g_assert (key != NULL && id != NULL);
      else
        g_assert (key == NULL && id == NULL);
    }
  return 0;
}

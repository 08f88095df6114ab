/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "ds-list.h"
#include "ds-router.h"
#include "fuzz.h"

/* What a request names before any handler runs: the method and path
 * matched against the routes with their {id} segments, the query string
 * decoded, a cursor decoded. Input: METHOD\nPATH\nQUERY */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) parts = g_strsplit (text, "\n", 3);
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) query = NULL;
  g_autofree char *allowed = NULL;
  const char *cursor;

  if (g_strv_length (parts) < 2)
    return 0;

  (void) ds_router_find (parts[0], parts[1], params, &allowed);

  if (parts[2] == NULL)
    return 0;
  query = soup_form_decode (parts[2]);
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

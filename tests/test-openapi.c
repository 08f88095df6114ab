/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-router.h"

/* docs/api.yaml must document every route the server registers, and
 * nothing the server does not have. The document is read line by line:
 * paths at two spaces of indent under "paths:", methods at four. */

static const char *api_yaml;

static GHashTable *
read_documented_routes (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *routes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *path = NULL;
  gboolean in_paths = FALSE;

  g_file_get_contents (api_yaml, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (line[0] != ' ' && line[0] != '\0' && line[0] != '#')
        {
          in_paths = g_str_equal (line, "paths:");
          continue;
        }
      if (!in_paths)
        continue;

      if (g_str_has_prefix (line, "  /") && g_str_has_suffix (line, ":"))
        {
          g_free (path);
          path = g_strndup (line + 2, strlen (line) - 3);
        }
      else if (path != NULL && g_str_has_prefix (line, "    ") && line[4] != ' ')
        {
          const char *methods[] = { "get:", "post:", "put:", "patch:", "delete:" };

          for (guint m = 0; m < G_N_ELEMENTS (methods); m++)
            if (g_str_equal (line + 4, methods[m]))
              {
                g_autofree char *method = g_ascii_strup (methods[m], strlen (methods[m]) - 1);
                g_hash_table_add (routes, g_strdup_printf ("%s /api/v1%s", method, path));
              }
        }
    }

  return routes;
}

static void
test_every_route_documented (void)
{
  g_autoptr(GHashTable) documented = read_documented_routes ();
  g_autoptr(GHashTable) served = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;
  const DsRoute *routes;
  guint n_routes;

  routes = ds_routes_get (&n_routes);
  g_assert_cmpuint (n_routes, >, 0);

  for (guint i = 0; i < n_routes; i++)
    {
      g_autofree char *route = g_strdup_printf ("%s %s", routes[i].method, routes[i].path);

      if (!g_hash_table_contains (documented, route))
        g_error ("The server answers %s but docs/api.yaml does not document it", route);
      g_hash_table_add (served, g_steal_pointer (&route));
    }

  g_hash_table_iter_init (&iter, documented);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (served, key))
      g_error ("docs/api.yaml documents %s but the server has no such route", (const char *) key);

  g_assert_cmpuint (g_hash_table_size (documented), ==, n_routes);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  api_yaml = g_getenv ("DOORSTEP_API_YAML");
  g_assert_nonnull (api_yaml);

  g_test_add_func ("/openapi/every-route-documented", test_every_route_documented);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-common.h"
#include "ds-router.h"

/* Finds the route a request is for in the table of ds-routes.c. Paths
 * are matched segment by segment; "{name}" in a route matches any one
 * non-empty segment and hands it, unescaped, to the handler. */

#define API_PREFIX "/api/v1"

/* The segments after the prefix; NULL if the path is not under the API. */
static char **
split_api_path (const char *path)
{
  if (!g_str_has_prefix (path, API_PREFIX "/"))
    return NULL;
  return g_strsplit (path + strlen (API_PREFIX "/"), "/", -1);
}

static gboolean
match_route (const DsRoute  *route,
             char          **segments,
             GHashTable    *params)
{
  g_auto(GStrv) pattern = split_api_path (route->path);
  guint n;

  g_assert (pattern != NULL);
  n = g_strv_length (pattern);
  if (n != g_strv_length (segments))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (pattern[i][0] == '{')
        {
          if (segments[i][0] == '\0')
            return FALSE;
        }
      else if (!g_str_equal (pattern[i], segments[i]))
        return FALSE;
    }

  for (guint i = 0; params != NULL && i < n; i++)
    if (pattern[i][0] == '{')
      g_hash_table_insert (params, g_strndup (pattern[i] + 1, strlen (pattern[i]) - 2),
                           g_uri_unescape_string (segments[i], NULL));

  return TRUE;
}

/**
 * ds_router_find:
 * @path: the request's path
 * @params: (nullable): filled with the route's {name} segments
 * @allowed: (out) (optional) (transfer full): when no route of @method
 *   matches but some of other methods do, those methods ("GET, POST")
 *
 * Returns: (nullable): the route for @method and @path
 */
const DsRoute *
ds_router_find (const char  *method,
                const char  *path,
                GHashTable  *params,
                char       **allowed)
{
  g_auto(GStrv) segments = split_api_path (path);
  g_autoptr(GString) others = NULL;
  const DsRoute *routes;
  guint n_routes;

  if (allowed != NULL)
    *allowed = NULL;
  if (segments == NULL)
    return NULL;

  routes = ds_routes_get (&n_routes);
  for (guint i = 0; i < n_routes; i++)
    {
      if (!match_route (&routes[i], segments, NULL))
        continue;

      if (g_str_equal (routes[i].method, method))
        {
          match_route (&routes[i], segments, params);
          return &routes[i];
        }

      if (others == NULL)
        others = g_string_new (routes[i].method);
      else
        g_string_append_printf (others, ", %s", routes[i].method);
    }

  if (allowed != NULL && others != NULL)
    *allowed = g_string_free (g_steal_pointer (&others), FALSE);
  return NULL;
}

/* The largest body @route accepts; @route may be NULL (no such route). */
gsize
ds_route_get_max_body (const DsRoute *route)
{
  return route != NULL && route->max_body > 0 ? route->max_body : DOORSTEP_JSON_BODY_MAX;
}

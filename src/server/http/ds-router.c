/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-error.h"
#include "ds-router.h"

/* Paths are matched segment by segment; "{name}" in a route matches any
 * one non-empty segment and hands it, unescaped, to the handler. Where a
 * path matches routes of both kinds ("quotes/counts" and "quotes/{id}"),
 * the one whose first differing segment is spelled out wins, whatever
 * their order in the table. */

#define API_PREFIX "/api/v1/"
#define MAX_SEGMENTS 8

typedef struct {
  const DsRoute *route;
  guint          n_segments;
  char          *segments[MAX_SEGMENTS];  /* a literal, or NULL for a parameter */
  char          *names[MAX_SEGMENTS];     /* a parameter's name */
} CompiledRoute;

struct _DsRouter {
  CompiledRoute *routes;
  guint          n_routes;
};

DsRouter *
ds_router_new (const DsRoute *routes,
               guint          n_routes)
{
  DsRouter *router = g_new0 (DsRouter, 1);

  router->routes = g_new0 (CompiledRoute, n_routes);
  router->n_routes = n_routes;
  for (guint i = 0; i < n_routes; i++)
    {
      CompiledRoute *compiled = &router->routes[i];
      g_auto(GStrv) parts = NULL;

      g_assert (g_str_has_prefix (routes[i].path, API_PREFIX));
      parts = g_strsplit (routes[i].path + strlen (API_PREFIX), "/", -1);
      g_assert (g_strv_length (parts) <= MAX_SEGMENTS);
      compiled->route = &routes[i];
      compiled->n_segments = g_strv_length (parts);
      for (guint s = 0; s < compiled->n_segments; s++)
        if (parts[s][0] == '{')
          compiled->names[s] = g_strndup (parts[s] + 1, strlen (parts[s]) - 2);
        else
          compiled->segments[s] = g_strdup (parts[s]);
    }
  return router;
}

void
ds_router_free (DsRouter *router)
{
  if (router == NULL)
    return;
  for (guint i = 0; i < router->n_routes; i++)
    for (guint s = 0; s < MAX_SEGMENTS; s++)
      {
        g_free (router->routes[i].segments[s]);
        g_free (router->routes[i].names[s]);
      }
  g_free (router->routes);
  g_free (router);
}

/* A path split at "/" without copying: each segment's start and length. */
typedef struct {
  guint        n;
  const char  *start[MAX_SEGMENTS];
  gsize        length[MAX_SEGMENTS];
} Segments;

static gboolean
split_path (const char *path,
            Segments   *segments)
{
  const char *p;

  if (!g_str_has_prefix (path, API_PREFIX))
    return FALSE;
  p = path + strlen (API_PREFIX);
  segments->n = 0;
  for (;;)
    {
      const char *slash = strchr (p, '/');
      gsize length = slash != NULL ? (gsize) (slash - p) : strlen (p);

      if (segments->n == MAX_SEGMENTS)
        return FALSE;
      segments->start[segments->n] = p;
      segments->length[segments->n] = length;
      segments->n++;
      if (slash == NULL)
        return TRUE;
      p = slash + 1;
    }
}

/* Whether @compiled matches; @literals is a bit per segment spelled out. */
static gboolean
match (const CompiledRoute *compiled,
       const Segments      *segments,
       guint               *literals)
{
  *literals = 0;
  if (compiled->n_segments != segments->n)
    return FALSE;
  for (guint s = 0; s < segments->n; s++)
    {
      const char *literal = compiled->segments[s];

      if (literal == NULL)
        {
          if (segments->length[s] == 0)
            return FALSE;
          continue;
        }
      if (strlen (literal) != segments->length[s] || memcmp (literal, segments->start[s], segments->length[s]) != 0)
        return FALSE;
      *literals |= 1u << (MAX_SEGMENTS - 1 - s);
    }
  return TRUE;
}

/**
 * ds_text_is_clean:
 *
 * Whether text from outside is UTF-8 without control characters (C0,
 * DEL, C1), which no parameter, path segment or name of the API takes.
 */
gboolean
ds_text_is_clean (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return FALSE;
    }
  return TRUE;
}

/* %-decodes @length bytes of @text (and "+" as a space in a query), or
 * %NULL if it decodes to a NUL, a control character or not UTF-8: whole,
 * or refused; never cut short at a NUL. */
static char *
unescape (const char *text,
          gsize       length,
          gboolean    plus_is_space)
{
  g_autofree char *raw = g_strndup (text, length);
  g_autofree char *decoded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  if (plus_is_space)
    g_strdelimit (raw, "+", ' ');
  bytes = g_uri_unescape_bytes (raw, -1, NULL, NULL);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (memchr (data, '\0', size) != NULL)
    return NULL;
  decoded = g_strndup (data, size);
  if (!ds_text_is_clean (decoded))
    return NULL;
  return g_steal_pointer (&decoded);
}

/**
 * ds_router_find:
 * @path: the request's path, still %-escaped
 * @params: (out) (transfer full) (optional): the route's {name} segments,
 *   unescaped
 * @allowed: (out) (optional) (transfer full): when no route of @method
 *   matches but some of other methods do, those methods ("GET, POST")
 *
 * Returns: (nullable): the route for @method and @path; %NULL without
 *   @error when there is none, with @error (DS_ERROR_INVALID naming it)
 *   when a parameter decodes to a NUL or a control character
 */
const DsRoute *
ds_router_find (DsRouter    *router,
                const char  *method,
                const char  *path,
                GHashTable **params,
                char       **allowed,
                GError     **error)
{
  g_autoptr(GString) others = NULL;
  const CompiledRoute *best = NULL;
  guint best_literals = 0;
  Segments segments;

  if (params != NULL)
    *params = NULL;
  if (allowed != NULL)
    *allowed = NULL;
  if (!split_path (path, &segments))
    return NULL;

  for (guint i = 0; i < router->n_routes; i++)
    {
      const CompiledRoute *compiled = &router->routes[i];
      guint literals;

      if (!match (compiled, &segments, &literals))
        continue;
      if (!g_str_equal (compiled->route->method, method))
        {
          if (others == NULL)
            others = g_string_new (compiled->route->method);
          else if (strstr (others->str, compiled->route->method) == NULL)
            g_string_append_printf (others, ", %s", compiled->route->method);
          continue;
        }
      if (best == NULL || literals > best_literals)
        {
          best = compiled;
          best_literals = literals;
        }
    }

  if (best == NULL)
    {
      if (allowed != NULL && others != NULL)
        *allowed = g_string_free (g_steal_pointer (&others), FALSE);
      return NULL;
    }

  for (guint s = 0; params != NULL && s < best->n_segments; s++)
    {
      char *value;

      if (best->names[s] == NULL)
        continue;
      value = unescape (segments.start[s], segments.length[s], FALSE);
      if (value == NULL)
        {
          g_clear_pointer (params, g_hash_table_unref);
          ds_set_field_error (error, best->names[s],
                              "This part of the address has characters the API does not take.");
          return NULL;
        }
      if (*params == NULL)
        *params = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      g_hash_table_insert (*params, best->names[s], value);
    }
  return best->route;
}

/**
 * ds_query_decode:
 * @query: (nullable): a request's query string, still %-escaped
 *
 * Reads name=value pairs as HTML forms send them; a name given twice
 * keeps its last value.
 *
 * Returns: (transfer full) (nullable): name -> value, or %NULL with
 *   @error (DS_ERROR_INVALID naming the parameter) when one decodes to a
 *   NUL, a control character or not UTF-8
 */
GHashTable *
ds_query_decode (const char  *query,
                 GError     **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *p = query;

  while (p != NULL && *p != '\0')
    {
      const char *amp = strchr (p, '&');
      gsize length = amp != NULL ? (gsize) (amp - p) : strlen (p);
      const char *equals = memchr (p, '=', length);
      gsize name_length = equals != NULL ? (gsize) (equals - p) : length;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (length > 0)
        {
          name = unescape (p, name_length, TRUE);
          value = equals != NULL ? unescape (equals + 1, length - name_length - 1, TRUE) : g_strdup ("");
          if (name == NULL || value == NULL)
            {
              g_autofree char *field = name != NULL ? g_steal_pointer (&name) : g_strndup (p, MIN (name_length, 64));

              ds_set_field_error (error, ds_text_is_clean (field) ? field : "query",
                                  "This parameter has characters the API does not take.");
              return NULL;
            }
          g_hash_table_replace (table, g_steal_pointer (&name), g_steal_pointer (&value));
        }
      p = amp != NULL ? amp + 1 : NULL;
    }
  return g_steal_pointer (&table);
}

/* The largest body @route accepts; @route may be NULL (no such route). */
/**
 * ds_routes_check:
 *
 * Checks the route table once, at start-up: what the dispatcher relies
 * on. A route declared against it stops the server with its name.
 */
void
ds_routes_check (const DsRoute *routes,
              guint          n_routes)
{
  for (guint i = 0; i < n_routes; i++)
    {
      const DsRoute *route = &routes[i];
      gboolean get = g_str_equal (route->method, "GET");

      if (route->handler == NULL ||
          (route->body == DS_BODY_JSON) != (route->input != NULL) ||
          (route->idempotent && (route->roles == DS_ROLES_PUBLIC || route->tx == DS_TX_READ)) ||
          (get && (route->tx == DS_TX_WRITE || route->body != DS_BODY_NONE || route->changes != 0)) ||
          (!get && route->reads != 0) ||
          (route->scope != DS_SCOPE_NONE && route->roles == DS_ROLES_PUBLIC) ||
          (route->conditional && (get || route->tx != DS_TX_WRITE)) ||
          (route->scope == DS_SCOPE_PATH_CUSTOMER &&
           (ds_route_allows (route, DOORSTEP_ROLE_CUSTOMER) || strstr (route->path, "/{id}") == NULL)))
        g_error ("The route %s %s is declared inconsistently", route->method, route->path);
    }
}

gsize
ds_route_get_max_body (const DsRoute *route)
{
  if (route == NULL || route->body == DS_BODY_NONE)
    return DOORSTEP_JSON_BODY_MAX;
  return route->max_body > 0 ? route->max_body : DOORSTEP_JSON_BODY_MAX;
}

gboolean
ds_route_allows (const DsRoute *route,
                 DoorstepRole   role)
{
  return (route->roles & (1u << role)) != 0;
}

/**
 * ds_route_describe_roles:
 *
 * Returns: (transfer full): who may call @route, for a refusal: "a
 *   customer", "an administrator", "an operator or an administrator"
 */
char *
ds_route_describe_roles (const DsRoute *route)
{
  static const char * const names[] = {
    [DOORSTEP_ROLE_CUSTOMER] = "a customer",
    [DOORSTEP_ROLE_TECHNICIAN] = "a technician",
    [DOORSTEP_ROLE_OPERATOR] = "an operator",
    [DOORSTEP_ROLE_ADMIN] = "an administrator",
  };
  g_autoptr(GPtrArray) allowed = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint role = 0; role < G_N_ELEMENTS (names); role++)
    if (ds_route_allows (route, (DoorstepRole) role))
      g_ptr_array_add (allowed, (gpointer) names[role]);
  for (guint i = 0; i < allowed->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == allowed->len ? " or " : ", ");
      g_string_append (text, g_ptr_array_index (allowed, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

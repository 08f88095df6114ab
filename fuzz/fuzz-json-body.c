/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-json.h"
#include "ds-png.h"
#include "ds-route.h"
#include "fuzz.h"

/* A request body, read as the dispatcher reads one: parsed (depth first),
 * then read by every route's input reader (a signature decoded as base64
 * and checked as a PNG among them); and each member read as a string and
 * decoded as a signature would be. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) object = ds_json_parse_body ((const char *) data, size, &error);
  g_autoptr(GHashTable) errors = ds_field_errors_new ();
  g_autoptr(GList) members = NULL;
  const DsRoute *routes;
  guint n_routes;

  if (object == NULL)
    {
      g_assert (error != NULL && error->domain == DS_ERROR);
      return 0;
    }

  routes = ds_routes_get (&n_routes);
  for (guint i = 0; i < n_routes; i++)
    if (routes[i].input != NULL)
      {
        g_autoptr(GHashTable) route_errors = ds_field_errors_new ();
        gpointer input = routes[i].input->read (object, route_errors);

        /* Without an input the dispatcher must have faults to answer. */
        g_assert (input != NULL || g_hash_table_size (route_errors) > 0);
        if (input != NULL)
          routes[i].input->free (input);
      }

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *value = ds_json_get_string (object, l->data, errors);
      g_autoptr(GBytes) bytes = NULL;

      if (value == NULL)
        continue;
      bytes = ds_base64_decode (value);
      if (bytes != NULL && ds_png_is_acceptable (bytes, 256))
        {
          cairo_surface_t *surface = ds_png_decode (bytes);

          cairo_surface_destroy (surface);
        }
    }
  return 0;
}

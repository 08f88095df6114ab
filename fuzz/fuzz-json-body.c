/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-json.h"
#include "ds-png.h"
#include "fuzz.h"

/* A request body, read as every handler reads one: parsed (depth first),
 * then each member read as a string, and a signature decoded as base64 and
 * checked as a PNG. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *detail = NULL;
  g_autoptr(JsonObject) object = ds_json_parse_body ((const char *) data, size, &detail);
  g_autoptr(GHashTable) errors = ds_field_errors_new ();
  g_autoptr(GList) members = NULL;

  if (object == NULL)
    {
      g_assert (detail != NULL);
      return 0;
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

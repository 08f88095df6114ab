/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-png.h"
#include "fuzz.h"

/* A signature image as it arrives once base64 is undone: checked from its
 * header, and decoded only when the check passes. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) png = g_bytes_new (data, size);

  if (ds_png_is_acceptable (png, 512))
    {
      cairo_surface_t *surface = ds_png_decode (png);

      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        g_assert (cairo_image_surface_get_width (surface) <= 512 && cairo_image_surface_get_height (surface) <= 512);
      cairo_surface_destroy (surface);
    }
  return 0;
}

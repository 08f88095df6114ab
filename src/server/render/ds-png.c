/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-png.h"

/* PNG images in and out, through cairo: signatures arrive as PNG and are
 * drawn into PDFs. */

typedef struct {
  const guchar *data;
  gsize         size;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png (void          *user_data,
          unsigned char *buffer,
          unsigned int   length)
{
  PngReader *reader = user_data;

  if (reader->size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (buffer, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_png (void                *user_data,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (user_data, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * ds_png_decode:
 *
 * Returns: (transfer full): the image; check its status, which is an
 *   error when @png is not a whole PNG
 */
cairo_surface_t *
ds_png_decode (GBytes *png)
{
  PngReader reader = { 0 };

  reader.data = g_bytes_get_data (png, &reader.size);
  return cairo_image_surface_create_from_png_stream (read_png, &reader);
}

/**
 * ds_png_encode:
 *
 * Returns: (transfer full): @surface as a PNG
 */
GBytes *
ds_png_encode (cairo_surface_t *surface)
{
  GByteArray *png = g_byte_array_new ();

  cairo_surface_write_to_png_stream (surface, write_png, png);
  return g_byte_array_free_to_bytes (png);
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/**
 * ds_png_is_acceptable:
 * @max_side: the largest width or height accepted, in pixels
 *
 * Whether @png is a whole PNG image no larger than @max_side either way.
 * The header is checked before anything is decoded, so a tiny file
 * claiming to be huge is refused without allocating for it.
 */
gboolean
ds_png_is_acceptable (GBytes  *png,
                      guint32  max_side)
{
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  cairo_surface_t *surface;
  gboolean ok;
  guint32 width, height;
  gsize size;
  const guchar *data = g_bytes_get_data (png, &size);

  if (size < 33 || memcmp (data, signature, sizeof signature) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  width = read_be32 (data + 16);
  height = read_be32 (data + 20);
  if (width == 0 || height == 0 || width > max_side || height > max_side)
    return FALSE;

  surface = ds_png_decode (png);
  ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy (surface);
  return ok;
}

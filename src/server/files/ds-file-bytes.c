/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-file-bytes.h"

/* Every read below is checked against the length first: these bytes are
 * whatever a client sent. */

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

static guint16
be16 (const guint8 *p)
{
  return (guint16) ((p[0] << 8) | p[1]);
}

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/**
 * ds_file_type_sniff:
 *
 * Returns: what @data is by its first bytes, whatever it was called
 */
DsFileType
ds_file_type_sniff (const guint8 *data,
                    gsize         size)
{
  if (size >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return DS_FILE_TYPE_PDF;
  if (size >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return DS_FILE_TYPE_JPEG;
  if (size >= sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0)
    return DS_FILE_TYPE_PNG;
  return DS_FILE_TYPE_UNKNOWN;
}

const char *
ds_file_type_content_type (DsFileType type)
{
  switch (type)
    {
    case DS_FILE_TYPE_PDF: return "application/pdf";
    case DS_FILE_TYPE_JPEG: return "image/jpeg";
    case DS_FILE_TYPE_PNG: return "image/png";
    case DS_FILE_TYPE_UNKNOWN:
    default: return NULL;
    }
}

gboolean
ds_file_type_is_image (DsFileType type)
{
  return type == DS_FILE_TYPE_JPEG || type == DS_FILE_TYPE_PNG;
}

/**
 * ds_pdf_looks_whole:
 *
 * Whether @data starts as a PDF and ends with the end-of-file marker a
 * PDF writer puts last (within the last kilobyte, where trailing blank
 * lines may follow it): a file cut off half-way, or something else
 * that only starts like a PDF, does not.
 */
gboolean
ds_pdf_looks_whole (const guint8 *data,
                    gsize         size)
{
  gsize tail = MIN (size, 1024);

  if (ds_file_type_sniff (data, size) != DS_FILE_TYPE_PDF || size < 16)
    return FALSE;
  for (gsize i = size - tail; i + 5 <= size; i++)
    if (memcmp (data + i, "%%EOF", 5) == 0)
      return TRUE;
  return FALSE;
}

/* A JPEG's segments before its image data. @visit sees each marker with
 * its payload and returns FALSE to stop; the walk returns the offset of
 * the start-of-scan marker, or 0 when the structure is broken first. */
typedef gboolean (*SegmentVisit) (guint8        marker,
                                  const guint8 *payload,
                                  gsize         length,
                                  gsize         segment_start,
                                  gsize         segment_end,
                                  gpointer      user_data);

static gsize
walk_jpeg (const guint8 *data,
           gsize         size,
           SegmentVisit  visit,
           gpointer      user_data)
{
  gsize pos = 2;

  if (size < 4 || data[0] != 0xff || data[1] != 0xd8)
    return 0;

  while (pos < size)
    {
      gsize start = pos, length;
      guint8 marker;

      if (data[pos] != 0xff)
        return 0;
      while (pos < size && data[pos] == 0xff)
        pos++;
      if (pos >= size)
        return 0;
      marker = data[pos++];
      if (marker == 0xda)
        return start;
      if (marker == 0xd9 || marker == 0x00)
        return 0;
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
        continue;
      if (size - pos < 2)
        return 0;
      length = be16 (data + pos);
      if (length < 2 || length > size - pos)
        return 0;
      if (!visit (marker, data + pos + 2, length - 2, start, pos + length, user_data))
        return start;
      pos += length;
    }
  return 0;
}

typedef struct {
  guint32  width;
  guint32  height;
  gboolean found;
} FrameSize;

static gboolean
find_frame (guint8        marker,
            const guint8 *payload,
            gsize         length,
            gsize         segment_start,
            gsize         segment_end,
            gpointer      user_data)
{
  FrameSize *frame = user_data;

  /* SOF0..SOF15, but not DHT, JPG or DAC, which share the range. */
  if (marker < 0xc0 || marker > 0xcf || marker == 0xc4 || marker == 0xc8 || marker == 0xcc)
    return TRUE;
  if (length < 5)
    return FALSE;
  frame->height = be16 (payload + 1);
  frame->width = be16 (payload + 3);
  frame->found = TRUE;
  return FALSE;
}

/**
 * ds_image_read_size:
 *
 * The pixel size an image says it has, read from its header before
 * anything is decoded (a small file may claim to be enormous).
 *
 * Returns: whether the header could be read
 */
gboolean
ds_image_read_size (DsFileType    type,
                    const guint8 *data,
                    gsize         size,
                    guint32      *width,
                    guint32      *height)
{
  FrameSize frame = { 0 };

  if (type == DS_FILE_TYPE_PNG)
    {
      if (size < 24 || memcmp (data, png_signature, 8) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
        return FALSE;
      *width = be32 (data + 16);
      *height = be32 (data + 20);
      return TRUE;
    }
  if (type != DS_FILE_TYPE_JPEG)
    return FALSE;

  walk_jpeg (data, size, find_frame, &frame);
  if (!frame.found)
    return FALSE;
  *width = frame.width;
  *height = frame.height;
  return TRUE;
}

/* EXIF (a TIFF structure): the GPS directory's entries and the values
 * they point to are zeroed and the directory emptied, leaving the rest
 * (orientation, camera, time) as it was. Returns FALSE when the structure
 * cannot be followed, and the whole EXIF block is then dropped instead. */
typedef struct {
  guint8  *tiff;
  gsize    size;
  gboolean little;
} Tiff;

static guint16
tiff16 (const Tiff *t,
        gsize       at)
{
  return t->little ? (guint16) (t->tiff[at] | (t->tiff[at + 1] << 8)) : be16 (t->tiff + at);
}

static guint32
tiff32 (const Tiff *t,
        gsize       at)
{
  if (!t->little)
    return be32 (t->tiff + at);
  return (guint32) t->tiff[at] | ((guint32) t->tiff[at + 1] << 8) | ((guint32) t->tiff[at + 2] << 16) |
         ((guint32) t->tiff[at + 3] << 24);
}

static guint
tiff_type_size (guint16 type)
{
  static const guint sizes[] = { 0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8 };

  return type < G_N_ELEMENTS (sizes) ? sizes[type] : 0;
}

#define GPS_POINTERS_MAX 4

/* The GPS directories IFD0 points to (tag 0x8825, once or, in a crafted
 * file, more than once). */
static gboolean
find_gps (Tiff  *t,
          gsize *gps,
          guint *n_gps)
{
  gsize ifd0, n;

  *n_gps = 0;
  if (t->size < 8)
    return FALSE;
  if (memcmp (t->tiff, "II", 2) == 0)
    t->little = TRUE;
  else if (memcmp (t->tiff, "MM", 2) == 0)
    t->little = FALSE;
  else
    return FALSE;
  if (tiff16 (t, 2) != 42)
    return FALSE;

  ifd0 = tiff32 (t, 4);
  if (ifd0 > t->size - 2)
    return FALSE;
  n = tiff16 (t, ifd0);
  if (n * 12 > t->size - ifd0 - 2)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      gsize entry = ifd0 + 2 + i * 12;

      if (tiff16 (t, entry) != 0x8825)
        continue;
      if (*n_gps == GPS_POINTERS_MAX)
        return FALSE;
      gps[(*n_gps)++] = tiff32 (t, entry + 8);
    }
  return TRUE;
}

static gboolean
clear_directory (Tiff  *t,
                 gsize  gps)
{
  gsize n;

  if (gps > t->size - 2)
    return FALSE;
  n = tiff16 (t, gps);
  if (n * 12 > t->size - gps - 2)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      gsize entry = gps + 2 + i * 12;
      guint type_size = tiff_type_size (tiff16 (t, entry + 2));
      guint64 bytes = (guint64) type_size * tiff32 (t, entry + 4);
      gsize offset;

      if (type_size == 0)
        return FALSE;
      if (bytes <= 4)
        continue;
      offset = tiff32 (t, entry + 8);
      if (offset > t->size || bytes > t->size - offset)
        return FALSE;
      memset (t->tiff + offset, 0, (gsize) bytes);
    }
  memset (t->tiff + gps + 2, 0, n * 12);
  t->tiff[gps] = t->tiff[gps + 1] = 0;
  return TRUE;
}

static gboolean
clear_gps (guint8 *tiff,
           gsize   size)
{
  Tiff t = { tiff, size, FALSE };
  gsize gps[GPS_POINTERS_MAX];
  guint n_gps;

  if (!find_gps (&t, gps, &n_gps))
    return FALSE;
  for (guint i = 0; i < n_gps; i++)
    if (!clear_directory (&t, gps[i]))
      return FALSE;

  /* Clearing may have zeroed what the directories overlap (a crafted
   * file points them anywhere): the result must still read, with every
   * GPS directory empty, or the whole block goes. */
  if (!find_gps (&t, gps, &n_gps))
    return FALSE;
  for (guint i = 0; i < n_gps; i++)
    if (gps[i] > size - 2 || tiff16 (&t, gps[i]) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
has_prefix (const guint8 *payload,
            gsize         length,
            const char   *prefix,
            gsize         prefix_length)
{
  return length >= prefix_length && memcmp (payload, prefix, prefix_length) == 0;
}

typedef struct {
  const guint8 *data;
  GByteArray   *out;
  gsize         copied;  /* bytes of data handled so far */
} Stripper;

static gboolean
strip_segment (guint8        marker,
               const guint8 *payload,
               gsize         length,
               gsize         segment_start,
               gsize         segment_end,
               gpointer      user_data)
{
  static const char exif[] = "Exif\0";  /* "Exif\0\0" */
  static const char xmp[] = "http://ns.adobe.com/xap/1.0/";
  static const char xmp_extension[] = "http://ns.adobe.com/xmp/extension/";
  Stripper *stripper = user_data;
  gsize payload_offset = (gsize) (payload - stripper->data);

  /* What came before this segment (fill bytes, restart markers) stays. */
  g_byte_array_append (stripper->out, stripper->data + stripper->copied, (guint) (segment_start - stripper->copied));
  stripper->copied = segment_end;

  if (marker == 0xe1 && has_prefix (payload, length, exif, sizeof exif))
    {
      guint at = stripper->out->len;

      g_byte_array_append (stripper->out, stripper->data + segment_start, (guint) (segment_end - segment_start));
      if (!clear_gps (stripper->out->data + at + (payload_offset - segment_start) + 6, length - 6))
        g_byte_array_set_size (stripper->out, at);
      return TRUE;
    }
  if (marker == 0xe1 && (has_prefix (payload, length, xmp, sizeof xmp - 1) ||
                         has_prefix (payload, length, xmp_extension, sizeof xmp_extension - 1)))
    return TRUE;

  g_byte_array_append (stripper->out, stripper->data + segment_start, (guint) (segment_end - segment_start));
  return TRUE;
}

static GBytes *
strip_jpeg (const guint8 *data,
            gsize         size)
{
  Stripper stripper = { data, g_byte_array_sized_new ((guint) size), 0 };
  gsize scan = walk_jpeg (data, size, strip_segment, &stripper);

  if (scan == 0)
    {
      g_byte_array_unref (stripper.out);
      return NULL;
    }
  g_byte_array_append (stripper.out, data + stripper.copied, (guint) (size - stripper.copied));
  return g_byte_array_free_to_bytes (stripper.out);
}

/* PNG: the chunks that carry EXIF or free text (where XMP and its
 * location live) are left out; everything up to IEND is kept. */
static GBytes *
strip_png (const guint8 *data,
           gsize         size)
{
  static const char * const dropped[] = { "eXIf", "tEXt", "zTXt", "iTXt" };
  g_autoptr(GByteArray) out = NULL;
  gsize pos = 8;

  if (size < 8 || memcmp (data, png_signature, 8) != 0)
    return NULL;
  out = g_byte_array_sized_new ((guint) size);
  g_byte_array_append (out, data, 8);
  while (size - pos >= 12)
    {
      gsize length = be32 (data + pos);
      gboolean keep = TRUE;

      if (length > size - pos - 12)
        return NULL;
      for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
        if (memcmp (data + pos + 4, dropped[i], 4) == 0)
          keep = FALSE;
      if (keep)
        g_byte_array_append (out, data + pos, (guint) (length + 12));
      if (memcmp (data + pos + 4, "IEND", 4) == 0)
        return g_byte_array_free_to_bytes (g_steal_pointer (&out));
      pos += length + 12;
    }
  return NULL;
}

/**
 * ds_image_strip_location:
 *
 * @image without where it was taken: for a JPEG the GPS part of its EXIF
 * is cleared (or the EXIF dropped when it cannot be followed) and any
 * XMP dropped; for a PNG its EXIF and text chunks are dropped.
 *
 * Returns: (transfer full) (nullable): the stripped image, or %NULL when
 *   @image's structure is broken
 */
GBytes *
ds_image_strip_location (DsFileType  type,
                         GBytes     *image)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (image, &size);

  if (type == DS_FILE_TYPE_JPEG)
    return strip_jpeg (data, size);
  if (type == DS_FILE_TYPE_PNG)
    return strip_png (data, size);
  return NULL;
}

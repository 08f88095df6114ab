/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-file-bytes.h"
#include "fuzz.h"

/* An uploaded file's bytes as the server reads them before any decoder
 * does: the type sniffed, an image's header size, the PDF's end, and the
 * JPEG segment and EXIF walk (or PNG chunk walk) that removes the
 * location. Whatever comes out must be no larger than what went in, and
 * stripping it again must change nothing. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) stripped = NULL;
  DsFileType type = ds_file_type_sniff (data, size);
  guint32 width, height;

  (void) ds_pdf_looks_whole (data, size);
  (void) ds_image_read_size (type, data, size, &width, &height);
  /* Every decoder, whatever the first bytes say. */
  for (DsFileType as = DS_FILE_TYPE_JPEG; as <= DS_FILE_TYPE_PNG; as++)
    {
      g_autoptr(GBytes) out = ds_image_strip_location (as, bytes);

      if (out != NULL)
        g_assert (g_bytes_get_size (out) <= size);
    }

  stripped = ds_image_strip_location (type, bytes);
  if (stripped != NULL)
    {
      g_autoptr(GBytes) again = ds_image_strip_location (type, stripped);

      g_assert (again != NULL && g_bytes_equal (again, stripped));
    }
  return 0;
}

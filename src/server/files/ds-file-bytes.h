/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What an uploaded file is, told from its bytes alone, and the reading of
 * image headers and metadata that the upload checks need. Pure parsing of
 * bytes from outside, bounded by their length: fuzz/fuzz-file-bytes.c. */

typedef enum {
  DS_FILE_TYPE_UNKNOWN,
  DS_FILE_TYPE_PDF,
  DS_FILE_TYPE_JPEG,
  DS_FILE_TYPE_PNG,
} DsFileType;

DsFileType   ds_file_type_sniff          (const guint8 *data,
                                          gsize         size);
const char  *ds_file_type_content_type   (DsFileType    type);
gboolean     ds_file_type_is_image       (DsFileType    type);
gboolean     ds_pdf_looks_whole          (const guint8 *data,
                                          gsize         size);
gboolean     ds_image_read_size          (DsFileType    type,
                                          const guint8 *data,
                                          gsize         size,
                                          guint32      *width,
                                          guint32      *height);
GBytes      *ds_image_strip_location     (DsFileType    type,
                                          GBytes       *image);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-blob-store.h"
#include "ds-file-bytes.h"

G_BEGIN_DECLS

/* An uploaded file checked by its bytes and made ready to keep: its type
 * sniffed, an image's claimed size bounded before it is decoded, its
 * location metadata removed, decoded once (so a broken image is refused)
 * into a thumbnail, and hashed. */

#define DS_UPLOAD_MAX_BYTES  (5 * 1024 * 1024)
#define DS_UPLOAD_MAX_PIXELS (40 * 1000 * 1000)
#define DS_UPLOAD_MAX_SIDE   20000
#define DS_THUMBNAIL_SIDE    320

#define DS_UPLOAD_ERROR (ds_upload_error_quark ())

typedef enum {
  DS_UPLOAD_ERROR_TYPE,    /* not a PDF, JPEG or PNG: 415 */
  DS_UPLOAD_ERROR_BROKEN,  /* says it is one but is not whole: 422 */
  DS_UPLOAD_ERROR_PIXELS,  /* an image too large once decoded: 422 */
} DsUploadError;

typedef struct {
  DsFileType  type;
  GBytes     *bytes;            /* what is kept: the upload, location removed */
  GBytes     *thumbnail;        /* images only */
  const char *thumbnail_type;
  guint32     width;
  guint32     height;
  char       *sha256;
} DsUpload;

GQuark    ds_upload_error_quark (void);
gboolean  ds_upload_check_quick (GBytes      *body,
                                 DsFileType  *type,
                                 GError     **error);
DsUpload *ds_upload_prepare     (GBytes      *body,
                                 DsFileType   type,
                                 GError     **error);
gboolean  ds_upload_store       (DsUpload    *upload,
                                 DsBlobStore *blobs,
                                 const char  *id,
                                 GError     **error);
char     *ds_upload_thumbnail_name (const char *id);
void      ds_upload_free        (DsUpload    *upload);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsUpload, ds_upload_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>

#include "ds-upload.h"

G_DEFINE_QUARK (ds-upload-error-quark, ds_upload_error)

/**
 * ds_upload_check_quick:
 * @type: (out): what @body is
 *
 * The checks that read only the first bytes, made before anything is
 * decoded: the type, and for an image the size its header claims.
 */
gboolean
ds_upload_check_quick (GBytes      *body,
                       DsFileType  *type,
                       GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (body, &size);
  guint32 width, height;

  *type = ds_file_type_sniff (data, size);
  if (*type == DS_FILE_TYPE_UNKNOWN)
    {
      g_set_error_literal (error, DS_UPLOAD_ERROR, DS_UPLOAD_ERROR_TYPE,
                           "Only PDF documents and JPEG or PNG photos can be shared; this file is none of them.");
      return FALSE;
    }
  if (!ds_file_type_is_image (*type))
    return TRUE;

  if (!ds_image_read_size (*type, data, size, &width, &height) || width == 0 || height == 0)
    {
      g_set_error_literal (error, DS_UPLOAD_ERROR, DS_UPLOAD_ERROR_BROKEN,
                           "This image is damaged or incomplete and cannot be opened.");
      return FALSE;
    }
  if (width > DS_UPLOAD_MAX_SIDE || height > DS_UPLOAD_MAX_SIDE ||
      (guint64) width * height > DS_UPLOAD_MAX_PIXELS)
    {
      g_set_error (error, DS_UPLOAD_ERROR, DS_UPLOAD_ERROR_PIXELS,
                   "This image is %u × %u pixels; photos of up to 40 megapixels can be shared.", width, height);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  guint32  width;
  guint32  height;
  gboolean other_size;
} Expected;

static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  Expected *expected = user_data;

  /* The decoder must see the size the header was checked for; anything
   * else is decoded as one pixel and refused. */
  if ((guint32) width != expected->width || (guint32) height != expected->height)
    {
      expected->other_size = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
    }
}

static GdkPixbuf *
decode (DsUpload  *upload,
        GError   **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) decode_error = NULL;
  Expected expected = { upload->width, upload->height, FALSE };
  gsize size;
  const guint8 *data = g_bytes_get_data (upload->bytes, &size);
  GdkPixbuf *pixbuf;

  /* Only the decoder for the sniffed type, never one picked by guessing. */
  loader = gdk_pixbuf_loader_new_with_mime_type (ds_file_type_content_type (upload->type), &decode_error);
  if (loader == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&decode_error));
      return NULL;
    }
  g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared_cb), &expected);
  if (!gdk_pixbuf_loader_write (loader, data, size, &decode_error) ||
      !gdk_pixbuf_loader_close (loader, &decode_error) ||
      expected.other_size || (pixbuf = gdk_pixbuf_loader_get_pixbuf (loader)) == NULL)
    {
      if (decode_error == NULL)
        (void) gdk_pixbuf_loader_close (loader, NULL);
      g_set_error_literal (error, DS_UPLOAD_ERROR, DS_UPLOAD_ERROR_BROKEN,
                           "This image is damaged or incomplete and cannot be opened.");
      return NULL;
    }
  return g_object_ref (pixbuf);
}

static gboolean
make_thumbnail (DsUpload   *upload,
                GdkPixbuf  *image,
                GError    **error)
{
  g_autoptr(GdkPixbuf) upright = gdk_pixbuf_apply_embedded_orientation (image);
  g_autoptr(GdkPixbuf) small = NULL;
  g_autofree char *buffer = NULL;
  gsize length;
  int width = gdk_pixbuf_get_width (upright);
  int height = gdk_pixbuf_get_height (upright);
  double scale = MIN (1.0, (double) DS_THUMBNAIL_SIDE / MAX (width, height));
  gboolean alpha = gdk_pixbuf_get_has_alpha (upright);

  small = gdk_pixbuf_scale_simple (upright, MAX (1, (int) (width * scale + 0.5)),
                                   MAX (1, (int) (height * scale + 0.5)), GDK_INTERP_BILINEAR);
  if (small == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No memory for a thumbnail");
      return FALSE;
    }
  /* A photo's thumbnail as JPEG; one with transparency keeps it as PNG. */
  if (!(alpha ? gdk_pixbuf_save_to_buffer (small, &buffer, &length, "png", error, NULL)
              : gdk_pixbuf_save_to_buffer (small, &buffer, &length, "jpeg", error, "quality", "82", NULL)))
    return FALSE;
  upload->thumbnail = g_bytes_new_take (g_steal_pointer (&buffer), length);
  upload->thumbnail_type = alpha ? "image/png" : "image/jpeg";
  return TRUE;
}

/**
 * ds_upload_prepare:
 * @type: what ds_upload_check_quick() found @body to be
 *
 * The slow part, for a worker thread.
 *
 * Returns: (transfer full) (nullable): what to keep
 */
DsUpload *
ds_upload_prepare (GBytes      *body,
                   DsFileType   type,
                   GError     **error)
{
  g_autoptr(DsUpload) upload = g_new0 (DsUpload, 1);
  g_autoptr(GdkPixbuf) image = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (body, &size);

  upload->type = type;
  if (type == DS_FILE_TYPE_PDF)
    {
      if (!ds_pdf_looks_whole (data, size))
        {
          g_set_error_literal (error, DS_UPLOAD_ERROR, DS_UPLOAD_ERROR_BROKEN,
                               "This PDF is damaged or incomplete and cannot be opened.");
          return NULL;
        }
      upload->bytes = g_bytes_ref (body);
    }
  else
    {
      if (!ds_image_read_size (type, data, size, &upload->width, &upload->height) ||
          (upload->bytes = ds_image_strip_location (type, body)) == NULL)
        {
          g_set_error_literal (error, DS_UPLOAD_ERROR, DS_UPLOAD_ERROR_BROKEN,
                               "This image is damaged or incomplete and cannot be opened.");
          return NULL;
        }
      if ((image = decode (upload, error)) == NULL || !make_thumbnail (upload, image, error))
        return NULL;
    }
  upload->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, upload->bytes);
  return g_steal_pointer (&upload);
}

char *
ds_upload_thumbnail_name (const char *id)
{
  return g_strconcat (id, "-thumb", NULL);
}

/**
 * ds_upload_store:
 *
 * Puts the file and its thumbnail under @id; on failure neither is left.
 */
gboolean
ds_upload_store (DsUpload     *upload,
                 DsBlobStore  *blobs,
                 const char   *id,
                 GError      **error)
{
  g_autofree char *thumbnail = ds_upload_thumbnail_name (id);

  if (!ds_blob_store_put (blobs, id, upload->bytes, error))
    return FALSE;
  if (upload->thumbnail != NULL && !ds_blob_store_put (blobs, thumbnail, upload->thumbnail, error))
    {
      (void) ds_blob_store_remove (blobs, id, NULL);
      return FALSE;
    }
  return TRUE;
}

void
ds_upload_free (DsUpload *upload)
{
  if (upload == NULL)
    return;
  g_clear_pointer (&upload->bytes, g_bytes_unref);
  g_clear_pointer (&upload->thumbnail, g_bytes_unref);
  g_free (upload->sha256);
  g_free (upload);
}

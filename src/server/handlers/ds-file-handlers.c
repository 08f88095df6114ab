/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-blob-store.h"
#include "ds-file-handlers.h"
#include "ds-file-store.h"
#include "ds-upload.h"

/* A file shared with a customer (/files): uploading one (the body is the
 * file's bytes; what it is comes from those bytes, never from its name or
 * Content-Type), reading its description, its bytes and its thumbnail,
 * and deleting one the customer shared. Someone else's file is 404
 * everywhere. The list of everything shared, files and the documents the
 * business draws, is /documents (ds-document-list-handlers.c). */

static void
write_file (DsJsonWriter *builder,
            const DsFile *file,
            gboolean      may_delete)
{
  g_autofree char *content = g_strdup_printf ("/api/v1/files/%s/content", file->id);

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", file->id);
  ds_json_add_string (builder, "kind", file->kind);
  ds_json_add_string (builder, "name", file->name);
  ds_json_add_string (builder, "content_type", file->content_type);
  ds_json_add_int (builder, "size_bytes", file->size_bytes);
  if (file->width > 0)
    {
      ds_json_add_int (builder, "width", file->width);
      ds_json_add_int (builder, "height", file->height);
    }
  ds_json_add_string (builder, "created_at", file->created_at);
  ds_json_add_string (builder, "shared_by", file->shared_by);
  ds_json_add_string (builder, "shared_by_name", file->shared_by_name);
  ds_json_add_boolean (builder, "can_delete", may_delete);
  ds_json_add_string (builder, "job_id", file->job_id);
  ds_json_add_string (builder, "job_title", file->job_title);
  ds_json_add_string (builder, "property_id", file->property_id != NULL && *file->property_id ? file->property_id : NULL);
  ds_json_add_string (builder, "property_label", file->property_label);
  ds_json_add_boolean (builder, "has_thumbnail", file->thumbnail_blob != NULL);
  ds_json_add_string (builder, "content_url", content);
  ds_json_writer_end_object (builder);
}

static void
remove_blobs (DsBlobStore *blobs,
              const char  *id)
{
  g_autofree char *thumbnail = ds_upload_thumbnail_name (id);
  g_autoptr(GError) error = NULL;

  if (!ds_blob_store_remove (blobs, id, &error) || !ds_blob_store_remove (blobs, thumbnail, &error))
    g_warning ("Could not remove the bytes of %s: %s", id, error->message);
}

/* What the bytes say the file is not, as the API says it. */
static void
set_upload_error (GError **error,
                  GError  *upload_error)
{
  if (upload_error->domain != DS_UPLOAD_ERROR)
    g_propagate_error (error, upload_error);
  else
    {
      ds_set_problem (error, upload_error->code == DS_UPLOAD_ERROR_TYPE ? DS_ERROR_UNSUPPORTED : DS_ERROR_INVALID,
                      upload_error->code == DS_UPLOAD_ERROR_TYPE ? "unsupported-media-type" : "unreadable-file",
                      upload_error->message);
      g_error_free (upload_error);
    }
}

/* The row, and the key's answer, in one transaction; its bytes are in the
 * blob store already. */
static DsReply *
insert_file (DsCall   *call,
             gpointer  data,
             GError  **error)
{
  DsFile *file = data;
  g_autoptr(DsFile) stored = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *location = NULL;
  DsReply *reply;
  DsDb *db = ds_call_get_db (call);

  if (!ds_file_store_insert (db, file, error) ||
      (stored = ds_file_store_require (db, file->customer_id, file->id, error)) == NULL)
    return NULL;
  write_file (builder, stored, TRUE);
  location = g_strdup_printf ("/api/v1/files/%s", file->id);
  reply = ds_reply_json (201, builder);
  ds_reply_set_header (reply, "Location", location);
  return reply;
}

/* POST /files?name=...[&job_id=...][&property_id=...]: the route runs in
 * the slow lane and outside any transaction (DS_TX_NONE): a photo is
 * checked and decoded, and its bytes and thumbnail stored, first; the row
 * commits after, and bytes whose row did not commit are removed. */
DsReply *
ds_files_upload_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  GBytes *body = ds_call_get_body (call);
  const char *name = ds_call_get_query (call, "name");
  const char *customer_id = ds_call_get_customer_id (call);
  DsBlobStore *blobs = ds_call_get_config (call)->blobs;
  g_autoptr(DsFile) file = g_new0 (DsFile, 1);
  g_autoptr(DsUpload) upload = NULL;
  GError *upload_error = NULL;
  gboolean committed = FALSE;
  DsFileType type;
  DsReply *reply;

  if (!ds_file_check_name (name, error) ||
      !ds_file_store_place (ds_call_get_db (call), customer_id, ds_call_get_query (call, "job_id"),
                            ds_call_get_query (call, "property_id"), file, error))
    return NULL;
  if (g_bytes_get_size (body) == 0)
    {
      ds_set_problem (error, DS_ERROR_INVALID, "unreadable-file", "This file is empty.");
      return NULL;
    }
  if (!ds_upload_check_quick (body, &type, &upload_error))
    {
      set_upload_error (error, upload_error);
      return NULL;
    }

  file->id = ds_new_id ("fil");
  file->blob = g_strdup (file->id);
  file->customer_id = g_strdup (customer_id);
  file->kind = g_strdup (ds_file_type_is_image (type) ? "photo" : "document");
  file->name = g_strdup (name);
  file->content_type = g_strdup (ds_file_type_content_type (type));
  file->shared_by = g_strdup ("customer");
  file->uploaded_by = g_strdup (ds_call_get_identity (call)->user_id);
  file->created_at = ds_now_timestamp ();

  if ((upload = ds_upload_prepare (body, type, &upload_error)) == NULL ||
      !ds_upload_store (upload, blobs, file->id, &upload_error))
    {
      set_upload_error (error, upload_error);
      return NULL;
    }
  file->size_bytes = (gint64) g_bytes_get_size (upload->bytes);
  file->sha256 = g_strdup (upload->sha256);
  file->width = upload->width;
  file->height = upload->height;
  if (upload->thumbnail != NULL)
    {
      file->thumbnail_blob = ds_upload_thumbnail_name (file->id);
      file->thumbnail_type = g_strdup (upload->thumbnail_type);
    }

  /* Whatever does not commit (a failure, or a retry of the same request
   * that got there first and is replayed) takes its bytes with it. */
  reply = ds_call_write (call, insert_file, file, &committed, error);
  if (!committed)
    remove_blobs (blobs, file->id);
  return reply;
}

/* The file the path names, of the call's customer. */
static DsFile *
load_file (DsCall  *call,
           GError **error)
{
  return ds_file_store_require (ds_call_get_db (call), ds_call_get_customer_id (call),
                                ds_call_get_param (call, "id"), error);
}

DsReply *
ds_files_get_handler (DsCall   *call,
                      gpointer  input,
                      GError  **error)
{
  g_autoptr(DsFile) file = load_file (call, error);
  g_autoptr(DsJsonWriter) builder = NULL;

  if (file == NULL)
    return NULL;
  builder = ds_json_writer_new ();
  write_file (builder, file, ds_file_may_delete (file->shared_by, ds_call_is_customer (call)));
  return ds_reply_json (200, builder);
}

/* A file's bytes (or its thumbnail's), with an ETag from its hash that a
 * conditional GET is answered 304 by, and ranges for the file itself. */
static DsReply *
reply_blob (DsCall      *call,
            DsFile      *file,
            const char  *blob,
            const char  *content_type,
            gboolean     ranges,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = g_strdup_printf ("\"%s%s\"", file->sha256, blob == file->blob ? "" : "-thumb");
  const char *download = ds_call_get_query (call, "download");
  DsReply *reply;

  if (ds_call_not_modified (call, etag, NULL))
    reply = ds_reply_empty (304);
  else
    {
      bytes = ds_blob_store_get (ds_call_get_config (call)->blobs, blob, &local_error);
      if (bytes == NULL)
        {
          g_warning ("The bytes of file %s are missing: %s", file->id, local_error->message);
          g_set_error_literal (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "This file's contents could not be read.");
          return NULL;
        }
      reply = ds_reply_bytes (200, content_type, bytes);
      ds_reply_set_disposition (reply, g_strcmp0 (download, "1") == 0 ? "attachment" : "inline", file->name);
      if (ranges)
        ds_reply_allow_ranges (reply);
    }
  ds_reply_set_header (reply, "ETag", etag);
  ds_reply_set_header (reply, "Cache-Control", "private, no-cache");
  return reply;
}

DsReply *
ds_files_content_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsFile) file = load_file (call, error);

  return file != NULL ? reply_blob (call, file, file->blob, file->content_type, TRUE, error) : NULL;
}

DsReply *
ds_files_thumbnail_handler (DsCall   *call,
                            gpointer  input,
                            GError  **error)
{
  g_autoptr(DsFile) file = load_file (call, error);

  if (file == NULL)
    return NULL;
  if (file->thumbnail_blob == NULL)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "Only photos have thumbnails.");
      return NULL;
    }
  return reply_blob (call, file, file->thumbnail_blob, file->thumbnail_type, FALSE, error);
}

static DsReply *
delete_file (DsCall   *call,
             gpointer  data,
             GError  **error)
{
  const DsFile *file = data;

  if (!ds_file_store_delete (ds_call_get_db (call), file->id, error))
    return NULL;
  return ds_reply_empty (204);
}

/* Gone from the list first; the bytes follow (a crash in between leaves
 * bytes no row names, never a row without bytes). */
DsReply *
ds_files_delete_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  g_autoptr(DsFile) file = load_file (call, error);
  gboolean committed = FALSE;
  DsReply *reply;

  if (file == NULL || !ds_file_check_delete (file, ds_call_is_customer (call), error))
    return NULL;
  reply = ds_call_write (call, delete_file, file, &committed, error);
  if (committed)
    remove_blobs (ds_call_get_config (call)->blobs, file->id);
  return reply;
}

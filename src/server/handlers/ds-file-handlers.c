/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-blob-store.h"
#include "ds-customer-store.h"
#include "ds-file-handlers.h"
#include "ds-file-store.h"
#include "ds-idempotency.h"
#include "ds-reading.h"
#include "ds-upload.h"

/* Files shared with a customer: uploading one (the body is the file's
 * bytes; what it is comes from those bytes, never from its name or
 * Content-Type), reading its description, its bytes and its thumbnail,
 * and deleting one the customer shared. Someone else's file is 404
 * everywhere. */

#define NAME_MAX_CHARS 200

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

/* Only the customer's own uploads are theirs to delete, and only they
 * may (a staff preview reads). */
static gboolean
may_delete (DsContext    *ctx,
            const DsFile *file)
{
  return g_str_equal (file->shared_by, "customer") &&
         ds_context_get_identity (ctx)->customer_id != NULL;
}

/* What is wrong with a file's name, or %NULL: it ends up in headers and
 * in the names of saved files, so it is plain text of a sane length. */
static const char *
check_name (const char *name)
{
  gboolean visible = FALSE;

  if (name == NULL || *name == '\0')
    return "Give the file's name.";
  if (!g_utf8_validate (name, -1, NULL))
    return "A file's name must be text.";
  if (strlen (name) > NAME_MAX_CHARS * 4 || g_utf8_strlen (name, -1) > NAME_MAX_CHARS)
    return "A file's name can be at most 200 characters.";
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\')
        return "A file's name cannot contain / or \\.";
      if (c == '"' || g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        return "A file's name cannot contain quotes or control characters.";
      if (c != '.' && !g_unichar_isspace (c))
        visible = TRUE;
    }
  if (!visible)
    return "Give the file's name.";
  return NULL;
}

typedef struct {
  DsFile      *file;     /* what the row will say */
  GBytes      *body;
  DsFileType   type;
  DsBlobStore *blobs;
  DsUpload    *upload;
  GError      *error;
} UploadJob;

static void
upload_job_free (gpointer data)
{
  UploadJob *job = data;

  ds_file_free (job->file);
  g_bytes_unref (job->body);
  ds_upload_free (job->upload);
  g_clear_error (&job->error);
  g_free (job);
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

static void
upload_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  UploadJob *job = task_data;

  job->upload = ds_upload_prepare (job->body, job->type, &job->error);
  if (job->upload != NULL && !ds_upload_store (job->upload, job->blobs, job->file->id, &job->error))
    g_clear_pointer (&job->upload, ds_upload_free);
  g_task_return_boolean (task, TRUE);
}

static void
respond_upload_error (DsContext    *ctx,
                      const GError *error)
{
  if (error->domain != DS_UPLOAD_ERROR)
    ds_context_respond_error (ctx, error);
  else if (error->code == DS_UPLOAD_ERROR_TYPE)
    ds_context_respond_problem (ctx, 415, "unsupported-media-type", error->message);
  else
    ds_context_respond_problem (ctx, 422, "unreadable-file", error->message);
}

static void
upload_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DsContext) ctx = user_data;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autoptr(DsIdempotency) idem = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *location = NULL;
  UploadJob *job = g_task_get_task_data (G_TASK (result));
  DsFile *file = job->file;

  if (job->upload == NULL)
    {
      respond_upload_error (ctx, job->error);
      ds_context_resume (ctx);
      return;
    }

  file->size_bytes = (gint64) g_bytes_get_size (job->upload->bytes);
  file->sha256 = g_strdup (job->upload->sha256);
  file->width = job->upload->width;
  file->height = job->upload->height;
  if (job->upload->thumbnail != NULL)
    {
      file->thumbnail_blob = ds_upload_thumbnail_name (file->id);
      file->thumbnail_type = g_strdup (job->upload->thumbnail_type);
    }

  /* The bytes are in place; the row, and the key's answer, go in one
   * transaction. Whatever does not commit takes its bytes with it. */
  idem = ds_idempotency_begin (ctx);
  if (idem == NULL)
    {
      remove_blobs (job->blobs, file->id);
      ds_context_resume (ctx);
      return;
    }
  if (!ds_file_store_insert (ds_context_get_db (ctx), file, &error))
    {
      remove_blobs (job->blobs, file->id);
      ds_context_respond_error (ctx, error);
      ds_context_resume (ctx);
      return;
    }
  {
    g_autoptr(DsFile) stored = ds_file_store_get (ds_context_get_db (ctx), file->customer_id, file->id, &error);

    if (stored == NULL)
      {
        remove_blobs (job->blobs, file->id);
        if (error != NULL)
          ds_context_respond_error (ctx, error);
        ds_context_resume (ctx);
        return;
      }
    write_file (builder, stored, TRUE);
  }
  location = g_strdup_printf ("/api/v1/files/%s", file->id);
  if (!ds_idempotency_respond (idem, 201, location, builder))
    remove_blobs (job->blobs, file->id);
  ds_context_resume (ctx);
}

/* The job a new file belongs to (and so its property), checked to be the
 * customer's; answers itself when it is not. */
static gboolean
read_job (DsContext  *ctx,
          const char *customer_id,
          DsFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *job_property = NULL;
  const char *job_id = ds_context_get_query (ctx, "job_id");

  if (job_id == NULL || *job_id == '\0')
    return TRUE;
  if (strlen (job_id) <= 64 &&
      !ds_file_store_owns_job (ds_context_get_db (ctx), customer_id, job_id, &job_property, &error))
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  if (job_property == NULL)
    {
      ds_context_respond_field_error (ctx, "job_id", "Choose one of your jobs.");
      return FALSE;
    }
  file->job_id = g_strdup (job_id);
  if (*job_property != '\0')
    file->property_id = g_steal_pointer (&job_property);
  return TRUE;
}

/* The property a new file belongs to, checked to be the customer's and
 * the job's (read first); answers itself when it is not. */
static gboolean
read_property (DsContext  *ctx,
               const char *customer_id,
               DsFile     *file)
{
  g_autoptr(GError) error = NULL;
  const char *property_id = ds_context_get_query (ctx, "property_id");
  gboolean owns = FALSE;

  if (property_id == NULL || *property_id == '\0')
    return TRUE;
  if (strlen (property_id) <= 64 &&
      !ds_customer_store_owns_property (ds_context_get_db (ctx), customer_id, property_id, &owns, &error))
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  if (!owns || (file->property_id != NULL && !g_str_equal (file->property_id, property_id)))
    {
      ds_context_respond_field_error (ctx, "property_id",
                                      owns ? "This job was done at another of your properties."
                                           : "Choose one of your properties.");
      return FALSE;
    }
  g_free (file->property_id);
  file->property_id = g_strdup (property_id);
  return TRUE;
}

void
ds_files_upload_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(DsFile) file = NULL;
  g_autofree char *customer_id = NULL;
  const char *name = ds_context_get_query (ctx, "name");
  const char *problem;
  DsFileType type;
  UploadJob *job;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id))
    return;
  if ((problem = check_name (name)) != NULL)
    {
      ds_context_respond_field_error (ctx, "name", problem);
      return;
    }

  file = g_new0 (DsFile, 1);
  if (!read_job (ctx, customer_id, file) || !read_property (ctx, customer_id, file))
    return;

  /* A retry of an upload already kept replays its answer here, before
   * any work; the key is taken for real once the bytes are in place. */
  {
    g_autoptr(DsIdempotency) early = ds_idempotency_begin (ctx);

    if (early == NULL)
      return;
  }

  body = ds_context_get_body (ctx);
  if (g_bytes_get_size (body) > DS_UPLOAD_MAX_BYTES)
    {
      ds_context_respond_problem (ctx, 413, "payload-too-large", "Files of up to 5 MB can be shared.");
      return;
    }
  if (g_bytes_get_size (body) == 0)
    {
      ds_context_respond_problem (ctx, 422, "unreadable-file", "This file is empty.");
      return;
    }
  if (!ds_upload_check_quick (body, &type, &error))
    {
      respond_upload_error (ctx, error);
      return;
    }

  file->id = ds_new_id ("fil");
  file->blob = g_strdup (file->id);
  file->customer_id = g_strdup (customer_id);
  file->kind = g_strdup (ds_file_type_is_image (type) ? "photo" : "document");
  file->name = g_strdup (name);
  file->content_type = g_strdup (ds_file_type_content_type (type));
  file->shared_by = g_strdup ("customer");
  file->uploaded_by = g_strdup (ds_context_get_identity (ctx)->user_id);
  file->created_at = ds_now_timestamp ();

  job = g_new0 (UploadJob, 1);
  job->file = g_steal_pointer (&file);
  job->body = g_steal_pointer (&body);
  job->type = type;
  job->blobs = ds_context_get_config (ctx)->blobs;

  /* Decoding a photo takes a while; other requests go on meanwhile. */
  ds_context_pause (ctx);
  task = g_task_new (NULL, NULL, upload_done_cb, ds_context_ref (ctx));
  g_task_set_task_data (task, job, upload_job_free);
  g_task_run_in_thread (task, upload_thread);
}

/* The file the path names, the asker's (a staff preview names the
 * customer); answers itself and returns %NULL otherwise. */
static DsFile *
load_file (DsContext *ctx,
           DsScope    scope)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *customer_id = NULL;
  const char *id = ds_context_get_param (ctx, "id");
  DsFile *file;

  if (!ds_context_resolve_customer (ctx, scope, &customer_id))
    return NULL;
  file = strlen (id) <= 64 ? ds_file_store_get (ds_context_get_db (ctx), customer_id, id, &error) : NULL;
  if (file == NULL)
    {
      if (error != NULL)
        ds_context_respond_error (ctx, error);
      else
        ds_context_respond_not_found (ctx, "There is no such file.");
    }
  return file;
}

void
ds_files_get_handler (DsContext *ctx)
{
  g_autoptr(DsFile) file = load_file (ctx, DS_SCOPE_READ);
  g_autoptr(DsJsonWriter) builder = NULL;

  if (file == NULL)
    return;
  builder = ds_json_writer_new ();
  write_file (builder, file, may_delete (ctx, file));
  ds_context_respond_json (ctx, 200, builder);
}

/* "bytes=A-B", "bytes=A-" or "bytes=-N" of @size bytes: one range, or
 * FALSE for anything else (which is then ignored, as HTTP allows). Sets
 * @satisfiable FALSE for a well-formed range that starts past the end. */
static gboolean
parse_range (const char *header,
             gsize       size,
             gsize      *first,
             gsize      *last,
             gboolean   *satisfiable)
{
  const char *spec;
  char *end;
  guint64 a, b;

  *satisfiable = TRUE;
  if (header == NULL || !g_str_has_prefix (header, "bytes="))
    return FALSE;
  spec = header + 6;
  if (strchr (spec, ',') != NULL)
    return FALSE;
  if (*spec == '-')
    {
      if (!g_ascii_isdigit (spec[1]))
        return FALSE;
      b = g_ascii_strtoull (spec + 1, &end, 10);
      if (*end != '\0')
        return FALSE;
      if (b == 0 || size == 0)
        {
          *satisfiable = FALSE;
          return TRUE;
        }
      *first = size - MIN (b, size);
      *last = size - 1;
      return TRUE;
    }
  if (!g_ascii_isdigit (*spec))
    return FALSE;
  a = g_ascii_strtoull (spec, &end, 10);
  if (*end != '-')
    return FALSE;
  if (end[1] == '\0')
    b = G_MAXUINT64;
  else
    {
      if (!g_ascii_isdigit (end[1]))
        return FALSE;
      b = g_ascii_strtoull (end + 1, &end, 10);
      if (*end != '\0' || b < a)
        return FALSE;
    }
  if (a >= size)
    {
      *satisfiable = FALSE;
      return TRUE;
    }
  *first = (gsize) a;
  *last = (gsize) MIN (b, (guint64) size - 1);
  return TRUE;
}

/* A Content-Disposition that cannot carry anything but the name: an
 * ASCII fallback and the name itself percent-encoded (RFC 6266). */
static char *
content_disposition (const char *kind,
                     const char *name)
{
  g_autoptr(GString) fallback = g_string_new (NULL);
  g_autofree char *encoded = g_uri_escape_string (name, NULL, FALSE);

  for (const char *p = name; *p != '\0'; p++)
    g_string_append_c (fallback, (guchar) *p < 0x80 && *p != '"' && *p != '\\' && (guchar) *p >= 0x20 ? *p : '_');
  return g_strdup_printf ("%s; filename=\"%s\"; filename*=UTF-8''%s", kind, fallback->str, encoded);
}

static void
respond_blob (DsContext  *ctx,
              DsFile     *file,
              const char *blob,
              const char *content_type,
              gboolean    ranges)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = g_strdup_printf ("\"%s%s\"", file->sha256, blob == file->blob ? "" : "-thumb");
  const char *if_none_match = ds_context_get_header (ctx, "If-None-Match");
  const char *if_range = ds_context_get_header (ctx, "If-Range");
  const char *download = ds_context_get_query (ctx, "download");
  g_autofree char *disposition = NULL;
  gsize first = 0, last = 0, size;
  gboolean satisfiable, ranged;

  ds_context_set_header (ctx, "ETag", etag);
  ds_context_set_header (ctx, "Cache-Control", "private, no-cache");
  if (if_none_match != NULL && (strstr (if_none_match, etag) != NULL || g_str_equal (if_none_match, "*")))
    {
      ds_context_respond_empty (ctx, 304);
      return;
    }

  bytes = ds_blob_store_get (ds_context_get_config (ctx)->blobs, blob, &error);
  if (bytes == NULL)
    {
      g_warning ("The bytes of file %s are missing: %s", file->id, error->message);
      ds_context_respond_problem (ctx, 500, "internal", "This file's contents could not be read.");
      return;
    }
  size = g_bytes_get_size (bytes);

  disposition = content_disposition (g_strcmp0 (download, "1") == 0 ? "attachment" : "inline", file->name);
  ds_context_set_header (ctx, "Content-Disposition", disposition);
  if (!ranges)
    {
      ds_context_ignore_range (ctx);
      ds_context_respond_bytes (ctx, 200, content_type, bytes);
      return;
    }

  ds_context_set_header (ctx, "Accept-Ranges", "bytes");
  ranged = (if_range == NULL || g_str_equal (if_range, etag)) &&
           parse_range (ds_context_get_header (ctx, "Range"), size, &first, &last, &satisfiable);
  ds_context_ignore_range (ctx);
  if (ranged)
    {
      g_autofree char *content_range = NULL;

      if (!satisfiable)
        {
          content_range = g_strdup_printf ("bytes */%" G_GSIZE_FORMAT, size);
          ds_context_set_header (ctx, "Content-Range", content_range);
          ds_context_respond_problem (ctx, 416, "range-not-satisfiable",
                                      "The range asked for starts past the end of the file.");
          return;
        }
      {
        g_autoptr(GBytes) part = g_bytes_new_from_bytes (bytes, first, last - first + 1);

        content_range = g_strdup_printf ("bytes %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT "/%" G_GSIZE_FORMAT,
                                         first, last, size);
        ds_context_set_header (ctx, "Content-Range", content_range);
        ds_context_respond_bytes (ctx, 206, content_type, part);
      }
      return;
    }
  ds_context_respond_bytes (ctx, 200, content_type, bytes);
}

void
ds_files_content_handler (DsContext *ctx)
{
  g_autoptr(DsFile) file = load_file (ctx, DS_SCOPE_READ);

  if (file != NULL)
    respond_blob (ctx, file, file->blob, file->content_type, TRUE);
}

void
ds_files_thumbnail_handler (DsContext *ctx)
{
  g_autoptr(DsFile) file = load_file (ctx, DS_SCOPE_READ);

  if (file == NULL)
    return;
  if (file->thumbnail_blob == NULL)
    {
      ds_context_respond_not_found (ctx, "Only photos have thumbnails.");
      return;
    }
  respond_blob (ctx, file, file->thumbnail_blob, file->thumbnail_type, FALSE);
}

void
ds_files_delete_handler (DsContext *ctx)
{
  g_autoptr(DsFile) file = load_file (ctx, DS_SCOPE_WRITE);
  g_autoptr(DsTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (file == NULL)
    return;
  if (!may_delete (ctx, file))
    {
      g_autofree char *detail = g_strdup_printf ("%s shared this file; only they can remove it.",
                                                 file->shared_by_name != NULL ? file->shared_by_name
                                                                              : "The business");

      ds_context_respond_problem (ctx, 403, "forbidden", detail);
      return;
    }
  if ((tx = ds_transaction_begin (db, &error)) == NULL || !ds_file_store_delete (db, file->id, &error) ||
      !ds_transaction_commit (tx, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  /* Gone from the list first; the bytes follow (a crash in between
   * leaves bytes no row names, never a row without bytes). */
  remove_blobs (ds_context_get_config (ctx)->blobs, file->id);
  ds_context_respond_empty (ctx, 204);
}

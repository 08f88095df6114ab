/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-zip.h"

struct _DoorstepZip {
  GPtrArray  *names;
  GPtrArray  *contents;
  GHashTable *taken;     /* names already in it */
};

DoorstepZip *
doorstep_zip_new (void)
{
  DoorstepZip *zip = g_new0 (DoorstepZip, 1);

  zip->names = g_ptr_array_new_with_free_func (g_free);
  zip->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  zip->taken = g_hash_table_new (g_str_hash, g_str_equal);
  return zip;
}

void
doorstep_zip_free (DoorstepZip *zip)
{
  if (zip == NULL)
    return;
  g_hash_table_unref (zip->taken);
  g_ptr_array_unref (zip->names);
  g_ptr_array_unref (zip->contents);
  g_free (zip);
}

/**
 * doorstep_zip_add:
 * @name: the file's name in the archive, without folders
 *
 * Returns: %FALSE when @name is not a plain file name or is taken
 */
gboolean
doorstep_zip_add (DoorstepZip *zip,
                  const char  *name,
                  GBytes      *contents)
{
  g_return_val_if_fail (zip != NULL, FALSE);

  /* A name from a server is data: no folders, no "..", nothing hidden. */
  if (name == NULL || *name == '\0' || *name == '.' || strchr (name, '/') != NULL || strchr (name, '\\') != NULL ||
      !g_utf8_validate (name, -1, NULL) || g_hash_table_contains (zip->taken, name))
    return FALSE;
  g_ptr_array_add (zip->names, g_strdup (name));
  g_ptr_array_add (zip->contents, g_bytes_ref (contents));
  g_hash_table_add (zip->taken, g_ptr_array_index (zip->names, zip->names->len - 1));
  return TRUE;
}

guint
doorstep_zip_get_n_files (DoorstepZip *zip)
{
  return zip->names->len;
}

/* libarchive writes through these into the GFile's output stream. */

typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static la_ssize_t
sink_write (struct archive *archive,
            void           *data,
            const void     *buffer,
            size_t          length)
{
  Sink *sink = data;
  gsize written = 0;

  if (!g_output_stream_write_all (sink->stream, buffer, length, &written, sink->cancellable, &sink->error))
    {
      archive_set_error (archive, EIO, "%s", sink->error->message);
      return -1;
    }
  return (la_ssize_t) written;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DoorstepZip *zip = g_object_get_data (G_OBJECT (task), "zip");
  GFile *file = task_data;
  g_autoptr(GFileOutputStream) stream = NULL;
  GError *error = NULL;
  struct archive *archive;
  Sink sink = { NULL, cancellable, NULL };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  /* Replaced only when the stream closes, so a failure leaves any file
   * that was there as it was. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &error);
  if (stream == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  sink.stream = G_OUTPUT_STREAM (stream);

  archive = archive_write_new ();
  archive_write_set_format_zip (archive);
  archive_write_set_bytes_in_last_block (archive, 1);
  if (archive_write_open2 (archive, &sink, NULL, sink_write, NULL, NULL) != ARCHIVE_OK)
    goto failed;

  for (guint i = 0; i < zip->names->len; i++)
    {
      GBytes *bytes = g_ptr_array_index (zip->contents, i);
      gsize size;
      const void *data = g_bytes_get_data (bytes, &size);
      struct archive_entry *entry = archive_entry_new ();
      gboolean ok;

      archive_entry_set_pathname_utf8 (entry, g_ptr_array_index (zip->names, i));
      archive_entry_set_size (entry, (la_int64_t) size);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_mtime (entry, now, 0);
      ok = archive_write_header (archive, entry) == ARCHIVE_OK &&
           (size == 0 || archive_write_data (archive, data, size) == (la_ssize_t) size);
      archive_entry_free (entry);
      if (!ok)
        goto failed;
    }
  if (archive_write_close (archive) != ARCHIVE_OK)
    goto failed;
  archive_write_free (archive);

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
  return;

failed:
  if (sink.error == NULL)
    g_set_error (&sink.error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Couldn’t write the ZIP file: %s"),
                 archive_error_string (archive) != NULL ? archive_error_string (archive) : _("unknown error"));
  archive_write_free (archive);
  /* Abandon the half-written replacement: the old file stays. */
  {
    g_autoptr(GCancellable) abandon = g_cancellable_new ();

    g_cancellable_cancel (abandon);
    g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
  }
  g_task_return_error (task, sink.error);
}

/**
 * doorstep_zip_write_async:
 *
 * Writes every file added to @file. @zip must stay as it is until the
 * write has finished.
 */
void
doorstep_zip_write_async (DoorstepZip         *zip,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, doorstep_zip_write_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "zip", zip);
  g_task_run_in_thread (task, write_thread);
}

gboolean
doorstep_zip_write_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ds-blob-store.h"
#include "ds-db.h"

/* The directory driver: each blob is a file under one of 256
 * subdirectories picked by a hash of its name (so no one directory grows
 * too large), written to a
 * temporary file in the same directory, flushed to disk, and renamed into
 * place, so a reader or a crash sees the whole blob or none. Several
 * server processes may share the directory. */

typedef struct {
  DsBlobStore  parent;
  char        *path;
} DirectoryStore;

gboolean
ds_blob_store_name_is_valid (const char *name)
{
  gsize length = strlen (name);

  if (length < 3 || length > 100)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '_' && name[i] != '-')
      return FALSE;
  return TRUE;
}

/* The blob's file, and (when @dir is given) the directory holding it. */
static char *
blob_path (DirectoryStore *store,
           const char     *name,
           char          **dir)
{
  g_autofree char *fan = g_strdup_printf ("%02x", g_str_hash (name) & 0xff);
  g_autofree char *parent = g_build_filename (store->path, fan, NULL);
  char *path = g_build_filename (parent, name, NULL);

  if (dir != NULL)
    *dir = g_steal_pointer (&parent);
  return path;
}

static gboolean
set_errno_error (GError     **error,
                 int          saved,
                 const char  *what,
                 const char  *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "Cannot %s %s: %s", what, path, g_strerror (saved));
  return FALSE;
}

static gboolean
sync_directory (const char  *dir,
                GError     **error)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int saved;

  if (fd < 0)
    return set_errno_error (error, errno, "open", dir);
  if (fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      return set_errno_error (error, saved, "flush", dir);
    }
  close (fd);
  return TRUE;
}

static gboolean
directory_put (DsBlobStore  *blobs,
               const char   *name,
               GBytes       *bytes,
               GError      **error)
{
  DirectoryStore *store = (DirectoryStore *) blobs;
  g_autofree char *dir = NULL;
  g_autofree char *path = blob_path (store, name, &dir);
  g_autofree char *temp = NULL;
  gsize size, written = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  int fd, saved;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_errno_error (error, errno, "create", dir);

  temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, name);
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno, "create", temp);

  while (written < size)
    {
      gssize n = write (fd, data + written, size - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        goto fail;
      written += (gsize) n;
    }
  if (fsync (fd) != 0)
    goto fail;
  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;
  if (g_rename (temp, path) != 0)
    goto fail;
  return sync_directory (dir, error);

fail:
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temp);
  return set_errno_error (error, saved, "write", path);
}

static GBytes *
directory_get (DsBlobStore  *blobs,
               const char   *name,
               GError      **error)
{
  g_autofree char *path = blob_path ((DirectoryStore *) blobs, name, NULL);
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);

  return mapped != NULL ? g_mapped_file_get_bytes (mapped) : NULL;
}

static gboolean
directory_remove (DsBlobStore  *blobs,
                  const char   *name,
                  GError      **error)
{
  g_autofree char *path = blob_path ((DirectoryStore *) blobs, name, NULL);

  if (g_unlink (path) != 0 && errno != ENOENT)
    return set_errno_error (error, errno, "remove", path);
  return TRUE;
}

static void
directory_free (DsBlobStore *blobs)
{
  DirectoryStore *store = (DirectoryStore *) blobs;

  g_free (store->path);
  g_free (store);
}

static const DsBlobStoreClass directory_class = {
  directory_put,
  directory_get,
  directory_remove,
  directory_free,
};

/**
 * ds_blob_store_new_directory:
 * @path: the directory, created (private to this user) when missing
 */
DsBlobStore *
ds_blob_store_new_directory (const char  *path,
                             GError     **error)
{
  DirectoryStore *store;

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      set_errno_error (error, errno, "create", path);
      return NULL;
    }
  store = g_new0 (DirectoryStore, 1);
  store->parent.klass = &directory_class;
  store->path = g_strdup (path);
  return &store->parent;
}

/**
 * ds_blob_store_default_path:
 * @db_location: the --db given to the server
 *
 * Returns: (transfer full): the directory beside a SQLite file
 *   ("doorstep.sqlite" keeps its files in "doorstep-files"), or in the
 *   user's data directory for a PostgreSQL database
 */
char *
ds_blob_store_default_path (const char *db_location)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *dot;

  if (ds_db_location_is_uri (db_location))
    return g_build_filename (g_get_user_data_dir (), "doorstep", "files", NULL);
  dir = g_path_get_dirname (db_location);
  base = g_path_get_basename (db_location);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return g_strdup_printf ("%s/%s-files", dir, base);
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (ds_blob_store_name_is_valid (name))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, "Not a blob name: %s", name);
  return FALSE;
}

gboolean
ds_blob_store_put (DsBlobStore  *store,
                   const char   *name,
                   GBytes       *bytes,
                   GError      **error)
{
  return check_name (name, error) && store->klass->put (store, name, bytes, error);
}

GBytes *
ds_blob_store_get (DsBlobStore  *store,
                   const char   *name,
                   GError      **error)
{
  return check_name (name, error) ? store->klass->get (store, name, error) : NULL;
}

gboolean
ds_blob_store_remove (DsBlobStore  *store,
                      const char   *name,
                      GError      **error)
{
  return check_name (name, error) && store->klass->remove (store, name, error);
}

void
ds_blob_store_free (DsBlobStore *store)
{
  if (store != NULL)
    store->klass->free (store);
}

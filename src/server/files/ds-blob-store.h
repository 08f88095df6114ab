/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where the bytes of uploaded files live, behind a small interface so
 * that a driver for an object store can stand beside the directory one
 * (HACKING.md says what it would need). Names are built by the server
 * (a file's id, and the id with "-thumb"), never taken from a client. */

typedef struct _DsBlobStore DsBlobStore;

typedef struct {
  /* Stores @bytes under @name whole or not at all. */
  gboolean (*put)    (DsBlobStore  *store,
                      const char   *name,
                      GBytes       *bytes,
                      GError      **error);
  GBytes  *(*get)    (DsBlobStore  *store,
                      const char   *name,
                      GError      **error);
  /* Removing what is not there is not an error. */
  gboolean (*remove) (DsBlobStore  *store,
                      const char   *name,
                      GError      **error);
  void     (*free)   (DsBlobStore  *store);
} DsBlobStoreClass;

struct _DsBlobStore {
  const DsBlobStoreClass *klass;
};

DsBlobStore *ds_blob_store_new_directory (const char   *path,
                                          GError      **error);
char        *ds_blob_store_default_path  (const char   *db_location);
gboolean     ds_blob_store_name_is_valid (const char   *name);

gboolean     ds_blob_store_put           (DsBlobStore  *store,
                                          const char   *name,
                                          GBytes       *bytes,
                                          GError      **error);
GBytes      *ds_blob_store_get           (DsBlobStore  *store,
                                          const char   *name,
                                          GError      **error);
gboolean     ds_blob_store_remove        (DsBlobStore  *store,
                                          const char   *name,
                                          GError      **error);
void         ds_blob_store_free          (DsBlobStore  *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsBlobStore, ds_blob_store_free)

G_END_DECLS

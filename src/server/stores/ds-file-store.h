/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* Files shared with a customer (photos and PDF documents), by the
 * business or by the customer: their rows; their bytes are in the blob
 * store under the names kept here. */

typedef struct {
  char    *id;
  char    *customer_id;
  char    *kind;            /* "photo", "document" */
  char    *name;
  char    *content_type;
  gint64   size_bytes;
  char    *sha256;
  char    *blob;
  char    *thumbnail_blob;  /* NULL for documents */
  char    *thumbnail_type;
  gint64   width;           /* 0 for documents */
  gint64   height;
  char    *shared_by;       /* "customer", "business" */
  char    *shared_by_name;  /* who uploaded it, or the business's name */
  char    *uploaded_by;     /* a user id, or NULL */
  char    *job_id;
  char    *job_title;
  char    *property_id;
  char    *property_label;
  char    *created_at;
} DsFile;

gboolean  ds_file_store_insert     (DsDb          *db,
                                    const DsFile  *file,
                                    GError       **error);
DsFile   *ds_file_store_get        (DsDb          *db,
                                    const char    *customer_id,
                                    const char    *file_id,
                                    GError       **error);
gboolean  ds_file_store_delete     (DsDb          *db,
                                    const char    *file_id,
                                    GError       **error);
gboolean  ds_file_store_owns_job   (DsDb          *db,
                                    const char    *customer_id,
                                    const char    *job_id,
                                    char         **property_id,
                                    GError       **error);
DsFile   *ds_file_store_require    (DsDb          *db,
                                    const char    *customer_id,
                                    const char    *file_id,
                                    GError       **error);
gboolean  ds_file_store_place      (DsDb          *db,
                                    const char    *customer_id,
                                    const char    *job_id,
                                    const char    *property_id,
                                    DsFile        *file,
                                    GError       **error);
gboolean  ds_file_check_name       (const char    *name,
                                    GError       **error);
gboolean  ds_file_may_delete       (const char    *shared_by,
                                    gboolean       by_customer);
gboolean  ds_file_check_delete     (const DsFile  *file,
                                    gboolean       by_customer,
                                    GError       **error);
void      ds_file_free             (DsFile        *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsFile, ds_file_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document-entry.h"
#include "doorstep-document-source.h"
#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* The customer's documents in one list, by kind (all, photos, documents,
 * quotes, invoices, receipts, plans) and by what they are called, with
 * counts; each one's bytes from its own resource. Files: thumbnails,
 * uploading and deleting. */
extern const DoorstepListEndpoint doorstep_documents_api_list;

typedef void (*DoorstepUploadProgress) (gsize    sent,
                                        gsize    total,
                                        gpointer user_data);

const DoorstepDocumentSource *doorstep_documents_api_source_for (DoorstepDocumentEntry *entry);

void     doorstep_documents_api_get_thumbnail_async  (DoorstepScope         *scope,
                                                      const char            *file_id,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
GBytes  *doorstep_documents_api_get_thumbnail_finish (DoorstepScope         *scope,
                                                      GAsyncResult          *result,
                                                      GError               **error);
void     doorstep_documents_api_upload_async         (DoorstepScope         *scope,
                                                      GBytes                *bytes,
                                                      const char            *name,
                                                      const char            *property_id,
                                                      const char            *job_id,
                                                      const char            *idempotency_key,
                                                      DoorstepUploadProgress progress,
                                                      gpointer               progress_data,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
gboolean doorstep_documents_api_upload_finish        (DoorstepScope         *scope,
                                                      GAsyncResult          *result,
                                                      GError               **error);
void     doorstep_documents_api_delete_async         (DoorstepScope         *scope,
                                                      const char            *file_id,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
gboolean doorstep_documents_api_delete_finish        (DoorstepScope         *scope,
                                                      GAsyncResult          *result,
                                                      GError               **error);

G_END_DECLS

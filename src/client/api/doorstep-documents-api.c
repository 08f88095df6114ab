/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-documents-api.h"
#include "doorstep-invoices-api.h"
#include "doorstep-payments-api.h"
#include "doorstep-plans-api.h"
#include "doorstep-quotes-api.h"

const DoorstepListEndpoint doorstep_documents_api_list = {
  .path = "/documents",
  .item_type = doorstep_document_entry_get_type,
  .filter_param = "kind",
  .search_param = "q",
  .counts_path = "/documents/counts",
};

static void
get_file_async (DoorstepScope       *scope,
                const char          *file_id,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/files/%s/content", file_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, get_file_async, cancellable, callback, user_data);
}

static GBytes *
get_file_finish (DoorstepScope  *scope,
                 GAsyncResult   *result,
                 GError        **error)
{
  return doorstep_api_call_finish (scope, result, get_file_async, error);
}

/* A shared file's bytes, by what it is (for saving it). */
static const DoorstepDocumentSource file_pdf = {
  .fetch_async = get_file_async,
  .fetch_finish = get_file_finish,
};
static const DoorstepDocumentSource file_jpeg = {
  .fetch_async = get_file_async,
  .fetch_finish = get_file_finish,
  .content_type = "image/jpeg",
};
static const DoorstepDocumentSource file_png = {
  .fetch_async = get_file_async,
  .fetch_finish = get_file_finish,
  .content_type = "image/png",
};

/* Where @entry's bytes come from: the route of the resource it is. */
const DoorstepDocumentSource *
doorstep_documents_api_source_for (DoorstepDocumentEntry *entry)
{
  switch (doorstep_document_entry_get_kind (entry))
    {
    case DOORSTEP_DOCUMENT_INVOICE:
      return &doorstep_invoices_api_pdf;
    case DOORSTEP_DOCUMENT_RECEIPT:
      return &doorstep_payments_api_receipt;
    case DOORSTEP_DOCUMENT_PLAN:
      return &doorstep_plans_api_contract;
    case DOORSTEP_DOCUMENT_PHOTO:
    case DOORSTEP_DOCUMENT_FILE:
      if (g_str_equal (doorstep_document_entry_get_content_type (entry), "image/jpeg"))
        return &file_jpeg;
      if (g_str_equal (doorstep_document_entry_get_content_type (entry), "image/png"))
        return &file_png;
      return &file_pdf;
    case DOORSTEP_DOCUMENT_QUOTE:
    default:
      return &doorstep_quotes_api_pdf;
    }
}

/* A photo's thumbnail (at most 320 pixels a side), as the server made it. */
void
doorstep_documents_api_get_thumbnail_async (DoorstepScope       *scope,
                                            const char          *file_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/files/%s/thumbnail", file_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, doorstep_documents_api_get_thumbnail_async, cancellable, callback, user_data);
}

GBytes *
doorstep_documents_api_get_thumbnail_finish (DoorstepScope  *scope,
                                             GAsyncResult   *result,
                                             GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_documents_api_get_thumbnail_async, error);
}

/**
 * doorstep_documents_api_upload_async:
 * @bytes: the file, sent as it is (the server tells what it is)
 * @name: what it is called
 * @property_id: (nullable): the property it belongs to
 * @job_id: (nullable): the job it belongs to
 * @idempotency_key: the same for a retry of the same upload
 * @progress: (nullable): told as the bytes go out
 */
void
doorstep_documents_api_upload_async (DoorstepScope        *scope,
                                     GBytes               *bytes,
                                     const char           *name,
                                     const char           *property_id,
                                     const char           *job_id,
                                     const char           *idempotency_key,
                                     DoorstepUploadProgress progress,
                                     gpointer              progress_data,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST",
                                                 DOORSTEP_CALL_SIGNED_IN, "/files");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_add_query (call, "name", name);
  if (property_id != NULL)
    doorstep_api_call_add_query (call, "property_id", property_id);
  if (job_id != NULL)
    doorstep_api_call_add_query (call, "job_id", job_id);
  doorstep_api_call_set_raw_body (call, "application/octet-stream", bytes);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  if (progress != NULL)
    doorstep_api_call_set_progress (call, progress, progress_data);
  doorstep_api_call_send (call, doorstep_documents_api_upload_async, cancellable, callback, user_data);
}

gboolean
doorstep_documents_api_upload_finish (DoorstepScope  *scope,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  return doorstep_api_call_finish_done (scope, result, doorstep_documents_api_upload_async, error);
}

/* Deletes a file the customer shared. */
void
doorstep_documents_api_delete_async (DoorstepScope       *scope,
                                     const char          *file_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "DELETE",
                                                 DOORSTEP_CALL_SIGNED_IN, "/files/%s", file_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, doorstep_documents_api_delete_async, cancellable, callback, user_data);
}

gboolean
doorstep_documents_api_delete_finish (DoorstepScope  *scope,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  return doorstep_api_call_finish_done (scope, result, doorstep_documents_api_delete_async, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-invoices-api.h"

const DoorstepListEndpoint doorstep_invoices_api_list = {
  .path = "/invoices",
  .item_type = doorstep_invoice_get_type,
  .filter_param = "status",
  .counts_path = "/invoices/counts",
};

void
doorstep_invoices_api_get_async (DoorstepScope       *scope,
                                 const char          *invoice_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/invoices/%s", invoice_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_INVOICE);
  doorstep_api_call_send (call, doorstep_invoices_api_get_async, cancellable, callback, user_data);
}

DoorstepInvoice *
doorstep_invoices_api_get_finish (DoorstepScope  *scope,
                                  GAsyncResult   *result,
                                  GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_invoices_api_get_async, error);
}

static void
get_pdf_async (DoorstepScope       *scope,
               const char          *invoice_id,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/invoices/%s/pdf", invoice_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, get_pdf_async, cancellable, callback, user_data);
}

static GBytes *
get_pdf_finish (DoorstepScope  *scope,
                GAsyncResult   *result,
                GError        **error)
{
  return doorstep_api_call_finish (scope, result, get_pdf_async, error);
}

const DoorstepDocumentSource doorstep_invoices_api_pdf = {
  .fetch_async = get_pdf_async,
  .fetch_finish = get_pdf_finish,
};

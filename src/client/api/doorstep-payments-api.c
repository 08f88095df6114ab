/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-payments-api.h"

const DoorstepListEndpoint doorstep_payments_api_list = {
  .path = "/payments",
  .item_type = doorstep_payment_get_type,
};

static void
get_receipt_async (DoorstepScope       *scope,
                   const char          *payment_id,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/payments/%s/receipt", payment_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, get_receipt_async, cancellable, callback, user_data);
}

static GBytes *
get_receipt_finish (DoorstepScope  *scope,
                    GAsyncResult   *result,
                    GError        **error)
{
  return doorstep_api_call_finish (scope, result, get_receipt_async, error);
}

const DoorstepDocumentSource doorstep_payments_api_receipt = {
  .fetch_async = get_receipt_async,
  .fetch_finish = get_receipt_finish,
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-quotes-api.h"

const DoorstepListEndpoint doorstep_quotes_api_list = {
  .path = "/quotes",
  .item_type = doorstep_quote_get_type,
  .filter_param = "status",
  .counts_path = "/quotes/counts",
};

void
doorstep_quotes_api_get_async (DoorstepScope       *scope,
                               const char          *quote_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/quotes/%s", quote_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_QUOTE);
  doorstep_api_call_send (call, doorstep_quotes_api_get_async, cancellable, callback, user_data);
}

DoorstepQuote *
doorstep_quotes_api_get_finish (DoorstepScope  *scope,
                                GAsyncResult   *result,
                                GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_quotes_api_get_async, error);
}

/**
 * doorstep_quotes_api_approve_async:
 * @signature_png: the drawn signature
 * @selected_item_ids: the optional items chosen
 * @idempotency_key: the same for a retry of the same approval
 *
 * Approves a quote. Prices are the server's; only the choice is sent.
 */
void
doorstep_quotes_api_approve_async (DoorstepScope       *scope,
                                   const char          *quote_id,
                                   const char          *signer_name,
                                   GBytes              *signature_png,
                                   const char * const  *selected_item_ids,
                                   const char          *idempotency_key,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *encoded = NULL;
  DoorstepApiCall *call;
  gsize size;
  const guchar *data;

  g_return_if_fail (signature_png != NULL && idempotency_key != NULL);

  data = g_bytes_get_data (signature_png, &size);
  encoded = g_base64_encode (data, size);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "signer_name");
  json_builder_add_string_value (builder, signer_name);
  json_builder_set_member_name (builder, "signature_png");
  json_builder_add_string_value (builder, encoded);
  json_builder_set_member_name (builder, "selected_item_ids");
  json_builder_begin_array (builder);
  for (guint i = 0; selected_item_ids != NULL && selected_item_ids[i] != NULL; i++)
    json_builder_add_string_value (builder, selected_item_ids[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN,
                                "/quotes/%s/approve", quote_id);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_QUOTE);
  doorstep_api_call_send (call, doorstep_quotes_api_approve_async, cancellable, callback, user_data);
}

DoorstepQuote *
doorstep_quotes_api_approve_finish (DoorstepScope  *scope,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_quotes_api_approve_async,
                                   error);
}

/**
 * doorstep_quotes_api_decline_async:
 * @reason: (nullable): why, in the customer's words
 * @idempotency_key: the same for a retry of the same decline
 */
void
doorstep_quotes_api_decline_async (DoorstepScope       *scope,
                                   const char          *quote_id,
                                   const char          *reason,
                                   const char          *idempotency_key,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(JsonNode) body = doorstep_api_body_new ("reason", reason != NULL && *reason != '\0' ? reason : NULL,
                                                    NULL);
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST",
                                                 DOORSTEP_CALL_SIGNED_IN, "/quotes/%s/decline", quote_id);

  g_return_if_fail (idempotency_key != NULL);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_QUOTE);
  doorstep_api_call_send (call, doorstep_quotes_api_decline_async, cancellable, callback, user_data);
}

DoorstepQuote *
doorstep_quotes_api_decline_finish (DoorstepScope  *scope,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_quotes_api_decline_async,
                                   error);
}

void
doorstep_quotes_api_get_pdf_async (DoorstepScope       *scope,
                                   const char          *quote_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/quotes/%s/pdf", quote_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, doorstep_quotes_api_get_pdf_async, cancellable, callback, user_data);
}

/**
 * doorstep_quotes_api_get_pdf_finish:
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
doorstep_quotes_api_get_pdf_finish (DoorstepScope  *scope,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_quotes_api_get_pdf_async,
                                   error);
}

const DoorstepDocumentSource doorstep_quotes_api_pdf = {
  .fetch_async = doorstep_quotes_api_get_pdf_async,
  .fetch_finish = doorstep_quotes_api_get_pdf_finish,
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-requests-api.h"

/**
 * doorstep_requests_api_create_async:
 * @idempotency_key: the same for a resend of the same request, so it is
 *   made once
 *
 * Asks the business for a job or a quote.
 */
void
doorstep_requests_api_create_async (DoorstepScope        *scope,
                                    DoorstepRequestKind   kind,
                                    const char           *service_type_id,
                                    const char           *property_id,
                                    const char           *description,
                                    DoorstepTiming        timing,
                                    const char           *idempotency_key,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (idempotency_key != NULL);

  body = doorstep_api_body_new ("kind", doorstep_request_kind_to_string (kind),
                                "service_type_id", service_type_id,
                                "property_id", property_id,
                                "description", description,
                                "preferred_timing", doorstep_timing_to_string (timing),
                                NULL);
  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN, "/requests");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_SERVICE_REQUEST);
  doorstep_api_call_send (call, doorstep_requests_api_create_async, cancellable, callback, user_data);
}

DoorstepServiceRequest *
doorstep_requests_api_create_finish (DoorstepScope  *scope,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  return doorstep_api_call_finish (scope, result,
                                   doorstep_requests_api_create_async, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-customers-api.h"

/* The staff's calls about customers: the list, one customer's profile,
 * their properties, and the notes staff keep about them. These name the
 * customer in the path; the staff member's own scope carries no customer. */

const DoorstepListEndpoint doorstep_customers_api_list = {
  .path = "/customers",
  .item_type = doorstep_customer_get_type,
  .search_param = "q",
};

const DoorstepListEndpoint doorstep_customers_api_properties = {
  .path = "/customers/%s/properties",
  .item_type = doorstep_property_get_type,
};

const DoorstepListEndpoint doorstep_customers_api_notes = {
  .path = "/customers/%s/notes",
  .item_type = doorstep_note_get_type,
};

static JsonNode *
note_body_new (const char *body,
               gboolean    pinned)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "body");
  json_builder_add_string_value (builder, body);
  json_builder_set_member_name (builder, "pinned");
  json_builder_add_boolean_value (builder, pinned);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
doorstep_customers_api_get_async (DoorstepScope       *scope,
                                  const char          *customer_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/customers/%s", customer_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_CUSTOMER_PROFILE);
  doorstep_api_call_send (call, doorstep_customers_api_get_async, cancellable, callback, user_data);
}

DoorstepCustomerProfile *
doorstep_customers_api_get_finish (DoorstepScope  *scope,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_customers_api_get_async, error);
}

/**
 * doorstep_customers_api_add_note_async:
 * @idempotency_key: the same for a retry of the same note, so it is
 *   added once
 *
 * Adds a note about a customer, pinned or not.
 */
void
doorstep_customers_api_add_note_async (DoorstepScope       *scope,
                                       const char          *customer_id,
                                       const char          *body,
                                       gboolean             pinned,
                                       const char          *idempotency_key,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(JsonNode) json = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (body != NULL);
  g_return_if_fail (idempotency_key != NULL);

  json = note_body_new (body, pinned);
  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN,
                                "/customers/%s/notes", customer_id);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, json);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_NOTE);
  doorstep_api_call_send (call, doorstep_customers_api_add_note_async, cancellable, callback, user_data);
}

DoorstepNote *
doorstep_customers_api_add_note_finish (DoorstepScope  *scope,
                                        GAsyncResult   *result,
                                        GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_customers_api_add_note_async, error);
}

/**
 * doorstep_customers_api_edit_note_async:
 *
 * Changes a note's text and whether it is pinned; only its author may.
 */
void
doorstep_customers_api_edit_note_async (DoorstepScope       *scope,
                                        const char          *customer_id,
                                        const char          *note_id,
                                        const char          *body,
                                        gboolean             pinned,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(JsonNode) json = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (body != NULL);

  json = note_body_new (body, pinned);
  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "PATCH", DOORSTEP_CALL_SIGNED_IN,
                                "/customers/%s/notes/%s", customer_id, note_id);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, json);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_NOTE);
  doorstep_api_call_send (call, doorstep_customers_api_edit_note_async, cancellable, callback, user_data);
}

DoorstepNote *
doorstep_customers_api_edit_note_finish (DoorstepScope  *scope,
                                         GAsyncResult   *result,
                                         GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_customers_api_edit_note_async, error);
}

/* Deletes a note (204); its author or an admin may. */
void
doorstep_customers_api_delete_note_async (DoorstepScope       *scope,
                                          const char          *customer_id,
                                          const char          *note_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "DELETE", DOORSTEP_CALL_SIGNED_IN,
                                                 "/customers/%s/notes/%s", customer_id, note_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, doorstep_customers_api_delete_note_async, cancellable, callback, user_data);
}

gboolean
doorstep_customers_api_delete_note_finish (DoorstepScope  *scope,
                                           GAsyncResult   *result,
                                           GError        **error)
{
  return doorstep_api_call_finish_done (scope, result, doorstep_customers_api_delete_note_async, error);
}

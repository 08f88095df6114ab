/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-customer-edit-api.h"
#include "doorstep-json.h"

/* Both calls read their answers whole: the record's version comes in the
 * ETag header, and a save refused because someone else changed the same
 * fields (412) carries the record as it is now, which the editor needs
 * to decide again. */

static GObject *
read_details (DoorstepApiClient   *client,
              guint                status,
              SoupMessageHeaders  *headers,
              JsonObject          *object,
              GType                type,
              GError             **error)
{
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_propagate_error (error, doorstep_api_error_for_problem (status, object));
      return NULL;
    }
  if (object == NULL)
    {
      doorstep_api_error_set_invalid (error, NULL);
      return NULL;
    }
  return G_OBJECT (doorstep_customer_details_new_from_json (object, soup_message_headers_get_one (headers, "ETag"),
                                                           error));
}

/* A 412 edit conflict: a #DoorstepEditConflict as the call's result, for
 * _finish to hand over; any other answer as read_details() reads it. */
static GObject *
read_saved (DoorstepApiClient   *client,
            guint                status,
            SoupMessageHeaders  *headers,
            JsonObject          *object,
            GType                type,
            GError             **error)
{
  JsonObject *current = doorstep_json_get_object (object, "current");
  g_autoptr(GError) refusal = NULL;
  g_autoptr(DoorstepCustomerDetails) record = NULL;
  GHashTable *fields;

  if (status != 412 || g_strcmp0 (doorstep_json_get_string (object, "type"), DOORSTEP_EDIT_CONFLICT_PROBLEM) != 0)
    return read_details (client, status, headers, object, type, error);

  /* The problem's detail and errors, read as every refusal's are. */
  refusal = doorstep_api_error_for_problem (status, object);
  fields = doorstep_api_error_get_field_errors (refusal);
  if (current == NULL || fields == NULL)
    {
      doorstep_api_error_set_invalid (error, "edit conflict");
      return NULL;
    }
  record = doorstep_customer_details_new_from_json (current, soup_message_headers_get_one (headers, "ETag"), error);
  if (record == NULL)
    return NULL;
  return G_OBJECT (doorstep_edit_conflict_new (refusal->message, g_hash_table_ref (fields), DOORSTEP_RECORD (record)));
}

/**
 * doorstep_customer_edit_api_load_async:
 *
 * Reads the customer's details as they are now, with their ETag.
 */
void
doorstep_customer_edit_api_load_async (DoorstepScope       *scope,
                                       const char          *customer_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  DoorstepApiCall *call;

  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));
  g_return_if_fail (customer_id != NULL);

  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET", DOORSTEP_CALL_SIGNED_IN,
                                "/customers/%s", customer_id);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_answer_with (call, read_details, G_TYPE_NONE);
  doorstep_api_call_send (call, doorstep_customer_edit_api_load_async, cancellable, callback, user_data);
}

/* Returns: (transfer full) (nullable): the details, or %NULL with @error set */
DoorstepCustomerDetails *
doorstep_customer_edit_api_load_finish (DoorstepScope  *scope,
                                        GAsyncResult   *result,
                                        GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_customer_edit_api_load_async, error);
}

/**
 * doorstep_customer_edit_api_save_async:
 * @etag: the ETag of the details the change was made to
 * @changes: member → value (%NULL or "" clears it), only what changed;
 *   members from doorstep_customer_details_fields
 *
 * Saves a change to a customer's details, unless someone changed the same
 * fields to something else since @etag: see _finish.
 */
void
doorstep_customer_edit_api_save_async (DoorstepScope       *scope,
                                       const char          *customer_id,
                                       const char          *etag,
                                       GHashTable          *changes,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));
  g_return_if_fail (customer_id != NULL);
  g_return_if_fail (etag != NULL);
  g_return_if_fail (changes != NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; doorstep_customer_details_fields[i] != NULL; i++)
    {
      const char *member = doorstep_customer_details_fields[i];
      const char *value;

      if (!g_hash_table_lookup_extended (changes, member, NULL, (gpointer *) &value))
        continue;
      json_builder_set_member_name (builder, member);
      if (value != NULL && *value != '\0')
        json_builder_add_string_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "PATCH", DOORSTEP_CALL_SIGNED_IN,
                                "/customers/%s", customer_id);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_add_header (call, "If-Match", etag);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_answer_with (call, read_saved, G_TYPE_NONE);
  doorstep_api_call_send (call, doorstep_customer_edit_api_save_async, cancellable, callback, user_data);
}

/**
 * doorstep_customer_edit_api_save_finish:
 * @conflict: (out) (optional) (transfer full): set when someone else changed
 *   the same fields first (412): the record as it is now, with its new
 *   ETag, and a message for each field in dispute
 *
 * Returns: (transfer full) (nullable): the details as saved, with their
 *   new ETag; or %NULL with @error set (%DOORSTEP_API_ERROR_CONFLICT, with
 *   the same field messages, for a conflict)
 */
DoorstepCustomerDetails *
doorstep_customer_edit_api_save_finish (DoorstepScope         *scope,
                                        GAsyncResult          *result,
                                        DoorstepEditConflict **conflict,
                                        GError               **error)
{
  g_autoptr(GObject) answer = doorstep_api_call_finish (scope, result, doorstep_customer_edit_api_save_async, error);

  if (answer == NULL)
    return NULL;

  if (DOORSTEP_IS_EDIT_CONFLICT (answer))
    {
      DoorstepEditConflict *found = DOORSTEP_EDIT_CONFLICT (answer);

      g_propagate_error (error, doorstep_api_error_new_for_status (412, doorstep_edit_conflict_get_message (found),
                                                                   g_hash_table_ref (doorstep_edit_conflict_get_field_errors (found))));
      if (conflict != NULL)
        *conflict = DOORSTEP_EDIT_CONFLICT (g_steal_pointer (&answer));
      return NULL;
    }

  return DOORSTEP_CUSTOMER_DETAILS (g_steal_pointer (&answer));
}

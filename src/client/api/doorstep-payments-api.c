/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-api-call.h"
#include "doorstep-api-error.h"
#include "doorstep-page.h"
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

void
doorstep_payments_api_list_methods_async (DoorstepScope       *scope,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/payment-methods");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_page (call, DOORSTEP_TYPE_PAYMENT_METHOD);
  doorstep_api_call_send (call, doorstep_payments_api_list_methods_async, cancellable, callback, user_data);
}

/**
 * doorstep_payments_api_list_methods_finish:
 *
 * Returns: (transfer full): the saved cards, #DoorstepPaymentMethod, the
 *   default first
 */
GListModel *
doorstep_payments_api_list_methods_finish (DoorstepScope  *scope,
                                           GAsyncResult   *result,
                                           GError        **error)
{
  g_autoptr(DoorstepPage) page = doorstep_api_call_finish (scope, result, doorstep_payments_api_list_methods_async,
                                                           error);

  return page != NULL ? g_object_ref (doorstep_page_get_items (page)) : NULL;
}

/* Adding a card: the gateway's configuration, its tokenization, then the
 * token saved with Doorstep; one task over the three calls. */

typedef struct {
  char     *number;
  guint     exp_month;
  guint     exp_year;
  char     *cvc;
  gboolean  make_default;
} AddCard;

static void
add_card_free (AddCard *add)
{
  /* The card's details leave memory as soon as the task does. */
  if (add->number != NULL)
    memset (add->number, 0, strlen (add->number));
  if (add->cvc != NULL)
    memset (add->cvc, 0, strlen (add->cvc));
  g_free (add->number);
  g_free (add->cvc);
  g_free (add);
}

static void
card_saved_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  DoorstepPaymentMethod *method = doorstep_api_call_finish (source_object, result, card_saved_cb, &error);

  if (method == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, method, g_object_unref);
}

/* Reads one string member into a plain object's data, for the steps of
 * adding a card that answer with nothing else worth a record. */
static GObject *
read_string (DoorstepApiClient  *client,
             JsonObject         *object,
             const char         *member,
             GError            **error)
{
  const char *value = json_object_get_string_member_with_default (object, member, NULL);
  GObject *holder;

  if (value == NULL || *value == '\0' || strlen (value) > 1024)
    {
      doorstep_api_error_set_invalid (error, member);
      return NULL;
    }
  holder = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_set_data_full (holder, "value", g_strdup (value), g_free);
  return holder;
}

static GObject *
read_token (DoorstepApiClient  *client,
            JsonObject         *object,
            GType               type,
            GError            **error)
{
  return read_string (client, object, "token", error);
}

static GObject *
read_tokenize_url (DoorstepApiClient  *client,
                   JsonObject         *object,
                   GType               type,
                   GError            **error)
{
  return read_string (client, object, "tokenize_url", error);
}

static void
tokenized_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddCard *add = g_task_get_task_data (task);
  DoorstepScope *scope = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr(GObject) holder = doorstep_api_call_finish (source_object, result, tokenized_cb, &error);
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  if (holder == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  body = doorstep_api_body_new ("token", g_object_get_data (holder, "value"), NULL);
  json_object_set_boolean_member (json_node_get_object (body), "make_default", add->make_default);
  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN, "/payment-methods");
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_PAYMENT_METHOD);
  doorstep_api_call_send (call, card_saved_cb, g_task_get_cancellable (task), card_saved_cb, g_object_ref (task));
}

static void
configured_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddCard *add = g_task_get_task_data (task);
  DoorstepScope *scope = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr(GObject) holder = doorstep_api_call_finish (source_object, result, configured_cb, &error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  const char *url;
  DoorstepApiCall *call;

  if (holder == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* This version talks to the demo gateway, whose tokenization is a route
   * of the server's own; a processor's would be its own address. */
  url = g_object_get_data (holder, "value");
  if (!g_str_has_prefix (url, "/api/v1/") || strstr (url, "..") != NULL)
    {
      g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                               _("This version of Doorstep can’t take cards for this business’s payment gateway."));
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, add->number);
  json_builder_set_member_name (builder, "exp_month");
  json_builder_add_int_value (builder, add->exp_month);
  json_builder_set_member_name (builder, "exp_year");
  json_builder_add_int_value (builder, add->exp_year);
  json_builder_set_member_name (builder, "cvc");
  json_builder_add_string_value (builder, add->cvc);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  call = doorstep_api_call_new_for_path (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN,
                                         url + strlen ("/api/v1"));
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_with (call, read_token, G_TYPE_NONE);
  doorstep_api_call_send (call, tokenized_cb, g_task_get_cancellable (task), tokenized_cb, g_object_ref (task));
}

/**
 * doorstep_payments_api_add_card_async:
 * @exp_year: four digits
 * @make_default: whether it becomes the default (the first card always does)
 *
 * Sends the card's details to the payment gateway, and Doorstep the token
 * it gives back. Field errors name "number", "exp_month" or "cvc".
 */
void
doorstep_payments_api_add_card_async (DoorstepScope       *scope,
                                      const char          *number,
                                      guint                exp_month,
                                      guint                exp_year,
                                      const char          *cvc,
                                      gboolean             make_default,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (scope, cancellable, callback, user_data);
  AddCard *add = g_new0 (AddCard, 1);
  DoorstepApiCall *call;

  add->number = g_strdup (number);
  add->exp_month = exp_month;
  add->exp_year = exp_year;
  add->cvc = g_strdup (cvc);
  add->make_default = make_default;
  g_task_set_source_tag (task, doorstep_payments_api_add_card_async);
  g_task_set_task_data (task, add, (GDestroyNotify) add_card_free);

  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET", DOORSTEP_CALL_SIGNED_IN, "/payments/config");
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_with (call, read_tokenize_url, G_TYPE_NONE);
  doorstep_api_call_send (call, configured_cb, cancellable, configured_cb, g_steal_pointer (&task));
}

/**
 * doorstep_payments_api_add_card_finish:
 *
 * Returns: (transfer full): the saved card
 */
DoorstepPaymentMethod *
doorstep_payments_api_add_card_finish (DoorstepScope  *scope,
                                       GAsyncResult   *result,
                                       GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, scope), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * doorstep_payments_api_change_method_async:
 * @remove: remove the card; otherwise make it the default
 */
void
doorstep_payments_api_change_method_async (DoorstepScope       *scope,
                                           const char          *method_id,
                                           gboolean             remove,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  DoorstepApiCall *call = remove
                          ? doorstep_api_call_new (doorstep_scope_get_client (scope), "DELETE",
                                                   DOORSTEP_CALL_SIGNED_IN, "/payment-methods/%s", method_id)
                          : doorstep_api_call_new (doorstep_scope_get_client (scope), "POST",
                                                   DOORSTEP_CALL_SIGNED_IN, "/payment-methods/%s/default", method_id);

  doorstep_api_call_set_scope (call, scope);
  if (!remove)
    {
      g_autoptr(JsonNode) body = doorstep_api_body_new (NULL, NULL);

      doorstep_api_call_set_body (call, body);
      doorstep_api_call_read_record (call, DOORSTEP_TYPE_PAYMENT_METHOD);
    }
  doorstep_api_call_send (call, doorstep_payments_api_change_method_async, cancellable, callback, user_data);
}

gboolean
doorstep_payments_api_change_method_finish (DoorstepScope  *scope,
                                            GAsyncResult   *result,
                                            GError        **error)
{
  g_autoptr(GObject) answer = NULL;
  GError *local = NULL;

  answer = doorstep_api_call_finish (scope, result, doorstep_payments_api_change_method_async, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

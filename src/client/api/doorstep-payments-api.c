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

const DoorstepListEndpoint doorstep_payments_api_payable = {
  .path = "/payments/payable",
  .item_type = doorstep_payable_get_type,
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

/**
 * doorstep_payments_api_get_config_async:
 *
 * How the business takes payments: its gateway's tokenization, part
 * payments and tips.
 */
void
doorstep_payments_api_get_config_async (DoorstepScope       *scope,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/payments/config");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_PAYMENT_CONFIG);
  doorstep_api_call_send (call, doorstep_payments_api_get_config_async, cancellable, callback, user_data);
}

DoorstepPaymentConfig *
doorstep_payments_api_get_config_finish (DoorstepScope  *scope,
                                         GAsyncResult   *result,
                                         GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_payments_api_get_config_async, error);
}

/* A new card: the gateway's configuration, then its tokenization; one task
 * over the two calls. The card's details go nowhere else. */

typedef struct {
  char     *number;
  guint     exp_month;
  guint     exp_year;
  char     *cvc;
} CardDetails;

static void
card_details_free (CardDetails *card)
{
  /* The card's details leave memory as soon as the task does. */
  if (card->number != NULL)
    memset (card->number, 0, strlen (card->number));
  if (card->cvc != NULL)
    memset (card->cvc, 0, strlen (card->cvc));
  g_free (card->number);
  g_free (card->cvc);
  g_free (card);
}

static GObject *
read_token (DoorstepApiClient  *client,
            JsonObject         *object,
            GType               type,
            GError            **error)
{
  const char *value = json_object_get_string_member_with_default (object, "token", NULL);
  GObject *holder;

  if (value == NULL || *value == '\0' || strlen (value) > 1024)
    {
      doorstep_api_error_set_invalid (error, "token");
      return NULL;
    }
  holder = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_set_data_full (holder, "value", g_strdup (value), g_free);
  return holder;
}

static void
tokenized_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(GObject) holder = doorstep_api_call_finish (source_object, result, tokenized_cb, &error);

  if (holder == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_strdup (g_object_get_data (holder, "value")), g_free);
}

static void
configured_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CardDetails *card = g_task_get_task_data (task);
  DoorstepScope *scope = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr(DoorstepPaymentConfig) config = doorstep_payments_api_get_config_finish (scope, result, &error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  const char *url;
  DoorstepApiCall *call;

  if (config == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* This version talks to the demo gateway, whose tokenization is a route
   * of the server's own; a processor's would be its own address. */
  url = doorstep_payment_config_get_tokenize_url (config);
  if (!g_str_has_prefix (url, "/api/v1/") || strstr (url, "..") != NULL)
    {
      g_task_return_new_error (task, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                               _("This version of Doorstep can’t take cards for this business’s payment gateway."));
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, card->number);
  json_builder_set_member_name (builder, "exp_month");
  json_builder_add_int_value (builder, card->exp_month);
  json_builder_set_member_name (builder, "exp_year");
  json_builder_add_int_value (builder, card->exp_year);
  json_builder_set_member_name (builder, "cvc");
  json_builder_add_string_value (builder, card->cvc);
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
 * doorstep_payments_api_tokenize_async:
 * @exp_year: four digits
 *
 * Sends a card's details to the payment gateway for a token, which is
 * all Doorstep ever gets. Field errors name "number", "exp_month" or
 * "cvc".
 */
void
doorstep_payments_api_tokenize_async (DoorstepScope       *scope,
                                      const char          *number,
                                      guint                exp_month,
                                      guint                exp_year,
                                      const char          *cvc,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (scope, cancellable, callback, user_data);
  CardDetails *card = g_new0 (CardDetails, 1);

  card->number = g_strdup (number);
  card->exp_month = exp_month;
  card->exp_year = exp_year;
  card->cvc = g_strdup (cvc);
  g_task_set_source_tag (task, doorstep_payments_api_tokenize_async);
  g_task_set_task_data (task, card, (GDestroyNotify) card_details_free);
  doorstep_payments_api_get_config_async (scope, cancellable, configured_cb, g_steal_pointer (&task));
}

/**
 * doorstep_payments_api_tokenize_finish:
 *
 * Returns: (transfer full): the gateway's token for the card
 */
char *
doorstep_payments_api_tokenize_finish (DoorstepScope  *scope,
                                       GAsyncResult   *result,
                                       GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, scope), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Adding a card: its token, then the token saved with Doorstep. */

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

static void
card_tokenized_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepScope *scope = DOORSTEP_SCOPE (source_object);
  GError *error = NULL;
  g_autofree char *token = doorstep_payments_api_tokenize_finish (scope, result, &error);
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  if (token == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  body = doorstep_api_body_new ("token", token, NULL);
  json_object_set_boolean_member (json_node_get_object (body), "make_default",
                                  GPOINTER_TO_INT (g_task_get_task_data (task)));
  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN, "/payment-methods");
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_PAYMENT_METHOD);
  doorstep_api_call_send (call, card_saved_cb, g_task_get_cancellable (task), card_saved_cb, g_object_ref (task));
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

  g_task_set_source_tag (task, doorstep_payments_api_add_card_async);
  g_task_set_task_data (task, GINT_TO_POINTER (make_default), NULL);
  doorstep_payments_api_tokenize_async (scope, number, exp_month, exp_year, cvc, cancellable, card_tokenized_cb,
                                        g_steal_pointer (&task));
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

/* Paying */

static GObject *
read_payments (DoorstepApiClient  *client,
               JsonObject         *object,
               GType               type,
               GError            **error)
{
  JsonNode *payments = json_object_get_member (object, "payments");

  if (payments == NULL || !JSON_NODE_HOLDS_ARRAY (payments))
    {
      doorstep_api_error_set_invalid (error, "payments");
      return NULL;
    }
  return G_OBJECT (doorstep_record_list_from_json (DOORSTEP_TYPE_PAYMENT, json_node_get_array (payments), error));
}

/**
 * doorstep_payments_api_pay_async:
 * @lines: (array length=n_lines): what to pay, each an invoice or a quote's
 *   deposit and its amount
 * @payment_method_id: (nullable): a saved card; or
 * @token: (nullable): a new card's token from
 *   doorstep_payments_api_tokenize_async(), saved when @save_card
 * @idempotency_key: the same for every retry of this payment, so the card
 *   is charged once whatever happens to the answers
 *
 * One charge for all of it, one payment per line. A refused card is a
 * %DOORSTEP_API_ERROR_PAYMENT_REFUSED error in the customer's words;
 * a line that cannot be paid names itself ("lines[0]") in the field
 * errors.
 */
void
doorstep_payments_api_pay_async (DoorstepScope         *scope,
                                 const DoorstepPayLine *lines,
                                 guint                  n_lines,
                                 gint64                 tip_minor,
                                 const char            *payment_method_id,
                                 const char            *token,
                                 gboolean               save_card,
                                 gboolean               make_default,
                                 const char            *idempotency_key,
                                 GCancellable          *cancellable,
                                 GAsyncReadyCallback    callback,
                                 gpointer               user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "lines");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_lines; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, lines[i].invoice_id != NULL ? "invoice_id" : "quote_id");
      json_builder_add_string_value (builder, lines[i].invoice_id != NULL ? lines[i].invoice_id : lines[i].quote_id);
      json_builder_set_member_name (builder, "amount_minor");
      json_builder_add_int_value (builder, lines[i].amount_minor);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "tip_minor");
  json_builder_add_int_value (builder, tip_minor);
  if (payment_method_id != NULL)
    {
      json_builder_set_member_name (builder, "payment_method_id");
      json_builder_add_string_value (builder, payment_method_id);
    }
  else
    {
      json_builder_set_member_name (builder, "token");
      json_builder_add_string_value (builder, token);
      json_builder_set_member_name (builder, "save_card");
      json_builder_add_boolean_value (builder, save_card);
      json_builder_set_member_name (builder, "make_default");
      json_builder_add_boolean_value (builder, save_card && make_default);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN, "/payments");
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_with (call, read_payments, G_TYPE_NONE);
  doorstep_api_call_send (call, doorstep_payments_api_pay_async, cancellable, callback, user_data);
}

/**
 * doorstep_payments_api_pay_finish:
 *
 * Returns: (transfer full): the payments made, #DoorstepPayment, one per
 *   line in their order
 */
GListModel *
doorstep_payments_api_pay_finish (DoorstepScope  *scope,
                                  GAsyncResult   *result,
                                  GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_payments_api_pay_async, error);
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
  return doorstep_api_call_finish_done (scope, result, doorstep_payments_api_change_method_async, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-gateway.h"
#include "ds-payment-method-handlers.h"
#include "ds-payment-method-store.h"

/* Paying by card: which gateway takes card details (the app sends them
 * there, never here), the demo gateway's own tokenization, and the
 * customer's saved cards: list, add from a token, make one the default,
 * remove one. Card numbers are never read by anything here but the demo
 * gateway's tokenization, and never stored or logged. */

#define GATEWAY DS_GATEWAY_DEFAULT
#define DEMO_TOKENS_PATH "/api/v1/gateway/demo/tokens"

static void
write_card (DsJsonWriter *builder,
            const DsCard *card)
{
  ds_json_add_string (builder, "brand", card->brand);
  ds_json_add_string (builder, "last4", card->last4);
  ds_json_add_int (builder, "exp_month", card->exp_month);
  ds_json_add_int (builder, "exp_year", card->exp_year);
}

static void
write_method (DsJsonWriter          *builder,
              const DsPaymentMethod *method)
{
  DsCard card = { method->brand, method->last4, method->exp_month, method->exp_year };

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", method->id);
  write_card (builder, &card);
  ds_json_add_boolean (builder, "is_default", method->is_default);
  ds_json_add_string (builder, "created_at", method->created_at);
  ds_json_writer_end_object (builder);
}

/* The tips the pay dialog offers, as percentages of what is paid. */
static const guint tip_presets[] = { 10, 15, 20 };

void
ds_payments_config_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if ((company = ds_company_store_require (ds_context_get_db (ctx), &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "gateway", GATEWAY);
  ds_json_add_string (builder, "tokenize_url", DEMO_TOKENS_PATH);
  ds_json_add_string (builder, "currency", company->currency);
  ds_json_writer_set_member_name (builder, "partial_payments");
  if (company->partial_payment_minimum_minor > 0)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_money (builder, "minimum", company->partial_payment_minimum_minor, company->currency);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  ds_json_writer_set_member_name (builder, "tips");
  if (company->tips_allowed)
    {
      ds_json_writer_begin_object (builder);
      ds_json_writer_set_member_name (builder, "presets_percent");
      ds_json_writer_begin_array (builder);
      for (guint i = 0; i < G_N_ELEMENTS (tip_presets); i++)
        ds_json_writer_add_int_value (builder, tip_presets[i]);
      ds_json_writer_end_array (builder);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

/* A whole number member of @body within [@min, @max], or 0 with an error
 * added for it. */
static guint
get_number (JsonObject  *body,
            const char  *member,
            guint        min,
            guint        max,
            GHashTable  *errors,
            const char  *message)
{
  JsonNode *node = json_object_get_member (body, member);
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      (value = json_node_get_int (node)) < min || value > max)
    {
      ds_field_errors_add (errors, member, message);
      return 0;
    }
  return (guint) value;
}

void
ds_demo_gateway_tokens_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = ds_field_errors_new ();
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *token = NULL;
  g_auto(DsCard) card = { 0 };
  const char *number, *cvc, *field, *message;
  guint month, year;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id) ||
      (body = ds_context_read_json (ctx)) == NULL)
    return;

  number = ds_json_require_string (body, "number", errors, "Type the card number.");
  cvc = ds_json_require_string (body, "cvc", errors, "Type the security code.");
  month = get_number (body, "exp_month", 1, 12, errors, "Type the month the card expires, 1 to 12.");
  year = get_number (body, "exp_year", 2000, 2100, errors, "Type the year the card expires, four digits.");
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  token = ds_demo_gateway_tokenize (ds_context_get_db (ctx), number, month, year, cvc, &card, &field, &message,
                                    &error);
  if (token == NULL && error != NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (token == NULL)
    {
      ds_context_respond_field_error (ctx, field, message);
      return;
    }

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "token", token);
  ds_json_writer_set_member_name (builder, "card");
  ds_json_writer_begin_object (builder);
  write_card (builder, &card);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 201, builder);
}

void
ds_payment_methods_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) methods = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;
  if ((methods = ds_payment_method_store_list (ds_context_get_db (ctx), customer_id, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  ds_json_writer_begin_object (builder);
  ds_json_writer_set_member_name (builder, "items");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < methods->len; i++)
    write_method (builder, g_ptr_array_index (methods, i));
  ds_json_writer_end_array (builder);
  /* A page like every list's, though a customer's cards fit on one. */
  ds_json_writer_set_member_name (builder, "next_cursor");
  ds_json_writer_add_null_value (builder);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

/* Answers with the customer's method @method_id as it now is. */
static void
respond_method (DsContext  *ctx,
                const char *method_id,
                const char *customer_id,
                guint       status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPaymentMethod) method = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  method = ds_payment_method_store_get (ds_context_get_db (ctx), method_id, customer_id, &error);
  if (method == NULL)
    {
      if (error != NULL)
        ds_context_respond_error (ctx, error);
      else
        ds_context_respond_not_found (ctx, "There is no such card.");
      return;
    }
  write_method (builder, method);
  ds_context_respond_json (ctx, status, builder);
}

void
ds_payment_methods_add_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = ds_field_errors_new ();
  g_autoptr(DsTransaction) tx = NULL;
  g_autofree char *customer_id = NULL;
  g_autofree char *id = NULL;
  g_auto(DsCard) card = { 0 };
  DsGateway *gateway = ds_gateway_get (GATEWAY);
  DsDb *db = ds_context_get_db (ctx);
  const char *token;
  gboolean make_default;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id) ||
      (body = ds_context_read_json (ctx)) == NULL)
    return;
  token = ds_json_require_string (body, "token", errors, "Add the card at the payment gateway first.");
  make_default = json_object_get_boolean_member_with_default (body, "make_default", FALSE);
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  if ((tx = ds_transaction_begin (db, &error)) == NULL ||
      (!ds_gateway_describe (gateway, db, token, &card, &error) && error != NULL))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (card.last4 == NULL)
    {
      ds_context_respond_field_error (ctx, "token", "The payment gateway does not know this card. Add it again.");
      return;
    }
  if ((id = ds_payment_method_store_add (db, customer_id, ds_gateway_get_name (gateway), token, card.brand,
                                         card.last4, card.exp_month, card.exp_year, make_default, &error)) == NULL ||
      !ds_transaction_commit (tx, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  respond_method (ctx, id, customer_id, 201);
}

void
ds_payment_methods_default_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsTransaction) tx = NULL;
  g_autofree char *customer_id = NULL;
  DsDb *db = ds_context_get_db (ctx);
  const char *id = ds_context_get_param (ctx, "id");
  gboolean found = FALSE;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id))
    return;
  if ((tx = ds_transaction_begin (db, &error)) == NULL ||
      !ds_payment_method_store_set_default (db, id, customer_id, &found, &error) ||
      !ds_transaction_commit (tx, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (!found)
    {
      ds_context_respond_not_found (ctx, "There is no such card.");
      return;
    }
  respond_method (ctx, id, customer_id, 200);
}

void
ds_payment_methods_remove_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsTransaction) tx = NULL;
  g_autofree char *customer_id = NULL;
  DsDb *db = ds_context_get_db (ctx);
  gboolean found = FALSE;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id))
    return;
  if ((tx = ds_transaction_begin (db, &error)) == NULL ||
      !ds_payment_method_store_remove (db, ds_context_get_param (ctx, "id"), customer_id, &found, &error) ||
      !ds_transaction_commit (tx, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (!found)
    {
      ds_context_respond_not_found (ctx, "There is no such card.");
      return;
    }
  ds_context_respond_empty (ctx, 204);
}

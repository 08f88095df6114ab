/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-payment-method-handlers.h"
#include "ds-payment-method-store.h"

/* The customer's saved cards: list, add from a gateway's token, make one
 * the default, remove one. Card numbers never reach these routes: the
 * app sends them to the gateway's own tokenization (GET /payments/config
 * names it) and Doorstep only the token it got back. */

#define GATEWAY DS_GATEWAY_DEFAULT

void
ds_payment_methods_write_card (DsJsonWriter *builder,
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
  ds_payment_methods_write_card (builder, &card);
  ds_json_add_boolean (builder, "is_default", method->is_default);
  ds_json_add_string (builder, "created_at", method->created_at);
  ds_json_writer_end_object (builder);
}

DsReply *
ds_payment_methods_list_handler (DsCall   *call,
                                 gpointer  input,
                                 GError  **error)
{
  g_autoptr(GPtrArray) methods = NULL;
  g_autoptr(DsJsonWriter) builder = NULL;

  if ((methods = ds_payment_method_store_list (ds_call_get_db (call), ds_call_get_customer_id (call),
                                               error)) == NULL)
    return NULL;

  builder = ds_json_writer_new ();
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
  return ds_reply_json (200, builder);
}

/* The customer's card @method_id as it now is, answered with @status. */
static DsReply *
reply_method (DsCall      *call,
              const char  *method_id,
              guint        status,
              GError     **error)
{
  g_autoptr(DsPaymentMethod) method = NULL;
  g_autoptr(DsJsonWriter) builder = NULL;

  if ((method = ds_payment_method_store_require (ds_call_get_db (call), method_id, ds_call_get_customer_id (call),
                                                 error)) == NULL)
    return NULL;
  builder = ds_json_writer_new ();
  write_method (builder, method);
  return ds_reply_json (status, builder);
}

/* Adding a card */

typedef struct {
  char     *token;
  gboolean  make_default;
} NewMethod;

static void
new_method_free (gpointer data)
{
  NewMethod *method = data;

  g_free (method->token);
  g_free (method);
}

static gpointer
read_new_method (JsonObject *body,
                 GHashTable *errors)
{
  NewMethod *method = g_new0 (NewMethod, 1);

  method->token = g_strdup (ds_json_require_string (body, "token", errors,
                                                    "Add the card at the payment gateway first."));
  method->make_default = ds_json_get_boolean (body, "make_default", FALSE, errors);
  return method;
}

const DsInput ds_new_payment_method_input = { read_new_method, new_method_free };

DsReply *
ds_payment_methods_add_handler (DsCall   *call,
                                gpointer  input,
                                GError  **error)
{
  NewMethod *new_method = input;
  g_autofree char *id = NULL;
  g_auto(DsCard) card = { 0 };
  DsGateway *gateway = ds_gateway_get (GATEWAY);
  DsDb *db = ds_call_get_db (call);

  if (!ds_gateway_require_card (gateway, db, new_method->token, &card, error) ||
      (id = ds_payment_method_store_add (db, ds_call_get_customer_id (call), ds_gateway_get_name (gateway),
                                         new_method->token, card.brand, card.last4, card.exp_month, card.exp_year,
                                         new_method->make_default, error)) == NULL)
    return NULL;
  return reply_method (call, id, 201, error);
}

/* The default card, and removing one */

DsReply *
ds_payment_methods_default_handler (DsCall   *call,
                                    gpointer  input,
                                    GError  **error)
{
  const char *id = ds_call_get_param (call, "id");

  if (!ds_payment_method_store_set_default (ds_call_get_db (call), id, ds_call_get_customer_id (call), error))
    return NULL;
  return reply_method (call, id, 200, error);
}

DsReply *
ds_payment_methods_remove_handler (DsCall   *call,
                                   gpointer  input,
                                   GError  **error)
{
  if (!ds_payment_method_store_remove (ds_call_get_db (call), ds_call_get_param (call, "id"),
                                       ds_call_get_customer_id (call), error))
    return NULL;
  return ds_reply_empty (204);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-demo-gateway-handlers.h"
#include "ds-gateway.h"
#include "ds-payment-method-handlers.h"

/* POST /gateway/demo/tokens: the demo gateway's tokenization, which
 * stands in for a card processor's own. It is the one route that reads a
 * card's number, and it never stores or logs it: the token keeps only
 * what can be shown of the card. */

typedef struct {
  char  *number;
  char  *cvc;
  guint  exp_month;
  guint  exp_year;
} DemoCard;

static void
demo_card_free (gpointer data)
{
  DemoCard *card = data;

  g_free (card->number);
  g_free (card->cvc);
  g_free (card);
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

static gpointer
read_demo_card (JsonObject *body,
                GHashTable *errors)
{
  DemoCard *card = g_new0 (DemoCard, 1);

  card->number = g_strdup (ds_json_require_string (body, "number", errors, "Type the card number."));
  card->cvc = g_strdup (ds_json_require_string (body, "cvc", errors, "Type the security code."));
  card->exp_month = get_number (body, "exp_month", 1, 12, errors, "Type the month the card expires, 1 to 12.");
  card->exp_year = get_number (body, "exp_year", 2000, 2100, errors,
                               "Type the year the card expires, four digits.");
  return card;
}

const DsInput ds_demo_card_input = { read_demo_card, demo_card_free };

DsReply *
ds_demo_gateway_tokens_handler (DsCall   *call,
                                gpointer  input,
                                GError  **error)
{
  DemoCard *demo_card = input;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DsJsonWriter) builder = NULL;
  g_autofree char *token = NULL;
  g_auto(DsCard) card = { 0 };
  const char *field, *message;

  token = ds_demo_gateway_tokenize (ds_call_get_db (call), demo_card->number, demo_card->exp_month,
                                    demo_card->exp_year, demo_card->cvc, &card, &field, &message, &local_error);
  if (token == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        ds_set_field_error (error, field, message);
      return NULL;
    }

  builder = ds_json_writer_new ();
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "token", token);
  ds_json_writer_set_member_name (builder, "card");
  ds_json_writer_begin_object (builder);
  ds_payment_methods_write_card (builder, &card);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);
  return ds_reply_json (201, builder);
}

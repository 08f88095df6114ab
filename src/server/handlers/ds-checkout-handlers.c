/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-checkout-handlers.h"
#include "ds-company-store.h"
#include "ds-gateway.h"
#include "ds-paging.h"
#include "ds-payment-handlers.h"
#include "ds-payment-method-store.h"
#include "ds-payment-store.h"

/* Paying: what can be paid now (GET /payments/payable), and paying it
 * (POST /payments). One charge for everything the customer ticked, and
 * one payment (with its receipt) per invoice or deposit, so the books
 * show what paid what; a tip rides on the charge and pays no invoice.
 *
 * The route runs in one write transaction under the request's
 * Idempotency-Key, run again from the start should it collide with
 * another: every line is locked and checked by the payment store (the
 * customer's, still payable, not more than is due, not below the
 * business's partial minimum), and only then is the card charged, once
 * per key whatever the retries, because the gateway gets a key derived
 * from ours; then the charge, the payments and the balances are written
 * with the key's answer. A refused card leaves nothing behind, and
 * neither does a refused line: nothing is charged. */

#define MAX_LINE_MINOR G_GINT64_CONSTANT (100000000000)

/* What can be paid now, for the pay dialog */

static void
write_payable (DsJsonWriter  *builder,
               gconstpointer  data,
               gpointer       user_data)
{
  const DsPayableItem *item = data;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "kind", item->kind == DS_PAYABLE_DEPOSIT ? "deposit" : "invoice");
  ds_json_add_string (builder, "id", item->id);
  ds_json_add_string (builder, "number", item->number);
  ds_json_add_string (builder, "title", item->title);
  ds_json_add_string (builder, "due_date", item->due_date);
  ds_json_add_int (builder, "days_overdue", item->days_overdue);
  ds_json_add_money (builder, "total", item->total_minor, item->currency);
  ds_json_add_money (builder, "amount_due", item->due_minor, item->currency);
  ds_json_writer_end_object (builder);
}

DsReply *
ds_payments_payable_handler (DsCall   *call,
                             gpointer  input,
                             GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  const char *today;

  if (!ds_call_read_page (call, &request, error) ||
      (today = ds_call_get_today (call, error)) == NULL ||
      (page = ds_payment_store_list_payable (ds_call_get_db (call), ds_call_get_customer_id (call), today,
                                             &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_payable, NULL);
}

/* What the customer asks to pay */

typedef struct {
  DsPaymentLine  lines[DOORSTEP_PAYMENT_MAX_LINES];
  guint          n_lines;
  gint64         tip_minor;
  char          *payment_method_id;  /* one of these two */
  char          *token;
  gboolean       save_card;
  gboolean       make_default;
} Checkout;

static void
checkout_free (gpointer data)
{
  Checkout *checkout = data;

  for (guint i = 0; i < checkout->n_lines; i++)
    ds_payment_line_clear (&checkout->lines[i]);
  g_free (checkout->payment_method_id);
  g_free (checkout->token);
  g_free (checkout);
}

static void
add_line_error (GHashTable *errors,
                guint       index,
                const char *member,
                const char *message)
{
  g_autofree char *field = member == NULL ? g_strdup_printf ("lines[%u]", index)
                                          : g_strdup_printf ("lines[%u].%s", index, member);

  ds_field_errors_add (errors, field, message);
}

static gboolean
get_amount (JsonObject *object,
            const char *member,
            gint64     *amount)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *amount = json_node_get_int (node);
  return TRUE;
}

/* Line @index of the body: one invoice or one quote's deposit, and an
 * amount. Adds what is wrong with it to @errors, and leaves @line unset
 * then. */
static void
read_line (JsonNode      *node,
           guint          index,
           DsPaymentLine *line,
           GHashTable    *errors)
{
  g_autoptr(GHashTable) ignored = ds_field_errors_new ();
  JsonObject *object;
  const char *invoice_id, *quote_id;
  gint64 amount_minor = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_line_error (errors, index, NULL, "Name one invoice or one quote's deposit.");
      return;
    }
  object = json_node_get_object (node);
  invoice_id = ds_json_get_string (object, "invoice_id", ignored);
  quote_id = ds_json_get_string (object, "quote_id", ignored);
  if ((invoice_id == NULL) == (quote_id == NULL) || g_hash_table_size (ignored) > 0)
    {
      add_line_error (errors, index, NULL, "Name one invoice or one quote's deposit.");
      return;
    }
  if (!get_amount (object, "amount_minor", &amount_minor) || amount_minor <= 0 || amount_minor > MAX_LINE_MINOR)
    {
      add_line_error (errors, index, "amount_minor", "Pay an amount more than zero, in cents.");
      return;
    }
  line->invoice_id = g_strdup (invoice_id);
  line->quote_id = g_strdup (quote_id);
  line->amount_minor = amount_minor;
}

static void
read_lines (JsonObject *body,
            Checkout   *checkout,
            GHashTable *errors)
{
  JsonNode *lines = json_object_get_member (body, "lines");
  g_autofree char *message = NULL;
  const char *field;
  JsonArray *array;

  if (lines == NULL || !JSON_NODE_HOLDS_ARRAY (lines) ||
      json_array_get_length (array = json_node_get_array (lines)) == 0)
    {
      ds_field_errors_add (errors, "lines", "Choose at least one invoice or deposit to pay.");
      return;
    }
  if ((message = doorstep_payment_check_n_lines (json_array_get_length (array), &field)) != NULL)
    {
      ds_field_errors_add (errors, field, message);
      return;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DsPaymentLine line = { 0 };
      gboolean twice = FALSE;

      read_line (json_array_get_element (array, i), i, &line, errors);
      if (line.invoice_id == NULL && line.quote_id == NULL)
        continue;
      for (guint j = 0; j < checkout->n_lines && !twice; j++)
        twice = g_strcmp0 (checkout->lines[j].invoice_id, line.invoice_id) == 0 &&
                g_strcmp0 (checkout->lines[j].quote_id, line.quote_id) == 0;
      if (twice)
        {
          add_line_error (errors, i, NULL, "This is in the payment twice.");
          ds_payment_line_clear (&line);
          continue;
        }
      checkout->lines[checkout->n_lines++] = line;
    }
}

/* What the body asks for, with every fault in @errors. Amounts are the
 * only money the app sends; totals are worked out here. */
static gpointer
read_checkout (JsonObject *body,
               GHashTable *errors)
{
  Checkout *checkout = g_new0 (Checkout, 1);
  JsonNode *tip = json_object_get_member (body, "tip_minor");
  const char *payment_method_id, *token;

  read_lines (body, checkout, errors);

  if (tip != NULL && !JSON_NODE_HOLDS_NULL (tip) &&
      !get_amount (body, "tip_minor", &checkout->tip_minor))
    ds_field_errors_add (errors, "tip_minor", "A tip is an amount of zero or more, in cents.");
  else
    {
      /* Its range here, with the body's other faults; whether this
       * business takes tips at all, with the lines (the payment store). */
      g_autofree char *tip_fault = NULL;
      const char *field;

      if ((tip_fault = doorstep_payment_check_tip (checkout->tip_minor, TRUE, &field)) != NULL)
        ds_field_errors_add (errors, field, tip_fault);
    }

  payment_method_id = ds_json_get_string (body, "payment_method_id", errors);
  token = ds_json_get_string (body, "token", errors);
  if ((payment_method_id == NULL) == (token == NULL))
    ds_field_errors_add (errors, "payment_method_id", "Choose a saved card or add a new one.");
  checkout->payment_method_id = g_strdup (payment_method_id);
  checkout->token = g_strdup (token);
  checkout->save_card = ds_json_get_boolean (body, "save_card", FALSE, errors);
  checkout->make_default = ds_json_get_boolean (body, "make_default", FALSE, errors);
  return checkout;
}

const DsInput ds_checkout_input = { read_checkout, checkout_free };

/* Paying */

/* The card to charge: a saved one of the customer's, or a new token that
 * the gateway knows (and no other customer saved). */
static gboolean
resolve_card (DsCall          *call,
              const Checkout  *checkout,
              DsGateway       *gateway,
              char           **token,
              DsCard          *card,
              GError         **error)
{
  DsDb *db = ds_call_get_db (call);
  const char *customer_id = ds_call_get_customer_id (call);

  if (checkout->payment_method_id != NULL)
    {
      g_autoptr(DsPaymentMethod) method = NULL;

      if ((method = ds_payment_method_store_require_to_charge (db, checkout->payment_method_id, customer_id,
                                                               error)) == NULL)
        return FALSE;
      *token = g_strdup (method->token);
      card->brand = g_strdup (method->brand);
      card->last4 = g_strdup (method->last4);
      card->exp_month = method->exp_month;
      card->exp_year = method->exp_year;
      return TRUE;
    }

  if (!ds_payment_method_store_check_token (db, checkout->token, customer_id, error) ||
      !ds_gateway_require_card (gateway, db, checkout->token, card, error))
    return FALSE;
  *token = g_strdup (checkout->token);
  return TRUE;
}

/* A card the gateway would not charge: DS_ERROR_PAYMENT, in words for the
 * customer. */
static void
set_refused (GError               **error,
             const DsChargeResult  *result,
             const DsCard          *card,
             gint64                 total_minor,
             const char            *currency)
{
  g_autofree char *amount = doorstep_money_format (total_minor, currency);

  switch (result->outcome)
    {
    case DS_CHARGE_INSUFFICIENT_FUNDS:
      ds_set_problem_printf (error, DS_ERROR_PAYMENT, "insufficient-funds",
                             "Your %s ending in %s does not have enough funds for %s. Nothing was charged; "
                             "try another card.", card->brand, card->last4, amount);
      break;
    case DS_CHARGE_EXPIRED_CARD:
      ds_set_problem_printf (error, DS_ERROR_PAYMENT, "card-expired",
                             "Your %s ending in %s has expired. Nothing was charged; use another card.",
                             card->brand, card->last4);
      break;
    case DS_CHARGE_REQUIRES_ACTION:
      ds_set_problem (error, DS_ERROR_PAYMENT, "payment-requires-action",
                      "Your bank wants you to confirm this payment. Confirm it in your browser, then pay "
                      "again. Nothing was charged yet.");
      if (error != NULL)
        ds_error_set_member (*error, "action_url", result->action_url);
      break;
    case DS_CHARGE_DECLINED:
    case DS_CHARGE_SUCCEEDED:
    default:
      ds_set_problem_printf (error, DS_ERROR_PAYMENT, "card-declined",
                             "Your %s ending in %s was declined. Nothing was charged; try another card or "
                             "call your bank.", card->brand, card->last4);
      break;
    }
}

static DsReply *
reply_paid (const char   *charge_id,
            gint64        total_minor,
            gint64        tip_minor,
            const char   *currency,
            const DsCard *card,
            GPtrArray    *payments)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", charge_id);
  ds_json_add_money (builder, "amount", total_minor, currency);
  ds_json_add_money (builder, "tip", tip_minor, currency);
  ds_json_writer_set_member_name (builder, "card");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "brand", card->brand);
  ds_json_add_string (builder, "last4", card->last4);
  ds_json_writer_end_object (builder);
  ds_json_writer_set_member_name (builder, "payments");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < payments->len; i++)
    ds_payments_write (builder, g_ptr_array_index (payments, i), NULL);
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
  return ds_reply_json (201, builder);
}

DsReply *
ds_payments_create_handler (DsCall   *call,
                            gpointer  input,
                            GError  **error)
{
  Checkout *checkout = input;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autofree char *token = NULL;
  g_autofree char *gateway_key = NULL;
  g_autofree char *charge_id = NULL;
  g_auto(DsCard) card = { 0 };
  g_auto(DsChargeResult) result = { 0 };
  DsGateway *gateway = ds_gateway_get (DS_GATEWAY_DEFAULT);
  DsDb *db = ds_call_get_db (call);
  const char *customer_id = ds_call_get_customer_id (call);
  DsChargeRequest request = { 0 };
  DsChargeRecord record = { 0 };
  gint64 total;

  if ((company = ds_company_store_require (db, error)) == NULL ||
      !ds_payment_store_lock_lines (db, customer_id, company, checkout->lines, checkout->n_lines,
                                    checkout->tip_minor, error) ||
      !resolve_card (call, checkout, gateway, &token, &card, error))
    return NULL;

  total = checkout->tip_minor;
  for (guint i = 0; i < checkout->n_lines; i++)
    total += checkout->lines[i].amount_minor;

  /* Everything checked and locked: now, and only now, the card. */
  gateway_key = ds_call_derive_key (call, "gateway");
  request.token = token;
  request.amount_minor = total;
  request.currency = company->currency;
  request.idempotency_key = gateway_key;
  if (!ds_gateway_charge (gateway, db, &request, &result, error))
    return NULL;
  if (result.outcome != DS_CHARGE_SUCCEEDED)
    {
      set_refused (error, &result, &card, total, company->currency);
      return NULL;
    }

  record.gateway = ds_gateway_get_name (gateway);
  record.gateway_charge_id = result.charge_id;
  record.currency = company->currency;
  record.tip_minor = checkout->tip_minor;
  record.card_brand = card.brand;
  record.card_last4 = card.last4;
  if ((payments = ds_payment_store_record (db, customer_id, &record, checkout->lines, checkout->n_lines,
                                           &charge_id, error)) == NULL)
    return NULL;
  if (checkout->token != NULL && checkout->save_card)
    {
      g_autofree char *method_id = ds_payment_method_store_add (db, customer_id, record.gateway, token, card.brand,
                                                                card.last4, card.exp_month, card.exp_year,
                                                                checkout->make_default, error);

      if (method_id == NULL)
        return NULL;
    }

  return reply_paid (charge_id, total, checkout->tip_minor, company->currency, &card, payments);
}

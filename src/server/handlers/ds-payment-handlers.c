/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-gateway.h"
#include "ds-idempotency.h"
#include "ds-paging.h"
#include "ds-payment-method-store.h"
#include "ds-reading.h"
#include "ds-payment-handlers.h"
#include "ds-payment-store.h"
#include "ds-receipt-pdf.h"

/* The payment history: every payment, newest first, with what it paid;
 * one payment; its receipt as a PDF. Customers read their own; staff a
 * customer's with customer_id. */

static void
write_link (DsJsonWriter *builder,
            const char   *member,
            const char   *id,
            const char   *number,
            const char   *title)
{
  ds_json_writer_set_member_name (builder, member);
  if (id == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", id);
  ds_json_add_string (builder, "number", number);
  ds_json_add_string (builder, "title", title);
  ds_json_writer_end_object (builder);
}

static void
write_payment (DsJsonWriter  *builder,
               gconstpointer  item,
               gpointer       user_data)
{
  const DsPayment *payment = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", payment->id);
  ds_json_add_string (builder, "receipt_number", payment->receipt_number);
  ds_json_add_money (builder, "amount", payment->amount_minor, payment->currency);
  ds_json_add_string (builder, "paid_at", payment->paid_at);
  ds_json_writer_set_member_name (builder, "card");
  if (payment->card_last4 != NULL)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "brand", payment->card_brand);
      ds_json_add_string (builder, "last4", payment->card_last4);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  write_link (builder, "invoice", payment->invoice_id, payment->invoice_number,
              payment->invoice_id != NULL ? payment->title : NULL);
  write_link (builder, "quote", payment->quote_id, payment->quote_number,
              payment->quote_id != NULL ? payment->title : NULL);
  ds_json_writer_end_object (builder);
}

void
ds_payments_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id) ||
      !ds_context_get_page_request (ctx, &request))
    return;

  page = ds_payment_store_list (ds_context_get_db (ctx), customer_id, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_payment, NULL);
}

/* What can be paid now, for the pay dialog. */
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

void
ds_payments_payable_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;

  if (!ds_context_get_page_request (ctx, &request) || !ds_begin_reading (ctx, &customer_id, &today))
    return;
  page = ds_payment_store_list_payable (ds_context_get_db (ctx), customer_id, today, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_payable, NULL);
}

/* The payment named in the path, for its customer; answers 404 (or the
 * error) itself and returns %NULL when it cannot. */
static DsPayment *
load_for_reading (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *customer_id = NULL;
  DsPayment *payment;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return NULL;
  if (!ds_payment_store_get (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id, &payment,
                             &error))
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }
  if (payment == NULL)
    ds_context_respond_not_found (ctx, "There is no such payment.");
  return payment;
}

void
ds_payments_get_handler (DsContext *ctx)
{
  g_autoptr(DsPayment) payment = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if ((payment = load_for_reading (ctx)) == NULL)
    return;
  write_payment (builder, payment, NULL);
  ds_context_respond_json (ctx, 200, builder);
}

void
ds_payments_receipt_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPayment) payment = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((payment = load_for_reading (ctx)) == NULL)
    return;
  if (!ds_company_store_get (ds_context_get_db (ctx), &company, &error) ||
      (pdf = ds_receipt_pdf_render (payment, company, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Numbers are "R-" and digits, so the file name needs no quoting. */
  file_name = g_strdup_printf ("Receipt %s.pdf", payment->receipt_number);
  ds_respond_pdf (ctx, pdf, file_name);
}

/* Paying: POST /payments. One charge for everything the customer ticked,
 * and one payment (with its receipt) per invoice or deposit, so the books
 * show what paid what; a tip rides on the charge and pays no invoice.
 *
 * In one write transaction, under the request's Idempotency-Key: every
 * line is locked and checked (the customer's, still payable, not more
 * than is due, not below the business's partial minimum), and only then
 * is the card charged, once per key whatever the retries, because the
 * gateway gets a key derived from ours; then the charge, the payments and
 * the balances are written with the key's answer. A refused card leaves
 * nothing behind, and neither does a refused line: nothing is charged. */

#define MAX_LINES 20
#define MAX_TIP_MINOR G_GINT64_CONSTANT (100000000)

typedef struct {
  DsPaymentLine  lines[MAX_LINES];
  guint          n_lines;
  gint64         tip_minor;
  const char    *payment_method_id;
  const char    *token;
  gboolean       save_card;
  gboolean       make_default;
} Checkout;

static char *
line_field (guint        index,
            const char  *member)
{
  return member == NULL ? g_strdup_printf ("lines[%u]", index) : g_strdup_printf ("lines[%u].%s", index, member);
}

static void
add_line_error (GHashTable *errors,
                guint       index,
                const char *member,
                const char *message)
{
  g_autofree char *field = line_field (index, member);

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

/* What the body asks for, with every fault in @errors. Amounts are the
 * only money the app sends; totals are worked out here. */
static void
read_checkout (JsonObject *body,
               Checkout   *checkout,
               GHashTable *errors)
{
  JsonNode *lines = json_object_get_member (body, "lines");
  JsonArray *array;
  JsonNode *tip = json_object_get_member (body, "tip_minor");

  if (lines == NULL || !JSON_NODE_HOLDS_ARRAY (lines) ||
      json_array_get_length (array = json_node_get_array (lines)) == 0)
    ds_field_errors_add (errors, "lines", "Choose at least one invoice or deposit to pay.");
  else if (json_array_get_length (array) > MAX_LINES)
    ds_field_errors_add (errors, "lines", "Pay at most 20 invoices and deposits at once.");
  else
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *node = json_array_get_element (array, i);
        DsPaymentLine *line = &checkout->lines[checkout->n_lines];
        JsonObject *object;
        g_autoptr(GHashTable) ignored = ds_field_errors_new ();

        if (!JSON_NODE_HOLDS_OBJECT (node))
          {
            add_line_error (errors, i, NULL, "Name one invoice or one quote's deposit.");
            continue;
          }
        object = json_node_get_object (node);
        line->invoice_id = ds_json_get_string (object, "invoice_id", ignored);
        line->quote_id = ds_json_get_string (object, "quote_id", ignored);
        if ((line->invoice_id == NULL) == (line->quote_id == NULL) || g_hash_table_size (ignored) > 0)
          {
            add_line_error (errors, i, NULL, "Name one invoice or one quote's deposit.");
            continue;
          }
        if (!get_amount (object, "amount_minor", &line->amount_minor) || line->amount_minor <= 0 ||
            line->amount_minor > G_GINT64_CONSTANT (100000000000))
          {
            add_line_error (errors, i, "amount_minor", "Pay an amount more than zero, in cents.");
            continue;
          }
        for (guint j = 0; j < checkout->n_lines; j++)
          if (g_strcmp0 (checkout->lines[j].invoice_id, line->invoice_id) == 0 &&
              g_strcmp0 (checkout->lines[j].quote_id, line->quote_id) == 0)
            {
              add_line_error (errors, i, NULL, "This is in the payment twice.");
              line = NULL;
              break;
            }
        if (line != NULL)
          checkout->n_lines++;
      }

  if (tip != NULL && !JSON_NODE_HOLDS_NULL (tip) &&
      (!get_amount (body, "tip_minor", &checkout->tip_minor) || checkout->tip_minor < 0 ||
       checkout->tip_minor > MAX_TIP_MINOR))
    ds_field_errors_add (errors, "tip_minor", "A tip is an amount of zero or more, in cents.");

  checkout->payment_method_id = ds_json_get_string (body, "payment_method_id", errors);
  checkout->token = ds_json_get_string (body, "token", errors);
  if ((checkout->payment_method_id == NULL) == (checkout->token == NULL))
    ds_field_errors_add (errors, "payment_method_id", "Choose a saved card or add a new one.");
  checkout->save_card = json_object_get_boolean_member_with_default (body, "save_card", FALSE);
  checkout->make_default = json_object_get_boolean_member_with_default (body, "make_default", FALSE);
}

/* Locks and checks every line; answers the refusal itself and returns
 * %FALSE when one cannot be paid. */
static gboolean
check_lines (DsContext       *ctx,
             const char      *customer_id,
             const DsCompany *company,
             Checkout        *checkout)
{
  DsDb *db = ds_context_get_db (ctx);

  for (guint i = 0; i < checkout->n_lines; i++)
    {
      const DsPaymentLine *line = &checkout->lines[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(DsPayable) payable = NULL;
      g_autoptr(GHashTable) errors = ds_field_errors_new ();
      g_autofree char *message = NULL;
      const char *what = line->invoice_id != NULL ? "Invoice" : "The deposit of quote";

      if (!ds_payment_store_lock_payable (db, customer_id, line, &payable, &error))
        {
          ds_context_respond_error (ctx, error);
          return FALSE;
        }
      if (payable == NULL)
        {
          /* Someone else's is no one's, as far as this customer knows. */
          message = g_strdup (line->invoice_id != NULL ? "There is no such invoice." : "There is no such quote.");
          add_line_error (errors, i, NULL, message);
          ds_context_respond_problem_full (ctx, 404, "not-found", message, errors, NULL, NULL);
          return FALSE;
        }
      if (!payable->payable)
        {
          message = line->invoice_id != NULL
                    ? g_strdup_printf ("Invoice %s is already paid.", payable->number)
                    : g_strdup_printf ("Quote %s has no deposit to pay.", payable->number);
          add_line_error (errors, i, NULL, message);
          ds_context_respond_problem_full (ctx, 409, "not-payable", message, errors, NULL, NULL);
          return FALSE;
        }
      if (g_strcmp0 (payable->currency, company->currency) != 0)
        {
          message = g_strdup_printf ("%s %s is in %s; pay it on its own.", what, payable->number,
                                     payable->currency);
          add_line_error (errors, i, NULL, message);
          ds_context_respond_problem_full (ctx, 409, "currency-mismatch", message, errors, NULL, NULL);
          return FALSE;
        }
      if (line->amount_minor > payable->due_minor)
        {
          g_autofree char *due = doorstep_money_format (payable->due_minor, payable->currency);

          message = g_strdup_printf ("%s %s has %s left to pay; pay no more than that.", what, payable->number, due);
          add_line_error (errors, i, "amount_minor", message);
          ds_context_respond_problem_full (ctx, 409, "overpayment", message, errors, NULL, NULL);
          return FALSE;
        }
      if (line->amount_minor < payable->due_minor)
        {
          g_autofree char *minimum = doorstep_money_format (company->partial_payment_minimum_minor,
                                                            payable->currency);

          if (line->quote_id != NULL || company->partial_payment_minimum_minor == 0)
            message = g_strdup_printf ("%s %s can only be paid in full.", what, payable->number);
          else if (line->amount_minor < company->partial_payment_minimum_minor)
            message = g_strdup_printf ("Pay at least %s towards invoice %s, or all of it.", minimum,
                                       payable->number);
          if (message != NULL)
            {
              add_line_error (errors, i, "amount_minor", message);
              ds_context_respond_problem_full (ctx, 422, "validation", message, errors, NULL, NULL);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* The card to charge: a saved one of the customer's, or a new token
 * (not one another customer saved). Answers 422 itself when neither. */
static gboolean
resolve_card (DsContext  *ctx,
              const char *customer_id,
              Checkout   *checkout,
              DsGateway  *gateway,
              char      **token,
              DsCard     *card)
{
  g_autoptr(GError) error = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (checkout->payment_method_id != NULL)
    {
      g_autoptr(DsPaymentMethod) method = ds_payment_method_store_get (db, checkout->payment_method_id, customer_id,
                                                                       &error);

      if (error != NULL)
        {
          ds_context_respond_error (ctx, error);
          return FALSE;
        }
      if (method == NULL)
        {
          ds_context_respond_field_error (ctx, "payment_method_id",
                                          "This card is not saved any more. Choose another or add it again.");
          return FALSE;
        }
      *token = g_strdup (method->token);
      card->brand = g_strdup (method->brand);
      card->last4 = g_strdup (method->last4);
      card->exp_month = method->exp_month;
      card->exp_year = method->exp_year;
      return TRUE;
    }

  {
    gboolean foreign = FALSE;

    if (!ds_db_exists (db,
                       "SELECT 1 FROM payment_methods WHERE token = ? AND customer_id <> ?",
                       checkout->token, customer_id, &foreign, &error) ||
        (!foreign && !ds_gateway_describe (gateway, db, checkout->token, card, &error) && error != NULL))
      {
        ds_context_respond_error (ctx, error);
        return FALSE;
      }
    if (foreign || card->last4 == NULL)
      {
        ds_context_respond_field_error (ctx, "token", "The payment gateway does not know this card. Add it again.");
        return FALSE;
      }
  }
  *token = g_strdup (checkout->token);
  return TRUE;
}

/* A card the gateway would not charge: 402, in words for the customer. */
static void
respond_refused (DsContext            *ctx,
                 const DsChargeResult *result,
                 const DsCard         *card,
                 gint64                total_minor,
                 const char           *currency)
{
  g_autofree char *amount = doorstep_money_format (total_minor, currency);
  g_autofree char *detail = NULL;
  const char *type;

  switch (result->outcome)
    {
    case DS_CHARGE_INSUFFICIENT_FUNDS:
      type = "insufficient-funds";
      detail = g_strdup_printf ("Your %s ending in %s does not have enough funds for %s. Nothing was charged; "
                                "try another card.", card->brand, card->last4, amount);
      break;
    case DS_CHARGE_EXPIRED_CARD:
      type = "card-expired";
      detail = g_strdup_printf ("Your %s ending in %s has expired. Nothing was charged; use another card.",
                                card->brand, card->last4);
      break;
    case DS_CHARGE_REQUIRES_ACTION:
      ds_context_respond_problem_full (ctx, 402, "payment-requires-action",
                                       "Your bank wants you to confirm this payment. Confirm it in your "
                                       "browser, then pay again. Nothing was charged yet.",
                                       NULL, "action_url", result->action_url);
      return;
    case DS_CHARGE_DECLINED:
    case DS_CHARGE_SUCCEEDED:
    default:
      type = "card-declined";
      detail = g_strdup_printf ("Your %s ending in %s was declined. Nothing was charged; try another card or "
                                "call your bank.", card->brand, card->last4);
      break;
    }
  ds_context_respond_problem_full (ctx, 402, type, detail, NULL, NULL, NULL);
}

void
ds_payments_create_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = ds_field_errors_new ();
  g_autoptr(DsIdempotency) idem = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GPtrArray) payment_ids = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *token = NULL;
  g_autofree char *gateway_key = NULL;
  g_autofree char *charge_id = NULL;
  g_auto(DsCard) card = { 0 };
  g_auto(DsChargeResult) result = { 0 };
  DsGateway *gateway = ds_gateway_get (DS_GATEWAY_DEFAULT);
  DsDb *db = ds_context_get_db (ctx);
  Checkout checkout = { 0 };
  DsChargeRequest request = { 0 };
  DsChargeRecord record = { 0 };
  gint64 total;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id) ||
      (body = ds_context_read_json (ctx)) == NULL)
    return;
  read_checkout (body, &checkout, errors);
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  if ((idem = ds_idempotency_begin (ctx)) == NULL)
    return;
  if ((company = ds_company_store_require (db, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (checkout.tip_minor > 0 && !company->tips_allowed)
    {
      ds_context_respond_field_error (ctx, "tip_minor", "This business does not take tips online.");
      return;
    }
  if (!check_lines (ctx, customer_id, company, &checkout) ||
      !resolve_card (ctx, customer_id, &checkout, gateway, &token, &card))
    return;

  total = checkout.tip_minor;
  for (guint i = 0; i < checkout.n_lines; i++)
    total += checkout.lines[i].amount_minor;

  /* Everything checked and locked: now, and only now, the card. */
  gateway_key = ds_idempotency_derive_key (idem, "gateway");
  request.token = token;
  request.amount_minor = total;
  request.currency = company->currency;
  request.idempotency_key = gateway_key;
  if (!ds_gateway_charge (gateway, db, &request, &result, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (result.outcome != DS_CHARGE_SUCCEEDED)
    {
      respond_refused (ctx, &result, &card, total, company->currency);
      return;
    }

  record.gateway = ds_gateway_get_name (gateway);
  record.gateway_charge_id = result.charge_id;
  record.currency = company->currency;
  record.tip_minor = checkout.tip_minor;
  record.card_brand = card.brand;
  record.card_last4 = card.last4;
  payment_ids = ds_payment_store_record (db, customer_id, &record, checkout.lines, checkout.n_lines, &charge_id,
                                         &error);
  if (payment_ids == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (checkout.token != NULL && checkout.save_card)
    {
      g_autofree char *method_id = ds_payment_method_store_add (db, customer_id, record.gateway, token, card.brand,
                                                                card.last4, card.exp_month, card.exp_year,
                                                                checkout.make_default, &error);

      if (method_id == NULL)
        {
          ds_context_respond_error (ctx, error);
          return;
        }
    }

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", charge_id);
  ds_json_add_money (builder, "amount", total, company->currency);
  ds_json_add_money (builder, "tip", checkout.tip_minor, company->currency);
  ds_json_writer_set_member_name (builder, "card");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "brand", card.brand);
  ds_json_add_string (builder, "last4", card.last4);
  ds_json_writer_end_object (builder);
  ds_json_writer_set_member_name (builder, "payments");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < payment_ids->len; i++)
    {
      g_autoptr(DsPayment) payment = NULL;

      if (!ds_payment_store_get (db, g_ptr_array_index (payment_ids, i), customer_id, &payment, &error) ||
          payment == NULL)
        {
          if (error == NULL)
            g_set_error (&error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "A payment just made is not there");
          ds_context_respond_error (ctx, error);
          return;
        }
      write_payment (builder, payment, NULL);
    }
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
  ds_idempotency_respond (idem, 201, NULL, builder);
}

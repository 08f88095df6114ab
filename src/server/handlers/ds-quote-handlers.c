/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-idempotency.h"
#include "ds-paging.h"
#include "ds-reading.h"
#include "ds-png.h"
#include "ds-quote-handlers.h"
#include "ds-quote-pdf.h"
#include "ds-quote-store.h"

/* Quotes: the list with its filters and counts, one quote, approving with
 * a signature, declining, and the PDF. What the customer sends is their
 * name, their signature and which optional items they want; everything
 * with a price comes from the store. */

#define SIGNER_NAME_MAX     200
#define DECLINE_REASON_MAX  2000
#define SIGNATURE_MAX_BYTES (1024 * 1024)
#define SIGNATURE_MAX_SIDE  4096

/* JSON */

/* {"<what_key>": ..., "<when_key>": ...} once it happened, else null. */
static void
write_outcome (DsJsonWriter *builder,
               const char  *member,
               const char  *when_key,
               const char  *when,
               const char  *what_key,
               const char  *what)
{
  ds_json_writer_set_member_name (builder, member);
  if (when == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, what_key, what);
  ds_json_add_string (builder, when_key, when);
  ds_json_writer_end_object (builder);
}

static void
write_items (DsJsonWriter   *builder,
             const DsQuote *quote)
{
  ds_json_writer_set_member_name (builder, "items");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < quote->items->len; i++)
    {
      const DsQuoteItem *item = g_ptr_array_index (quote->items, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", item->id);
      ds_json_add_string (builder, "description", item->description);
      ds_json_add_int (builder, "quantity_milli", item->quantity_milli);
      ds_json_add_money (builder, "unit_price", item->unit_price_minor, quote->currency);
      ds_json_add_money (builder, "amount",
                         doorstep_quote_line_amount (item->quantity_milli, item->unit_price_minor),
                         quote->currency);
      ds_json_add_boolean (builder, "optional", item->optional);
      ds_json_add_boolean (builder, "selected", !item->optional || item->selected);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
}

static void
write_quote (DsJsonWriter   *builder,
             const DsQuote *quote,
             gboolean       can_respond)
{
  const char *currency = quote->currency;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", quote->id);
  ds_json_add_string (builder, "number", quote->number);
  ds_json_add_string (builder, "title", quote->title);
  ds_json_add_string (builder, "status", doorstep_quote_status_to_string (quote->status));
  ds_json_add_boolean (builder, "expired", quote->expired);
  ds_json_add_boolean (builder, "can_respond", can_respond);
  ds_json_add_string (builder, "customer_name", quote->customer_name);
  ds_json_add_string (builder, "property_id", quote->property_id);
  ds_json_add_string (builder, "property_label", quote->property_label);
  ds_json_add_string (builder, "property_address", quote->property_address);
  ds_json_add_string (builder, "created_at", quote->created_at);
  ds_json_add_string (builder, "issued_on", quote->issued_on);
  ds_json_add_string (builder, "valid_until", quote->valid_until);
  ds_json_add_string (builder, "request_description", quote->request_description);
  ds_json_add_string (builder, "notes", quote->notes);
  ds_json_add_string (builder, "terms", quote->terms);
  write_items (builder, quote);

  ds_json_add_money (builder, "subtotal", quote->totals.subtotal, currency);
  ds_json_add_money (builder, "discount", quote->totals.discount, currency);
  ds_json_add_money (builder, "discount_offered", quote->discount_minor, currency);
  ds_json_add_int (builder, "tax_rate_bp", quote->tax_rate_bp);
  ds_json_add_money (builder, "tax", quote->totals.tax, currency);
  ds_json_add_money (builder, "total", quote->totals.total, currency);

  ds_json_writer_set_member_name (builder, "deposit");
  if (quote->deposit_minor > 0)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_money (builder, "required", quote->deposit_minor, currency);
      ds_json_add_money (builder, "paid", quote->deposit_paid_minor, currency);
      ds_json_add_money (builder, "pending", MAX (quote->deposit_minor - quote->deposit_paid_minor, 0),
                         currency);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);

  write_outcome (builder, "approval", "approved_at", quote->approved_at, "signer_name", quote->signer_name);
  write_outcome (builder, "decline", "declined_at", quote->declined_at, "reason", quote->decline_reason);

  ds_json_writer_end_object (builder);
}

static void
write_summary (DsJsonWriter   *builder,
               gconstpointer  item,
               gpointer       user_data)
{
  const DsQuoteSummary *quote = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", quote->id);
  ds_json_add_string (builder, "number", quote->number);
  ds_json_add_string (builder, "title", quote->title);
  ds_json_add_string (builder, "status", quote->status);
  ds_json_add_string (builder, "property_id", quote->property_id);
  ds_json_add_string (builder, "property_label", quote->property_label);
  ds_json_add_string (builder, "issued_on", quote->issued_on);
  ds_json_add_string (builder, "created_at", quote->created_at);
  ds_json_add_string (builder, "valid_until", quote->valid_until);
  ds_json_add_money (builder, "total", quote->total_minor, quote->currency);
  ds_json_add_boolean (builder, "expired", quote->expired);
  ds_json_writer_end_object (builder);
}

/* The list */

static gboolean
get_filter (DsContext           *ctx,
            DoorstepQuoteFilter *filter)
{
  const char *value = ds_context_get_query (ctx, "status");

  *filter = DOORSTEP_QUOTE_FILTER_ALL;
  if (value == NULL || doorstep_quote_filter_from_string (value, filter))
    return TRUE;

  ds_context_respond_field_error (ctx, "status", "Use all, open, approved, declined or requested.");
  return FALSE;
}

void
ds_quotes_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;
  DoorstepQuoteFilter filter;

  if (!ds_begin_reading (ctx, &customer_id, &today) ||
      !get_filter (ctx, &filter) ||
      !ds_context_get_page_request (ctx, &request))
    return;

  page = ds_quote_store_list (ds_context_get_db (ctx), customer_id, filter, today, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_summary, NULL);
}

void
ds_quotes_counts_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;
  gint64 counts[DOORSTEP_QUOTE_FILTER_REQUESTED + 1];

  if (!ds_begin_reading (ctx, &customer_id, &today))
    return;

  if (!ds_quote_store_count (ds_context_get_db (ctx), customer_id, today, counts, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  ds_json_writer_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    ds_json_add_int (builder, doorstep_quote_filter_to_string ((DoorstepQuoteFilter) i), counts[i]);
  ds_json_writer_end_object (builder);

  ds_context_respond_json (ctx, 200, builder);
}

/* One quote */

/* Loads the quote named in the path for @customer_id; answers 404 (or
 * the error) itself and returns %NULL when it cannot. */
static DsQuote *
load_quote (DsContext  *ctx,
            const char *customer_id,
            const char *today)
{
  g_autoptr(GError) error = NULL;
  DsQuote *quote;

  if (!ds_quote_store_get (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id, today,
                           &quote, &error))
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }
  if (quote == NULL)
    ds_context_respond_not_found (ctx, "There is no such quote.");
  return quote;
}

/* The quote a read is for: the customer's own, or the one staff preview. */
static DsQuote *
load_for_reading (DsContext *ctx)
{
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;

  if (!ds_begin_reading (ctx, &customer_id, &today))
    return NULL;
  return load_quote (ctx, customer_id, today);
}

static gboolean
can_respond (DsContext     *ctx,
             const DsQuote *quote)
{
  return ds_context_get_identity (ctx)->role == DOORSTEP_ROLE_CUSTOMER && ds_quote_awaits_decision (quote);
}

static DsJsonWriter *
quote_to_json (DsContext     *ctx,
               const DsQuote *quote)
{
  DsJsonWriter *builder = ds_json_writer_new ();

  write_quote (builder, quote, can_respond (ctx, quote));
  return builder;
}

void
ds_quotes_get_handler (DsContext *ctx)
{
  g_autoptr(DsQuote) quote = load_for_reading (ctx);

  if (quote != NULL)
    {
      g_autoptr(DsJsonWriter) answer = quote_to_json (ctx, quote);

      ds_context_respond_json (ctx, 200, answer);
    }
}

/* Answers 409 and returns %FALSE unless the customer may still decide on
 * @quote, saying why not. */
static gboolean
check_can_decide (DsContext     *ctx,
                  const DsQuote *quote)
{
  g_autofree char *detail = NULL;

  if (ds_quote_awaits_decision (quote))
    return TRUE;

  switch (quote->status)
    {
    case DOORSTEP_QUOTE_STATUS_OPEN:
      detail = g_strdup_printf ("This quote expired on %s. Ask for a new one.", quote->valid_until);
      ds_context_respond_problem (ctx, 409, "quote-expired", detail);
      break;
    case DOORSTEP_QUOTE_STATUS_APPROVED:
      ds_context_respond_problem (ctx, 409, "quote-not-open", "This quote has already been approved.");
      break;
    case DOORSTEP_QUOTE_STATUS_DECLINED:
      ds_context_respond_problem (ctx, 409, "quote-not-open", "This quote has already been declined.");
      break;
    case DOORSTEP_QUOTE_STATUS_REQUESTED:
    default:
      ds_context_respond_problem (ctx, 409, "quote-not-open",
                                  "This quote has not been priced yet, so there is nothing to decide.");
      break;
    }
  return FALSE;
}

/* What approving and declining share, in order: only the customer
 * themself (staff previewing are refused before anything else), a JSON
 * body, the Idempotency-Key and its transaction, their own quote, and one
 * still open. Answers itself and returns %NULL when any of it fails. */
static DsQuote *
begin_decision (DsContext      *ctx,
                JsonObject    **body,
                DsIdempotency **idem,
                char          **today)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *customer_id = NULL;
  g_autoptr(DsQuote) quote = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id) ||
      (*body = ds_context_read_json (ctx)) == NULL ||
      (*idem = ds_idempotency_begin (ctx)) == NULL)
    return NULL;
  if (!ds_company_store_get_today (ds_context_get_db (ctx), today, NULL, &error))
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }
  if ((quote = load_quote (ctx, customer_id, *today)) == NULL || !check_can_decide (ctx, quote))
    return NULL;
  return g_steal_pointer (&quote);
}

/* Reads "selected_item_ids": which optional items the customer wants.
 * Left out, the quote's own selection stands. */
static void
read_selection (JsonObject *body,
                DsQuote    *quote,
                GHashTable *errors)
{
  JsonNode *node = json_object_get_member (body, "selected_item_ids");
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ds_field_errors_add (errors, "selected_item_ids", "Must be a list of item ids.");
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          ds_field_errors_add (errors, "selected_item_ids", "Must be a list of item ids.");
          return;
        }
      g_strv_builder_add (ids, json_node_get_string (element));
    }

  chosen = g_strv_builder_end (ids);
  if (!ds_quote_choose_optional_items (quote, (const char * const *) chosen))
    ds_field_errors_add (errors, "selected_item_ids", "Choose only items of this quote.");
}

static void
read_signer_name (JsonObject  *body,
                  GHashTable  *errors,
                  char       **signer_name)
{
  const char *raw = ds_json_get_string (body, "signer_name", errors);

  if (raw != NULL)
    *signer_name = g_strstrip (g_strdup (raw));
  if (g_hash_table_contains (errors, "signer_name"))
    return;
  if (*signer_name == NULL || **signer_name == '\0')
    ds_field_errors_add (errors, "signer_name", "Type your full name.");
  else if (!doorstep_validate_text (*signer_name, SIGNER_NAME_MAX))
    ds_field_errors_add (errors, "signer_name", "Keep your name under 200 characters.");
}

static GBytes *
read_signature (JsonObject *body,
                GHashTable *errors)
{
  const char *raw = ds_json_get_string (body, "signature_png", errors);
  g_autoptr(GBytes) signature = NULL;

  if (g_hash_table_contains (errors, "signature_png"))
    return NULL;
  if (raw == NULL || *raw == '\0')
    ds_field_errors_add (errors, "signature_png", "Sign in the box.");
  else if ((signature = ds_base64_decode (raw)) == NULL)
    ds_field_errors_add (errors, "signature_png", "The signature must be a base64-encoded PNG image.");
  else if (g_bytes_get_size (signature) > SIGNATURE_MAX_BYTES)
    ds_field_errors_add (errors, "signature_png", "The signature image must be under 1 MB.");
  else if (!ds_png_is_acceptable (signature, SIGNATURE_MAX_SIDE))
    ds_field_errors_add (errors, "signature_png",
                         "The signature must be a PNG image, at most 4096 pixels on a side.");
  return g_steal_pointer (&signature);
}

/* Reloads the quote after a change, inside its transaction, and answers
 * through @idem. */
static void
respond_changed (DsContext     *ctx,
                 DsIdempotency *idem,
                 const DsQuote *before,
                 const char    *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsQuote) after = NULL;
  g_autoptr(DsJsonWriter) answer = NULL;

  if (!ds_quote_store_get (ds_context_get_db (ctx), before->id, before->customer_id, today, &after, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  g_assert (after != NULL);
  answer = quote_to_json (ctx, after);
  ds_idempotency_respond (idem, 200, NULL, answer);
}

void
ds_quotes_approve_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsIdempotency) idem = NULL;
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(GBytes) signature = NULL;
  g_autofree char *signer_name = NULL;
  g_autofree char *today = NULL;

  if ((quote = begin_decision (ctx, &body, &idem, &today)) == NULL)
    return;

  errors = ds_field_errors_new ();
  read_signer_name (body, errors, &signer_name);
  signature = read_signature (body, errors);
  read_selection (body, quote, errors);
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  if (!ds_quote_store_approve (ds_context_get_db (ctx), quote, ds_context_get_identity (ctx)->user_id,
                               signer_name, signature, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  respond_changed (ctx, idem, quote, today);
}

void
ds_quotes_decline_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsIdempotency) idem = NULL;
  g_autoptr(DsQuote) quote = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *today = NULL;
  const char *raw_reason;

  if ((quote = begin_decision (ctx, &body, &idem, &today)) == NULL)
    return;

  errors = ds_field_errors_new ();
  raw_reason = ds_json_get_string (body, "reason", errors);
  if (raw_reason != NULL)
    {
      reason = g_strstrip (g_strdup (raw_reason));
      if (*reason == '\0')
        g_clear_pointer (&reason, g_free);
      else if (!doorstep_validate_text (reason, DECLINE_REASON_MAX))
        ds_field_errors_add (errors, "reason", "Keep the reason under 2,000 characters.");
    }
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  if (!ds_quote_store_decline (ds_context_get_db (ctx), quote, ds_context_get_identity (ctx)->user_id,
                               reason, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  respond_changed (ctx, idem, quote, today);
}

void
ds_quotes_pdf_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((quote = load_for_reading (ctx)) == NULL)
    return;

  if (quote->status == DOORSTEP_QUOTE_STATUS_REQUESTED)
    {
      ds_context_respond_problem (ctx, 409, "quote-not-priced",
                                  "This quote has not been priced yet, so there is no PDF.");
      return;
    }

  if (!ds_company_store_get (ds_context_get_db (ctx), &company, &error) ||
      (pdf = ds_quote_pdf_render (quote, company, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Numbers are "Q-" and digits, so the file name needs no quoting. */
  file_name = g_strdup_printf ("Quote %s.pdf", quote->number);
  ds_respond_pdf (ctx, pdf, file_name);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-paging.h"
#include "ds-png.h"
#include "ds-quote-handlers.h"
#include "ds-quote-pdf.h"
#include "ds-quote-store.h"

/* Quotes: the list with its filters and counts, one quote, approving with
 * a signature, declining, and the PDF. What the customer sends is their
 * name, their signature and which optional items they want; everything
 * with a price, and whether the quote may still be decided on, comes
 * from the store. */

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
get_filter (DsCall               *call,
            DoorstepQuoteFilter  *filter,
            GError              **error)
{
  const char *value = ds_call_get_query (call, "status");

  *filter = DOORSTEP_QUOTE_FILTER_ALL;
  if (value == NULL || doorstep_quote_filter_from_string (value, filter))
    return TRUE;
  ds_set_field_error (error, "status", "Use all, open, approved, declined or requested.");
  return FALSE;
}

DsReply *
ds_quotes_list_handler (DsCall   *call,
                        gpointer  input,
                        GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  DoorstepQuoteFilter filter;
  const char *today;

  if (!get_filter (call, &filter, error) || !ds_call_read_sorted_page (call, &ds_quote_list_sorts, &request, error) ||
      (today = ds_call_get_today (call, error)) == NULL ||
      (page = ds_quote_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), filter, today, &request,
                                   error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_summary, NULL);
}

DsReply *
ds_quotes_counts_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  gint64 counts[DOORSTEP_QUOTE_FILTER_REQUESTED + 1];
  const char *today;

  if ((today = ds_call_get_today (call, error)) == NULL ||
      !ds_quote_store_count (ds_call_get_db (call), ds_call_get_customer_id (call), today, counts, error))
    return NULL;

  ds_json_writer_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    ds_json_add_int (builder, doorstep_quote_filter_to_string ((DoorstepQuoteFilter) i), counts[i]);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

/* One quote */

/* The quote the path names, of the call's customer. */
static DsQuote *
load_quote (DsCall  *call,
            GError **error)
{
  const char *today = ds_call_get_today (call, error);

  if (today == NULL)
    return NULL;
  return ds_quote_store_require (ds_call_get_db (call), ds_call_get_param (call, "id"),
                                 ds_call_get_customer_id (call), today, error);
}

static DsReply *
reply_quote (DsCall        *call,
             const DsQuote *quote)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  /* Only the customer themself decides; a staff preview only looks. */
  write_quote (builder, quote, ds_call_is_customer (call) && ds_quote_awaits_decision (quote));
  return ds_reply_json (200, builder);
}

DsReply *
ds_quotes_get_handler (DsCall   *call,
                       gpointer  input,
                       GError  **error)
{
  g_autoptr(DsQuote) quote = load_quote (call, error);

  return quote != NULL ? reply_quote (call, quote) : NULL;
}

/* Approving and declining */

#define SIGNER_NAME_MAX     200
#define DECLINE_REASON_MAX  2000
#define SIGNATURE_MAX_BYTES (1024 * 1024)
#define SIGNATURE_MAX_SIDE  4096

typedef struct {
  char   *signer_name;
  GBytes *signature_png;
  GStrv   selected_item_ids;  /* NULL: the quote's own choice stands */
} Approval;

static void
approval_free (gpointer data)
{
  Approval *approval = data;

  g_free (approval->signer_name);
  g_clear_pointer (&approval->signature_png, g_bytes_unref);
  g_strfreev (approval->selected_item_ids);
  g_free (approval);
}

/* Reads "selected_item_ids": which optional items the customer wants. */
static GStrv
read_selection (JsonObject *body,
                GHashTable *errors)
{
  JsonNode *node = json_object_get_member (body, "selected_item_ids");
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ds_field_errors_add (errors, "selected_item_ids", "Must be a list of item ids.");
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          ds_field_errors_add (errors, "selected_item_ids", "Must be a list of item ids.");
          return NULL;
        }
      g_strv_builder_add (ids, json_node_get_string (element));
    }
  return g_strv_builder_end (ids);
}

static char *
read_signer_name (JsonObject *body,
                  GHashTable *errors)
{
  const char *raw = ds_json_get_string (body, "signer_name", errors);
  g_autofree char *name = raw != NULL ? g_strstrip (g_strdup (raw)) : NULL;

  if (g_hash_table_contains (errors, "signer_name"))
    return NULL;
  if (name == NULL || *name == '\0')
    ds_field_errors_add (errors, "signer_name", "Type your full name.");
  else if (!doorstep_validate_text (name, SIGNER_NAME_MAX))
    ds_field_errors_add (errors, "signer_name", "Keep your name under 200 characters.");
  return g_steal_pointer (&name);
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

static gpointer
read_approval (JsonObject *body,
               GHashTable *errors)
{
  Approval *approval = g_new0 (Approval, 1);

  approval->signer_name = read_signer_name (body, errors);
  approval->signature_png = read_signature (body, errors);
  approval->selected_item_ids = read_selection (body, errors);
  return approval;
}

const DsInput ds_approval_input = { read_approval, approval_free };

typedef struct {
  char *reason;  /* NULL when none was given */
} Decline;

static void
decline_free (gpointer data)
{
  Decline *decline = data;

  g_free (decline->reason);
  g_free (decline);
}

static gpointer
read_decline (JsonObject *body,
              GHashTable *errors)
{
  Decline *decline = g_new0 (Decline, 1);
  const char *raw = ds_json_get_string (body, "reason", errors);

  if (raw != NULL)
    {
      decline->reason = g_strstrip (g_strdup (raw));
      if (*decline->reason == '\0')
        g_clear_pointer (&decline->reason, g_free);
      else if (!doorstep_validate_text (decline->reason, DECLINE_REASON_MAX))
        ds_field_errors_add (errors, "reason", "Keep the reason under 2,000 characters.");
    }
  return decline;
}

const DsInput ds_decline_input = { read_decline, decline_free };

DsReply *
ds_quotes_approve_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  Approval *approval = input;
  g_autoptr(DsQuote) after = NULL;
  const char *today = ds_call_get_today (call, error);

  if (today == NULL ||
      !ds_quote_store_approve (ds_call_get_db (call), ds_call_get_param (call, "id"), ds_call_get_customer_id (call),
                               today, ds_call_get_identity (call)->user_id, approval->signer_name,
                               approval->signature_png, (const char * const *) approval->selected_item_ids, error) ||
      (after = load_quote (call, error)) == NULL)
    return NULL;
  return reply_quote (call, after);
}

DsReply *
ds_quotes_decline_handler (DsCall   *call,
                           gpointer  input,
                           GError  **error)
{
  Decline *decline = input;
  g_autoptr(DsQuote) after = NULL;
  const char *today = ds_call_get_today (call, error);

  if (today == NULL ||
      !ds_quote_store_decline (ds_call_get_db (call), ds_call_get_param (call, "id"), ds_call_get_customer_id (call),
                               today, ds_call_get_identity (call)->user_id, decline->reason, error) ||
      (after = load_quote (call, error)) == NULL)
    return NULL;
  return reply_quote (call, after);
}

/* The PDF */

DsReply *
ds_quotes_pdf_handler (DsCall   *call,
                       gpointer  input,
                       GError  **error)
{
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((quote = load_quote (call, error)) == NULL)
    return NULL;
  if (quote->status == DOORSTEP_QUOTE_STATUS_REQUESTED)
    {
      ds_set_problem (error, DS_ERROR_CONFLICT, "quote-not-priced",
                      "This quote has not been priced yet, so there is no PDF.");
      return NULL;
    }
  if ((company = ds_company_store_require (ds_call_get_db (call), error)) == NULL ||
      (pdf = ds_quote_pdf_render (quote, company, error)) == NULL)
    return NULL;

  file_name = g_strdup_printf ("Quote %s.pdf", quote->number);
  return ds_reply_pdf (pdf, file_name);
}

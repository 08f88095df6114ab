/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"

#include <cairo.h>
#include <string.h>

#include "ds-company.h"
#include "ds-idempotency.h"
#include "ds-quote-pdf.h"
#include "ds-quotes.h"

/* Quotes: the list with its filters and counts, one quote, approving with
 * a signature, declining, and the PDF.
 *
 * Prices, discount, tax rate and deposit come only from the database; what
 * the customer sends is their name, their signature and which optional
 * items they want. Totals are worked out by doorstep_quote_compute_lines(). */

#define SIGNER_NAME_MAX     200
#define DECLINE_REASON_MAX  2000
#define SIGNATURE_MAX_BYTES (1024 * 1024)
#define SIGNATURE_MAX_SIDE  4096

static void
quote_item_free (DsQuoteItem *item)
{
  g_free (item->id);
  g_free (item->description);
  g_free (item);
}

void
ds_quote_free (DsQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->id);
  g_free (quote->customer_id);
  g_free (quote->customer_name);
  g_free (quote->number);
  g_free (quote->title);
  g_free (quote->currency);
  g_free (quote->property_id);
  g_free (quote->property_label);
  g_free (quote->property_address);
  g_free (quote->created_at);
  g_free (quote->issued_on);
  g_free (quote->valid_until);
  g_free (quote->notes);
  g_free (quote->terms);
  g_free (quote->request_description);
  g_clear_pointer (&quote->items, g_ptr_array_unref);
  g_free (quote->signer_name);
  g_free (quote->approved_at);
  g_clear_pointer (&quote->signature_png, g_bytes_unref);
  g_free (quote->decline_reason);
  g_free (quote->declined_at);
  g_free (quote);
}

static char *
join_address (DsStmt *stmt,
              int     first_column)
{
  const char *line1 = ds_stmt_get_text (stmt, first_column);
  const char *city = ds_stmt_get_text (stmt, first_column + 1);
  const char *region = ds_stmt_get_text (stmt, first_column + 2);
  const char *postal_code = ds_stmt_get_text (stmt, first_column + 3);
  g_autoptr(GString) address = NULL;

  if (line1 == NULL)
    return NULL;
  address = g_string_new (line1);
  if (city != NULL)
    g_string_append_printf (address, ", %s", city);
  if (region != NULL)
    g_string_append_printf (address, ", %s", region);
  if (postal_code != NULL)
    g_string_append_printf (address, " %s", postal_code);
  return g_string_free (g_steal_pointer (&address), FALSE);
}

static void
compute_totals (DsQuote *quote)
{
  g_autofree DoorstepQuoteLine *lines = g_new0 (DoorstepQuoteLine, MAX (quote->items->len, 1));

  for (guint i = 0; i < quote->items->len; i++)
    {
      DsQuoteItem *item = g_ptr_array_index (quote->items, i);

      lines[i].quantity_milli = item->quantity_milli;
      lines[i].unit_price_minor = item->unit_price_minor;
      lines[i].optional = item->optional;
      lines[i].selected = item->selected;
    }
  doorstep_quote_compute_lines (lines, quote->items->len, quote->discount_minor,
                          MIN (quote->tax_rate_bp, DOORSTEP_QUOTE_TAX_RATE_MAX), &quote->totals);
}

static gboolean
load_items (DsDb     *db,
            DsQuote  *quote,
            GError  **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT id, description, quantity_milli, unit_price_minor,"
                                          " optional, selected FROM quote_items"
                                          " WHERE quote_id = ? ORDER BY position, id",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, quote->id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsQuoteItem *item = g_new0 (DsQuoteItem, 1);

      item->id = g_strdup (ds_stmt_get_text (stmt, 0));
      item->description = g_strdup (ds_stmt_get_text (stmt, 1));
      item->quantity_milli = CLAMP (ds_stmt_get_int64 (stmt, 2), 0, DOORSTEP_QUOTE_QUANTITY_MAX);
      item->unit_price_minor = CLAMP (ds_stmt_get_int64 (stmt, 3), 0, DOORSTEP_QUOTE_PRICE_MAX);
      item->optional = ds_stmt_get_int64 (stmt, 4) != 0;
      item->selected = ds_stmt_get_int64 (stmt, 5) != 0;
      g_ptr_array_add (quote->items, item);
    }
  return step == DS_STEP_DONE;
}

/**
 * ds_quote_load:
 * @customer_id: whose quote it must be; another customer's quote is as
 *   unknown as one that does not exist
 * @today: the business's date, which decides whether an open quote expired
 *
 * Returns: (transfer full) (nullable): the quote, or %NULL with @error
 *   unset when there is no such quote for this customer
 */
DsQuote *
ds_quote_load (DsDb        *db,
               const char  *quote_id,
               const char  *customer_id,
               const char  *today,
               GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(DsQuote) quote = NULL;

  stmt = ds_db_prepare (db,
                        "SELECT q.id, q.customer_id, c.display_name, q.number, q.title, q.status,"
                        "  q.currency, q.property_id, p.label,"
                        "  p.address_line1, p.city, p.region, p.postal_code,"
                        "  q.created_at, q.issued_on, q.valid_until, q.notes, q.terms, r.description,"
                        "  q.discount_minor, q.tax_rate_bp, q.deposit_minor,"
                        "  (SELECT COALESCE(SUM(amount_minor), 0) FROM quote_deposit_payments d"
                        "    WHERE d.quote_id = q.id),"
                        "  a.signer_name, a.approved_at, a.signature_png, dc.reason, dc.declined_at"
                        " FROM quotes q"
                        " JOIN customers c ON c.id = q.customer_id"
                        " LEFT JOIN properties p ON p.id = q.property_id"
                        " LEFT JOIN requests r ON r.id = q.request_id"
                        " LEFT JOIN quote_approvals a ON a.quote_id = q.id"
                        " LEFT JOIN quote_declines dc ON dc.quote_id = q.id"
                        " WHERE q.id = ? AND q.customer_id = ?",
                        error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, quote_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (ds_stmt_step (stmt, error) != DS_STEP_ROW)
    return NULL;

  quote = g_new0 (DsQuote, 1);
  quote->items = g_ptr_array_new_with_free_func ((GDestroyNotify) quote_item_free);
  quote->id = g_strdup (ds_stmt_get_text (stmt, 0));
  quote->customer_id = g_strdup (ds_stmt_get_text (stmt, 1));
  quote->customer_name = g_strdup (ds_stmt_get_text (stmt, 2));
  quote->number = g_strdup (ds_stmt_get_text (stmt, 3));
  quote->title = g_strdup (ds_stmt_get_text (stmt, 4));
  if (!doorstep_quote_status_from_string (ds_stmt_get_text (stmt, 5), &quote->status))
    {
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "Quote %s has an unknown status “%s”",
                   quote_id, ds_stmt_get_text (stmt, 5));
      return NULL;
    }
  quote->currency = g_strdup (ds_stmt_get_text (stmt, 6));
  quote->property_id = g_strdup (ds_stmt_get_text (stmt, 7));
  quote->property_label = g_strdup (ds_stmt_get_text (stmt, 8));
  quote->property_address = join_address (stmt, 9);
  quote->created_at = g_strdup (ds_stmt_get_text (stmt, 13));
  quote->issued_on = g_strdup (ds_stmt_get_text (stmt, 14));
  quote->valid_until = g_strdup (ds_stmt_get_text (stmt, 15));
  quote->notes = g_strdup (ds_stmt_get_text (stmt, 16));
  quote->terms = g_strdup (ds_stmt_get_text (stmt, 17));
  quote->request_description = g_strdup (ds_stmt_get_text (stmt, 18));
  quote->discount_minor = MAX (ds_stmt_get_int64 (stmt, 19), 0);
  quote->tax_rate_bp = (guint) CLAMP (ds_stmt_get_int64 (stmt, 20), 0, DOORSTEP_QUOTE_TAX_RATE_MAX);
  quote->deposit_minor = MAX (ds_stmt_get_int64 (stmt, 21), 0);
  quote->deposit_paid_minor = MAX (ds_stmt_get_int64 (stmt, 22), 0);
  quote->signer_name = g_strdup (ds_stmt_get_text (stmt, 23));
  quote->approved_at = g_strdup (ds_stmt_get_text (stmt, 24));
  quote->signature_png = ds_stmt_get_bytes (stmt, 25);
  quote->decline_reason = g_strdup (ds_stmt_get_text (stmt, 26));
  quote->declined_at = g_strdup (ds_stmt_get_text (stmt, 27));
  quote->expired = quote->status == DOORSTEP_QUOTE_STATUS_OPEN &&
                   quote->valid_until != NULL && strcmp (quote->valid_until, today) < 0;

  if (!load_items (db, quote, error))
    return NULL;
  compute_totals (quote);

  return g_steal_pointer (&quote);
}

/**
 * ds_quotes_create_for_request:
 *
 * Adds the requested, not yet priced quote that a quote request stands
 * for, so it shows under Requested at once. Call it inside the request's
 * own transaction.
 */
gboolean
ds_quotes_create_for_request (DsDb        *db,
                              const char  *request_id,
                              GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *id = ds_new_id ("quo");

  /* Numbers run on from the highest so far; the unique index on number
   * refuses a duplicate rather than letting two quotes share one. */
  stmt = ds_db_prepare (db,
                        "INSERT INTO quotes (id, customer_id, number, title, status, currency,"
                        " total_minor, property_id, request_id, created_at)"
                        " SELECT ?1, r.customer_id,"
                        "  'Q-' || (SELECT COALESCE(MAX(CAST(substr(number, 3) AS INTEGER)), 1000) + 1"
                        "           FROM quotes WHERE number LIKE 'Q-%'),"
                        "  s.name, 'requested', c.currency, 0, r.property_id, r.id, r.created_at"
                        " FROM requests r JOIN service_types s ON s.id = r.service_type_id, company c"
                        " WHERE r.id = ?2 AND r.kind = 'quote'",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, request_id);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_quotes_refresh_total:
 *
 * Stores the total of the quote's items and current selection in
 * quotes.total_minor, which the list and the dashboard read. Call it
 * whenever items, discount or tax change.
 */
gboolean
ds_quotes_refresh_total (DsDb        *db,
                         const char  *quote_id,
                         GError     **error)
{
  g_autoptr(DsStmt) owner = NULL;
  g_autoptr(DsStmt) update = NULL;
  g_autoptr(DsQuote) quote = NULL;

  owner = ds_db_prepare (db, "SELECT customer_id FROM quotes WHERE id = ?", error);
  if (owner == NULL)
    return FALSE;
  ds_stmt_bind_text (owner, 1, quote_id);
  if (!ds_stmt_step_row (owner, error))
    return FALSE;

  /* Whether it expired does not matter to its total. */
  quote = ds_quote_load (db, quote_id, ds_stmt_get_text (owner, 0), "0000-00-00", error);
  if (quote == NULL)
    return FALSE;

  update = ds_db_prepare (db, "UPDATE quotes SET total_minor = ? WHERE id = ?", error);
  if (update == NULL)
    return FALSE;
  ds_stmt_bind_int64 (update, 1, quote->totals.total);
  ds_stmt_bind_text (update, 2, quote_id);
  return ds_stmt_run (update, error);
}

/* JSON */

/* {"<what_key>": ..., "<when_key>": ...} once it happened, else null. */
static void
add_outcome (JsonBuilder *builder,
             const char  *member,
             const char  *when_key,
             const char  *when,
             const char  *what_key,
             const char  *what)
{
  json_builder_set_member_name (builder, member);
  if (when == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  ds_json_add_string (builder, what_key, what);
  ds_json_add_string (builder, when_key, when);
  json_builder_end_object (builder);
}

static void
add_quote_detail (JsonBuilder   *builder,
                  const DsQuote *quote,
                  gboolean       can_respond)
{
  const char *currency = quote->currency;

  json_builder_begin_object (builder);
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

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < quote->items->len; i++)
    {
      const DsQuoteItem *item = g_ptr_array_index (quote->items, i);

      json_builder_begin_object (builder);
      ds_json_add_string (builder, "id", item->id);
      ds_json_add_string (builder, "description", item->description);
      ds_json_add_int (builder, "quantity_milli", item->quantity_milli);
      ds_json_add_money (builder, "unit_price", item->unit_price_minor, currency);
      ds_json_add_money (builder, "amount",
                         doorstep_quote_line_amount (item->quantity_milli, item->unit_price_minor),
                         currency);
      ds_json_add_boolean (builder, "optional", item->optional);
      ds_json_add_boolean (builder, "selected", !item->optional || item->selected);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  ds_json_add_money (builder, "subtotal", quote->totals.subtotal, currency);
  ds_json_add_money (builder, "discount", quote->totals.discount, currency);
  ds_json_add_money (builder, "discount_offered", quote->discount_minor, currency);
  ds_json_add_int (builder, "tax_rate_bp", quote->tax_rate_bp);
  ds_json_add_money (builder, "tax", quote->totals.tax, currency);
  ds_json_add_money (builder, "total", quote->totals.total, currency);

  json_builder_set_member_name (builder, "deposit");
  if (quote->deposit_minor > 0)
    {
      json_builder_begin_object (builder);
      ds_json_add_money (builder, "required", quote->deposit_minor, currency);
      ds_json_add_money (builder, "paid", quote->deposit_paid_minor, currency);
      ds_json_add_money (builder, "pending", MAX (quote->deposit_minor - quote->deposit_paid_minor, 0),
                         currency);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  add_outcome (builder, "approval", "approved_at", quote->approved_at, "signer_name", quote->signer_name);
  add_outcome (builder, "decline", "declined_at", quote->declined_at, "reason", quote->decline_reason);

  json_builder_end_object (builder);
}

/* The list */

#define LIST_COLUMNS \
  "q.id, q.number, q.title, q.status, q.property_id, p.label, q.issued_on, q.created_at," \
  " q.valid_until, q.total_minor, q.currency," \
  " q.status = 'open' AND q.valid_until IS NOT NULL AND q.valid_until < ?5"

static void
add_list_row (JsonBuilder *builder,
              DsStmt      *stmt)
{
  static const char * const names[] = {
    "id", "number", "title", "status", "property_id", "property_label", "issued_on",
    "created_at", "valid_until",
  };

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    ds_json_add_string (builder, names[i], ds_stmt_get_text (stmt, (int) i));
  ds_json_add_money (builder, "total", ds_stmt_get_int64 (stmt, 9), ds_stmt_get_text (stmt, 10));
  ds_json_add_boolean (builder, "expired", ds_stmt_get_int64 (stmt, 11) != 0);
  json_builder_end_object (builder);
}

/* The WHERE condition of each filter. Only these fixed strings ever reach
 * the SQL text; everything the client sends is bound. */
static const char *
filter_condition (DoorstepQuoteFilter filter)
{
  switch (filter)
    {
    case DOORSTEP_QUOTE_FILTER_ALL:
      return "";
    case DOORSTEP_QUOTE_FILTER_OPEN:
      return " AND q.status = 'open' AND (q.valid_until IS NULL OR q.valid_until >= ?5)";
    case DOORSTEP_QUOTE_FILTER_APPROVED:
      return " AND q.status = 'approved'";
    case DOORSTEP_QUOTE_FILTER_DECLINED:
      return " AND q.status = 'declined'";
    case DOORSTEP_QUOTE_FILTER_REQUESTED:
      return " AND q.status = 'requested'";
    default:
      g_assert_not_reached ();
    }
}

static gboolean
get_filter (DsContext           *ctx,
            DoorstepQuoteFilter *filter)
{
  const char *value = ds_context_get_query (ctx, "status");
  g_autoptr(GHashTable) errors = NULL;

  *filter = DOORSTEP_QUOTE_FILTER_ALL;
  if (value == NULL || doorstep_quote_filter_from_string (value, filter))
    return TRUE;

  errors = ds_field_errors_new ();
  ds_field_errors_add (errors, "status", "Use all, open, approved, declined or requested.");
  ds_context_respond_invalid (ctx, errors);
  return FALSE;
}

void
ds_quotes_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_auto(GStrv) after = NULL;
  g_autofree char *customer_id = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *today = NULL;
  g_autofree char *sql = NULL;
  DoorstepQuoteFilter filter;
  guint limit;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id) ||
      !get_filter (ctx, &filter) ||
      !ds_context_get_limit (ctx, &limit) ||
      !ds_context_get_cursor (ctx, &after))
    return;

  currency = ds_company_get_currency (db, &today, &error);
  if (currency == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Newest first; the cursor condition is there only with a cursor, so the
   * (customer_id, created_at, id) index is sought, not scanned. */
  sql = g_strconcat ("SELECT " LIST_COLUMNS
                     " FROM quotes q LEFT JOIN properties p ON p.id = q.property_id"
                     " WHERE q.customer_id = ?1",
                     filter_condition (filter),
                     after != NULL ? " AND (q.created_at, q.id) < (?2, ?3)" : "",
                     " ORDER BY q.created_at DESC, q.id DESC LIMIT ?4",
                     NULL);
  stmt = ds_db_prepare (db, sql, &error);
  if (stmt == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, after != NULL ? after[0] : NULL);
  ds_stmt_bind_text (stmt, 3, after != NULL ? after[1] : NULL);
  ds_stmt_bind_int64 (stmt, 4, limit + 1);
  ds_stmt_bind_text (stmt, 5, today);

  ds_context_respond_rows (ctx, stmt, limit, 7, 0, add_list_row);
}

void
ds_quotes_counts_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *today = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return;

  currency = ds_company_get_currency (db, &today, &error);
  if (currency == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* The same conditions as the filters above, counted in one pass. */
  stmt = ds_db_prepare (db,
                        "SELECT COUNT(*),"
                        " COALESCE(SUM(status = 'open' AND (valid_until IS NULL OR valid_until >= ?2)), 0),"
                        " COALESCE(SUM(status = 'approved'), 0),"
                        " COALESCE(SUM(status = 'declined'), 0),"
                        " COALESCE(SUM(status = 'requested'), 0)"
                        " FROM quotes WHERE customer_id = ?1",
                        &error);
  if (stmt != NULL)
    {
      ds_stmt_bind_text (stmt, 1, customer_id);
      ds_stmt_bind_text (stmt, 2, today);
    }
  if (stmt == NULL || !ds_stmt_step_row (stmt, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  json_builder_begin_object (builder);
  for (guint i = 0; i < doorstep_quote_filter_get_count (); i++)
    ds_json_add_int (builder, doorstep_quote_filter_to_string ((DoorstepQuoteFilter) i),
             ds_stmt_get_int64 (stmt, (int) i));
  json_builder_end_object (builder);

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

/* One quote */

/* Loads the quote named in the path for @customer_id; answers 404 (or
 * the error) itself and returns %NULL when it cannot. */
static DsQuote *
load_quote (DsContext   *ctx,
            const char  *customer_id,
            char       **today_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *today = NULL;
  DsQuote *quote;
  DsDb *db = ds_context_get_db (ctx);

  currency = ds_company_get_currency (db, &today, &error);
  if (currency == NULL)
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }

  quote = ds_quote_load (db, ds_context_get_param (ctx, "id"), customer_id, today, &error);
  if (quote == NULL)
    {
      if (error != NULL)
        ds_context_respond_error (ctx, error);
      else
        ds_context_respond_problem (ctx, 404, "not-found", "There is no such quote.");
      return NULL;
    }

  if (today_out != NULL)
    *today_out = g_steal_pointer (&today);
  return quote;
}

/* The quote a read is for: the customer's own, or the one staff preview. */
static DsQuote *
load_for_reading (DsContext *ctx)
{
  g_autofree char *customer_id = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return NULL;
  return load_quote (ctx, customer_id, NULL);
}

static gboolean
can_respond (DsContext     *ctx,
             const DsQuote *quote)
{
  return ds_context_get_identity (ctx)->role == DOORSTEP_ROLE_CUSTOMER &&
         quote->status == DOORSTEP_QUOTE_STATUS_OPEN && !quote->expired;
}

static void
respond_quote (DsContext     *ctx,
               const DsQuote *quote)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  add_quote_detail (builder, quote, can_respond (ctx, quote));
  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}

void
ds_quotes_get_handler (DsContext *ctx)
{
  g_autoptr(DsQuote) quote = load_for_reading (ctx);

  if (quote != NULL)
    respond_quote (ctx, quote);
}

/* Answers 409 and returns %FALSE unless the customer may still decide on
 * @quote. */
static gboolean
check_can_decide (DsContext     *ctx,
                  const DsQuote *quote)
{
  g_autofree char *detail = NULL;

  switch (quote->status)
    {
    case DOORSTEP_QUOTE_STATUS_OPEN:
      if (!quote->expired)
        return TRUE;
      detail = g_strdup_printf ("This quote expired on %s. Ask for a new one.", quote->valid_until);
      ds_context_respond_problem (ctx, 409, "quote-expired", detail);
      return FALSE;
    case DOORSTEP_QUOTE_STATUS_APPROVED:
      ds_context_respond_problem (ctx, 409, "quote-not-open", "This quote has already been approved.");
      return FALSE;
    case DOORSTEP_QUOTE_STATUS_DECLINED:
      ds_context_respond_problem (ctx, 409, "quote-not-open", "This quote has already been declined.");
      return FALSE;
    case DOORSTEP_QUOTE_STATUS_REQUESTED:
      ds_context_respond_problem (ctx, 409, "quote-not-open",
                                  "This quote has not been priced yet, so there is nothing to decide.");
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_base64 (const char *text)
{
  gsize length = strlen (text);

  if (length == 0 || length % 4 != 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (g_ascii_isalnum (c) || c == '+' || c == '/')
        continue;
      /* '=' pads only the last one or two places */
      if (c == '=' && i >= length - 2 && (i == length - 1 || text[length - 1] == '='))
        continue;
      return FALSE;
    }
  return TRUE;
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Whether @png is a whole PNG image of a sensible size. The header is
 * checked before anything is decoded, so a tiny file claiming to be huge
 * is refused without allocating for it. */
static gboolean
png_is_acceptable (GBytes *png)
{
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  cairo_surface_t *surface;
  gboolean ok;
  guint32 width, height;
  gsize size;
  const guchar *data = g_bytes_get_data (png, &size);

  if (size < 33 || memcmp (data, signature, sizeof signature) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  width = read_be32 (data + 16);
  height = read_be32 (data + 20);
  if (width == 0 || height == 0 || width > SIGNATURE_MAX_SIDE || height > SIGNATURE_MAX_SIDE)
    return FALSE;

  surface = ds_png_decode (png);
  ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy (surface);
  return ok;
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
  g_autofree char *customer_id = NULL;
  g_autoptr(DsQuote) quote = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id))
    return NULL;
  if ((*body = ds_context_read_json (ctx)) == NULL)
    return NULL;
  if ((*idem = ds_idempotency_begin (ctx)) == NULL)
    return NULL;
  if ((quote = load_quote (ctx, customer_id, today)) == NULL)
    return NULL;
  if (!check_can_decide (ctx, quote))
    return NULL;
  return g_steal_pointer (&quote);
}

/* Reads "selected_item_ids": which optional items the customer wants.
 * Left out, the quote's own selection stands. */
static gboolean
apply_selection (JsonObject *body,
                 DsQuote    *quote,
                 GHashTable *errors)
{
  JsonNode *node = json_object_get_member (body, "selected_item_ids");
  g_autoptr(GHashTable) chosen = NULL;
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ds_field_errors_add (errors, "selected_item_ids", "Must be a list of item ids.");
      return FALSE;
    }

  chosen = g_hash_table_new (g_str_hash, g_str_equal);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *id;
      gboolean known = FALSE;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          ds_field_errors_add (errors, "selected_item_ids", "Must be a list of item ids.");
          return FALSE;
        }
      id = json_node_get_string (element);
      for (guint j = 0; j < quote->items->len && !known; j++)
        known = g_str_equal (((DsQuoteItem *) g_ptr_array_index (quote->items, j))->id, id);
      if (!known)
        {
          ds_field_errors_add (errors, "selected_item_ids", "Choose only items of this quote.");
          return FALSE;
        }
      g_hash_table_add (chosen, (gpointer) id);
    }

  for (guint j = 0; j < quote->items->len; j++)
    {
      DsQuoteItem *item = g_ptr_array_index (quote->items, j);

      item->selected = !item->optional || g_hash_table_contains (chosen, item->id);
    }
  compute_totals (quote);
  return TRUE;
}

static char *
selection_to_json (const DsQuote *quote)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < quote->items->len; i++)
    {
      const DsQuoteItem *item = g_ptr_array_index (quote->items, i);

      if (item->selected)
        json_builder_add_string_value (builder, item->id);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static gboolean
store_approval (DsDb           *db,
                const DsQuote  *quote,
                const char     *user_id,
                const char     *signer_name,
                GBytes         *signature,
                const char     *now,
                GError        **error)
{
  g_autoptr(DsStmt) items = NULL;
  g_autoptr(DsStmt) approval = NULL;
  g_autoptr(DsStmt) update = NULL;
  g_autofree char *selection = selection_to_json (quote);

  items = ds_db_prepare (db, "UPDATE quote_items SET selected = ? WHERE id = ? AND quote_id = ?", error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < quote->items->len; i++)
    {
      const DsQuoteItem *item = g_ptr_array_index (quote->items, i);

      ds_stmt_bind_int64 (items, 1, item->selected);
      ds_stmt_bind_text (items, 2, item->id);
      ds_stmt_bind_text (items, 3, quote->id);
      if (!ds_stmt_run (items, error))
        return FALSE;
    }

  approval = ds_db_prepare (db,
                            "INSERT INTO quote_approvals (quote_id, user_id, signer_name, signature_png,"
                            " selected_item_ids, total_minor, approved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            error);
  if (approval == NULL)
    return FALSE;
  ds_stmt_bind_text (approval, 1, quote->id);
  ds_stmt_bind_text (approval, 2, user_id);
  ds_stmt_bind_text (approval, 3, signer_name);
  ds_stmt_bind_bytes (approval, 4, signature);
  ds_stmt_bind_text (approval, 5, selection);
  ds_stmt_bind_int64 (approval, 6, quote->totals.total);
  ds_stmt_bind_text (approval, 7, now);
  if (!ds_stmt_run (approval, error))
    return FALSE;

  /* "AND status = 'open'" makes the change itself the last word on
   * whether the quote could still be approved. */
  update = ds_db_prepare (db,
                          "UPDATE quotes SET status = 'approved', total_minor = ?"
                          " WHERE id = ? AND status = 'open'",
                          error);
  if (update == NULL)
    return FALSE;
  ds_stmt_bind_int64 (update, 1, quote->totals.total);
  ds_stmt_bind_text (update, 2, quote->id);
  return ds_stmt_run (update, error);
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
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  after = ds_quote_load (ds_context_get_db (ctx), before->id, before->customer_id, today, &error);
  if (after == NULL)
    {
      if (error == NULL)
        g_set_error (&error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "Quote %s vanished", before->id);
      ds_context_respond_error (ctx, error);
      return;
    }
  add_quote_detail (builder, after, can_respond (ctx, after));
  ds_idempotency_respond (idem, 200, json_builder_get_root (builder));
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
  g_autofree char *now = NULL;
  const char *raw_name, *raw_signature;

  if ((quote = begin_decision (ctx, &body, &idem, &today)) == NULL)
    return;

  errors = ds_field_errors_new ();
  raw_name = ds_json_get_string (body, "signer_name", errors);
  if (raw_name != NULL)
    signer_name = g_strstrip (g_strdup (raw_name));
  if (!g_hash_table_contains (errors, "signer_name"))
    {
      if (signer_name == NULL || *signer_name == '\0')
        ds_field_errors_add (errors, "signer_name", "Type your full name.");
      else if (!doorstep_validate_text (signer_name, SIGNER_NAME_MAX))
        ds_field_errors_add (errors, "signer_name", "Keep your name under 200 characters.");
    }

  raw_signature = ds_json_get_string (body, "signature_png", errors);
  if (!g_hash_table_contains (errors, "signature_png"))
    {
      if (raw_signature == NULL || *raw_signature == '\0')
        ds_field_errors_add (errors, "signature_png", "Sign in the box.");
      else if (!is_base64 (raw_signature))
        ds_field_errors_add (errors, "signature_png", "The signature must be a base64-encoded PNG image.");
      else
        {
          gsize size;
          guchar *decoded = g_base64_decode (raw_signature, &size);

          signature = g_bytes_new_take (decoded, size);
          if (size > SIGNATURE_MAX_BYTES)
            ds_field_errors_add (errors, "signature_png", "The signature image must be under 1 MB.");
          else if (!png_is_acceptable (signature))
            ds_field_errors_add (errors, "signature_png",
                                 "The signature must be a PNG image, at most 4096 pixels on a side.");
        }
    }

  apply_selection (body, quote, errors);

  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  now = ds_now_timestamp ();
  if (!store_approval (ds_context_get_db (ctx), quote, ds_context_get_identity (ctx)->user_id,
                       signer_name, signature, now, &error))
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
  g_autoptr(DsStmt) decline = NULL;
  g_autoptr(DsStmt) update = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *today = NULL;
  g_autofree char *now = NULL;
  const char *raw_reason;
  DsDb *db = ds_context_get_db (ctx);

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

  now = ds_now_timestamp ();
  decline = ds_db_prepare (db,
                           "INSERT INTO quote_declines (quote_id, user_id, reason, declined_at)"
                           " VALUES (?, ?, ?, ?)",
                           &error);
  if (decline == NULL)
    goto fail;
  ds_stmt_bind_text (decline, 1, quote->id);
  ds_stmt_bind_text (decline, 2, ds_context_get_identity (ctx)->user_id);
  ds_stmt_bind_text (decline, 3, reason);
  ds_stmt_bind_text (decline, 4, now);
  if (!ds_stmt_run (decline, &error))
    goto fail;

  update = ds_db_prepare (db, "UPDATE quotes SET status = 'declined' WHERE id = ? AND status = 'open'", &error);
  if (update == NULL)
    goto fail;
  ds_stmt_bind_text (update, 1, quote->id);
  if (!ds_stmt_run (update, &error))
    goto fail;

  respond_changed (ctx, idem, quote, today);
  return;

fail:
  ds_context_respond_error (ctx, error);
}

void
ds_quotes_pdf_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *disposition = NULL;

  if ((quote = load_for_reading (ctx)) == NULL)
    return;

  if (quote->status == DOORSTEP_QUOTE_STATUS_REQUESTED)
    {
      ds_context_respond_problem (ctx, 409, "quote-not-priced",
                                  "This quote has not been priced yet, so there is no PDF.");
      return;
    }

  pdf = ds_quote_pdf_render (ds_context_get_db (ctx), quote, &error);
  if (pdf == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Numbers are "Q-" and digits, so the file name needs no quoting. */
  disposition = g_strdup_printf ("inline; filename=\"Quote %s.pdf\"", quote->number);
  ds_context_set_header (ctx, "Content-Disposition", disposition);
  ds_context_respond_bytes (ctx, 200, "application/pdf", pdf);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-address.h"
#include "ds-error.h"
#include "ds-quote-store.h"

/* Quotes: reading one with its items, the list and its filters, counts,
 * the requested quote a quote request stands for, and the customer's
 * decision. Prices, discount, tax rate and deposit come only from here;
 * totals only from doorstep_quote_compute_lines().
 *
 * Which quotes await the customer is said once, here, in SQL: sent
 * ("open") and not past the end of its valid-until day, the business's
 * day, which the query gives as a parameter. An open quote that does not
 * await the customer any more has expired. */
#define AWAITING(today) "(q.status = 'open' AND (q.valid_until IS NULL OR q.valid_until >= " today "))"
#define EXPIRED(today)  "(q.status = 'open' AND NOT " AWAITING (today) ")"

/* The list's filters, in the order of DoorstepQuoteFilter; ?2 is today. */
static const char * const filter_conditions[] = {
  [DOORSTEP_QUOTE_FILTER_ALL]       = NULL,
  [DOORSTEP_QUOTE_FILTER_OPEN]      = AWAITING ("?2"),
  [DOORSTEP_QUOTE_FILTER_APPROVED]  = "q.status = 'approved'",
  [DOORSTEP_QUOTE_FILTER_DECLINED]  = "q.status = 'declined'",
  [DOORSTEP_QUOTE_FILTER_REQUESTED] = "q.status = 'requested'",
};

/* Newest first; ?1 is the customer, ?2 today. */
static const DsListSpec list_spec = {
  .columns = "q.id, q.number, q.title, q.status, q.property_id, p.label, q.issued_on, q.created_at,"
             " q.valid_until, q.total_minor, q.currency, " EXPIRED ("?2"),
  .from = "quotes q LEFT JOIN properties p ON p.id = q.property_id WHERE q.customer_id = ?1",
  .key = "q.created_at",
  .id = "q.id",
  .descending = TRUE,
  .n_params = 2,
};

/* The orders the staff may sort the list in. */
static const DsListSort sorts[] = {
  { "created", "q.created_at" },
  { "number", "q.number" },
  { "title", "q.title" },
  { "status", "q.status" },
  { "total", "q.total_minor" },
};

const DsListSorts ds_quote_list_sorts = { sorts, G_N_ELEMENTS (sorts) };

static void
free_item (gpointer data)
{
  DsQuoteItem *item = data;

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

static void
free_summary (gpointer data)
{
  DsQuoteSummary *quote = data;

  g_free (quote->id);
  g_free (quote->number);
  g_free (quote->title);
  g_free (quote->status);
  g_free (quote->property_id);
  g_free (quote->property_label);
  g_free (quote->issued_on);
  g_free (quote->created_at);
  g_free (quote->valid_until);
  g_free (quote->currency);
  g_free (quote);
}

static gpointer
read_summary (DsStmt *stmt)
{
  DsQuoteSummary *quote = g_new0 (DsQuoteSummary, 1);

  quote->id = ds_stmt_dup_text (stmt, 0);
  quote->number = ds_stmt_dup_text (stmt, 1);
  quote->title = ds_stmt_dup_text (stmt, 2);
  quote->status = ds_stmt_dup_text (stmt, 3);
  quote->property_id = ds_stmt_dup_text (stmt, 4);
  quote->property_label = ds_stmt_dup_text (stmt, 5);
  quote->issued_on = ds_stmt_dup_text (stmt, 6);
  quote->created_at = ds_stmt_dup_text (stmt, 7);
  quote->valid_until = ds_stmt_dup_text (stmt, 8);
  quote->total_minor = ds_stmt_get_int64 (stmt, 9);
  quote->currency = ds_stmt_dup_text (stmt, 10);
  quote->expired = ds_stmt_get_int64 (stmt, 11) != 0;
  return quote;
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

      item->id = ds_stmt_dup_text (stmt, 0);
      item->description = ds_stmt_dup_text (stmt, 1);
      item->quantity_milli = CLAMP (ds_stmt_get_int64 (stmt, 2), 0, DOORSTEP_QUOTE_QUANTITY_MAX);
      item->unit_price_minor = CLAMP (ds_stmt_get_int64 (stmt, 3), 0, DOORSTEP_QUOTE_PRICE_MAX);
      item->optional = ds_stmt_get_int64 (stmt, 4) != 0;
      item->selected = ds_stmt_get_int64 (stmt, 5) != 0;
      g_ptr_array_add (quote->items, item);
    }
  return step == DS_STEP_DONE;
}

/**
 * ds_quote_store_get:
 * @customer_id: whose quote it must be; another customer's quote is as
 *   unknown as one that does not exist
 * @today: the business's date, which decides whether an open quote expired
 * @quote: (out) (transfer full) (nullable): the quote, or %NULL when this
 *   customer has no such quote
 *
 * Returns: %FALSE on error
 */
gboolean
ds_quote_store_get (DsDb        *db,
                    const char  *quote_id,
                    const char  *customer_id,
                    const char  *today,
                    DsQuote    **quote,
                    GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(DsQuote) found = NULL;
  gboolean has_row;

  *quote = NULL;
  stmt = ds_db_prepare (db,
                        "SELECT q.id, q.customer_id, c.display_name, q.number, q.title, q.status,"
                        "  q.currency, q.property_id, p.label,"
                        "  p.address_line1, p.city, p.region, p.postal_code,"
                        "  q.created_at, q.issued_on, q.valid_until, q.notes, q.terms, r.description,"
                        "  q.discount_minor, q.tax_rate_bp, q.deposit_minor,"
                        "  (SELECT COALESCE(SUM(amount_minor), 0) FROM payments d WHERE d.quote_id = q.id),"
                        "  a.signer_name, a.approved_at, a.signature_png, dc.reason, dc.declined_at,"
                        "  " EXPIRED ("?3")
                        " FROM quotes q"
                        " JOIN customers c ON c.id = q.customer_id"
                        " LEFT JOIN properties p ON p.id = q.property_id"
                        " LEFT JOIN requests r ON r.id = q.request_id"
                        " LEFT JOIN quote_approvals a ON a.quote_id = q.id"
                        " LEFT JOIN quote_declines dc ON dc.quote_id = q.id"
                        " WHERE q.id = ?1 AND q.customer_id = ?2",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, quote_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  ds_stmt_bind_text (stmt, 3, today);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  found = g_new0 (DsQuote, 1);
  found->items = g_ptr_array_new_with_free_func (free_item);
  found->id = ds_stmt_dup_text (stmt, 0);
  found->customer_id = ds_stmt_dup_text (stmt, 1);
  found->customer_name = ds_stmt_dup_text (stmt, 2);
  found->number = ds_stmt_dup_text (stmt, 3);
  found->title = ds_stmt_dup_text (stmt, 4);
  if (!doorstep_quote_status_from_string (ds_stmt_get_text (stmt, 5), &found->status))
    {
      g_set_error (error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "Quote %s has an unknown status “%s”",
                   quote_id, ds_stmt_get_text (stmt, 5));
      return FALSE;
    }
  found->currency = ds_stmt_dup_text (stmt, 6);
  found->property_id = ds_stmt_dup_text (stmt, 7);
  found->property_label = ds_stmt_dup_text (stmt, 8);
  found->property_address = ds_address_from_columns (stmt, 9);
  found->created_at = ds_stmt_dup_text (stmt, 13);
  found->issued_on = ds_stmt_dup_text (stmt, 14);
  found->valid_until = ds_stmt_dup_text (stmt, 15);
  found->notes = ds_stmt_dup_text (stmt, 16);
  found->terms = ds_stmt_dup_text (stmt, 17);
  found->request_description = ds_stmt_dup_text (stmt, 18);
  found->discount_minor = MAX (ds_stmt_get_int64 (stmt, 19), 0);
  found->tax_rate_bp = (guint) CLAMP (ds_stmt_get_int64 (stmt, 20), 0, DOORSTEP_QUOTE_TAX_RATE_MAX);
  found->deposit_minor = MAX (ds_stmt_get_int64 (stmt, 21), 0);
  found->deposit_paid_minor = MAX (ds_stmt_get_int64 (stmt, 22), 0);
  found->signer_name = ds_stmt_dup_text (stmt, 23);
  found->approved_at = ds_stmt_dup_text (stmt, 24);
  found->signature_png = ds_stmt_get_bytes (stmt, 25);
  found->decline_reason = ds_stmt_dup_text (stmt, 26);
  found->declined_at = ds_stmt_dup_text (stmt, 27);
  found->expired = ds_stmt_get_int64 (stmt, 28) != 0;
  g_clear_pointer (&stmt, ds_stmt_free);

  if (!load_items (db, found, error))
    return FALSE;
  compute_totals (found);

  *quote = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_quote_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsQuoteSummary, newest
 *   first
 */
DsPage *
ds_quote_store_list (DsDb                 *db,
                     const char           *customer_id,
                     DoorstepQuoteFilter   filter,
                     const char           *today,
                     const DsPageRequest  *request,
                     GError              **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  DsListSpec spec;

  g_return_val_if_fail ((guint) filter < G_N_ELEMENTS (filter_conditions), NULL);
  g_return_val_if_fail (ds_list_spec_sort (&list_spec, &ds_quote_list_sorts, request, &spec), NULL);

  stmt = ds_list_prepare (db, &spec, filter_conditions[filter], request, error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  return ds_list_read_page (stmt, request, read_summary, free_summary, error);
}

/**
 * ds_quote_store_count:
 * @counts: (out caller-allocates) (array fixed-size=5): how many quotes
 *   each filter holds, in the order of #DoorstepQuoteFilter
 *
 * Counts with the filters' own conditions, all in one pass.
 */
gboolean
ds_quote_store_count (DsDb        *db,
                      const char  *customer_id,
                      const char  *today,
                      gint64      *counts,
                      GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT COUNT(*)");
  g_autoptr(DsStmt) stmt = NULL;

  for (guint i = 1; i < G_N_ELEMENTS (filter_conditions); i++)
    g_string_append_printf (sql, ", COUNT(*) FILTER (WHERE %s)", filter_conditions[i]);
  g_string_append (sql, " FROM quotes q WHERE q.customer_id = ?1");

  stmt = ds_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (filter_conditions); i++)
    counts[i] = ds_stmt_get_int64 (stmt, (int) i);
  return TRUE;
}

/* How many quotes await the customer, and for how much in all. */
gboolean
ds_quote_store_sum_awaiting (DsDb        *db,
                             const char  *customer_id,
                             const char  *today,
                             gint64      *count,
                             gint64      *total_minor,
                             GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*), COALESCE(SUM(q.total_minor), 0) FROM quotes q"
                                          " WHERE q.customer_id = ?1 AND " AWAITING ("?2"),
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *count = ds_stmt_get_int64 (stmt, 0);
  *total_minor = ds_stmt_get_int64 (stmt, 1);
  return TRUE;
}

/**
 * ds_quote_store_create_for_request:
 *
 * Adds the requested, not yet priced quote that a quote request stands
 * for. Call it inside the request's own transaction.
 */
gboolean
ds_quote_store_create_for_request (DsDb        *db,
                                   const char  *request_id,
                                   GError     **error)
{
  g_autoptr(DsStmt) counter = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *id = ds_new_id ("quo");
  g_autofree char *number = NULL;

  /* The number is the quote counter moved on (migration 8): the row stays
   * taken until the request's transaction ends, so two quotes made at once
   * on any number of servers get two numbers, and a quote rolled back
   * gives its number back. */
  counter = ds_db_prepare (db, "UPDATE counters SET value = value + 1 WHERE name = 'quote' RETURNING value", error);
  if (counter == NULL || !ds_stmt_step_row (counter, error))
    return FALSE;
  number = g_strdup_printf ("Q-%" G_GINT64_FORMAT, ds_stmt_get_int64 (counter, 0));

  stmt = ds_db_prepare (db,
                        "INSERT INTO quotes (id, customer_id, number, title, status, currency,"
                        " total_minor, property_id, request_id, created_at)"
                        " SELECT ?1, r.customer_id, ?3,"
                        "  s.name, 'requested', c.currency, 0, r.property_id, r.id, r.created_at"
                        " FROM requests r JOIN service_types s ON s.id = r.service_type_id, company c"
                        " WHERE r.id = ?2 AND r.kind = 'quote'",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, request_id);
  ds_stmt_bind_text (stmt, 3, number);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_quote_store_refresh_total:
 *
 * Stores the total of the quote's items and current selection in
 * quotes.total_minor, which the list and the dashboard read. Call it
 * whenever items, discount or tax change.
 */
gboolean
ds_quote_store_refresh_total (DsDb        *db,
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
  if (!ds_quote_store_get (db, quote_id, ds_stmt_get_text (owner, 0), "1970-01-01", &quote, error))
    return FALSE;
  g_assert (quote != NULL);

  update = ds_db_prepare (db, "UPDATE quotes SET total_minor = ? WHERE id = ?", error);
  if (update == NULL)
    return FALSE;
  ds_stmt_bind_int64 (update, 1, quote->totals.total);
  ds_stmt_bind_text (update, 2, quote_id);
  return ds_stmt_run (update, error);
}

/* Whether the customer may still approve or decline @quote. */
gboolean
ds_quote_awaits_decision (const DsQuote *quote)
{
  return quote->status == DOORSTEP_QUOTE_STATUS_OPEN && !quote->expired;
}

/**
 * ds_quote_check_decidable:
 *
 * The rule of a decision: only a quote sent and not expired awaits one.
 * Refuses (DS_ERROR_CONFLICT) saying why not, and what to do instead.
 */
gboolean
ds_quote_check_decidable (const DsQuote  *quote,
                          GError        **error)
{
  if (ds_quote_awaits_decision (quote))
    return TRUE;

  switch (quote->status)
    {
    case DOORSTEP_QUOTE_STATUS_OPEN:
      ds_set_problem_printf (error, DS_ERROR_CONFLICT, "quote-expired",
                             "This quote expired on %s. Ask for a new one.", quote->valid_until);
      break;
    case DOORSTEP_QUOTE_STATUS_APPROVED:
      ds_set_problem (error, DS_ERROR_CONFLICT, "quote-not-open", "This quote has already been approved.");
      break;
    case DOORSTEP_QUOTE_STATUS_DECLINED:
      ds_set_problem (error, DS_ERROR_CONFLICT, "quote-not-open", "This quote has already been declined.");
      break;
    case DOORSTEP_QUOTE_STATUS_REQUESTED:
    default:
      ds_set_problem (error, DS_ERROR_CONFLICT, "quote-not-open",
                      "This quote has not been priced yet, so there is nothing to decide.");
      break;
    }
  return FALSE;
}

/**
 * ds_quote_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's quote, or %NULL with
 *   @error (DS_ERROR_NOT_FOUND when there is none, or it is someone else's)
 */
DsQuote *
ds_quote_store_require (DsDb        *db,
                        const char  *quote_id,
                        const char  *customer_id,
                        const char  *today,
                        GError     **error)
{
  DsQuote *quote;

  if (!ds_quote_store_get (db, quote_id, customer_id, today, &quote, error))
    return NULL;
  if (quote == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such quote.");
  return quote;
}

/**
 * ds_quote_choose_optional_items:
 * @item_ids: the optional items the customer wants
 *
 * Takes the customer's choice of optional items and works the totals out
 * again; every item that is not optional stays chosen.
 *
 * Returns: %FALSE, changing nothing, when an id is not an item of @quote
 */
gboolean
ds_quote_choose_optional_items (DsQuote            *quote,
                                const char * const *item_ids)
{
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; item_ids[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < quote->items->len && !known; j++)
        known = g_str_equal (((DsQuoteItem *) g_ptr_array_index (quote->items, j))->id, item_ids[i]);
      if (!known)
        return FALSE;
      g_hash_table_add (chosen, (gpointer) item_ids[i]);
    }

  for (guint j = 0; j < quote->items->len; j++)
    {
      DsQuoteItem *item = g_ptr_array_index (quote->items, j);

      item->selected = !item->optional || g_hash_table_contains (chosen, item->id);
    }
  compute_totals (quote);
  return TRUE;
}

/* The items chosen, their ids separated by spaces (ids have none). */
static char *
selection_text (const DsQuote *quote)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < quote->items->len; i++)
    {
      const DsQuoteItem *item = g_ptr_array_index (quote->items, i);

      if (item->selected)
        g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", item->id);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ds_quote_store_approve:
 * @selected_item_ids: (nullable): the optional items the customer wants;
 *   %NULL keeps the quote's own choice
 *
 * Records the approval of @customer_id's quote: the choice of items, who
 * signed and how, the total approved, and the quote's new status, if the
 * quote still awaits a decision (ds_quote_check_decidable()). Call it in
 * a transaction.
 */
gboolean
ds_quote_store_approve (DsDb                *db,
                        const char          *quote_id,
                        const char          *customer_id,
                        const char          *today,
                        const char          *user_id,
                        const char          *signer_name,
                        GBytes              *signature_png,
                        const char * const  *selected_item_ids,
                        GError             **error)
{
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(DsStmt) items = NULL;
  g_autoptr(DsStmt) approval = NULL;
  g_autoptr(DsStmt) update = NULL;
  g_autofree char *selection = NULL;
  g_autofree char *now = ds_now_timestamp ();

  if ((quote = ds_quote_store_require (db, quote_id, customer_id, today, error)) == NULL ||
      !ds_quote_check_decidable (quote, error))
    return FALSE;
  if (selected_item_ids != NULL && !ds_quote_choose_optional_items (quote, selected_item_ids))
    {
      ds_set_field_error (error, "selected_item_ids", "Choose only items of this quote.");
      return FALSE;
    }
  selection = selection_text (quote);

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
  ds_stmt_bind_bytes (approval, 4, signature_png);
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

/**
 * ds_quote_store_decline:
 * @reason: (nullable): why, in the customer's words
 *
 * Records the decline of @customer_id's quote and its new status, if it
 * still awaits a decision. Call it in a transaction.
 */
gboolean
ds_quote_store_decline (DsDb        *db,
                        const char  *quote_id,
                        const char  *customer_id,
                        const char  *today,
                        const char  *user_id,
                        const char  *reason,
                        GError     **error)
{
  g_autoptr(DsQuote) quote = NULL;
  g_autoptr(DsStmt) decline = NULL;
  g_autoptr(DsStmt) update = NULL;
  g_autofree char *now = ds_now_timestamp ();

  if ((quote = ds_quote_store_require (db, quote_id, customer_id, today, error)) == NULL ||
      !ds_quote_check_decidable (quote, error))
    return FALSE;

  decline = ds_db_prepare (db,
                           "INSERT INTO quote_declines (quote_id, user_id, reason, declined_at)"
                           " VALUES (?, ?, ?, ?)",
                           error);
  if (decline == NULL)
    return FALSE;
  ds_stmt_bind_text (decline, 1, quote->id);
  ds_stmt_bind_text (decline, 2, user_id);
  ds_stmt_bind_text (decline, 3, reason);
  ds_stmt_bind_text (decline, 4, now);
  if (!ds_stmt_run (decline, error))
    return FALSE;

  update = ds_db_prepare (db, "UPDATE quotes SET status = 'declined' WHERE id = ? AND status = 'open'", error);
  if (update == NULL)
    return FALSE;
  ds_stmt_bind_text (update, 1, quote->id);
  return ds_stmt_run (update, error);
}

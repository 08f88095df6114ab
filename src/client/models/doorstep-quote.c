/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-quote.h"

struct _DoorstepQuote {
  GObject              parent_instance;
  gboolean             has_details;
  char                *id;
  char                *number;
  char                *title;
  DoorstepQuoteStatus  status;
  gboolean             expired;
  gboolean             can_respond;
  char                *property_label;
  char                *property_address;
  char                *issued_on;
  char                *created_at;
  char                *valid_until;
  char                *currency;
  gint64               total;
  gint64               discount_offered;
  guint                tax_rate_bp;
  gboolean             has_deposit;
  gint64               deposit_required;
  gint64               deposit_paid;
  gint64               deposit_pending;
  char                *notes;
  char                *terms;
  char                *request_description;
  char                *signer_name;
  char                *approved_at;
  char                *decline_reason;
  char                *declined_at;
  GArray              *items;  /* of DoorstepQuoteItem */
};

G_DEFINE_FINAL_TYPE (DoorstepQuote, doorstep_quote, G_TYPE_OBJECT)

static void
clear_item (gpointer data)
{
  DoorstepQuoteItem *item = data;

  g_free (item->id);
  g_free (item->description);
}

static void
doorstep_quote_finalize (GObject *object)
{
  DoorstepQuote *self = DOORSTEP_QUOTE (object);

  g_free (self->id);
  g_free (self->number);
  g_free (self->title);
  g_free (self->property_label);
  g_free (self->property_address);
  g_free (self->issued_on);
  g_free (self->created_at);
  g_free (self->valid_until);
  g_free (self->currency);
  g_free (self->notes);
  g_free (self->terms);
  g_free (self->request_description);
  g_free (self->signer_name);
  g_free (self->approved_at);
  g_free (self->decline_reason);
  g_free (self->declined_at);
  g_clear_pointer (&self->items, g_array_unref);
  G_OBJECT_CLASS (doorstep_quote_parent_class)->finalize (object);
}

static void
doorstep_quote_class_init (DoorstepQuoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_quote_finalize;
}

static void
doorstep_quote_init (DoorstepQuote *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (DoorstepQuoteItem));
  g_array_set_clear_func (self->items, clear_item);
}

static gint64
get_amount (JsonObject *object,
            const char *member)
{
  return doorstep_json_get_int (doorstep_json_get_object (object, member), "amount_minor", 0);
}

static gboolean
parse_details (DoorstepQuote  *self,
               JsonObject     *object,
               GError        **error)
{
  JsonArray *items = doorstep_json_get_array (object, "items");
  JsonObject *deposit = doorstep_json_get_object (object, "deposit");
  JsonObject *approval = doorstep_json_get_object (object, "approval");
  JsonObject *decline = doorstep_json_get_object (object, "decline");
  gint64 tax_rate = doorstep_json_get_int (object, "tax_rate_bp", -1);

  if (!doorstep_json_require (tax_rate >= 0 && tax_rate <= DOORSTEP_QUOTE_TAX_RATE_MAX, "tax rate", error))
    return FALSE;

  self->has_details = TRUE;
  self->can_respond = doorstep_json_get_boolean (object, "can_respond", FALSE);
  self->property_address = g_strdup (doorstep_json_get_string (object, "property_address"));
  self->discount_offered = get_amount (object, "discount_offered");
  self->tax_rate_bp = (guint) tax_rate;
  self->notes = g_strdup (doorstep_json_get_string (object, "notes"));
  self->terms = g_strdup (doorstep_json_get_string (object, "terms"));
  self->request_description = g_strdup (doorstep_json_get_string (object, "request_description"));

  if (deposit != NULL)
    {
      self->has_deposit = TRUE;
      self->deposit_required = get_amount (deposit, "required");
      self->deposit_paid = get_amount (deposit, "paid");
      self->deposit_pending = get_amount (deposit, "pending");
    }
  if (approval != NULL)
    {
      self->signer_name = g_strdup (doorstep_json_get_string (approval, "signer_name"));
      self->approved_at = g_strdup (doorstep_json_get_string (approval, "approved_at"));
    }
  if (decline != NULL)
    {
      self->decline_reason = g_strdup (doorstep_json_get_string (decline, "reason"));
      self->declined_at = g_strdup (doorstep_json_get_string (decline, "declined_at"));
    }

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *element = json_array_get_object_element (items, i);
      DoorstepQuoteItem item = { 0 };

      item.id = g_strdup (doorstep_json_get_string (element, "id"));
      item.description = g_strdup (doorstep_json_get_string (element, "description"));
      item.quantity_milli = doorstep_json_get_int (element, "quantity_milli", -1);
      item.unit_price_minor = get_amount (element, "unit_price");
      item.amount_minor = get_amount (element, "amount");
      item.optional = doorstep_json_get_boolean (element, "optional", FALSE);
      item.selected = doorstep_json_get_boolean (element, "selected", TRUE);
      g_array_append_val (self->items, item);

      if (!doorstep_json_require (item.id != NULL && item.description != NULL &&
                                  item.quantity_milli >= 0 && item.quantity_milli <= DOORSTEP_QUOTE_QUANTITY_MAX &&
                                  item.unit_price_minor >= 0 && item.unit_price_minor <= DOORSTEP_QUOTE_PRICE_MAX,
                                  "quote item", error))
        return FALSE;
    }
  return TRUE;
}

GObject *
doorstep_quote_new_from_json (JsonObject  *object,
                              GError     **error)
{
  g_autoptr(DoorstepQuote) self = g_object_new (DOORSTEP_TYPE_QUOTE, NULL);
  JsonObject *total = doorstep_json_get_object (object, "total");

  self->id = g_strdup (doorstep_json_get_string (object, "id"));
  self->number = g_strdup (doorstep_json_get_string (object, "number"));
  self->title = g_strdup (doorstep_json_get_string (object, "title"));
  self->expired = doorstep_json_get_boolean (object, "expired", FALSE);
  self->property_label = g_strdup (doorstep_json_get_string (object, "property_label"));
  self->issued_on = g_strdup (doorstep_json_get_string (object, "issued_on"));
  self->created_at = g_strdup (doorstep_json_get_string (object, "created_at"));
  self->valid_until = g_strdup (doorstep_json_get_string (object, "valid_until"));
  self->currency = g_strdup (doorstep_json_get_string (total, "currency"));
  self->total = doorstep_json_get_int (total, "amount_minor", 0);

  if (!doorstep_json_require (self->id != NULL && self->number != NULL && self->title != NULL &&
                              self->currency != NULL, "quote", error) ||
      !doorstep_json_require (doorstep_quote_status_from_string (doorstep_json_get_string (object, "status"),
                                                                 &self->status),
                              "quote status", error))
    return NULL;

  if (json_object_has_member (object, "items") && !parse_details (self, object, error))
    return NULL;

  return G_OBJECT (g_steal_pointer (&self));
}

gboolean doorstep_quote_has_details (DoorstepQuote *self) { return self->has_details; }
const char *doorstep_quote_get_id (DoorstepQuote *self) { return self->id; }
const char *doorstep_quote_get_number (DoorstepQuote *self) { return self->number; }
const char *doorstep_quote_get_title (DoorstepQuote *self) { return self->title; }
DoorstepQuoteStatus doorstep_quote_get_status (DoorstepQuote *self) { return self->status; }
gboolean doorstep_quote_get_expired (DoorstepQuote *self) { return self->expired; }
gboolean doorstep_quote_get_can_respond (DoorstepQuote *self) { return self->can_respond; }
const char *doorstep_quote_get_property_label (DoorstepQuote *self) { return self->property_label; }
const char *doorstep_quote_get_property_address (DoorstepQuote *self) { return self->property_address; }
const char *doorstep_quote_get_issued_on (DoorstepQuote *self) { return self->issued_on; }
const char *doorstep_quote_get_created_at (DoorstepQuote *self) { return self->created_at; }
const char *doorstep_quote_get_valid_until (DoorstepQuote *self) { return self->valid_until; }
const char *doorstep_quote_get_currency (DoorstepQuote *self) { return self->currency; }
gint64 doorstep_quote_get_total (DoorstepQuote *self) { return self->total; }
gint64 doorstep_quote_get_discount_offered (DoorstepQuote *self) { return self->discount_offered; }
guint doorstep_quote_get_tax_rate_bp (DoorstepQuote *self) { return self->tax_rate_bp; }
const char *doorstep_quote_get_notes (DoorstepQuote *self) { return self->notes; }
const char *doorstep_quote_get_terms (DoorstepQuote *self) { return self->terms; }
const char *doorstep_quote_get_request_description (DoorstepQuote *self) { return self->request_description; }
const char *doorstep_quote_get_signer_name (DoorstepQuote *self) { return self->signer_name; }
const char *doorstep_quote_get_approved_at (DoorstepQuote *self) { return self->approved_at; }
const char *doorstep_quote_get_decline_reason (DoorstepQuote *self) { return self->decline_reason; }
const char *doorstep_quote_get_declined_at (DoorstepQuote *self) { return self->declined_at; }
guint doorstep_quote_get_n_items (DoorstepQuote *self) { return self->items->len; }

const DoorstepQuoteItem *
doorstep_quote_get_item (DoorstepQuote *self,
                         guint          index)
{
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, DoorstepQuoteItem, index);
}

/* "Expired" for an open quote past its date; otherwise the status. */
char *
doorstep_quote_dup_status_label (DoorstepQuote *self)
{
  if (self->expired)
    return g_strdup (_("Expired"));
  return g_strdup (doorstep_quote_status_get_label (self->status));
}

/* The style class of the status pill: one per status, and "expired". */
const char *
doorstep_quote_get_status_style (DoorstepQuote *self)
{
  if (self->expired)
    return "expired";
  return doorstep_quote_status_to_string (self->status);
}

gboolean
doorstep_quote_get_deposit (DoorstepQuote *self,
                            gint64        *required,
                            gint64        *paid,
                            gint64        *pending)
{
  if (required != NULL)
    *required = self->deposit_required;
  if (paid != NULL)
    *paid = self->deposit_paid;
  if (pending != NULL)
    *pending = self->deposit_pending;
  return self->has_deposit;
}

/**
 * doorstep_quote_compute:
 * @selected: (nullable): for each item, whether it is chosen; %NULL for
 *   the quote's own selection
 *
 * The totals for a choice of optional items, by the rule the server uses;
 * the server's figures are the ones that count.
 */
void
doorstep_quote_compute (DoorstepQuote       *self,
                        const gboolean      *selected,
                        DoorstepQuoteTotals *totals)
{
  g_autofree DoorstepQuoteLine *lines = g_new0 (DoorstepQuoteLine, MAX (self->items->len, 1));

  for (guint i = 0; i < self->items->len; i++)
    {
      const DoorstepQuoteItem *item = &g_array_index (self->items, DoorstepQuoteItem, i);

      lines[i].quantity_milli = item->quantity_milli;
      lines[i].unit_price_minor = item->unit_price_minor;
      lines[i].optional = item->optional;
      lines[i].selected = selected != NULL ? selected[i] : item->selected;
    }
  doorstep_quote_compute_lines (lines, self->items->len, self->discount_offered, self->tax_rate_bp, totals);
}

/* DoorstepQuoteCounts */

struct _DoorstepQuoteCounts {
  GObject parent_instance;
  guint   counts[DOORSTEP_QUOTE_FILTER_REQUESTED + 1];
};

G_DEFINE_FINAL_TYPE (DoorstepQuoteCounts, doorstep_quote_counts, G_TYPE_OBJECT)

static void
doorstep_quote_counts_class_init (DoorstepQuoteCountsClass *klass)
{
}

static void
doorstep_quote_counts_init (DoorstepQuoteCounts *self)
{
}

DoorstepQuoteCounts *
doorstep_quote_counts_new_from_json (JsonObject  *object,
                                     GError     **error)
{
  g_autoptr(DoorstepQuoteCounts) self = g_object_new (DOORSTEP_TYPE_QUOTE_COUNTS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    {
      gint64 count = doorstep_json_get_int (object, doorstep_quote_filter_to_string ((DoorstepQuoteFilter) i), -1);

      if (!doorstep_json_require (count >= 0 && count <= G_MAXUINT, "quote counts", error))
        return NULL;
      self->counts[i] = (guint) count;
    }
  return g_steal_pointer (&self);
}

guint
doorstep_quote_counts_get (DoorstepQuoteCounts *self,
                           DoorstepQuoteFilter  filter)
{
  g_return_val_if_fail ((guint) filter < G_N_ELEMENTS (self->counts), 0);
  return self->counts[filter];
}

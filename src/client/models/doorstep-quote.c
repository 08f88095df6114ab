/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-enum-types.h"
#include "doorstep-json.h"
#include "doorstep-quote.h"

struct _DoorstepQuote {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *number;
  char           *title;
  int             status;
  gboolean        expired;
  gboolean        can_respond;
  char           *property_label;
  char           *property_address;
  GDate          *issued_on;             /* NULL while requested */
  GDateTime      *created_at;
  GDate          *valid_until;
  char           *currency;
  gint64          total;
  /* in full only */
  gboolean        has_details;
  gint64          discount_offered;
  gint64          tax_rate_bp;
  gboolean        has_deposit;
  gint64          deposit_required;
  gint64          deposit_paid;
  gint64          deposit_pending;
  char           *notes;
  char           *terms;
  char           *request_description;
  char           *signer_name;
  GDateTime      *approved_at;
  char           *decline_reason;
  GDateTime      *declined_at;
  GListModel     *items;                 /* of DoorstepQuoteItem */
};

G_DEFINE_FINAL_TYPE (DoorstepQuote, doorstep_quote, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepQuote, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuote, number, STRING, "number", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuote, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuote, status, ENUM, "status", REQUIRED, doorstep_quote_status_get_type),
  DOORSTEP_FIELD (DoorstepQuote, expired, BOOLEAN, "expired", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, can_respond, BOOLEAN, "can_respond", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, property_address, STRING, "property_address", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, issued_on, DATE, "issued_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, created_at, TIMESTAMP, "created_at", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, valid_until, DATE, "valid_until", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, currency, STRING, "total.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuote, total, INT, "total.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuote, has_details, BOOLEAN, NULL, OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, discount_offered, INT, "discount_offered.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, tax_rate_bp, INT, "tax_rate_bp", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, has_deposit, BOOLEAN, NULL, OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, deposit_required, INT, "deposit.required.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, deposit_paid, INT, "deposit.paid.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, deposit_pending, INT, "deposit.pending.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, notes, STRING, "notes", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, terms, STRING, "terms", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, request_description, STRING, "request_description", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, signer_name, STRING, "approval.signer_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, approved_at, TIMESTAMP, "approval.approved_at", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, decline_reason, STRING, "decline.reason", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, declined_at, TIMESTAMP, "decline.declined_at", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuote, items, LIST, "items", OPTIONAL, doorstep_quote_item_get_type),
};

/* A quote in full comes with its items, and then its tax rate counts. */
static gboolean
doorstep_quote_parse (DoorstepRecord  *record,
                      JsonObject      *object,
                      GError         **error)
{
  DoorstepQuote *self = DOORSTEP_QUOTE (record);

  self->has_details = json_object_has_member (object, "items");
  self->has_deposit = doorstep_json_get_object (object, "deposit") != NULL;
  return !self->has_details ||
         doorstep_json_require (doorstep_json_get_node (object, "tax_rate_bp") != NULL &&
                                self->tax_rate_bp >= 0 && self->tax_rate_bp <= DOORSTEP_QUOTE_TAX_RATE_MAX,
                                "tax rate", error);
}

static void
doorstep_quote_class_init (DoorstepQuoteClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_quote_parse;
  doorstep_record_class_set_fields (record_class, "quote", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_quote_init (DoorstepQuote *self)
{
}

gboolean doorstep_quote_has_details (DoorstepQuote *self) { return self->has_details; }
const char *doorstep_quote_get_id (DoorstepQuote *self) { return self->id; }
const char *doorstep_quote_get_number (DoorstepQuote *self) { return self->number; }
const char *doorstep_quote_get_title (DoorstepQuote *self) { return self->title; }
DoorstepQuoteStatus doorstep_quote_get_status (DoorstepQuote *self) { return (DoorstepQuoteStatus) self->status; }
gboolean doorstep_quote_get_expired (DoorstepQuote *self) { return self->expired; }
gboolean doorstep_quote_get_can_respond (DoorstepQuote *self) { return self->can_respond; }
const char *doorstep_quote_get_property_label (DoorstepQuote *self) { return self->property_label; }
const char *doorstep_quote_get_property_address (DoorstepQuote *self) { return self->property_address; }
const GDate *doorstep_quote_get_issued_on (DoorstepQuote *self) { return self->issued_on; }
GDateTime *doorstep_quote_get_created_at (DoorstepQuote *self) { return self->created_at; }
const GDate *doorstep_quote_get_valid_until (DoorstepQuote *self) { return self->valid_until; }
const char *doorstep_quote_get_currency (DoorstepQuote *self) { return self->currency; }
gint64 doorstep_quote_get_total (DoorstepQuote *self) { return self->total; }
gint64 doorstep_quote_get_discount_offered (DoorstepQuote *self) { return self->discount_offered; }
guint doorstep_quote_get_tax_rate_bp (DoorstepQuote *self) { return (guint) self->tax_rate_bp; }
const char *doorstep_quote_get_notes (DoorstepQuote *self) { return self->notes; }
const char *doorstep_quote_get_terms (DoorstepQuote *self) { return self->terms; }
const char *doorstep_quote_get_request_description (DoorstepQuote *self) { return self->request_description; }
const char *doorstep_quote_get_signer_name (DoorstepQuote *self) { return self->signer_name; }
GDateTime *doorstep_quote_get_approved_at (DoorstepQuote *self) { return self->approved_at; }
const char *doorstep_quote_get_decline_reason (DoorstepQuote *self) { return self->decline_reason; }
GDateTime *doorstep_quote_get_declined_at (DoorstepQuote *self) { return self->declined_at; }
GListModel *doorstep_quote_get_items (DoorstepQuote *self) { return self->items; }

/* "Expired" for an open quote past its date; otherwise the status. */
char *
doorstep_quote_dup_status_label (DoorstepQuote *self)
{
  if (self->expired)
    return g_strdup (_("Expired"));
  return g_strdup (doorstep_quote_status_get_label ((DoorstepQuoteStatus) self->status));
}

/* The style class of the status pill: one per status, and "expired". */
const char *
doorstep_quote_get_status_style (DoorstepQuote *self)
{
  if (self->expired)
    return "expired";
  return doorstep_quote_status_to_string ((DoorstepQuoteStatus) self->status);
}

/**
 * doorstep_quote_get_deposit:
 * @required: (out) (optional)
 * @paid: (out) (optional)
 * @pending: (out) (optional)
 *
 * Returns: whether the quote asks for a deposit
 */
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
  guint n = g_list_model_get_n_items (self->items);
  g_autofree DoorstepQuoteLine *lines = g_new0 (DoorstepQuoteLine, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepQuoteItem) item = g_list_model_get_item (self->items, i);

      lines[i].quantity_milli = doorstep_quote_item_get_quantity_milli (item);
      lines[i].unit_price_minor = doorstep_quote_item_get_unit_price_minor (item);
      lines[i].optional = doorstep_quote_item_get_optional (item);
      lines[i].selected = selected != NULL ? selected[i] : doorstep_quote_item_get_selected (item);
    }
  doorstep_quote_compute_lines (lines, n, self->discount_offered, (guint) self->tax_rate_bp, totals);
}

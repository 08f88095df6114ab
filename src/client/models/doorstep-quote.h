/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-models.h"

G_BEGIN_DECLS

/* A quote as the API sends it: a list row (GET /quotes) or the whole
 * quote (GET /quotes/{id}), which adds items, totals, deposit, notes,
 * terms and the approval or decline. Read-only, like the other models. */

typedef struct {
  char     *id;
  char     *description;
  gint64    quantity_milli;
  gint64    unit_price_minor;
  gint64    amount_minor;
  gboolean  optional;
  gboolean  selected;
} DoorstepQuoteItem;

#define DOORSTEP_TYPE_QUOTE (doorstep_quote_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuote, doorstep_quote, DOORSTEP, QUOTE, GObject)

GObject             *doorstep_quote_new_from_json          (JsonObject    *object,
                                                            GError       **error);
gboolean             doorstep_quote_has_details            (DoorstepQuote *self);
const char          *doorstep_quote_get_id                 (DoorstepQuote *self);
const char          *doorstep_quote_get_number             (DoorstepQuote *self);
const char          *doorstep_quote_get_title              (DoorstepQuote *self);
DoorstepQuoteStatus  doorstep_quote_get_status             (DoorstepQuote *self);
gboolean             doorstep_quote_get_expired            (DoorstepQuote *self);
gboolean             doorstep_quote_get_can_respond        (DoorstepQuote *self);
char                *doorstep_quote_dup_status_label       (DoorstepQuote *self);
const char          *doorstep_quote_get_status_style       (DoorstepQuote *self);
const char          *doorstep_quote_get_property_label     (DoorstepQuote *self);
const char          *doorstep_quote_get_property_address   (DoorstepQuote *self);
const char          *doorstep_quote_get_issued_on          (DoorstepQuote *self);
const char          *doorstep_quote_get_created_at         (DoorstepQuote *self);
const char          *doorstep_quote_get_valid_until        (DoorstepQuote *self);
const char          *doorstep_quote_get_currency           (DoorstepQuote *self);
gint64               doorstep_quote_get_total              (DoorstepQuote *self);
gint64               doorstep_quote_get_discount_offered   (DoorstepQuote *self);
guint                doorstep_quote_get_tax_rate_bp        (DoorstepQuote *self);
gboolean             doorstep_quote_get_deposit            (DoorstepQuote *self,
                                                            gint64        *required,
                                                            gint64        *paid,
                                                            gint64        *pending);
const char          *doorstep_quote_get_notes              (DoorstepQuote *self);
const char          *doorstep_quote_get_terms              (DoorstepQuote *self);
const char          *doorstep_quote_get_request_description (DoorstepQuote *self);
const char          *doorstep_quote_get_signer_name        (DoorstepQuote *self);
const char          *doorstep_quote_get_approved_at        (DoorstepQuote *self);
const char          *doorstep_quote_get_decline_reason     (DoorstepQuote *self);
const char          *doorstep_quote_get_declined_at        (DoorstepQuote *self);
guint                doorstep_quote_get_n_items            (DoorstepQuote *self);
const DoorstepQuoteItem *doorstep_quote_get_item           (DoorstepQuote *self,
                                                            guint          index);
void                 doorstep_quote_compute                (DoorstepQuote *self,
                                                            const gboolean *selected,
                                                            DoorstepQuoteTotals *totals);

/* What each filter of the list holds, from GET /quotes/counts. */
#define DOORSTEP_TYPE_QUOTE_COUNTS (doorstep_quote_counts_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuoteCounts, doorstep_quote_counts, DOORSTEP, QUOTE_COUNTS, GObject)

DoorstepQuoteCounts *doorstep_quote_counts_new_from_json   (JsonObject          *object,
                                                            GError             **error);
guint                doorstep_quote_counts_get             (DoorstepQuoteCounts *self,
                                                            DoorstepQuoteFilter  filter);

G_END_DECLS

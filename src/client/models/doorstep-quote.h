/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-quote-item.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* A quote: as a row of the list, or in full (has-details) with its items,
 * tax, deposit and what the customer decided. */
#define DOORSTEP_TYPE_QUOTE (doorstep_quote_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuote, doorstep_quote, DOORSTEP, QUOTE, DoorstepRecord)

gboolean             doorstep_quote_has_details             (DoorstepQuote *self);
const char          *doorstep_quote_get_id                  (DoorstepQuote *self);
const char          *doorstep_quote_get_number              (DoorstepQuote *self);
const char          *doorstep_quote_get_title               (DoorstepQuote *self);
DoorstepQuoteStatus  doorstep_quote_get_status              (DoorstepQuote *self);
gboolean             doorstep_quote_get_expired             (DoorstepQuote *self);
gboolean             doorstep_quote_get_can_respond         (DoorstepQuote *self);
const char          *doorstep_quote_get_property_label      (DoorstepQuote *self);
const char          *doorstep_quote_get_property_address    (DoorstepQuote *self);
const GDate         *doorstep_quote_get_issued_on           (DoorstepQuote *self);
GDateTime           *doorstep_quote_get_created_at          (DoorstepQuote *self);
const GDate         *doorstep_quote_get_valid_until         (DoorstepQuote *self);
const char          *doorstep_quote_get_currency            (DoorstepQuote *self);
gint64               doorstep_quote_get_total               (DoorstepQuote *self);
gint64               doorstep_quote_get_discount_offered    (DoorstepQuote *self);
guint                doorstep_quote_get_tax_rate_bp         (DoorstepQuote *self);
gboolean             doorstep_quote_get_deposit             (DoorstepQuote *self,
                                                             gint64        *required,
                                                             gint64        *paid,
                                                             gint64        *pending);
const char          *doorstep_quote_get_notes               (DoorstepQuote *self);
const char          *doorstep_quote_get_terms               (DoorstepQuote *self);
const char          *doorstep_quote_get_request_description (DoorstepQuote *self);
const char          *doorstep_quote_get_signer_name         (DoorstepQuote *self);
GDateTime           *doorstep_quote_get_approved_at         (DoorstepQuote *self);
const char          *doorstep_quote_get_decline_reason      (DoorstepQuote *self);
GDateTime           *doorstep_quote_get_declined_at         (DoorstepQuote *self);
GListModel          *doorstep_quote_get_items               (DoorstepQuote *self);

char                *doorstep_quote_dup_status_label        (DoorstepQuote *self);
const char          *doorstep_quote_get_status_style        (DoorstepQuote *self);
void                 doorstep_quote_compute                 (DoorstepQuote       *self,
                                                             const gboolean      *selected,
                                                             DoorstepQuoteTotals *totals);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* One line of a quote. */
#define DOORSTEP_TYPE_QUOTE_ITEM (doorstep_quote_item_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuoteItem, doorstep_quote_item, DOORSTEP, QUOTE_ITEM, DoorstepRecord)

const char *doorstep_quote_item_get_id               (DoorstepQuoteItem *self);
const char *doorstep_quote_item_get_description      (DoorstepQuoteItem *self);
gint64      doorstep_quote_item_get_quantity_milli   (DoorstepQuoteItem *self);
gint64      doorstep_quote_item_get_unit_price_minor (DoorstepQuoteItem *self);
gint64      doorstep_quote_item_get_amount_minor     (DoorstepQuoteItem *self);
gboolean    doorstep_quote_item_get_optional         (DoorstepQuoteItem *self);
gboolean    doorstep_quote_item_get_selected         (DoorstepQuoteItem *self);

G_END_DECLS

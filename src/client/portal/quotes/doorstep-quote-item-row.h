/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-quote-item.h"

G_BEGIN_DECLS

/* An item of a quote: what, how many at what price, and the amount. An
 * optional item has a check box the customer ticks while they can still
 * decide; "ticked" follows it. */

#define DOORSTEP_TYPE_QUOTE_ITEM_ROW (doorstep_quote_item_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuoteItemRow, doorstep_quote_item_row, DOORSTEP, QUOTE_ITEM_ROW, AdwActionRow)

GtkWidget         *doorstep_quote_item_row_new        (DoorstepQuoteItem    *item,
                                                       const char           *currency,
                                                       gboolean              editable,
                                                       gboolean              ticked);
DoorstepQuoteItem *doorstep_quote_item_row_get_item   (DoorstepQuoteItemRow *self);
gboolean           doorstep_quote_item_row_get_ticked (DoorstepQuoteItemRow *self);
void               doorstep_quote_item_row_set_ticked (DoorstepQuoteItemRow *self,
                                                       gboolean              ticked);

G_END_DECLS

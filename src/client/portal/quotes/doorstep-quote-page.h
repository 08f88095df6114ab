/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-quote.h"

G_BEGIN_DECLS

/* One quote, pushed over the Quotes list: a DoorstepSection the list page
 * loads with its scope; show() picks the quote. */

#define DOORSTEP_TYPE_QUOTE_PAGE (doorstep_quote_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuotePage, doorstep_quote_page, DOORSTEP, QUOTE_PAGE, DoorstepDetailPage)

void           doorstep_quote_page_show      (DoorstepQuotePage *self,
                                              const char        *quote_id);
DoorstepQuote *doorstep_quote_page_get_quote (DoorstepQuotePage *self);

G_END_DECLS

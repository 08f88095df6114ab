/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"
#include "doorstep-quote-page.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_QUOTES_PAGE (doorstep_quotes_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuotesPage, doorstep_quotes_page, DOORSTEP, QUOTES_PAGE, AdwBin)

void               doorstep_quotes_page_load         (DoorstepQuotesPage  *self,
                                                      DoorstepApiClient   *client,
                                                      gboolean             preview);
void               doorstep_quotes_page_reload       (DoorstepQuotesPage  *self);
void               doorstep_quotes_page_clear        (DoorstepQuotesPage  *self);
void               doorstep_quotes_page_set_filter   (DoorstepQuotesPage  *self,
                                                      DoorstepQuoteFilter  filter);
DoorstepQuoteFilter doorstep_quotes_page_get_filter  (DoorstepQuotesPage  *self);
void               doorstep_quotes_page_open_quote   (DoorstepQuotesPage  *self,
                                                      guint                position);
GListModel        *doorstep_quotes_page_get_model    (DoorstepQuotesPage  *self);
const char        *doorstep_quotes_page_get_state    (DoorstepQuotesPage  *self);
const char        *doorstep_quotes_page_get_count_text (DoorstepQuotesPage *self,
                                                      DoorstepQuoteFilter  filter);
gboolean           doorstep_quotes_page_get_showing_quote (DoorstepQuotesPage *self);
DoorstepQuotePage *doorstep_quotes_page_get_quote_page (DoorstepQuotesPage *self);

G_END_DECLS

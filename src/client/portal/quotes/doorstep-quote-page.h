/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_QUOTE_PAGE (doorstep_quote_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuotePage, doorstep_quote_page, DOORSTEP, QUOTE_PAGE, AdwBin)

GtkWidget     *doorstep_quote_page_new            (void);
void           doorstep_quote_page_show           (DoorstepQuotePage *self,
                                                   DoorstepApiClient *client,
                                                   const char        *quote_id);
void           doorstep_quote_page_clear          (DoorstepQuotePage *self);
DoorstepQuote *doorstep_quote_page_get_quote      (DoorstepQuotePage *self);
const char    *doorstep_quote_page_get_state      (DoorstepQuotePage *self);
const char    *doorstep_quote_page_get_total_text (DoorstepQuotePage *self);
GtkCheckButton *doorstep_quote_page_get_option    (DoorstepQuotePage *self,
                                                   guint              item_index);
GtkWindow     *doorstep_quote_page_get_dialog     (DoorstepQuotePage *self);

G_END_DECLS

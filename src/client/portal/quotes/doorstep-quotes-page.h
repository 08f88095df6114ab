/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* The customer's quotes, by status with counts; one opens over the list. */

#define DOORSTEP_TYPE_QUOTES_PAGE (doorstep_quotes_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuotesPage, doorstep_quotes_page, DOORSTEP, QUOTES_PAGE, DoorstepListPage)

void doorstep_quotes_page_open_quote (DoorstepQuotesPage *self,
                                      const char         *quote_id);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-quote.h"

G_BEGIN_DECLS

/* A quote in the Quotes list: number and title, property and day, total
 * and status. The list's factory binds "quote" to the item. */

#define DOORSTEP_TYPE_QUOTE_ROW (doorstep_quote_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepQuoteRow, doorstep_quote_row, DOORSTEP, QUOTE_ROW, GtkBox)

void doorstep_quote_row_set_quote (DoorstepQuoteRow *self,
                                   DoorstepQuote    *quote);

G_END_DECLS

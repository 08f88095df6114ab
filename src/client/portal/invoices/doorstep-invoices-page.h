/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* The customer's invoices: Open, Overdue, Paid and All with counts; an
 * invoice opens over the list. */

#define DOORSTEP_TYPE_INVOICES_PAGE (doorstep_invoices_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepInvoicesPage, doorstep_invoices_page, DOORSTEP, INVOICES_PAGE, DoorstepListPage)

void doorstep_invoices_page_open_invoice (DoorstepInvoicesPage *self,
                                          const char           *invoice_id);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-invoice.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_INVOICE_PAGE (doorstep_invoice_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepInvoicePage, doorstep_invoice_page, DOORSTEP, INVOICE_PAGE, DoorstepDetailPage)

void             doorstep_invoice_page_show        (DoorstepInvoicePage *self,
                                                    const char          *invoice_id);
DoorstepInvoice *doorstep_invoice_page_get_invoice (DoorstepInvoicePage *self);

G_END_DECLS

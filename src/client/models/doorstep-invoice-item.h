/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A line of an invoice: what, how many, at what price, for how much. */
#define DOORSTEP_TYPE_INVOICE_ITEM (doorstep_invoice_item_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepInvoiceItem, doorstep_invoice_item, DOORSTEP, INVOICE_ITEM, DoorstepRecord)

const char *doorstep_invoice_item_get_description      (DoorstepInvoiceItem *self);
gint64      doorstep_invoice_item_get_quantity_milli   (DoorstepInvoiceItem *self);
gint64      doorstep_invoice_item_get_unit_price_minor (DoorstepInvoiceItem *self);
gint64      doorstep_invoice_item_get_amount_minor     (DoorstepInvoiceItem *self);

G_END_DECLS

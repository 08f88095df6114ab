/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-invoice.h"

G_BEGIN_DECLS

/* A row of the Invoices list: number and title, property and dates, what
 * is due (or the total, once paid), and the status, with how long
 * overdue. */
#define DOORSTEP_TYPE_INVOICE_ROW (doorstep_invoice_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepInvoiceRow, doorstep_invoice_row, DOORSTEP, INVOICE_ROW, GtkBox)

void        doorstep_invoice_row_set_invoice (DoorstepInvoiceRow *self,
                                              DoorstepInvoice    *invoice);

/* Shared with the invoice page. */
char       *doorstep_invoice_dup_status_label (DoorstepInvoice *invoice);
const char *doorstep_invoice_get_status_style (DoorstepInvoice *invoice);

G_END_DECLS

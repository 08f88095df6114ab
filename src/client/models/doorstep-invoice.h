/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* An invoice: a row of the list (number, dates, total, balance, how long
 * overdue), and read on its own also its items, totals and the payments
 * applied to it. Amounts are the server's, in minor units. */
#define DOORSTEP_TYPE_INVOICE (doorstep_invoice_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepInvoice, doorstep_invoice, DOORSTEP, INVOICE, DoorstepRecord)

const char            *doorstep_invoice_get_id               (DoorstepInvoice *self);
const char            *doorstep_invoice_get_number           (DoorstepInvoice *self);
const char            *doorstep_invoice_get_title            (DoorstepInvoice *self);
DoorstepInvoiceStatus  doorstep_invoice_get_status           (DoorstepInvoice *self);
GDate                 *doorstep_invoice_get_issued_on        (DoorstepInvoice *self);
GDate                 *doorstep_invoice_get_due_date         (DoorstepInvoice *self);
guint                  doorstep_invoice_get_days_overdue     (DoorstepInvoice *self);
const char            *doorstep_invoice_get_property_label   (DoorstepInvoice *self);
const char            *doorstep_invoice_get_property_address (DoorstepInvoice *self);
const char            *doorstep_invoice_get_job_id           (DoorstepInvoice *self);
const char            *doorstep_invoice_get_job_title        (DoorstepInvoice *self);
const char            *doorstep_invoice_get_quote_id         (DoorstepInvoice *self);
const char            *doorstep_invoice_get_quote_number     (DoorstepInvoice *self);
const char            *doorstep_invoice_get_notes            (DoorstepInvoice *self);
const char            *doorstep_invoice_get_currency         (DoorstepInvoice *self);
gint64                 doorstep_invoice_get_total            (DoorstepInvoice *self);
gint64                 doorstep_invoice_get_balance          (DoorstepInvoice *self);
gint64                 doorstep_invoice_get_subtotal         (DoorstepInvoice *self);
gint64                 doorstep_invoice_get_discount         (DoorstepInvoice *self);
guint                  doorstep_invoice_get_tax_rate_bp      (DoorstepInvoice *self);
gint64                 doorstep_invoice_get_tax              (DoorstepInvoice *self);
gint64                 doorstep_invoice_get_paid             (DoorstepInvoice *self);
GListModel            *doorstep_invoice_get_items            (DoorstepInvoice *self);
GListModel            *doorstep_invoice_get_payments         (DoorstepInvoice *self);

G_END_DECLS

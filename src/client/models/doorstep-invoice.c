/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-enum-types.h"
#include "doorstep-invoice-item.h"
#include "doorstep-invoice.h"
#include "doorstep-payment.h"

struct _DoorstepInvoice {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *number;
  char           *title;
  int             status;
  GDate          *issued_on;
  GDate          *due_date;
  gint64          days_overdue;
  char           *property_label;
  char           *property_address;
  char           *job_id;
  char           *job_title;
  char           *quote_id;
  char           *quote_number;
  char           *notes;
  char           *currency;
  gint64          total;
  gint64          balance;
  gint64          subtotal;
  gint64          discount;
  gint64          tax_rate_bp;
  gint64          tax;
  gint64          paid;
  GListModel     *items;      /* of DoorstepInvoiceItem; NULL in a list */
  GListModel     *payments;   /* of DoorstepPayment; NULL in a list */
};

G_DEFINE_FINAL_TYPE (DoorstepInvoice, doorstep_invoice, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepInvoice, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, number, STRING, "number", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, status, ENUM, "status", REQUIRED, doorstep_invoice_status_get_type),
  DOORSTEP_FIELD (DoorstepInvoice, issued_on, DATE, "issued_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, due_date, DATE, "due_date", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, days_overdue, INT, "days_overdue", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, property_address, STRING, "property_address", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, job_id, STRING, "job.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, job_title, STRING, "job.title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, quote_id, STRING, "quote.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, quote_number, STRING, "quote.number", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, notes, STRING, "notes", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, currency, STRING, "total.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, total, INT, "total.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, balance, INT, "balance.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, subtotal, INT, "subtotal.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, discount, INT, "discount.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, tax_rate_bp, INT, "tax_rate_bp", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, tax, INT, "tax.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, paid, INT, "paid.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepInvoice, items, LIST, "items", OPTIONAL, doorstep_invoice_item_get_type),
  DOORSTEP_FIELD (DoorstepInvoice, payments, LIST, "payments", OPTIONAL, doorstep_payment_get_type),
};

static gboolean
doorstep_invoice_parse (DoorstepRecord  *record,
                        JsonObject      *object,
                        GError         **error)
{
  DoorstepInvoice *self = DOORSTEP_INVOICE (record);

  if (self->balance < 0 || self->total < 0 || self->days_overdue < 0 || self->days_overdue > G_MAXINT ||
      self->tax_rate_bp < 0 || self->tax_rate_bp > G_MAXINT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "invoice %s has impossible amounts", self->id);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_invoice_class_init (DoorstepInvoiceClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_invoice_parse;
  doorstep_record_class_set_fields (record_class, "invoice", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_invoice_init (DoorstepInvoice *self)
{
}

const char *doorstep_invoice_get_id (DoorstepInvoice *self) { return self->id; }
const char *doorstep_invoice_get_number (DoorstepInvoice *self) { return self->number; }
const char *doorstep_invoice_get_title (DoorstepInvoice *self) { return self->title; }
DoorstepInvoiceStatus doorstep_invoice_get_status (DoorstepInvoice *self) { return self->status; }
GDate *doorstep_invoice_get_issued_on (DoorstepInvoice *self) { return self->issued_on; }
GDate *doorstep_invoice_get_due_date (DoorstepInvoice *self) { return self->due_date; }
guint doorstep_invoice_get_days_overdue (DoorstepInvoice *self) { return (guint) self->days_overdue; }
const char *doorstep_invoice_get_property_label (DoorstepInvoice *self) { return self->property_label; }
const char *doorstep_invoice_get_property_address (DoorstepInvoice *self) { return self->property_address; }
const char *doorstep_invoice_get_job_id (DoorstepInvoice *self) { return self->job_id; }
const char *doorstep_invoice_get_job_title (DoorstepInvoice *self) { return self->job_title; }
const char *doorstep_invoice_get_quote_id (DoorstepInvoice *self) { return self->quote_id; }
const char *doorstep_invoice_get_quote_number (DoorstepInvoice *self) { return self->quote_number; }
const char *doorstep_invoice_get_notes (DoorstepInvoice *self) { return self->notes; }
const char *doorstep_invoice_get_currency (DoorstepInvoice *self) { return self->currency; }
gint64 doorstep_invoice_get_total (DoorstepInvoice *self) { return self->total; }
gint64 doorstep_invoice_get_balance (DoorstepInvoice *self) { return self->balance; }
gint64 doorstep_invoice_get_subtotal (DoorstepInvoice *self) { return self->subtotal; }
gint64 doorstep_invoice_get_discount (DoorstepInvoice *self) { return self->discount; }
guint doorstep_invoice_get_tax_rate_bp (DoorstepInvoice *self) { return (guint) self->tax_rate_bp; }
gint64 doorstep_invoice_get_tax (DoorstepInvoice *self) { return self->tax; }
gint64 doorstep_invoice_get_paid (DoorstepInvoice *self) { return self->paid; }
GListModel *doorstep_invoice_get_items (DoorstepInvoice *self) { return self->items; }
GListModel *doorstep_invoice_get_payments (DoorstepInvoice *self) { return self->payments; }

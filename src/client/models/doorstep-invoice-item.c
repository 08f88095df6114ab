/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-invoice-item.h"

struct _DoorstepInvoiceItem {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *description;
  gint64          quantity_milli;
  gint64          unit_price_minor;
  gint64          amount_minor;
};

G_DEFINE_FINAL_TYPE (DoorstepInvoiceItem, doorstep_invoice_item, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepInvoiceItem, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoiceItem, description, STRING, "description", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoiceItem, quantity_milli, INT, "quantity_milli", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoiceItem, unit_price_minor, INT, "unit_price.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepInvoiceItem, amount_minor, INT, "amount.amount_minor", REQUIRED, NULL),
};

static void
doorstep_invoice_item_class_init (DoorstepInvoiceItemClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "invoice item", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_invoice_item_init (DoorstepInvoiceItem *self)
{
}

const char *doorstep_invoice_item_get_description (DoorstepInvoiceItem *self) { return self->description; }
gint64 doorstep_invoice_item_get_quantity_milli (DoorstepInvoiceItem *self) { return self->quantity_milli; }
gint64 doorstep_invoice_item_get_unit_price_minor (DoorstepInvoiceItem *self) { return self->unit_price_minor; }
gint64 doorstep_invoice_item_get_amount_minor (DoorstepInvoiceItem *self) { return self->amount_minor; }

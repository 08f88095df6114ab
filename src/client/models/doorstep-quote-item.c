/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "doorstep-json.h"
#include "doorstep-quote-item.h"

struct _DoorstepQuoteItem {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *description;
  gint64          quantity_milli;
  gint64          unit_price_minor;
  gint64          amount_minor;
  gboolean        optional;
  gboolean        selected;
};

G_DEFINE_FINAL_TYPE (DoorstepQuoteItem, doorstep_quote_item, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepQuoteItem, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuoteItem, description, STRING, "description", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuoteItem, quantity_milli, INT, "quantity_milli", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuoteItem, unit_price_minor, INT, "unit_price.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepQuoteItem, amount_minor, INT, "amount.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuoteItem, optional, BOOLEAN, "optional", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepQuoteItem, selected, BOOLEAN, "selected", REQUIRED, NULL),
};

/* Amounts the totals can be worked out from without overflowing. */
static gboolean
doorstep_quote_item_parse (DoorstepRecord  *record,
                           JsonObject      *object,
                           GError         **error)
{
  DoorstepQuoteItem *self = DOORSTEP_QUOTE_ITEM (record);

  return doorstep_json_require (self->quantity_milli >= 0 && self->quantity_milli <= DOORSTEP_QUOTE_QUANTITY_MAX &&
                                self->unit_price_minor >= 0 && self->unit_price_minor <= DOORSTEP_QUOTE_PRICE_MAX,
                                "quote item", error);
}

static void
doorstep_quote_item_class_init (DoorstepQuoteItemClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_quote_item_parse;
  doorstep_record_class_set_fields (record_class, "quote item", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_quote_item_init (DoorstepQuoteItem *self)
{
}

const char *doorstep_quote_item_get_id (DoorstepQuoteItem *self) { return self->id; }
const char *doorstep_quote_item_get_description (DoorstepQuoteItem *self) { return self->description; }
gint64 doorstep_quote_item_get_quantity_milli (DoorstepQuoteItem *self) { return self->quantity_milli; }
gint64 doorstep_quote_item_get_unit_price_minor (DoorstepQuoteItem *self) { return self->unit_price_minor; }
gint64 doorstep_quote_item_get_amount_minor (DoorstepQuoteItem *self) { return self->amount_minor; }
gboolean doorstep_quote_item_get_optional (DoorstepQuoteItem *self) { return self->optional; }
gboolean doorstep_quote_item_get_selected (DoorstepQuoteItem *self) { return self->selected; }

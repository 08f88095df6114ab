/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-payment.h"

struct _DoorstepPayment {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *receipt_number;
  char           *currency;
  gint64          amount_minor;
  GDateTime      *paid_at;
  char           *card_brand;
  char           *card_last4;
  char           *invoice_id;
  char           *invoice_number;
  char           *quote_id;
  char           *quote_number;
  char           *paid_for;
};

G_DEFINE_FINAL_TYPE (DoorstepPayment, doorstep_payment, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepPayment, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, receipt_number, STRING, "receipt_number", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, currency, STRING, "amount.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, amount_minor, INT, "amount.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, paid_at, TIMESTAMP, "paid_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, card_brand, STRING, "card.brand", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayment, card_last4, STRING, "card.last4", OPTIONAL, NULL),
  /* In the payment history, what it paid */
  DOORSTEP_FIELD (DoorstepPayment, invoice_id, STRING, "invoice.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayment, invoice_number, STRING, "invoice.number", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayment, quote_id, STRING, "quote.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayment, quote_number, STRING, "quote.number", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayment, paid_for, STRING, NULL, OPTIONAL, NULL),
};

static gboolean
doorstep_payment_parse (DoorstepRecord  *record,
                        JsonObject      *object,
                        GError         **error)
{
  DoorstepPayment *self = DOORSTEP_PAYMENT (record);
  JsonNode *link = json_object_get_member (object, self->invoice_id != NULL ? "invoice" : "quote");
  const char *title = link != NULL && JSON_NODE_HOLDS_OBJECT (link)
                      ? json_object_get_string_member_with_default (json_node_get_object (link), "title", NULL)
                      : NULL;

  if (self->invoice_id != NULL)
    /* Translators: what a payment paid, "Invoice I-2008 · Bathroom fan replacement" */
    self->paid_for = title != NULL ? g_strdup_printf (_("Invoice %s · %s"), self->invoice_number, title)
                                   : g_strdup_printf (_("Invoice %s"), self->invoice_number);
  else if (self->quote_id != NULL)
    /* Translators: a payment of a quote's deposit, "Deposit on quote Q-1004" */
    self->paid_for = g_strdup_printf (_("Deposit on quote %s"), self->quote_number);
  return TRUE;
}

static void
doorstep_payment_class_init (DoorstepPaymentClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_payment_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "payment", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_payment_init (DoorstepPayment *self)
{
}

const char *doorstep_payment_get_id (DoorstepPayment *self) { return self->id; }
const char *doorstep_payment_get_receipt_number (DoorstepPayment *self) { return self->receipt_number; }
gint64 doorstep_payment_get_amount_minor (DoorstepPayment *self) { return self->amount_minor; }
const char *doorstep_payment_get_currency (DoorstepPayment *self) { return self->currency; }
GDateTime *doorstep_payment_get_paid_at (DoorstepPayment *self) { return self->paid_at; }
const char *doorstep_payment_get_invoice_id (DoorstepPayment *self) { return self->invoice_id; }
const char *doorstep_payment_get_quote_id (DoorstepPayment *self) { return self->quote_id; }
const char *doorstep_payment_get_paid_for (DoorstepPayment *self) { return self->paid_for; }

/* "Visa ending in 4242", or "Card" when the processor named none. */
char *
doorstep_payment_dup_method (DoorstepPayment *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAYMENT (self), NULL);

  if (self->card_last4 == NULL)
    return g_strdup (_("Card"));
  /* Translators: a card that paid, "Visa ending in 4242" */
  return g_strdup_printf (_("%s ending in %s"), self->card_brand != NULL ? self->card_brand : _("Card"),
                          self->card_last4);
}

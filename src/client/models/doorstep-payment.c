/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-payment.h"

struct _DoorstepPayment {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *receipt_number;
  gint64          amount_minor;
  GDateTime      *paid_at;
  char           *card_brand;
  char           *card_last4;
};

G_DEFINE_FINAL_TYPE (DoorstepPayment, doorstep_payment, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepPayment, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, receipt_number, STRING, "receipt_number", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, amount_minor, INT, "amount.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, paid_at, TIMESTAMP, "paid_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayment, card_brand, STRING, "card.brand", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayment, card_last4, STRING, "card.last4", OPTIONAL, NULL),
};

static void
doorstep_payment_class_init (DoorstepPaymentClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "payment", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_payment_init (DoorstepPayment *self)
{
}

const char *doorstep_payment_get_id (DoorstepPayment *self) { return self->id; }
const char *doorstep_payment_get_receipt_number (DoorstepPayment *self) { return self->receipt_number; }
gint64 doorstep_payment_get_amount_minor (DoorstepPayment *self) { return self->amount_minor; }
GDateTime *doorstep_payment_get_paid_at (DoorstepPayment *self) { return self->paid_at; }

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

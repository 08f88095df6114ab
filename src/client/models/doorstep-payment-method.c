/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-payment-method.h"

struct _DoorstepPaymentMethod {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *brand;
  char           *last4;
  gint64          exp_month;
  gint64          exp_year;
  gboolean        is_default;
};

G_DEFINE_FINAL_TYPE (DoorstepPaymentMethod, doorstep_payment_method, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepPaymentMethod, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentMethod, brand, STRING, "brand", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentMethod, last4, STRING, "last4", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentMethod, exp_month, INT, "exp_month", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentMethod, exp_year, INT, "exp_year", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentMethod, is_default, BOOLEAN, "is_default", OPTIONAL, NULL),
};

static gboolean
doorstep_payment_method_parse (DoorstepRecord  *record,
                               JsonObject      *object,
                               GError         **error)
{
  DoorstepPaymentMethod *self = DOORSTEP_PAYMENT_METHOD (record);

  if (self->exp_month < 1 || self->exp_month > 12 || self->exp_year < 0 || self->exp_year > 9999)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "card %s has no valid expiry", self->id);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_payment_method_class_init (DoorstepPaymentMethodClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_payment_method_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "payment method", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_payment_method_init (DoorstepPaymentMethod *self)
{
}

const char *doorstep_payment_method_get_id (DoorstepPaymentMethod *self) { return self->id; }
const char *doorstep_payment_method_get_brand (DoorstepPaymentMethod *self) { return self->brand; }
const char *doorstep_payment_method_get_last4 (DoorstepPaymentMethod *self) { return self->last4; }
guint doorstep_payment_method_get_exp_month (DoorstepPaymentMethod *self) { return (guint) self->exp_month; }
guint doorstep_payment_method_get_exp_year (DoorstepPaymentMethod *self) { return (guint) self->exp_year; }
gboolean doorstep_payment_method_get_is_default (DoorstepPaymentMethod *self) { return self->is_default; }

/* "Visa ending in 4242" */
char *
doorstep_payment_method_dup_title (DoorstepPaymentMethod *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAYMENT_METHOD (self), NULL);

  /* Translators: a saved card, "Visa ending in 4242" */
  return g_strdup_printf (_("%s ending in %s"), self->brand, self->last4);
}

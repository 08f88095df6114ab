/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-payable.h"

struct _DoorstepPayable {
  DoorstepRecord  parent_instance;
  char           *kind;
  char           *id;
  char           *number;
  char           *title;
  char           *currency;
  GDate          *due_date;
  gint64          days_overdue;
  gint64          total;
  gint64          amount_due;
};

G_DEFINE_FINAL_TYPE (DoorstepPayable, doorstep_payable, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepPayable, kind, STRING, "kind", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayable, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayable, number, STRING, "number", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayable, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayable, currency, STRING, "amount_due.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayable, due_date, DATE, "due_date", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayable, days_overdue, INT, "days_overdue", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPayable, total, INT, "total.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPayable, amount_due, INT, "amount_due.amount_minor", REQUIRED, NULL),
};

static gboolean
doorstep_payable_parse (DoorstepRecord  *record,
                        JsonObject      *object,
                        GError         **error)
{
  DoorstepPayable *self = DOORSTEP_PAYABLE (record);

  if ((!g_str_equal (self->kind, "invoice") && !g_str_equal (self->kind, "deposit")) ||
      self->amount_due <= 0 || self->days_overdue < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not something to pay", self->number);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_payable_class_init (DoorstepPayableClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_payable_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "payable", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_payable_init (DoorstepPayable *self)
{
}

gboolean doorstep_payable_get_is_deposit (DoorstepPayable *self) { return g_str_equal (self->kind, "deposit"); }
const char *doorstep_payable_get_id (DoorstepPayable *self) { return self->id; }
const char *doorstep_payable_get_number (DoorstepPayable *self) { return self->number; }
const char *doorstep_payable_get_title (DoorstepPayable *self) { return self->title; }
const char *doorstep_payable_get_currency (DoorstepPayable *self) { return self->currency; }
GDate *doorstep_payable_get_due_date (DoorstepPayable *self) { return self->due_date; }
gint64 doorstep_payable_get_days_overdue (DoorstepPayable *self) { return self->days_overdue; }
gint64 doorstep_payable_get_total (DoorstepPayable *self) { return self->total; }
gint64 doorstep_payable_get_amount_due (DoorstepPayable *self) { return self->amount_due; }

/* "Invoice I-2007", "Deposit on quote Q-1004" */
char *
doorstep_payable_dup_name (DoorstepPayable *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAYABLE (self), NULL);

  if (doorstep_payable_get_is_deposit (self))
    /* Translators: what a payment pays, "Deposit on quote Q-1004" */
    return g_strdup_printf (_("Deposit on quote %s"), self->number);
  /* Translators: what a payment pays, "Invoice I-2007" */
  return g_strdup_printf (_("Invoice %s"), self->number);
}

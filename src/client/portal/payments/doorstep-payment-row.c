/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-payment-row.h"
#include "doorstep-common.h"
#include "doorstep-time.h"

struct _DoorstepPaymentRow {
  GtkBox           parent_instance;

  GtkLabel        *title_label;
  GtkLabel        *details_label;
  GtkLabel        *total_label;
  GtkLabel        *status_label;

  DoorstepPayment *payment;
};

G_DEFINE_FINAL_TYPE (DoorstepPaymentRow, doorstep_payment_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PAYMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_payment (DoorstepPaymentRow *self)
{
  DoorstepPayment *payment = self->payment;
  g_autofree char *day = NULL;
  g_autofree char *method = NULL;
  g_autofree char *details = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *receipt = NULL;
  g_autofree char *accessible = NULL;
  const char *title;

  if (payment == NULL)
    return;

  title = doorstep_payment_get_paid_for (payment) != NULL ? doorstep_payment_get_paid_for (payment) : _("Payment");
  day = doorstep_date_time_format_day (doorstep_payment_get_paid_at (payment));
  method = doorstep_payment_dup_method (payment);
  details = g_strdup_printf ("%s · %s", day, method);
  amount = doorstep_money_format (doorstep_payment_get_amount_minor (payment), doorstep_payment_get_currency (payment));
  /* Translators: a payment's receipt number, "Receipt R-5007" */
  receipt = g_strdup_printf (_("Receipt %s"), doorstep_payment_get_receipt_number (payment));

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->total_label, amount);
  gtk_label_set_text (self->status_label, receipt);

  /* Translators: a payment row read aloud: "Invoice I-2008 · Fan, 5 Nov 2026 · Visa ending in 4242, $100.00, Receipt R-5007" */
  accessible = g_strdup_printf (_("%s, %s, %s, %s"), title, details, amount, receipt);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
doorstep_payment_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_PAYMENT_ROW (object)->payment);
  G_OBJECT_CLASS (doorstep_payment_row_parent_class)->dispose (object);
}

static void
doorstep_payment_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PAYMENT:
      g_value_set_object (value, DOORSTEP_PAYMENT_ROW (object)->payment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_payment_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PAYMENT:
      doorstep_payment_row_set_payment (DOORSTEP_PAYMENT_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_payment_row_class_init (DoorstepPaymentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_payment_row_dispose;
  object_class->get_property = doorstep_payment_row_get_property;
  object_class->set_property = doorstep_payment_row_set_property;

  properties[PROP_PAYMENT] =
    g_param_spec_object ("payment", NULL, NULL, DOORSTEP_TYPE_PAYMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-payment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentRow, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentRow, status_label);
}

static void
doorstep_payment_row_init (DoorstepPaymentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @payment: (nullable): the payment to show; %NULL while the row is unbound */
void
doorstep_payment_row_set_payment (DoorstepPaymentRow *self,
                                  DoorstepPayment    *payment)
{
  g_return_if_fail (DOORSTEP_IS_PAYMENT_ROW (self));

  if (!g_set_object (&self->payment, payment))
    return;
  show_payment (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT]);
}

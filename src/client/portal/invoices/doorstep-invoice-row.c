/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-invoice-row.h"
#include "doorstep-time.h"

struct _DoorstepInvoiceRow {
  GtkBox           parent_instance;

  GtkLabel        *title_label;
  GtkLabel        *details_label;
  GtkLabel        *total_label;
  GtkLabel        *status_label;

  DoorstepInvoice *invoice;
};

G_DEFINE_FINAL_TYPE (DoorstepInvoiceRow, doorstep_invoice_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_INVOICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Overdue by 12 days", "Open", "Paid", "Void" */
char *
doorstep_invoice_dup_status_label (DoorstepInvoice *invoice)
{
  guint days = doorstep_invoice_get_days_overdue (invoice);

  if (doorstep_invoice_get_status (invoice) == DOORSTEP_INVOICE_STATUS_OPEN && days > 0)
    /* Translators: how late an open invoice is */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %u day", "Overdue by %u days", days), days);
  return g_strdup (doorstep_invoice_status_get_label (doorstep_invoice_get_status (invoice)));
}

/* The status pill's style class (the quote pill's colours). */
const char *
doorstep_invoice_get_status_style (DoorstepInvoice *invoice)
{
  switch (doorstep_invoice_get_status (invoice))
    {
    case DOORSTEP_INVOICE_STATUS_PAID:
      return "approved";
    case DOORSTEP_INVOICE_STATUS_VOID:
      return "expired";
    case DOORSTEP_INVOICE_STATUS_OPEN:
    default:
      return doorstep_invoice_get_days_overdue (invoice) > 0 ? "declined" : "open";
    }
}

static char *
dup_dates (DoorstepInvoice *invoice)
{
  g_autofree char *issued = doorstep_invoice_get_issued_on (invoice) != NULL
                            ? doorstep_date_format (doorstep_invoice_get_issued_on (invoice)) : NULL;
  g_autofree char *due = doorstep_invoice_get_due_date (invoice) != NULL
                         ? doorstep_date_format (doorstep_invoice_get_due_date (invoice)) : NULL;

  if (issued != NULL && due != NULL && doorstep_invoice_get_status (invoice) == DOORSTEP_INVOICE_STATUS_OPEN)
    /* Translators: an open invoice's dates */
    return g_strdup_printf (_("Issued %s · Due %s"), issued, due);
  if (issued != NULL)
    return g_strdup_printf (_("Issued %s"), issued);
  return due != NULL ? g_strdup_printf (_("Due %s"), due) : g_strdup ("");
}

static void
show_invoice (DoorstepInvoiceRow *self)
{
  static const char * const styles[] = { "open", "approved", "declined", "expired" };
  DoorstepInvoice *invoice = self->invoice;
  g_autofree char *title = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *details = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *money = NULL;
  g_autofree char *status = NULL;
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), styles[i]);
  if (invoice == NULL)
    return;

  title = g_strdup_printf ("%s · %s", doorstep_invoice_get_number (invoice), doorstep_invoice_get_title (invoice));
  dates = dup_dates (invoice);
  details = doorstep_invoice_get_property_label (invoice) != NULL
            ? g_strdup_printf ("%s · %s", doorstep_invoice_get_property_label (invoice), dates)
            : g_strdup (dates);
  if (doorstep_invoice_get_status (invoice) == DOORSTEP_INVOICE_STATUS_OPEN)
    {
      money = doorstep_money_format (doorstep_invoice_get_balance (invoice), doorstep_invoice_get_currency (invoice));
      /* Translators: what is left to pay on an invoice, "$288.00 due" */
      amount = g_strdup_printf (_("%s due"), money);
    }
  else
    amount = doorstep_money_format (doorstep_invoice_get_total (invoice), doorstep_invoice_get_currency (invoice));
  status = doorstep_invoice_dup_status_label (invoice);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->total_label, amount);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), doorstep_invoice_get_status_style (invoice));

  /* Translators: an invoice row read aloud: "I-2008 · Bathroom fan, Home · Issued 3 Nov 2026, $288.00 due, Open" */
  accessible = g_strdup_printf (_("%s, %s, %s, %s"), title, details, amount, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
doorstep_invoice_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_INVOICE_ROW (object)->invoice);
  G_OBJECT_CLASS (doorstep_invoice_row_parent_class)->dispose (object);
}

static void
doorstep_invoice_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_INVOICE:
      g_value_set_object (value, DOORSTEP_INVOICE_ROW (object)->invoice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_invoice_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_INVOICE:
      doorstep_invoice_row_set_invoice (DOORSTEP_INVOICE_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_invoice_row_class_init (DoorstepInvoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_invoice_row_dispose;
  object_class->get_property = doorstep_invoice_row_get_property;
  object_class->set_property = doorstep_invoice_row_set_property;

  properties[PROP_INVOICE] =
    g_param_spec_object ("invoice", NULL, NULL, DOORSTEP_TYPE_INVOICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/invoices/doorstep-invoice-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoiceRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoiceRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoiceRow, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoiceRow, status_label);
}

static void
doorstep_invoice_row_init (DoorstepInvoiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @invoice: (nullable): the invoice to show; %NULL while the row is unbound */
void
doorstep_invoice_row_set_invoice (DoorstepInvoiceRow *self,
                                  DoorstepInvoice    *invoice)
{
  g_return_if_fail (DOORSTEP_IS_INVOICE_ROW (self));

  if (!g_set_object (&self->invoice, invoice))
    return;
  show_invoice (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVOICE]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-download.h"
#include "doorstep-payment-page.h"
#include "doorstep-payments-api.h"
#include "doorstep-pdf-window.h"
#include "doorstep-section.h"
#include "doorstep-common.h"
#include "doorstep-time.h"

/* One payment, from the history: the amount, when and with which card,
 * what it paid (which opens that invoice), and its receipt to preview
 * and download. The history's row has all of it, so nothing is fetched
 * but the receipt. */

struct _DoorstepPaymentPage {
  AdwBin            parent_instance;

  /* template widgets */
  GtkLabel         *heading;
  GtkWidget        *pdf_buttons;
  GtkLabel         *title_label;
  GtkLabel         *facts_label;
  GtkLabel         *balance_caption;
  GtkLabel         *balance_label;
  GtkWidget        *links_group;
  AdwActionRow     *paid_row;

  DoorstepScope    *scope;
  DoorstepPayment  *payment;
  DoorstepDocument *receipt;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepPaymentPage, doorstep_payment_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (widget);

  doorstep_pdf_window_present (widget, self->receipt);
}

static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (widget);

  if (self->receipt != NULL)
    doorstep_download_document (widget, self->receipt);
}

static void
open_paid_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (widget);

  if (self->payment == NULL)
    return;
  if (doorstep_payment_get_invoice_id (self->payment) != NULL)
    gtk_widget_activate_action (widget, "portal.open-invoice", "s", doorstep_payment_get_invoice_id (self->payment));
  else if (doorstep_payment_get_quote_id (self->payment) != NULL)
    gtk_widget_activate_action (widget, "portal.open-quote", "s", doorstep_payment_get_quote_id (self->payment));
}

static void
show_nothing (DoorstepPaymentPage *self)
{
  g_clear_object (&self->payment);
  g_clear_object (&self->receipt);
  gtk_label_set_text (self->heading, "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payment.preview-receipt", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payment.download-receipt", FALSE);
}

/* DoorstepSection */

static void
doorstep_payment_page_load (DoorstepSection *section,
                            DoorstepScope   *scope)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (section);

  show_nothing (self);
  g_set_object (&self->scope, scope);
}

static void
doorstep_payment_page_reload (DoorstepSection *section)
{
  /* A payment never changes once made. */
}

static void
doorstep_payment_page_clear (DoorstepSection *section)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (section);

  show_nothing (self);
  g_clear_object (&self->scope);
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_payment_page_load;
  iface->reload = doorstep_payment_page_reload;
  iface->clear = doorstep_payment_page_clear;
}

/* GObject */

static void
doorstep_payment_page_dispose (GObject *object)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (object);

  g_clear_object (&self->scope);
  g_clear_object (&self->payment);
  g_clear_object (&self->receipt);
  G_OBJECT_CLASS (doorstep_payment_page_parent_class)->dispose (object);
}

static void
doorstep_payment_page_class_init (DoorstepPaymentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_payment_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-payment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, heading);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, pdf_buttons);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, balance_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, links_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, paid_row);
  gtk_widget_class_install_action (widget_class, "payment.preview-receipt", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "payment.download-receipt", NULL, download_action);
  gtk_widget_class_install_action (widget_class, "payment.open-paid", NULL, open_paid_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "payment.preview-receipt", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "payment.download-receipt", NULL);
}

static void
doorstep_payment_page_init (DoorstepPaymentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_nothing (self);
}

/* Shows @payment, from the history of the page's scope. */
void
doorstep_payment_page_show (DoorstepPaymentPage *self,
                            DoorstepPayment     *payment)
{
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *day = NULL;
  g_autofree char *method = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *amount = NULL;

  g_return_if_fail (DOORSTEP_IS_PAYMENT_PAGE (self));
  g_return_if_fail (DOORSTEP_IS_PAYMENT (payment));

  /* Translators: a receipt, "Receipt R-5007" */
  title = g_strdup_printf (_("Receipt %s"), doorstep_payment_get_receipt_number (payment));
  /* Translators: the file name a receipt is saved under; %s is its number */
  file_name = g_strdup_printf (_("Receipt %s.pdf"), doorstep_payment_get_receipt_number (payment));
  day = doorstep_date_time_format_day (doorstep_payment_get_paid_at (payment));
  method = doorstep_payment_dup_method (payment);
  /* Translators: when and how a payment was made, "Paid 5 Nov 2026 · Visa ending in 4242" */
  facts = g_strdup_printf (_("Paid %s · %s"), day, method);
  amount = doorstep_money_format (doorstep_payment_get_amount_minor (payment), doorstep_payment_get_currency (payment));

  g_set_object (&self->payment, payment);
  g_clear_object (&self->receipt);
  if (self->scope != NULL)
    self->receipt = doorstep_document_new (self->scope, &doorstep_payments_api_receipt,
                                           doorstep_payment_get_id (payment), title,
                                           doorstep_payment_get_paid_for (payment), file_name);

  gtk_label_set_text (self->heading, title);
  gtk_label_set_text (self->title_label, doorstep_payment_get_paid_for (payment) != NULL
                                         ? doorstep_payment_get_paid_for (payment) : title);
  gtk_label_set_text (self->facts_label, facts);
  gtk_label_set_text (self->balance_caption, _("Amount received"));
  gtk_label_set_text (self->balance_label, amount);
  if (doorstep_payment_get_paid_for (payment) != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->paid_row), doorstep_payment_get_paid_for (payment));
  gtk_widget_set_visible (self->links_group, doorstep_payment_get_paid_for (payment) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payment.preview-receipt", self->receipt != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payment.download-receipt", self->receipt != NULL);
}

/**
 * doorstep_payment_page_get_payment:
 *
 * Returns: (transfer none) (nullable): the payment shown
 */
DoorstepPayment *
doorstep_payment_page_get_payment (DoorstepPaymentPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAYMENT_PAGE (self), NULL);
  return self->payment;
}

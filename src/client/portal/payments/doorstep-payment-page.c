/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-detail-page.h"
#include "doorstep-payment-page.h"
#include "doorstep-payments-api.h"
#include "doorstep-time.h"

/* One payment, from the history: the amount, when and with which card,
 * what it paid (which opens that invoice), and its receipt to preview
 * and download. The history's row has all of it, so nothing is fetched
 * but the receipt: the page is handed its record (set_record()) and has
 * no id to load, so it has no load_async and a reload leaves it as it is
 * (a payment never changes once made). */

struct _DoorstepPaymentPage {
  DoorstepDetailPage  parent_instance;

  /* template widgets */
  GtkLabel           *title_label;
  GtkLabel           *facts_label;
  GtkLabel           *balance_caption;
  GtkLabel           *balance_label;
  GtkWidget          *links_group;
  AdwActionRow       *paid_row;
};

G_DEFINE_FINAL_TYPE (DoorstepPaymentPage, doorstep_payment_page, DOORSTEP_TYPE_DETAIL_PAGE)

static void
open_paid_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepPayment *payment = doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (widget));

  if (payment == NULL)
    return;
  if (doorstep_payment_get_invoice_id (payment) != NULL)
    gtk_widget_activate_action (widget, "portal.open-invoice", "s", doorstep_payment_get_invoice_id (payment));
  else if (doorstep_payment_get_quote_id (payment) != NULL)
    gtk_widget_activate_action (widget, "portal.open-quote", "s", doorstep_payment_get_quote_id (payment));
}

static void
doorstep_payment_page_show_record (DoorstepDetailPage *page,
                                   gpointer            record)
{
  DoorstepPaymentPage *self = DOORSTEP_PAYMENT_PAGE (page);
  DoorstepPayment *payment = record;
  DoorstepScope *scope = doorstep_detail_page_get_scope (page);
  g_autoptr(DoorstepDocument) receipt = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *day = NULL;
  g_autofree char *method = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *amount = NULL;

  /* Translators: a receipt, "Receipt R-5007" */
  title = g_strdup_printf (_("Receipt %s"), doorstep_payment_get_receipt_number (payment));
  /* Translators: the file name a receipt is saved under; %s is its number */
  file_name = g_strdup_printf (_("Receipt %s.pdf"), doorstep_payment_get_receipt_number (payment));
  day = doorstep_date_time_format_day (doorstep_payment_get_paid_at (payment));
  method = doorstep_payment_dup_method (payment);
  /* Translators: when and how a payment was made, "Paid 5 Nov 2026 · Visa ending in 4242" */
  facts = g_strdup_printf (_("Paid %s · %s"), day, method);
  amount = doorstep_money_format (doorstep_payment_get_amount_minor (payment), doorstep_payment_get_currency (payment));

  if (scope != NULL)
    receipt = doorstep_document_new (scope, &doorstep_payments_api_receipt, doorstep_payment_get_id (payment), title,
                                     doorstep_payment_get_paid_for (payment), file_name);
  doorstep_detail_page_set_document (page, receipt);
  doorstep_detail_page_set_heading (page, title);

  gtk_label_set_text (self->title_label, doorstep_payment_get_paid_for (payment) != NULL
                                         ? doorstep_payment_get_paid_for (payment) : title);
  gtk_label_set_text (self->facts_label, facts);
  gtk_label_set_text (self->balance_caption, _("Amount received"));
  gtk_label_set_text (self->balance_label, amount);
  if (doorstep_payment_get_paid_for (payment) != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->paid_row), doorstep_payment_get_paid_for (payment));
  gtk_widget_set_visible (self->links_group, doorstep_payment_get_paid_for (payment) != NULL);
}

static void
doorstep_payment_page_class_init (DoorstepPaymentPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  detail_class->show_record = doorstep_payment_page_show_record;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-payment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, balance_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, links_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentPage, paid_row);
  gtk_widget_class_install_action (widget_class, "payment.open-paid", NULL, open_paid_action);
}

static void
doorstep_payment_page_init (DoorstepPaymentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows @payment, from the history of the page's scope. */
void
doorstep_payment_page_show (DoorstepPaymentPage *self,
                            DoorstepPayment     *payment)
{
  g_return_if_fail (DOORSTEP_IS_PAYMENT_PAGE (self));
  g_return_if_fail (DOORSTEP_IS_PAYMENT (payment));

  doorstep_detail_page_set_record (DOORSTEP_DETAIL_PAGE (self), payment);
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
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-payment-page.h"
#include "doorstep-payment-row.h"
#include "doorstep-payments-api.h"
#include "doorstep-payments-page.h"

/* What the Payments page adds to every list page: the payments endpoint,
 * its empty text, and a payment's receipt over the list. */

struct _DoorstepPaymentsPage {
  DoorstepListPage     parent_instance;

  DoorstepPaymentPage *payment_page;
};

G_DEFINE_FINAL_TYPE (DoorstepPaymentsPage, doorstep_payments_page, DOORSTEP_TYPE_LIST_PAGE)

static void
doorstep_payments_page_describe_empty (DoorstepListPage  *page,
                                       const char        *filter,
                                       const char        *search,
                                       char             **title,
                                       char             **description)
{
  *title = g_strdup (_("No Payments Yet"));
  *description = g_strdup (_("Every payment you make appears here, with its receipt."));
}

static void
doorstep_payments_page_activate (DoorstepListPage *page,
                                 gpointer          item)
{
  DoorstepPaymentsPage *self = DOORSTEP_PAYMENTS_PAGE (page);

  doorstep_payment_page_show (self->payment_page, DOORSTEP_PAYMENT (item));
  doorstep_list_page_show_detail (page);
}

static void
doorstep_payments_page_class_init (DoorstepPaymentsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_payments_page_describe_empty;
  list_class->activate = doorstep_payments_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_payments_api_list);

  g_type_ensure (DOORSTEP_TYPE_PAYMENT_PAGE);
  g_type_ensure (DOORSTEP_TYPE_PAYMENT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-payments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentsPage, payment_page);
}

static void
doorstep_payments_page_init (DoorstepPaymentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

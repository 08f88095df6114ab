/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-dashboard-page.h"
#include "doorstep-invoice-page.h"
#include "doorstep-invoices-page.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-payment-method.h"
#include "doorstep-payment-methods-dialog.h"
#include "doorstep-payment-page.h"
#include "doorstep-payments-page.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-pdf-window.h"
#include "ui-fixture.h"

/* The customer's invoices: Open, Overdue, Paid and All with their counts,
 * the dashboard's Balance Due opening the overdue ones, an invoice with
 * its items, totals, payments and balance, and its PDF in the app; the
 * payment history, a receipt, and the invoice a payment paid; saved
 * cards: a refused card, one added, made the default, one removed. */

static DoorstepListPage *
invoices_page (void)
{
  return ui_portal_section ("invoices");
}

static DoorstepInvoicePage *
invoice_page (void)
{
  return ui_child (invoices_page (), DOORSTEP_TYPE_INVOICES_PAGE, "invoice_page");
}

static const char *
list_state (void)
{
  return ui_stack_state (invoices_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack");
}

static void
wait_for_list (const char *filter,
               guint       n_items)
{
  GListModel *model;

  doorstep_list_page_set_filter (invoices_page (), filter);
  WAIT_FOR (g_strcmp0 (list_state (), "list") == 0 &&
            (model = doorstep_list_page_get_items (invoices_page ())) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (model)) &&
            g_list_model_get_n_items (model) == n_items);
}

/* Opens the invoice numbered @number from the list shown, as a click would. */
static DoorstepInvoice *
open_invoice (const char *number)
{
  GListModel *model = doorstep_list_page_get_items (invoices_page ());
  guint position = G_MAXUINT;
  DoorstepInvoice *shown;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DoorstepInvoice) invoice = g_list_model_get_item (model, i);

      if (g_str_equal (doorstep_invoice_get_number (invoice), number))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (ui_child (invoices_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", position);
  WAIT_FOR (doorstep_list_page_get_showing_detail (invoices_page ()) &&
            g_strcmp0 (ui_stack_state (invoice_page (), DOORSTEP_TYPE_INVOICE_PAGE, "stack"), "content") == 0 &&
            (shown = doorstep_invoice_page_get_invoice (invoice_page ())) != NULL &&
            g_str_equal (doorstep_invoice_get_number (shown), number));
  return shown;
}

static void
test_invoices (void)
{
  GtkWindow *dialog;

  ui_sign_in_customer ();

  /* The dashboard's Balance Due goes straight to what is overdue. */
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
  g_assert_true (gtk_widget_activate_action (ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE,
                                                       "balance_button"), "portal.show-invoices", "s", "overdue"));
  WAIT_FOR (g_strcmp0 (doorstep_list_page_get_filter (invoices_page ()), "overdue") == 0);
  wait_for_list ("overdue", 1);
  WAIT_FOR (g_strcmp0 (ui_filter_count (invoices_page (), "overdue"), "1") == 0);
  g_assert_true (ui_find_label (GTK_WIDGET (invoices_page ()), "Overdue by 12 days"));
  g_assert_true (ui_find_label (GTK_WIDGET (invoices_page ()), "$178.00 due"));

  /* Each filter shows the server's count. */
  wait_for_list ("open", 3);
  g_assert_cmpstr (ui_filter_count (invoices_page (), "open"), ==, "3");
  g_assert_cmpstr (ui_filter_count (invoices_page (), "paid"), ==, "6");
  g_assert_cmpstr (ui_filter_count (invoices_page (), "all"), ==, "9");
  ui_screenshot_all (ui_window, "invoices");
  wait_for_list ("paid", 6);
  ui_save_png (GTK_WIDGET (ui_window), "invoices-paid-wide-light");

  /* A part-paid invoice: its lines, its payment, what is left. */
  wait_for_list ("open", 3);
  open_invoice ("I-2008");
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "$288.00"));
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "1.5 × $95.00"));
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "$142.50"));
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "Visa ending in 4242 · Receipt R-5007"));
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "−$100.00"));
  ui_screenshot_all (ui_window, "invoice");

  /* Its PDF, in the app. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (invoice_page ()), "invoice.preview-pdf", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_PDF_WINDOW)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  {
    DoorstepPdfViewer *viewer = ui_child (dialog, DOORSTEP_TYPE_PDF_WINDOW, "viewer");

    WAIT_FOR (g_strcmp0 (ui_stack_state (viewer, DOORSTEP_TYPE_PDF_VIEWER, "stack"), "page") == 0 &&
              doorstep_pdf_viewer_get_rendered (viewer));
    g_assert_cmpint (doorstep_pdf_viewer_get_n_pages (viewer), ==, 1);
    ui_save_png (GTK_WIDGET (dialog), "invoice-pdf-wide-light");
  }
  gtk_window_destroy (dialog);
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_PDF_WINDOW) == NULL);

  /* A paid one opens its job on the Jobs page. */
  gtk_widget_activate_action (GTK_WIDGET (invoices_page ()), "list.back", NULL);
  wait_for_list ("paid", 6);
  open_invoice ("I-2004");
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "Main line drain cleaning"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (invoice_page ()), "invoice.open-job", NULL));
  WAIT_FOR (doorstep_list_page_get_showing_detail (ui_portal_section ("jobs")));
}

static void
test_payments (void)
{
  DoorstepListPage *payments = ui_portal_section ("payments");
  DoorstepPaymentPage *payment_page = ui_child (payments, DOORSTEP_TYPE_PAYMENTS_PAGE, "payment_page");
  GListModel *model;
  GtkWindow *dialog;

  ui_show_portal_section ("payments");
  WAIT_FOR (g_strcmp0 (ui_stack_state (payments, DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "list") == 0 &&
            (model = doorstep_list_page_get_items (payments)) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (model)) &&
            g_list_model_get_n_items (model) == 7);
  g_assert_true (ui_find_label (GTK_WIDGET (payments), "Invoice I-2008 · Bathroom fan replacement"));
  ui_screenshot_all (ui_window, "payments");

  /* The newest: the part payment; its receipt, and the invoice it paid. */
  g_signal_emit_by_name (ui_child (payments, DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", 0);
  WAIT_FOR (doorstep_list_page_get_showing_detail (payments));
  g_assert_true (ui_find_label (GTK_WIDGET (payment_page), "$100.00"));
  g_assert_true (ui_find_label (GTK_WIDGET (payment_page), "Receipt R-5007"));
  ui_screenshot_all (ui_window, "payment");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (payment_page), "payment.preview-receipt", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_PDF_WINDOW)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  {
    DoorstepPdfViewer *viewer = ui_child (dialog, DOORSTEP_TYPE_PDF_WINDOW, "viewer");

    WAIT_FOR (g_strcmp0 (ui_stack_state (viewer, DOORSTEP_TYPE_PDF_VIEWER, "stack"), "page") == 0 &&
              doorstep_pdf_viewer_get_rendered (viewer));
    ui_save_png (GTK_WIDGET (dialog), "receipt-pdf-wide-light");
  }
  gtk_window_destroy (dialog);
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_PDF_WINDOW) == NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (payment_page), "payment.open-paid", NULL));
  WAIT_FOR (doorstep_list_page_get_showing_detail (invoices_page ()) &&
            doorstep_invoice_page_get_invoice (invoice_page ()) != NULL &&
            g_str_equal (doorstep_invoice_get_number (doorstep_invoice_page_get_invoice (invoice_page ())), "I-2008"));
}

static guint
card_count (DoorstepPaymentMethodsDialog *dialog)
{
  GListModel *cards = doorstep_payment_methods_dialog_get_cards (dialog);

  return cards != NULL ? g_list_model_get_n_items (cards) : 0;
}

static DoorstepPaymentMethod *
card_at (DoorstepPaymentMethodsDialog *dialog,
         guint                         position)
{
  return g_list_model_get_item (doorstep_payment_methods_dialog_get_cards (dialog), position);
}

static void
test_cards (void)
{
  DoorstepPaymentMethodsDialog *dialog;
  AdwMessageDialog *confirm;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_portal_view ()), "portal.payment-methods", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG)) != NULL && card_count (dialog) == 2);
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "Visa ending in 4242"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "Default"));
  ui_screenshot_all (GTK_WINDOW (dialog), "payment-methods");

  /* A card the gateway refuses: why, beside it, and what was typed stays. */
  gtk_editable_set_text (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "number_row"), "4111 1111 1111 1111");
  gtk_editable_set_text (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "expiry_row"), "12/30");
  gtk_editable_set_text (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "cvc_row"), "123");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cards.add", NULL));
  WAIT_FOR (gtk_widget_get_visible (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "error_label")) &&
            !doorstep_payment_methods_dialog_get_busy (dialog));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog),
                                "The demo gateway takes test cards only, such as 4242 4242 4242 4242."));
  g_assert_cmpstr (gtk_editable_get_text (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "number_row")), ==,
                   "4111 1111 1111 1111");
  ui_save_png (GTK_WIDGET (dialog), "payment-methods-refused-wide-light");

  /* A test card, saved as the default. */
  gtk_editable_set_text (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "number_row"), "5555 5555 5555 4444");
  gtk_switch_set_active (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "default_switch"), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cards.add", NULL));
  WAIT_FOR (card_count (dialog) == 3 && !doorstep_payment_methods_dialog_get_busy (dialog));
  {
    g_autoptr(DoorstepPaymentMethod) first = card_at (dialog, 0);

    g_assert_true (doorstep_payment_method_get_is_default (first));
    g_assert_cmpstr (doorstep_payment_method_get_last4 (first), ==, "4444");
  }
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM payment_methods WHERE customer_id = '" MAYA_ID "'"
                                 " AND removed_at IS NULL"), ==, 3);

  /* The Visa made the default again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cards.make-default", "s", "pm_demo0maya0visa"));
  WAIT_FOR (!doorstep_payment_methods_dialog_get_busy (dialog) &&
            ({ g_autoptr(DoorstepPaymentMethod) c = card_at (dialog, 0);
               g_str_equal (doorstep_payment_method_get_id (c), "pm_demo0maya0visa"); }));

  /* The old Mastercard removed, after asking. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cards.remove", "s", "pm_demo0maya0master"));
  WAIT_FOR ((confirm = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  adw_message_dialog_response (confirm, "remove");
  WAIT_FOR (card_count (dialog) == 2 && !doorstep_payment_methods_dialog_get_busy (dialog));
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM payment_methods WHERE id = 'pm_demo0maya0master'"
                                 " AND removed_at IS NOT NULL"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static const UiTest tests[] = {
  { "invoices", test_invoices },
  { "payments", test_payments },
  { "cards", test_cards },
  { NULL }
};

static const UiPhase phases[] = {
  { "invoices", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

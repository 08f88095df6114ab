/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "doorstep-dashboard-page.h"
#include "doorstep-invoice-page.h"
#include "doorstep-bulk-download-dialog.h"
#include "doorstep-card-chooser.h"
#include "doorstep-card-entry.h"
#include "doorstep-invoices-page.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-pay-dialog.h"
#include "doorstep-payment-method.h"
#include "doorstep-payment-methods-dialog.h"
#include "doorstep-payment-page.h"
#include "doorstep-payments-page.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-pdf-window.h"
#include "doorstep-quote-page.h"
#include "doorstep-quotes-page.h"
#include "ui-fixture.h"

/* The customer's invoices: Open, Overdue, Paid and All with their counts,
 * the dashboard's Balance Due opening the overdue ones, an invoice with
 * its items, totals, payments and balance, and its PDF in the app; the
 * payment history, a receipt, and the invoice a payment paid; saved
 * cards: a refused card, one added, made the default, one removed;
 * paying two invoices, one in part, with a tip and a new card, a declined
 * card keeping what was chosen, and a quote's deposit; two invoices saved
 * as one ZIP, read back with libarchive and poppler. */

/* poppler-glib 22 (Debian 12) does not declare it yet. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

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
            g_strcmp0 (ui_stack_state (invoice_page (), DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
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
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "Visa ending in 4242 · Receipt R-5008"));
  g_assert_true (ui_find_label (GTK_WIDGET (invoice_page ()), "−$100.00"));
  ui_screenshot_all (ui_window, "invoice");

  /* Its PDF, in the app. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (invoice_page ()), "detail.preview-pdf", NULL));
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
            g_list_model_get_n_items (model) == 8);
  g_assert_true (ui_find_label (GTK_WIDGET (payments), "Invoice I-2008 · Bathroom fan replacement"));
  ui_screenshot_all (ui_window, "payments");

  /* The newest but one (the newest paid a quote's deposit): the part
   * payment; its receipt, and the invoice it paid. */
  g_signal_emit_by_name (ui_child (payments, DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", 1);
  WAIT_FOR (doorstep_list_page_get_showing_detail (payments));
  g_assert_true (ui_find_label (GTK_WIDGET (payment_page), "$100.00"));
  g_assert_true (ui_find_label (GTK_WIDGET (payment_page), "Receipt R-5008"));
  ui_screenshot_all (ui_window, "payment");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (payment_page), "detail.preview-pdf", NULL));
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

/* A field of the card typed into the dialog's card entry. */
static GtkEditable *
methods_card_field (DoorstepPaymentMethodsDialog *dialog,
                    const char                   *field)
{
  return ui_child (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "add_group"), DOORSTEP_TYPE_CARD_ENTRY,
                   field);
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
  gtk_editable_set_text (methods_card_field (dialog, "number_row"), "4111 1111 1111 1111");
  gtk_editable_set_text (methods_card_field (dialog, "expiry_row"), "12/30");
  gtk_editable_set_text (methods_card_field (dialog, "cvc_row"), "123");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cards.add", NULL));
  WAIT_FOR (gtk_widget_get_visible (ui_child (dialog, DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, "error_label")) &&
            !doorstep_payment_methods_dialog_get_busy (dialog));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog),
                                "The demo gateway takes test cards only, such as 4242 4242 4242 4242."));
  g_assert_cmpstr (gtk_editable_get_text (methods_card_field (dialog, "number_row")), ==,
                   "4111 1111 1111 1111");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (methods_card_field (dialog, "number_row")), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (methods_card_field (dialog, "expiry_row")), "error"));
  ui_save_png (GTK_WIDGET (dialog), "payment-methods-refused-wide-light");

  /* A test card, saved as the default. */
  gtk_editable_set_text (methods_card_field (dialog, "number_row"), "5555 5555 5555 4444");
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

static void
tick (DoorstepPayDialog *dialog,
      const char        *id,
      gboolean           active)
{
  g_autofree char *name = g_strdup_printf ("pay-check-%s", id);
  GtkCheckButton *check = ui_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (check);
  gtk_check_button_set_active (check, active);
}

static gboolean
ticked (DoorstepPayDialog *dialog,
        const char        *id)
{
  g_autofree char *name = g_strdup_printf ("pay-check-%s", id);
  GtkCheckButton *check = ui_find_named (GTK_WIDGET (dialog), name);

  return check != NULL && gtk_check_button_get_active (check);
}

static DoorstepPayDialog *
open_pay_dialog (const char *preselect)
{
  DoorstepPayDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_portal_view ()), "portal.pay", "s", preselect));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_PAY_DIALOG)) != NULL &&
            g_strcmp0 (doorstep_pay_dialog_get_page (dialog), "choose") == 0);
  return dialog;
}

/* A part of the dialog's card chooser. */
static gpointer
pay_card_child (DoorstepPayDialog *dialog,
                const char        *name)
{
  return ui_child (ui_child (dialog, DOORSTEP_TYPE_PAY_DIALOG, "card_chooser"), DOORSTEP_TYPE_CARD_CHOOSER, name);
}

static GtkEditable *
pay_card_field (DoorstepPayDialog *dialog,
                const char        *field)
{
  return ui_child (pay_card_child (dialog, "new_card_group"), DOORSTEP_TYPE_CARD_ENTRY, field);
}

static void
new_card (DoorstepPayDialog *dialog,
          const char        *number)
{
  AdwComboRow *cards = pay_card_child (dialog, "card_row");

  adw_combo_row_set_selected (cards, g_list_model_get_n_items (adw_combo_row_get_model (cards)) - 1);
  g_assert_true (gtk_widget_get_visible (pay_card_child (dialog, "new_card_group")));
  gtk_editable_set_text (pay_card_field (dialog, "number_row"), number);
  gtk_editable_set_text (pay_card_field (dialog, "expiry_row"), "12/30");
  gtk_editable_set_text (pay_card_field (dialog, "cvc_row"), "123");
}

static void
next_step (DoorstepPayDialog *dialog,
           const char        *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pay.next", NULL));
  WAIT_FOR (!doorstep_pay_dialog_get_busy (dialog) && g_strcmp0 (doorstep_pay_dialog_get_page (dialog), page) == 0);
}

static void
test_pay (void)
{
  DoorstepPayDialog *dialog;
  gint64 payments_before = ui_query_int ("SELECT COUNT(*) FROM payments WHERE customer_id = '" MAYA_ID "'");
  gint64 fan_before = ui_query_int ("SELECT balance_minor FROM invoices WHERE id = 'inv_demo0fan'");
  GtkEditable *amount;

  /* Everything due is ticked at first: the deposit and three invoices. */
  dialog = open_pay_dialog ("");
  g_assert_true (ticked (dialog, "quo_demo0sink"));
  g_assert_true (ticked (dialog, "inv_demo0pests"));
  g_assert_true (ticked (dialog, "inv_demo0duplex1"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "Deposit on quote Q-1004"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "You can pay part of an invoice, at least $50.00."));

  /* Two invoices, the fan in part, a 10% tip, a new card saved. */
  tick (dialog, "quo_demo0sink", FALSE);
  tick (dialog, "inv_demo0duplex1", FALSE);
  amount = ui_find_named (GTK_WIDGET (dialog), "pay-amount-inv_demo0fan");
  g_assert_nonnull (amount);
  gtk_editable_set_text (amount, "100");
  gtk_toggle_button_set_active (ui_find_named (GTK_WIDGET (dialog), "pay-tip-0"), TRUE);
  new_card (dialog, "4242 4242 4242 4242");
  /* 178.00 + 100.00, and 10% of it */
  g_assert_cmpstr (gtk_label_get_text (ui_child (dialog, DOORSTEP_TYPE_PAY_DIALOG, "total_label")), ==, "$305.80");
  ui_screenshot_all (GTK_WINDOW (dialog), "pay");

  /* Below the minimum is refused here, in words, before anything else. */
  gtk_editable_set_text (amount, "20");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pay.next", NULL));
  g_assert_cmpstr (doorstep_pay_dialog_get_page (dialog), ==, "choose");
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "Pay at least $50.00 towards invoice I-2008, or all of it."));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (amount), ADW_TYPE_ACTION_ROW),
                                           "error"));
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_ancestor (ui_find_named (GTK_WIDGET (dialog),
                                                                                    "pay-check-inv_demo0pests"),
                                                                     ADW_TYPE_ACTION_ROW), "error"));
  gtk_editable_set_text (amount, "100.00");

  /* The confirmation says exactly what is charged. */
  next_step (dialog, "confirm");
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "$178.00"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "$100.00"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "$27.80"));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "$305.80"));
  ui_screenshot_all (GTK_WINDOW (dialog), "pay-confirm");

  next_step (dialog, "done");
  ui_screenshot_all (GTK_WINDOW (dialog), "pay-done");
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM payments WHERE customer_id = '" MAYA_ID "'"), ==,
                   payments_before + 2);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM invoices WHERE id = 'inv_demo0pests' AND status = 'paid'"),
                   ==, 1);
  g_assert_cmpint (ui_query_int ("SELECT balance_minor FROM invoices WHERE id = 'inv_demo0fan'"), ==,
                   fan_before - 10000);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM payment_charges WHERE tip_minor = 2780"
                                 " AND amount_minor = 30580 AND card_last4 = '4242'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The history shows both, and the list the pests invoice paid. */
  ui_show_portal_section ("payments");
  WAIT_FOR (({ GListModel *m = doorstep_list_page_get_items (ui_portal_section ("payments"));
               m != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (m)) &&
               g_list_model_get_n_items (m) == (guint) payments_before + 2; }));
  ui_show_portal_section ("invoices");
  wait_for_list ("paid", 7);

  /* A declined card: why, in words, and everything as it was chosen. */
  dialog = open_pay_dialog ("inv_demo0duplex1");
  g_assert_true (ticked (dialog, "inv_demo0duplex1"));
  g_assert_false (ticked (dialog, "quo_demo0sink"));
  new_card (dialog, "4000 0000 0000 0002");
  next_step (dialog, "confirm");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pay.next", NULL));
  WAIT_FOR (!doorstep_pay_dialog_get_busy (dialog) &&
            gtk_widget_get_visible (ui_child (dialog, DOORSTEP_TYPE_PAY_DIALOG, "confirm_error_box")));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog),
                                "Your Visa ending in 0002 was declined. Nothing was charged; try another card or call "
                                "your bank."));
  ui_screenshot_all (GTK_WINDOW (dialog), "pay-declined");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pay.back", NULL));
  g_assert_cmpstr (doorstep_pay_dialog_get_page (dialog), ==, "choose");
  g_assert_true (ticked (dialog, "inv_demo0duplex1"));
  g_assert_cmpstr (gtk_editable_get_text (pay_card_field (dialog, "number_row")), ==,
                   "4000 0000 0000 0002");
  g_assert_cmpint (ui_query_int ("SELECT balance_minor FROM invoices WHERE id = 'inv_demo0duplex1'"), ==, 95000);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The deposit of an approved quote, from its page, with the default card. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_portal_view ()), "portal.open-quote", "s",
                                             "quo_demo0sink"));
  {
    DoorstepQuotePage *quote_page = ui_child (ui_portal_section ("quotes"), DOORSTEP_TYPE_QUOTES_PAGE, "quote_page");
    GtkWidget *button;

    WAIT_FOR (g_strcmp0 (ui_stack_state (quote_page, DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
              gtk_widget_get_visible (button = ui_child (quote_page, DOORSTEP_TYPE_QUOTE_PAGE,
                                                         "pay_deposit_button")));
    ui_screenshot_all (ui_window, "quote-deposit-payable");
    gtk_widget_activate (button);
  }
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_PAY_DIALOG)) != NULL &&
            g_strcmp0 (doorstep_pay_dialog_get_page (dialog), "choose") == 0);
  g_assert_true (ticked (dialog, "quo_demo0sink"));
  g_assert_false (ticked (dialog, "inv_demo0duplex1"));
  next_step (dialog, "confirm");
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "Deposit on quote Q-1004"));
  next_step (dialog, "done");
  g_assert_cmpint (ui_query_int ("SELECT COALESCE(SUM(amount_minor), 0) FROM payments"
                                 " WHERE quote_id = 'quo_demo0sink'"), ==, 30000);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The ZIP's files, by name, as bytes. */
static GHashTable *
read_zip (const char *path)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 16384), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      GByteArray *data = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (data, (const guint8 *) buffer, (guint) n);
      g_assert_cmpint (n, ==, 0);
      g_hash_table_insert (files, g_strdup (archive_entry_pathname (entry)), g_byte_array_free_to_bytes (data));
    }
  archive_read_free (archive);
  return files;
}

static void
test_download (void)
{
  DoorstepBulkDownloadDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("doorstep-zip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Invoices.zip", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GHashTable) files = NULL;
  const char * const numbers[] = { "I-2001", "I-2002" };

  ui_show_portal_section ("invoices");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (invoices_page ()), "invoices.download", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_BULK_DOWNLOAD_DIALOG)) != NULL &&
            g_strcmp0 (doorstep_bulk_download_dialog_get_page (dialog), "choose") == 0 &&
            ui_find_named (GTK_WIDGET (dialog), "download-check-inv_demo0flush") != NULL);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-inv_demo0gutters"), TRUE);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-inv_demo0flush"), TRUE);
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "2 selected"));
  ui_screenshot_all (GTK_WINDOW (dialog), "download");

  /* What Save in the file chooser does; the dialog closes when done. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  doorstep_bulk_download_dialog_save_to (dialog, file);
  WAIT_FOR (dialog == NULL || g_strcmp0 (doorstep_bulk_download_dialog_get_page (dialog), "choose") == 0);
  g_assert_null (dialog);

  files = read_zip (path);
  g_assert_cmpuint (g_hash_table_size (files), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *name = g_strdup_printf ("Invoice %s.pdf", numbers[i]);
      GBytes *pdf = g_hash_table_lookup (files, name);
      g_autoptr(PopplerDocument) document = NULL;
      g_autoptr(PopplerPage) page = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (pdf);
      document = poppler_document_new_from_bytes (pdf, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
      page = poppler_document_get_page (document, 0);
      text = poppler_page_get_text (page);
      g_assert_nonnull (strstr (text, numbers[i]));
    }
  g_unlink (path);
  g_rmdir (dir);
}

static const UiTest tests[] = {
  { "invoices", test_invoices },
  { "payments", test_payments },
  { "cards", test_cards },
  { "pay", test_pay },
  { "download", test_download },
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

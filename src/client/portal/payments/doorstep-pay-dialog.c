/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-api-error.h"
#include "doorstep-card-chooser.h"
#include "doorstep-check-list.h"
#include "doorstep-checkout.h"
#include "doorstep-money.h"
#include "doorstep-pay-dialog.h"
#include "doorstep-pay-rows.h"
#include "doorstep-payment-methods-dialog.h"
#include "doorstep-payments-api.h"
#include "doorstep-tip-group.h"
#include "doorstep-toast.h"

/* Paying: tick what to pay (open invoices and pending deposits, each at
 * its balance, an invoice lowered where the business takes part
 * payments), add a tip where it takes tips, choose a saved card or type a
 * new one; then a confirmation of exactly what is charged; then the
 * receipts. One charge, one payment per line (the server's rule).
 *
 * The dialog wires its parts: a DoorstepCheckout has the lines, the tip,
 * the totals and the rules (src/common's, which the server applies too);
 * a DoorstepCheckList shows the lines to tick, a DoorstepTipGroup the
 * tip, a DoorstepCardChooser the card (a saved one, or a new one made a
 * token); doorstep-pay-rows.c lists what is about to be charged, and the
 * receipts.
 *
 * Every payment attempt has its own Idempotency-Key (the checkout's),
 * kept until the server has answered it: pressing Pay again after a
 * timeout or a lost connection resends the same key, so the card is
 * charged once. A refused card says why in the server's words and keeps
 * everything as chosen. */

struct _DoorstepPayDialog {
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkWidget             *back_button;
  GtkStack              *stack;
  AdwStatusPage         *error_page;
  AdwPreferencesGroup   *items_group;
  DoorstepCheckList     *items_list;
  GtkWidget             *more_button;
  DoorstepTipGroup      *tip_group;
  DoorstepCardChooser   *card_chooser;
  GtkLabel              *choose_error;
  GtkWidget             *confirm_error_box;
  GtkLabel              *confirm_error;
  GtkWidget             *bank_button;
  GtkListBox            *confirm_list;
  GtkLabel              *charge_label;
  AdwStatusPage         *done_page;
  GtkListBox            *receipts_list;
  GtkRevealer           *footer_revealer;
  GtkLabel              *total_label;
  GtkWidget             *pay_spinner;
  GtkButton             *next_button;

  /* owned references */
  DoorstepScope         *scope;
  GCancellable          *cancellable;
  DoorstepCheckout      *checkout;
  DoorstepPaymentConfig *config;
  DoorstepPagedList     *payables;
  GListModel            *cards;

  guint                  loading;
  char                  *card_title;   /* of the card being charged */
  char                  *action_url;   /* where the bank confirms a refused charge */
  gboolean               busy;
};

G_DEFINE_FINAL_TYPE (DoorstepPayDialog, doorstep_pay_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_PAID,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
format_amount (DoorstepPayDialog *self,
               gint64             amount)
{
  return doorstep_money_format (amount, doorstep_payment_config_get_currency (self->config));
}

static gboolean
showing (DoorstepPayDialog *self,
         const char        *page)
{
  return g_str_equal (gtk_stack_get_visible_child_name (self->stack), page);
}

static void
update_total (DoorstepPayDialog *self)
{
  if (self->config == NULL)
    return;
  if (doorstep_checkout_get_valid (self->checkout))
    {
      g_autofree char *total = format_amount (self, doorstep_checkout_get_total (self->checkout));

      gtk_label_set_text (self->total_label, total);
    }
  else
    gtk_label_set_text (self->total_label, "—");
  if (showing (self, "choose"))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "pay.next",
                                   doorstep_checkout_get_n_selected (self->checkout) > 0 && !self->busy);
}

static void
clear_errors (DoorstepPayDialog *self)
{
  doorstep_check_list_clear_marks (self->items_list);
  doorstep_tip_group_mark (self->tip_group, FALSE);
  doorstep_card_chooser_clear_errors (self->card_chooser);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_error), FALSE);
}

static void
show_choose_error (DoorstepPayDialog *self,
                   const char        *message)
{
  gtk_label_set_text (self->choose_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_error), TRUE);
}

/* Loading */

static void show_choose (DoorstepPayDialog *self);

static void
load_failed (DoorstepPayDialog *self,
             const GError      *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
}

static void
payables_changed_cb (DoorstepPayDialog *self)
{
  gtk_widget_set_visible (self->more_button, doorstep_paged_list_get_has_more (self->payables) &&
                                             !doorstep_paged_list_get_loading (self->payables));
}

static void
loaded_one (DoorstepPayDialog *self)
{
  const GError *error;

  if (--self->loading > 0)
    return;
  if (self->payables != NULL && (error = doorstep_paged_list_get_error (self->payables)) != NULL)
    {
      load_failed (self, error);
      return;
    }
  if (self->config == NULL || self->cards == NULL)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->payables)) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
      return;
    }
  show_choose (self);
}

static void
cards_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DoorstepPayDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cards = doorstep_payments_api_list_methods_finish (DOORSTEP_SCOPE (source_object), result,
                                                                           &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAY_DIALOG (user_data);
  if (cards == NULL)
    {
      self->loading = 1;
      load_failed (self, error);
      return;
    }
  g_set_object (&self->cards, cards);
  doorstep_card_chooser_set_cards (self->card_chooser, cards);
  loaded_one (self);
}

static void
config_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepPayDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepPaymentConfig) config = doorstep_payments_api_get_config_finish (DOORSTEP_SCOPE (source_object),
                                                                                     result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAY_DIALOG (user_data);
  if (config == NULL)
    {
      self->loading = 1;
      load_failed (self, error);
      return;
    }
  g_set_object (&self->config, config);
  if (doorstep_payment_config_get_partial_minimum (config) > 0)
    {
      g_autofree char *minimum = format_amount (self, doorstep_payment_config_get_partial_minimum (config));
      g_autofree char *description = g_strdup_printf (_("You can pay part of an invoice, at least %s."), minimum);

      adw_preferences_group_set_description (self->items_group, description);
    }

  /* What can be paid, now that amounts can be shown. */
  if (self->payables != NULL)
    g_signal_handlers_disconnect_by_data (self->payables, self);
  g_clear_object (&self->payables);
  self->payables = doorstep_paged_list_new (self->scope, &doorstep_payments_api_payable, NULL);
  g_signal_connect_object (self->payables, "notify::loaded", G_CALLBACK (loaded_one), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->payables, "notify::has-more", G_CALLBACK (payables_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->payables, "notify::loading", G_CALLBACK (payables_changed_cb), self,
                           G_CONNECT_SWAPPED);
  doorstep_checkout_set_source (self->checkout, config, G_LIST_MODEL (self->payables));
  doorstep_paged_list_load_more (self->payables);
}

static void
load (DoorstepPayDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
  g_clear_object (&self->config);
  g_clear_object (&self->cards);
  /* the config, then the payables; the cards */
  self->loading = 2;
  doorstep_payments_api_get_config_async (self->scope, self->cancellable, config_cb, self);
  doorstep_payments_api_list_methods_async (self->scope, self->cancellable, cards_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  load (DOORSTEP_PAY_DIALOG (widget));
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);

  if (self->payables != NULL)
    doorstep_paged_list_load_more (self->payables);
}

/* Pages */

static void
set_busy (DoorstepPayDialog *self,
          gboolean           busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->pay_spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->pay_spinner), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pay.next", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pay.back", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pay.manage-cards", !busy);
}

static void
forget_attempt (DoorstepPayDialog *self)
{
  doorstep_checkout_end_attempt (self->checkout);
  g_clear_pointer (&self->action_url, g_free);
  gtk_widget_set_visible (self->confirm_error_box, FALSE);
}

static void
show_choose (DoorstepPayDialog *self)
{
  forget_attempt (self);
  gtk_stack_set_visible_child_name (self->stack, "choose");
  adw_window_title_set_title (self->window_title, _("Pay"));
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_button_set_label (self->next_button, _("_Review Payment"));
  gtk_revealer_set_reveal_child (self->footer_revealer, TRUE);
  update_total (self);
}

static void
show_confirm (DoorstepPayDialog *self)
{
  g_autofree char *total = format_amount (self, doorstep_checkout_get_charged_total (self->checkout));
  g_autofree char *charge = NULL;
  g_autofree char *button = NULL;

  doorstep_pay_rows_show_charge (self->confirm_list, self->checkout);
  /* Translators: "$406.00 will be charged to Visa ending in 4242, once." */
  charge = g_strdup_printf (_("%s will be charged to %s, once, and you get a receipt for each invoice."), total,
                            self->card_title);
  gtk_label_set_text (self->charge_label, charge);
  /* Translators: the button that pays, "Pay $406.00" */
  button = g_strdup_printf (_("_Pay %s"), total);
  gtk_button_set_label (self->next_button, button);
  adw_window_title_set_title (self->window_title, _("Confirm Payment"));
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "confirm");
}

static void
show_done (DoorstepPayDialog *self,
           GListModel        *payments)
{
  g_autofree char *total = format_amount (self, doorstep_checkout_get_charged_total (self->checkout));
  g_autofree char *description = NULL;
  g_autoptr(DoorstepPayment) first = g_list_model_get_item (payments, 0);

  /* The card as the processor knows it, now that it was charged. */
  if (first != NULL)
    {
      g_free (self->card_title);
      self->card_title = doorstep_payment_dup_method (first);
    }
  /* Translators: after paying, "$406.00 was charged to Visa ending in 4242. …" */
  description = g_strdup_printf (_("%s was charged to %s. Each receipt is also in your payment history."), total,
                                 self->card_title);
  doorstep_pay_rows_show_receipts (self->receipts_list, payments, doorstep_payment_config_get_currency (self->config));
  adw_status_page_set_description (self->done_page, description);
  adw_window_title_set_title (self->window_title, _("Paid"));
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "done");
}

/* Choosing, and reviewing what was chosen */

static void
prepared_cb (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  DoorstepPayDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = doorstep_card_chooser_prepare_finish (DOORSTEP_CARD_CHOOSER (source_object), result,
                                                                 &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAY_DIALOG (user_data);
  set_busy (self, FALSE);
  if (title == NULL)
    {
      show_choose_error (self, error->message);
      return;
    }
  g_free (self->card_title);
  self->card_title = g_steal_pointer (&title);
  show_confirm (self);
}

/* From the choice to the confirmation: every line checked here first, in
 * words, though the server checks them all again; then the card, a new
 * one turned into a token before anything is shown as about to be
 * charged. */
static void
review (DoorstepPayDialog *self)
{
  g_autofree char *message = NULL;
  DoorstepCheckoutLine *at_fault = NULL;

  clear_errors (self);
  switch (doorstep_checkout_review (self->checkout, &at_fault, &message))
    {
    case DOORSTEP_CHECKOUT_FAULT_LINE:
      doorstep_check_list_mark (self->items_list, at_fault);
      show_choose_error (self, message);
      return;
    case DOORSTEP_CHECKOUT_FAULT_TIP:
      doorstep_tip_group_mark (self->tip_group, TRUE);
      show_choose_error (self, message);
      return;
    case DOORSTEP_CHECKOUT_FAULT_LINES:
      show_choose_error (self, message);
      return;
    case DOORSTEP_CHECKOUT_FAULT_NONE:
    default:
      break;
    }
  set_busy (self, TRUE);
  doorstep_card_chooser_prepare_async (self->card_chooser, self->scope, self->cancellable, prepared_cb, self);
}

/* Paying */

static void
paid_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepPayDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) payments = doorstep_payments_api_pay_finish (DOORSTEP_SCOPE (source_object), result, &error);
  GHashTable *fields;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAY_DIALOG (user_data);
  set_busy (self, FALSE);

  if (payments != NULL)
    {
      forget_attempt (self);
      doorstep_card_chooser_forget_token (self->card_chooser);
      show_done (self, payments);
      g_signal_emit (self, signals[SIGNAL_PAID], 0);
      return;
    }

  fields = doorstep_api_error_get_field_errors (error);
  if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_PAYMENT_REFUSED))
    {
      /* Nothing was charged or recorded: a new attempt may follow. */
      const char *url = doorstep_api_error_get_action_url (error);

      doorstep_checkout_end_attempt (self->checkout);
      g_free (self->action_url);
      self->action_url = g_strdup (url);
      gtk_widget_set_visible (self->bank_button, url != NULL);
      gtk_label_set_text (self->confirm_error, error->message);
      gtk_widget_set_visible (self->confirm_error_box, TRUE);
      return;
    }
  if (fields != NULL && g_hash_table_size (fields) > 0)
    {
      /* A line the server would not take (paid meanwhile, more than is
       * left): back to the choice, the line marked, nothing charged. */
      GHashTableIter iter;
      const char *field;
      DoorstepCheckoutLine *line = NULL;

      g_hash_table_iter_init (&iter, fields);
      if (g_hash_table_iter_next (&iter, (gpointer *) &field, NULL))
        line = doorstep_checkout_find_charged (self->checkout, field);
      show_choose (self);
      if (line != NULL)
        doorstep_check_list_mark (self->items_list, line);
      show_choose_error (self, error->message);
      return;
    }

  /* No answer, or not one we understand: the same key goes again with
   * the next press, so nothing is charged twice. */
  {
    g_autofree char *message = g_strdup_printf (_("%s You can press Pay again: you will not be charged twice."),
                                                error->message);

    gtk_widget_set_visible (self->bank_button, FALSE);
    gtk_label_set_text (self->confirm_error, message);
    gtk_widget_set_visible (self->confirm_error_box, TRUE);
  }
}

static void
pay (DoorstepPayDialog *self)
{
  g_autoptr(DoorstepPaymentMethod) card = doorstep_card_chooser_dup_card (self->card_chooser);
  guint n_lines;
  const DoorstepPayLine *lines = doorstep_checkout_get_pay_lines (self->checkout, &n_lines);

  gtk_widget_set_visible (self->confirm_error_box, FALSE);
  set_busy (self, TRUE);
  doorstep_payments_api_pay_async (self->scope, lines, n_lines, doorstep_checkout_get_charged_tip (self->checkout),
                                   card != NULL ? doorstep_payment_method_get_id (card) : NULL,
                                   card != NULL ? NULL : doorstep_card_chooser_get_token (self->card_chooser),
                                   doorstep_card_chooser_get_save_card (self->card_chooser),
                                   doorstep_card_chooser_get_make_default (self->card_chooser),
                                   doorstep_checkout_get_idempotency_key (self->checkout), self->cancellable,
                                   paid_cb, self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);

  if (self->busy || self->config == NULL || doorstep_scope_get_read_only (self->scope))
    return;
  if (showing (self, "choose"))
    review (self);
  else if (showing (self, "confirm"))
    pay (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);

  if (!self->busy && showing (self, "confirm"))
    show_choose (self);
}

static void
open_bank_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);

  if (self->action_url != NULL)
    doorstep_show_uri (widget, self->action_url, _("Couldn’t open your browser to confirm the payment."),
                       self->cancellable);
}

/* Cards */

static void
cards_closed_cb (DoorstepPayDialog *self)
{
  doorstep_payments_api_list_methods_async (self->scope, self->cancellable, cards_cb, self);
  self->loading++;
}

static void
manage_cards_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);
  GtkWidget *dialog = doorstep_payment_methods_dialog_new (self->scope);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (cards_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
doorstep_pay_dialog_dispose (GObject *object)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->items_list != NULL)
    doorstep_check_list_set_model (self->items_list, NULL);
  if (self->payables != NULL)
    g_signal_handlers_disconnect_by_data (self->payables, self);
  g_clear_object (&self->payables);
  g_clear_object (&self->checkout);
  g_clear_object (&self->scope);
  g_clear_object (&self->config);
  g_clear_object (&self->cards);
  g_clear_pointer (&self->card_title, g_free);
  g_clear_pointer (&self->action_url, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_PAY_DIALOG);
  G_OBJECT_CLASS (doorstep_pay_dialog_parent_class)->dispose (object);
}

static void
doorstep_pay_dialog_class_init (DoorstepPayDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_pay_dialog_dispose;

  /**
   * DoorstepPayDialog::paid:
   *
   * A payment went through; what it paid has changed.
   */
  signals[SIGNAL_PAID] = g_signal_new ("paid", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);

  g_type_ensure (DOORSTEP_TYPE_CARD_CHOOSER);
  g_type_ensure (DOORSTEP_TYPE_CHECK_LIST);
  g_type_ensure (DOORSTEP_TYPE_TIP_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-pay-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, items_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, more_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, tip_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, card_chooser);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, choose_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, confirm_error_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, confirm_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, bank_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, confirm_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, charge_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, receipts_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, footer_revealer);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, pay_spinner);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, next_button);
  gtk_widget_class_install_action (widget_class, "pay.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "pay.more", NULL, more_action);
  gtk_widget_class_install_action (widget_class, "pay.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "pay.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "pay.open-bank", NULL, open_bank_action);
  gtk_widget_class_install_action (widget_class, "pay.manage-cards", NULL, manage_cards_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "pay.back", NULL);
}

static void
doorstep_pay_dialog_init (DoorstepPayDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * doorstep_pay_dialog_new:
 * @preselect: (nullable): the invoice or quote (for its deposit) to tick;
 *   %NULL ticks everything due
 */
GtkWidget *
doorstep_pay_dialog_new (DoorstepScope *scope,
                         const char    *preselect)
{
  DoorstepPayDialog *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);

  self = g_object_new (DOORSTEP_TYPE_PAY_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  self->checkout = doorstep_checkout_new (preselect);
  g_signal_connect_object (self->checkout, "notify::total", G_CALLBACK (update_total), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->checkout, "notify::valid", G_CALLBACK (update_total), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->checkout, "notify::n-selected", G_CALLBACK (update_total), self,
                           G_CONNECT_SWAPPED);
  doorstep_check_list_set_model (self->items_list, doorstep_checkout_get_lines (self->checkout));
  doorstep_tip_group_set_checkout (self->tip_group, self->checkout);
  load (self);
  return GTK_WIDGET (self);
}

/**
 * doorstep_pay_dialog_get_page:
 *
 * Returns: which step is shown: "loading", "error", "empty", "choose",
 *   "confirm" or "done"
 */
const char *
doorstep_pay_dialog_get_page (DoorstepPayDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAY_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
doorstep_pay_dialog_get_busy (DoorstepPayDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAY_DIALOG (self), FALSE);
  return self->busy;
}

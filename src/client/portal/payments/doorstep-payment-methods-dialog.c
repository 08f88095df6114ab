/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-api-error.h"
#include "doorstep-card-entry.h"
#include "doorstep-payment-methods-dialog.h"
#include "doorstep-payments-api.h"
#include "doorstep-rows.h"

/* Saved cards: each with its expiry, the default marked, Make Default and
 * Remove (confirmed) on the others; and a form to add one, whose details
 * go to the payment gateway (never to Doorstep, which gets the token). A
 * refused card says why beside its field and keeps what was typed. Staff
 * previewing see the cards and can change nothing. */

struct _DoorstepPaymentMethodsDialog {
  AdwWindow            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  AdwPreferencesGroup *cards_group;
  GtkListBox          *cards_list;
  DoorstepCardEntry   *add_group;
  GtkSwitch           *default_switch;
  GtkLabel            *error_label;
  GtkWidget           *add_button;

  DoorstepScope       *scope;
  GListModel          *cards;
  GCancellable        *cancellable;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (DoorstepPaymentMethodsDialog, doorstep_payment_methods_dialog, ADW_TYPE_WINDOW)

static gboolean
editable (DoorstepPaymentMethodsDialog *self)
{
  return !doorstep_scope_get_read_only (self->scope);
}

static void
set_busy (DoorstepPaymentMethodsDialog *self,
          gboolean                      busy)
{
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.add", editable (self) && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.make-default", editable (self) && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.remove", editable (self) && !busy);
}

static GtkWidget *
new_card_row (gpointer item,
              gpointer user_data)
{
  DoorstepPaymentMethodsDialog *self = user_data;
  DoorstepPaymentMethod *card = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = doorstep_payment_method_dup_title (card);
  /* Translators: a card's expiry, month and year, "Expires 12/2030" */
  g_autofree char *expiry = g_strdup_printf (_("Expires %02u/%u"), doorstep_payment_method_get_exp_month (card),
                                             doorstep_payment_method_get_exp_year (card));
  const char *id = doorstep_payment_method_get_id (card);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), expiry);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("auth-smartcard-symbolic"));
  if (doorstep_payment_method_get_is_default (card))
    {
      GtkWidget *badge = gtk_label_new (_("Default"));

      gtk_widget_add_css_class (badge, "quote-status");
      gtk_widget_add_css_class (badge, "approved");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  else if (editable (self))
    {
      GtkWidget *make = gtk_button_new_with_mnemonic (_("Make _Default"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (make), "cards.make-default");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (make), "s", id);
      gtk_widget_set_valign (make, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (make, "flat");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make);
    }
  if (editable (self))
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      /* Translators: the accessible name of a card's remove button */
      g_autofree char *label = g_strdup_printf (_("Remove %s"), title);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "cards.remove");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", id);
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  return row;
}

static void
show_cards (DoorstepPaymentMethodsDialog *self)
{
  guint n = self->cards != NULL ? g_list_model_get_n_items (self->cards) : 0;

  doorstep_rows_bind (self->cards_list, self->cards, new_card_row, self);
  adw_preferences_group_set_description (self->cards_group,
                                         n > 0 ? NULL
                                         : editable (self) ? _("No saved cards yet. Add one to pay in fewer steps.")
                                                           : _("This customer has no saved cards."));
  gtk_widget_set_visible (GTK_WIDGET (self->add_group), editable (self));
  gtk_widget_set_visible (self->add_button, editable (self));
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
listed_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepPaymentMethodsDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cards = doorstep_payments_api_list_methods_finish (DOORSTEP_SCOPE (source_object), result,
                                                                           &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAYMENT_METHODS_DIALOG (user_data);
  set_busy (self, FALSE);
  if (cards == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  g_set_object (&self->cards, cards);
  show_cards (self);
}

static void
load (DoorstepPaymentMethodsDialog *self)
{
  if (self->cards == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  doorstep_payments_api_list_methods_async (self->scope, self->cancellable, listed_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  load (DOORSTEP_PAYMENT_METHODS_DIALOG (widget));
}

static void
clear_field_errors (DoorstepPaymentMethodsDialog *self)
{
  doorstep_card_entry_clear_errors (self->add_group);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_error (DoorstepPaymentMethodsDialog *self,
            const char                   *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
added_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DoorstepPaymentMethodsDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepPaymentMethod) card = doorstep_payments_api_add_card_finish (DOORSTEP_SCOPE (source_object),
                                                                                 result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAYMENT_METHODS_DIALOG (user_data);
  set_busy (self, FALSE);
  if (card == NULL)
    {
      /* The gateway's own words beside the field at fault; what was typed stays. */
      show_error (self, doorstep_card_entry_show_error (self->add_group, error));
      return;
    }

  {
    g_autofree char *title = doorstep_payment_method_dup_title (card);
    /* Translators: a card was saved, "Visa ending in 4242 saved" */
    g_autofree char *message = g_strdup_printf (_("%s saved"), title);

    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  }
  doorstep_card_entry_clear (self->add_group);
  gtk_switch_set_active (self->default_switch, FALSE);
  load (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DoorstepPaymentMethodsDialog *self = DOORSTEP_PAYMENT_METHODS_DIALOG (widget);
  const char *message;
  guint month = 0, year = 0;

  if (!editable (self) || self->busy)
    return;
  clear_field_errors (self);
  if (!doorstep_card_entry_check (self->add_group, &month, &year, &message))
    {
      show_error (self, message);
      return;
    }
  set_busy (self, TRUE);
  doorstep_payments_api_add_card_async (self->scope, doorstep_card_entry_get_number (self->add_group), month, year,
                                        doorstep_card_entry_get_cvc (self->add_group),
                                        gtk_switch_get_active (self->default_switch), self->cancellable,
                                        added_cb, self);
}

static void
changed_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepPaymentMethodsDialog *self;
  g_autoptr(GError) error = NULL;

  if (doorstep_payments_api_change_method_finish (DOORSTEP_SCOPE (source_object), result, &error) ||
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self = DOORSTEP_PAYMENT_METHODS_DIALOG (user_data);
      set_busy (self, FALSE);
      if (error != NULL)
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      load (self);
    }
}

static void
make_default_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepPaymentMethodsDialog *self = DOORSTEP_PAYMENT_METHODS_DIALOG (widget);

  if (!editable (self) || self->busy)
    return;
  set_busy (self, TRUE);
  doorstep_payments_api_change_method_async (self->scope, g_variant_get_string (parameter, NULL), FALSE,
                                             self->cancellable, changed_cb, self);
}

static void
remove_response_cb (AdwMessageDialog             *dialog,
                    const char                   *response,
                    DoorstepPaymentMethodsDialog *self)
{
  if (!g_str_equal (response, "remove") || self->busy)
    return;
  set_busy (self, TRUE);
  doorstep_payments_api_change_method_async (self->scope, g_object_get_data (G_OBJECT (dialog), "card-id"), TRUE,
                                             self->cancellable, changed_cb, self);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepPaymentMethodsDialog *self = DOORSTEP_PAYMENT_METHODS_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!editable (self) || self->busy || self->cards == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (self->cards); i++)
    {
      g_autoptr(DoorstepPaymentMethod) card = g_list_model_get_item (self->cards, i);

      if (g_str_equal (doorstep_payment_method_get_id (card), id))
        title = doorstep_payment_method_dup_title (card);
    }
  if (title == NULL)
    return;

  /* Translators: asking before a card is removed, "Remove Visa ending in 4242?" */
  heading = g_strdup_printf (_("Remove %s?"), title);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("You can add it again at any time. Payments made with it keep their receipts."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "card-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
doorstep_payment_methods_dialog_dispose (GObject *object)
{
  DoorstepPaymentMethodsDialog *self = DOORSTEP_PAYMENT_METHODS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->cards);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG);
  G_OBJECT_CLASS (doorstep_payment_methods_dialog_parent_class)->dispose (object);
}

static void
doorstep_payment_methods_dialog_class_init (DoorstepPaymentMethodsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_payment_methods_dialog_dispose;

  g_type_ensure (DOORSTEP_TYPE_CARD_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-payment-methods-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, cards_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, cards_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, add_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, default_switch);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPaymentMethodsDialog, add_button);
  gtk_widget_class_install_action (widget_class, "cards.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "cards.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "cards.make-default", "s", make_default_action);
  gtk_widget_class_install_action (widget_class, "cards.remove", "s", remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_payment_methods_dialog_init (DoorstepPaymentMethodsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/* The saved cards of @scope's customer, loading them. */
GtkWidget *
doorstep_payment_methods_dialog_new (DoorstepScope *scope)
{
  DoorstepPaymentMethodsDialog *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);

  self = g_object_new (DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  set_busy (self, FALSE);
  load (self);
  return GTK_WIDGET (self);
}

/**
 * doorstep_payment_methods_dialog_get_cards:
 *
 * Returns: (transfer none) (nullable): the cards shown, once loaded
 */
GListModel *
doorstep_payment_methods_dialog_get_cards (DoorstepPaymentMethodsDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAYMENT_METHODS_DIALOG (self), NULL);
  return self->cards;
}

gboolean
doorstep_payment_methods_dialog_get_busy (DoorstepPaymentMethodsDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAYMENT_METHODS_DIALOG (self), FALSE);
  return self->busy;
}

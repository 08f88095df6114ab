/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-card-chooser.h"
#include "doorstep-card-entry.h"
#include "doorstep-payments-api.h"

struct _DoorstepCardChooser {
  GtkBox             parent_instance;

  /* template widgets */
  AdwComboRow       *card_row;
  DoorstepCardEntry *new_card_group;
  GtkSwitch         *save_switch;
  GtkSwitch         *default_switch;

  /* owned references */
  GListModel        *cards;

  char              *token;      /* the new card's, once tokenized */
};

G_DEFINE_FINAL_TYPE (DoorstepCardChooser, doorstep_card_chooser, GTK_TYPE_BOX)

static void
card_selected_cb (DoorstepCardChooser *self)
{
  g_autoptr(DoorstepPaymentMethod) card = doorstep_card_chooser_dup_card (self);

  gtk_widget_set_visible (GTK_WIDGET (self->new_card_group), self->cards != NULL && card == NULL);
}

/* Typing changes the card: its token (if any) is for what was there. */
static void
card_changed_cb (DoorstepCardChooser *self)
{
  g_clear_pointer (&self->token, g_free);
}

static char *
dup_new_card_title (DoorstepCardChooser *self)
{
  g_autofree char *ending = doorstep_card_entry_dup_ending (self->new_card_group);

  /* Translators: a card typed in, "New card ending in 4242" */
  return g_strdup_printf (_("New card ending in %s"), ending);
}

static void
tokenized_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepCardChooser *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = doorstep_payments_api_tokenize_finish (DOORSTEP_SCOPE (source_object), result, &error);
  const char *message;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (token == NULL)
    {
      /* The gateway's words for the field at fault, which is marked;
       * what was typed stays. */
      message = doorstep_card_entry_show_error (self->new_card_group, error);
      g_task_return_new_error (task, error->domain, error->code, "%s", message);
      return;
    }
  g_free (self->token);
  self->token = g_steal_pointer (&token);
  g_task_return_pointer (task, dup_new_card_title (self), g_free);
}

static void
doorstep_card_chooser_dispose (GObject *object)
{
  DoorstepCardChooser *self = DOORSTEP_CARD_CHOOSER (object);

  g_clear_object (&self->cards);
  g_clear_pointer (&self->token, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_CARD_CHOOSER);
  G_OBJECT_CLASS (doorstep_card_chooser_parent_class)->dispose (object);
}

static void
doorstep_card_chooser_class_init (DoorstepCardChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_card_chooser_dispose;

  g_type_ensure (DOORSTEP_TYPE_CARD_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-card-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardChooser, card_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardChooser, new_card_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardChooser, save_switch);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardChooser, default_switch);
  gtk_widget_class_bind_template_callback (widget_class, card_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_changed_cb);
}

static void
doorstep_card_chooser_init (DoorstepCardChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * doorstep_card_chooser_set_cards:
 * @cards: a #GListModel of the customer's #DoorstepPaymentMethod
 *
 * Offers @cards and a new one, the default chosen (or the first, or a new
 * card when there is none).
 */
void
doorstep_card_chooser_set_cards (DoorstepCardChooser *self,
                                 GListModel          *cards)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint n, selected;

  g_return_if_fail (DOORSTEP_IS_CARD_CHOOSER (self));
  g_return_if_fail (G_IS_LIST_MODEL (cards));

  g_set_object (&self->cards, cards);
  n = selected = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepPaymentMethod) card = g_list_model_get_item (cards, i);
      g_autofree char *title = doorstep_payment_method_dup_title (card);

      gtk_string_list_append (titles, title);
      if (doorstep_payment_method_get_is_default (card) || selected == n)
        selected = doorstep_payment_method_get_is_default (card) ? i : MIN (selected, i);
    }
  gtk_string_list_append (titles, _("New Card"));
  adw_combo_row_set_model (self->card_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->card_row, selected);
}

/**
 * doorstep_card_chooser_dup_card:
 *
 * Returns: (transfer full) (nullable): the saved card chosen, or %NULL
 *   for a new one
 */
DoorstepPaymentMethod *
doorstep_card_chooser_dup_card (DoorstepCardChooser *self)
{
  guint selected;

  g_return_val_if_fail (DOORSTEP_IS_CARD_CHOOSER (self), NULL);

  selected = adw_combo_row_get_selected (self->card_row);
  if (self->cards == NULL || selected >= g_list_model_get_n_items (self->cards))
    return NULL;
  return g_list_model_get_item (self->cards, selected);
}

/**
 * doorstep_card_chooser_get_token:
 *
 * Returns: (nullable): the new card's token, once prepared
 */
const char *
doorstep_card_chooser_get_token (DoorstepCardChooser *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CARD_CHOOSER (self), NULL);
  return self->token;
}

/* Whether a new card is to be saved with the payment. */
gboolean
doorstep_card_chooser_get_save_card (DoorstepCardChooser *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CARD_CHOOSER (self), FALSE);
  return gtk_switch_get_active (self->save_switch);
}

gboolean
doorstep_card_chooser_get_make_default (DoorstepCardChooser *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CARD_CHOOSER (self), FALSE);
  return gtk_switch_get_active (self->default_switch);
}

void
doorstep_card_chooser_clear_errors (DoorstepCardChooser *self)
{
  g_return_if_fail (DOORSTEP_IS_CARD_CHOOSER (self));
  doorstep_card_entry_clear_errors (self->new_card_group);
}

/* The new card was charged: its token is spent. */
void
doorstep_card_chooser_forget_token (DoorstepCardChooser *self)
{
  g_return_if_fail (DOORSTEP_IS_CARD_CHOOSER (self));
  g_clear_pointer (&self->token, g_free);
}

/**
 * doorstep_card_chooser_prepare_async:
 *
 * Readies the card chosen to be charged: a saved one as it is; a new one
 * checked (the field to fix marked) and turned into a token, unless it
 * has one for what is typed already.
 */
void
doorstep_card_chooser_prepare_async (DoorstepCardChooser *self,
                                     DoorstepScope       *scope,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(DoorstepPaymentMethod) card = NULL;
  guint month = 0, year = 0;
  const char *message;

  g_return_if_fail (DOORSTEP_IS_CARD_CHOOSER (self));
  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_card_chooser_prepare_async);
  if ((card = doorstep_card_chooser_dup_card (self)) != NULL)
    {
      g_task_return_pointer (task, doorstep_payment_method_dup_title (card), g_free);
      return;
    }
  if (!doorstep_card_entry_check (self->new_card_group, &month, &year, &message))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s", message);
      return;
    }
  if (self->token != NULL)
    {
      g_task_return_pointer (task, dup_new_card_title (self), g_free);
      return;
    }
  doorstep_payments_api_tokenize_async (scope, doorstep_card_entry_get_number (self->new_card_group), month, year,
                                        doorstep_card_entry_get_cvc (self->new_card_group), cancellable,
                                        tokenized_cb, g_steal_pointer (&task));
}

/**
 * doorstep_card_chooser_prepare_finish:
 *
 * Returns: (transfer full): the card's title, as the confirmation names
 *   it ("Visa ending in 4242", "New card ending in 4242"), or %NULL with
 *   @error saying what to fix
 */
char *
doorstep_card_chooser_prepare_finish (DoorstepCardChooser  *self,
                                      GAsyncResult         *result,
                                      GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == doorstep_card_chooser_prepare_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

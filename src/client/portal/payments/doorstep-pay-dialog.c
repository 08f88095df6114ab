/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-api-error.h"
#include "doorstep-card-fields.h"
#include "doorstep-money.h"
#include "doorstep-pay-dialog.h"
#include "doorstep-payment-methods-dialog.h"
#include "doorstep-payments-api.h"
#include "doorstep-time.h"
#include "doorstep-toast.h"

/* Paying: tick what to pay (open invoices and pending deposits, each at
 * its balance, an invoice lowered where the business takes part
 * payments), add a tip where it takes tips, choose a saved card or type a
 * new one; then a confirmation of exactly what is charged; then the
 * receipts. One charge, one payment per line (the server's rule).
 *
 * Every payment attempt has its own Idempotency-Key, kept until the
 * server has answered it: pressing Pay again after a timeout or a lost
 * connection resends the same key, so the card is charged once. A refused
 * card says why in the server's words and keeps everything as chosen. */

enum {
  TIP_NONE = -1,
  TIP_CUSTOM = -2,
};

typedef struct {
  DoorstepPayable *payable;
  gboolean         selected;
  char            *amount_text;   /* what was typed, kept across rows made again */
  GtkWidget       *row;
  GtkCheckButton  *check;
  GtkEditable     *amount;        /* NULL when the whole amount is due */
} Line;

struct _DoorstepPayDialog {
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkWidget             *back_button;
  GtkStack              *stack;
  AdwStatusPage         *error_page;
  AdwPreferencesGroup   *items_group;
  GtkListBox            *items_list;
  GtkWidget             *more_button;
  GtkWidget             *tip_group;
  GtkBox                *tip_box;
  AdwEntryRow           *custom_tip_row;
  AdwComboRow           *card_row;
  GtkWidget             *new_card_group;
  AdwEntryRow           *number_row;
  AdwEntryRow           *expiry_row;
  AdwEntryRow           *cvc_row;
  GtkSwitch             *save_switch;
  GtkSwitch             *default_switch;
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

  DoorstepScope         *scope;
  GCancellable          *cancellable;
  char                  *preselect;
  DoorstepPaymentConfig *config;
  DoorstepPagedList     *payables;
  GListModel            *cards;
  GHashTable            *lines;        /* payable id → Line */
  GPtrArray             *tip_buttons;
  int                    tip;          /* a preset's index, TIP_NONE or TIP_CUSTOM */
  guint                  loading;

  /* the payment being confirmed */
  GArray                *pay_lines;    /* DoorstepPayLine, pointing into the payables */
  gint64                 subtotal;
  gint64                 tip_minor;
  char                  *card_title;
  char                  *token;        /* a new card's, once tokenized */
  char                  *idempotency_key;
  char                  *action_url;
  gboolean               busy;
};

G_DEFINE_FINAL_TYPE (DoorstepPayDialog, doorstep_pay_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_PAID,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
line_free (Line *line)
{
  g_clear_object (&line->payable);
  g_free (line->amount_text);
  g_free (line);
}

static const char *
currency (DoorstepPayDialog *self)
{
  return doorstep_payment_config_get_currency (self->config);
}

static char *
format_amount (DoorstepPayDialog *self,
               gint64             amount)
{
  return doorstep_money_format (amount, currency (self));
}

/* The card chosen: a saved one, or NULL for a new one. */
static DoorstepPaymentMethod *
chosen_card (DoorstepPayDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->card_row);

  if (self->cards == NULL || selected >= g_list_model_get_n_items (self->cards))
    return NULL;
  return g_list_model_get_item (self->cards, selected);
}

/* Totals */

/* Whether @line's amount is one that may be paid; @message says why not. */
static gboolean
line_amount (DoorstepPayDialog  *self,
             Line               *line,
             gint64             *amount,
             char              **message)
{
  gint64 due = doorstep_payable_get_amount_due (line->payable);
  gint64 minimum = doorstep_payment_config_get_partial_minimum (self->config);
  g_autofree char *name = doorstep_payable_dup_name (line->payable);

  *amount = due;
  if (line->amount == NULL)
    return TRUE;
  if (!doorstep_money_parse (gtk_editable_get_text (line->amount), currency (self), amount) || *amount <= 0)
    {
      if (message != NULL)
        /* Translators: "Type an amount to pay for Invoice I-2007, such as 50.00." */
        *message = g_strdup_printf (_("Type an amount to pay for %s, such as 50.00."), name);
      return FALSE;
    }
  if (*amount > due)
    {
      if (message != NULL)
        {
          g_autofree char *due_text = format_amount (self, due);

          *message = g_strdup_printf (_("%s has %s left to pay; pay no more than that."), name, due_text);
        }
      return FALSE;
    }
  if (*amount < due && *amount < minimum)
    {
      if (message != NULL)
        {
          g_autofree char *minimum_text = format_amount (self, minimum);

          *message = g_strdup_printf (_("Pay at least %s towards %s, or all of it."), minimum_text, name);
        }
      return FALSE;
    }
  return TRUE;
}

static void
clear_line_errors (DoorstepPayDialog *self)
{
  GHashTableIter iter;
  Line *line;

  g_hash_table_iter_init (&iter, self->lines);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &line))
    if (line->row != NULL)
      gtk_widget_remove_css_class (line->row, "error");
  gtk_widget_set_visible (GTK_WIDGET (self->choose_error), FALSE);
}

static void
show_choose_error (DoorstepPayDialog *self,
                   GtkWidget         *widget,
                   const char        *message)
{
  if (widget != NULL)
    gtk_widget_add_css_class (widget, "error");
  gtk_label_set_text (self->choose_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_error), TRUE);
}

/* The lines ticked, in the order shown, with their amounts; %FALSE with
 * @message (and @widget, the row at fault) when one cannot be paid. */
static gboolean
collect (DoorstepPayDialog  *self,
         GArray             *pay_lines,
         gint64             *subtotal,
         char              **message,
         GtkWidget         **widget)
{
  GListModel *model = G_LIST_MODEL (self->payables);

  *subtotal = 0;
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DoorstepPayable) payable = g_list_model_get_item (model, i);
      Line *line = g_hash_table_lookup (self->lines, doorstep_payable_get_id (payable));
      DoorstepPayLine pay_line = { NULL };

      if (line == NULL || !line->selected)
        continue;
      if (!line_amount (self, line, &pay_line.amount_minor, message))
        {
          if (widget != NULL)
            *widget = line->row;
          return FALSE;
        }
      if (doorstep_payable_get_is_deposit (line->payable))
        pay_line.quote_id = doorstep_payable_get_id (line->payable);
      else
        pay_line.invoice_id = doorstep_payable_get_id (line->payable);
      *subtotal += pay_line.amount_minor;
      if (pay_lines != NULL)
        g_array_append_val (pay_lines, pay_line);
    }
  return TRUE;
}

static gboolean
tip_amount (DoorstepPayDialog *self,
            gint64             subtotal,
            gint64            *tip)
{
  *tip = 0;
  if (!doorstep_payment_config_get_tips_allowed (self->config) || self->tip == TIP_NONE)
    return TRUE;
  if (self->tip == TIP_CUSTOM)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->custom_tip_row));

      return *text == '\0' || (doorstep_money_parse (text, currency (self), tip) && *tip <= 100000000);
    }
  /* Rounded to the nearest minor unit, half up. */
  *tip = (subtotal * doorstep_payment_config_get_tip_preset (self->config, (guint) self->tip) + 50) / 100;
  return TRUE;
}

static void
update_total (DoorstepPayDialog *self)
{
  gint64 subtotal = 0, tip = 0;
  gboolean valid;
  guint n_selected = 0;
  GHashTableIter iter;
  Line *line;

  if (self->config == NULL)
    return;
  g_hash_table_iter_init (&iter, self->lines);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &line))
    n_selected += line->selected ? 1 : 0;

  valid = collect (self, NULL, &subtotal, NULL, NULL) && tip_amount (self, subtotal, &tip);
  if (valid)
    {
      g_autofree char *total = format_amount (self, subtotal + tip);

      gtk_label_set_text (self->total_label, total);
    }
  else
    gtk_label_set_text (self->total_label, "—");
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "choose"))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "pay.next", n_selected > 0 && !self->busy);
}

/* The rows of what can be paid */

static void
check_toggled_cb (GtkCheckButton    *check,
                  DoorstepPayDialog *self)
{
  Line *line = g_object_get_data (G_OBJECT (check), "line");

  line->selected = gtk_check_button_get_active (check);
  if (line->amount != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (line->amount), line->selected);
  update_total (self);
}

static void
amount_changed_cb (GtkEditable       *editable,
                   DoorstepPayDialog *self)
{
  Line *line = g_object_get_data (G_OBJECT (editable), "line");

  g_free (line->amount_text);
  line->amount_text = g_strdup (gtk_editable_get_text (editable));
  update_total (self);
}

static char *
describe_payable (DoorstepPayable *payable)
{
  gint64 overdue = doorstep_payable_get_days_overdue (payable);
  GDate *due = doorstep_payable_get_due_date (payable);
  g_autofree char *when = NULL;

  if (doorstep_payable_get_is_deposit (payable))
    /* Translators: a deposit to pay, after the quote's title */
    when = g_strdup (_("Due before the work starts"));
  else if (overdue > 0)
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %" G_GINT64_FORMAT " day",
                                         "Overdue by %" G_GINT64_FORMAT " days", (gulong) overdue), overdue);
  else if (due != NULL)
    {
      g_autofree char *date = doorstep_date_format (due);

      /* Translators: when an invoice is due, "Due 2 December 2026" */
      when = g_strdup_printf (_("Due %s"), date);
    }
  if (when == NULL)
    return g_markup_escape_text (doorstep_payable_get_title (payable), -1);
  return g_markup_printf_escaped ("%s · %s", doorstep_payable_get_title (payable), when);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DoorstepPayDialog *self = user_data;
  DoorstepPayable *payable = item;
  const char *id = doorstep_payable_get_id (payable);
  Line *line = g_hash_table_lookup (self->lines, id);
  g_autofree char *name = doorstep_payable_dup_name (payable);
  g_autofree char *subtitle = describe_payable (payable);
  g_autofree char *due = format_amount (self, doorstep_payable_get_amount_due (payable));
  gboolean partial = !doorstep_payable_get_is_deposit (payable) &&
                     doorstep_payment_config_get_partial_minimum (self->config) > 0;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *check_name = g_strdup_printf ("pay-check-%s", id);

  if (line == NULL)
    {
      line = g_new0 (Line, 1);
      line->payable = g_object_ref (payable);
      line->selected = self->preselect == NULL || g_str_equal (self->preselect, id);
      line->amount_text = doorstep_money_format (doorstep_payable_get_amount_due (payable), currency (self));
      g_hash_table_insert (self->lines, g_strdup (id), line);
    }
  else
    g_set_object (&line->payable, payable);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (check, check_name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), line->selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (check), "line", line);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  line->row = row;
  line->check = GTK_CHECK_BUTTON (check);
  line->amount = NULL;

  if (partial)
    {
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *entry_name = g_strdup_printf ("pay-amount-%s", id);
      /* Translators: the accessible name of the amount to pay, "Amount for Invoice I-2007" */
      g_autofree char *label = g_strdup_printf (_("Amount for %s"), name);

      gtk_widget_set_name (entry, entry_name);
      gtk_editable_set_text (GTK_EDITABLE (entry), line->amount_text);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 9);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (entry, line->selected);
      gtk_widget_add_css_class (entry, "numeric");
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (entry), "line", line);
      g_signal_connect_object (entry, "changed", G_CALLBACK (amount_changed_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      line->amount = GTK_EDITABLE (entry);
    }
  else
    {
      GtkWidget *amount = gtk_label_new (due);

      gtk_widget_add_css_class (amount, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
    }
  return row;
}

static void
payables_changed_cb (DoorstepPayDialog *self)
{
  gtk_widget_set_visible (self->more_button, doorstep_paged_list_get_has_more (self->payables) &&
                                             !doorstep_paged_list_get_loading (self->payables));
  update_total (self);
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
fill_cards (DoorstepPayDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (self->cards);
  guint selected = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepPaymentMethod) card = g_list_model_get_item (self->cards, i);
      g_autofree char *title = doorstep_payment_method_dup_title (card);

      gtk_string_list_append (titles, title);
      if (doorstep_payment_method_get_is_default (card) || selected == n)
        selected = doorstep_payment_method_get_is_default (card) ? i : MIN (selected, i);
    }
  gtk_string_list_append (titles, _("New Card"));
  adw_combo_row_set_model (self->card_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->card_row, selected);
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
  fill_cards (self);
  loaded_one (self);
}

static void
tip_toggled_cb (GtkToggleButton   *button,
                DoorstepPayDialog *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  self->tip = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tip"));
  gtk_widget_set_visible (GTK_WIDGET (self->custom_tip_row), self->tip == TIP_CUSTOM);
  if (self->tip == TIP_CUSTOM)
    gtk_widget_grab_focus (GTK_WIDGET (self->custom_tip_row));
  update_total (self);
}

static GtkWidget *
add_tip_button (DoorstepPayDialog *self,
                const char        *label,
                int                tip)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);
  g_autofree char *name = g_strdup_printf ("pay-tip-%d", tip);

  gtk_widget_set_name (button, name);
  /* Equal shares of the width where there is room, each its own size
   * where there is not (a narrow window). */
  gtk_widget_set_hexpand (button, TRUE);
  g_object_set_data (G_OBJECT (button), "tip", GINT_TO_POINTER (tip));
  if (self->tip_buttons->len > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), g_ptr_array_index (self->tip_buttons, 0));
  g_signal_connect_object (button, "toggled", G_CALLBACK (tip_toggled_cb), self, 0);
  gtk_box_append (self->tip_box, button);
  g_ptr_array_add (self->tip_buttons, button);
  return button;
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

  /* The tips the business offers, once. */
  if (doorstep_payment_config_get_tips_allowed (config) && self->tip_buttons->len == 0)
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (add_tip_button (self, _("No Tip"), TIP_NONE)), TRUE);
      for (guint i = 0; i < doorstep_payment_config_get_n_tip_presets (config); i++)
        {
          /* Translators: a tip of a percentage of what is paid, "15%" */
          g_autofree char *label = g_strdup_printf (_("%u%%"), doorstep_payment_config_get_tip_preset (config, i));

          add_tip_button (self, label, (int) i);
        }
      add_tip_button (self, _("Custom"), TIP_CUSTOM);
    }
  gtk_widget_set_visible (self->tip_group, doorstep_payment_config_get_tips_allowed (config));
  if (doorstep_payment_config_get_partial_minimum (config) > 0)
    {
      g_autofree char *minimum = format_amount (self, doorstep_payment_config_get_partial_minimum (config));
      g_autofree char *description = g_strdup_printf (_("You can pay part of an invoice, at least %s."), minimum);

      adw_preferences_group_set_description (self->items_group, description);
    }

  /* What can be paid, now that amounts can be shown. */
  g_clear_object (&self->payables);
  self->payables = doorstep_paged_list_new (self->scope, &doorstep_payments_api_payable, NULL);
  g_signal_connect_object (self->payables, "items-changed", G_CALLBACK (payables_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->payables, "notify::loaded", G_CALLBACK (loaded_one), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->payables, "notify::has-more", G_CALLBACK (payables_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->payables, "notify::loading", G_CALLBACK (payables_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->items_list, G_LIST_MODEL (self->payables), create_row, self, NULL);
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
  g_clear_pointer (&self->idempotency_key, g_free);
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

static GtkWidget *
new_amount_row (const char *title,
                const char *subtitle,
                const char *amount,
                gboolean    strong)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (amount);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  if (strong)
    {
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (row, "pay-total");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
show_confirm (DoorstepPayDialog *self)
{
  GtkWidget *child;
  g_autofree char *total = format_amount (self, self->subtotal + self->tip_minor);
  g_autofree char *charge = NULL;
  g_autofree char *button = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->confirm_list))) != NULL)
    gtk_list_box_remove (self->confirm_list, child);
  for (guint i = 0; i < self->pay_lines->len; i++)
    {
      DoorstepPayLine *pay_line = &g_array_index (self->pay_lines, DoorstepPayLine, i);
      Line *line = g_hash_table_lookup (self->lines,
                                        pay_line->invoice_id != NULL ? pay_line->invoice_id : pay_line->quote_id);
      g_autofree char *name = doorstep_payable_dup_name (line->payable);
      g_autofree char *amount = format_amount (self, pay_line->amount_minor);
      g_autofree char *subtitle = NULL;

      if (pay_line->amount_minor < doorstep_payable_get_amount_due (line->payable))
        {
          g_autofree char *left = format_amount (self, doorstep_payable_get_amount_due (line->payable) -
                                                       pay_line->amount_minor);

          /* Translators: after a part payment, "Quarterly pest control · $128.00 left to pay" */
          subtitle = g_strdup_printf (_("%s · %s left to pay"), doorstep_payable_get_title (line->payable), left);
        }
      else
        subtitle = g_strdup (doorstep_payable_get_title (line->payable));
      gtk_list_box_append (self->confirm_list, new_amount_row (name, subtitle, amount, FALSE));
    }
  if (self->tip_minor > 0)
    {
      g_autofree char *tip = format_amount (self, self->tip_minor);

      gtk_list_box_append (self->confirm_list, new_amount_row (_("Tip for your technician"), NULL, tip, FALSE));
    }
  gtk_list_box_append (self->confirm_list, new_amount_row (_("Total"), NULL, total, TRUE));

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

static GtkWidget *
field_row (DoorstepPayDialog *self,
           DoorstepCardField  field)
{
  return doorstep_card_field_row (field, self->number_row, self->expiry_row, self->cvc_row);
}

static void
tokenized_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DoorstepPayDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = doorstep_payments_api_tokenize_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_PAY_DIALOG (user_data);
  set_busy (self, FALSE);
  if (token == NULL)
    {
      const char *message;
      DoorstepCardField field = doorstep_card_error_field (error, &message);

      /* The gateway's words beside the field at fault; what was typed stays. */
      show_choose_error (self, field_row (self, field), message);
      return;
    }
  self->token = g_steal_pointer (&token);
  show_confirm (self);
}

/* From the choice to the confirmation: every line checked here first, in
 * words, though the server checks them all again; a new card is turned
 * into a token before anything is shown as about to be charged. */
static void
review (DoorstepPayDialog *self)
{
  g_autofree char *message = NULL;
  g_autoptr(DoorstepPaymentMethod) card = chosen_card (self);
  GtkWidget *at_fault = NULL;

  clear_line_errors (self);
  gtk_widget_remove_css_class (GTK_WIDGET (self->number_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->expiry_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->cvc_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->custom_tip_row), "error");

  g_array_set_size (self->pay_lines, 0);
  if (!collect (self, self->pay_lines, &self->subtotal, &message, &at_fault))
    {
      show_choose_error (self, at_fault, message);
      return;
    }
  if (self->pay_lines->len == 0)
    {
      show_choose_error (self, NULL, _("Tick at least one invoice or deposit to pay."));
      return;
    }
  if (!tip_amount (self, self->subtotal, &self->tip_minor))
    {
      show_choose_error (self, GTK_WIDGET (self->custom_tip_row), _("Type the tip as an amount, such as 20.00."));
      return;
    }

  g_clear_pointer (&self->card_title, g_free);
  if (card != NULL)
    {
      self->card_title = doorstep_payment_method_dup_title (card);
      show_confirm (self);
      return;
    }

  {
    const char *number = gtk_editable_get_text (GTK_EDITABLE (self->number_row));
    const char *cvc = gtk_editable_get_text (GTK_EDITABLE (self->cvc_row));
    g_autofree char *digits = g_strdup (number);
    gsize length;
    guint month = 0, year = 0;
    const char *problem;
    DoorstepCardField field;

    g_strstrip (digits);
    length = strlen (digits);
    if ((field = doorstep_card_check (number, gtk_editable_get_text (GTK_EDITABLE (self->expiry_row)), cvc,
                                      &month, &year, &problem)) != DOORSTEP_CARD_FIELD_NONE)
      {
        show_choose_error (self, field_row (self, field), problem);
        return;
      }
    /* Translators: a card typed in, "New card ending in 4242" */
    self->card_title = g_strdup_printf (_("New card ending in %s"), length >= 4 ? digits + length - 4 : digits);
    if (self->token != NULL)
      {
        show_confirm (self);
        return;
      }
    set_busy (self, TRUE);
    doorstep_payments_api_tokenize_async (self->scope, number, month, year, cvc, self->cancellable, tokenized_cb,
                                          self);
  }
}

static void
add_receipt_row (DoorstepPayDialog *self,
                 DoorstepPayment   *payment)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *amount = format_amount (self, doorstep_payment_get_amount_minor (payment));
  /* Translators: a receipt just issued, "Receipt R-5010" */
  g_autofree char *title = g_strdup_printf (_("Receipt %s"), doorstep_payment_get_receipt_number (payment));
  GtkWidget *label = gtk_label_new (amount);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), doorstep_payment_get_paid_for (payment));
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->receipts_list, row);
}

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
      g_autoptr(DoorstepPayment) first = g_list_model_get_item (payments, 0);
      g_autofree char *total = format_amount (self, self->subtotal + self->tip_minor);
      g_autofree char *description = NULL;

      /* The card as the processor knows it, now that it was charged. */
      if (first != NULL)
        {
          g_free (self->card_title);
          self->card_title = doorstep_payment_dup_method (first);
        }
      /* Translators: after paying, "$406.00 was charged to Visa ending in 4242. …" */
      description = g_strdup_printf (_("%s was charged to %s. Each receipt is also in your payment history."),
                                     total, self->card_title);

      forget_attempt (self);
      g_clear_pointer (&self->token, g_free);
      for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
        {
          g_autoptr(DoorstepPayment) payment = g_list_model_get_item (payments, i);

          add_receipt_row (self, payment);
        }
      adw_status_page_set_description (self->done_page, description);
      adw_window_title_set_title (self->window_title, _("Paid"));
      gtk_widget_set_visible (self->back_button, FALSE);
      gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "done");
      g_signal_emit (self, signals[SIGNAL_PAID], 0);
      return;
    }

  fields = doorstep_api_error_get_field_errors (error);
  if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_PAYMENT_REFUSED))
    {
      /* Nothing was charged or recorded: a new attempt may follow. */
      const char *url = doorstep_api_error_get_action_url (error);

      g_clear_pointer (&self->idempotency_key, g_free);
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
      GtkWidget *row = NULL;

      g_hash_table_iter_init (&iter, fields);
      if (g_hash_table_iter_next (&iter, (gpointer *) &field, NULL) && g_str_has_prefix (field, "lines["))
        {
          const char *digits = field + strlen ("lines[");
          char *end = NULL;
          guint64 index = g_ascii_strtoull (digits, &end, 10);

          if (end != digits && *end == ']' && index < self->pay_lines->len)
            {
              DoorstepPayLine *pay_line = &g_array_index (self->pay_lines, DoorstepPayLine, index);
              Line *line = g_hash_table_lookup (self->lines, pay_line->invoice_id != NULL ? pay_line->invoice_id
                                                                                        : pay_line->quote_id);

              row = line != NULL ? line->row : NULL;
            }
        }
      show_choose (self);
      show_choose_error (self, row, error->message);
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
  g_autoptr(DoorstepPaymentMethod) card = chosen_card (self);

  if (self->idempotency_key == NULL)
    self->idempotency_key = g_uuid_string_random ();
  gtk_widget_set_visible (self->confirm_error_box, FALSE);
  set_busy (self, TRUE);
  doorstep_payments_api_pay_async (self->scope, (DoorstepPayLine *) self->pay_lines->data, self->pay_lines->len,
                                   self->tip_minor, card != NULL ? doorstep_payment_method_get_id (card) : NULL,
                                   card != NULL ? NULL : self->token, gtk_switch_get_active (self->save_switch),
                                   gtk_switch_get_active (self->default_switch), self->idempotency_key,
                                   self->cancellable, paid_cb, self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (self->busy || self->config == NULL || doorstep_scope_get_read_only (self->scope))
    return;
  if (g_str_equal (page, "choose"))
    review (self);
  else if (g_str_equal (page, "confirm"))
    pay (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPayDialog *self = DOORSTEP_PAY_DIALOG (widget);

  if (!self->busy && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "confirm"))
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

static void
card_selected_cb (DoorstepPayDialog *self)
{
  g_autoptr(DoorstepPaymentMethod) card = chosen_card (self);

  gtk_widget_set_visible (self->new_card_group, self->cards != NULL && card == NULL);
}

/* Typing changes the card: its token (if any) is for what was there. */
static void
card_changed_cb (DoorstepPayDialog *self)
{
  g_clear_pointer (&self->token, g_free);
}

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
    gtk_list_box_bind_model (self->items_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->payables);
  g_clear_object (&self->scope);
  g_clear_object (&self->config);
  g_clear_object (&self->cards);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_pointer (&self->tip_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->pay_lines, g_array_unref);
  g_clear_pointer (&self->preselect, g_free);
  g_clear_pointer (&self->card_title, g_free);
  g_clear_pointer (&self->token, g_free);
  g_clear_pointer (&self->idempotency_key, g_free);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-pay-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, items_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, more_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, tip_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, tip_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, custom_tip_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, card_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, new_card_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, expiry_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, cvc_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, save_switch);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPayDialog, default_switch);
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
  gtk_widget_class_bind_template_callback (widget_class, update_total);
  gtk_widget_class_bind_template_callback (widget_class, card_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_changed_cb);
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
  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) line_free);
  self->tip_buttons = g_ptr_array_new ();
  self->pay_lines = g_array_new (FALSE, TRUE, sizeof (DoorstepPayLine));
  self->tip = TIP_NONE;
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
  self->preselect = preselect != NULL && *preselect != '\0' ? g_strdup (preselect) : NULL;
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

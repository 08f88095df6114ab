/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-approve-dialog.h"
#include "doorstep-pdf-window.h"
#include "doorstep-quote-page.h"
#include "doorstep-window.h"

/* One quote: its items, with the optional ones to tick, the totals (which
 * follow the ticks at once, by the server's rule), deposit, notes and
 * terms, and what the customer can do: approve, decline, preview or
 * download the PDF. Staff previewing see it all and can do none of the
 * deciding (the server refuses it too). */

struct _DoorstepQuotePage {
  AdwBin             parent_instance;

  GtkLabel          *heading;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkBox            *content;
  GtkActionBar      *action_bar;
  GtkWidget         *pdf_buttons;
  GtkLabel          *total_label;
  GtkLabel          *subtotal_label;
  GtkLabel          *discount_label;
  GtkLabel          *tax_label;
  GPtrArray         *option_checks;   /* GtkCheckButton per item, or NULL */

  DoorstepApiClient *client;
  DoorstepQuote     *quote;
  char              *quote_id;
  gboolean          *selected;
  char              *decline_reason;  /* typed, not yet accepted */
  char              *decline_key;
  GCancellable      *cancellable;
  GtkWindow         *dialog;          /* weak */
};

G_DEFINE_FINAL_TYPE (DoorstepQuotePage, doorstep_quote_page, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
money (DoorstepQuotePage *self,
       gint64             amount)
{
  return doorstep_money_format (amount, doorstep_quote_get_currency (self->quote));
}

static GtkWidget *
value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
add_value_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *value,
               GtkLabel           **label_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = value_label (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  if (label_out != NULL)
    *label_out = GTK_LABEL (label);
  return row;
}

static GtkWidget *
text_group (const char *title,
            const char *text)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  return group;
}

static char *
format_timestamp_day (const char *timestamp)
{
  g_autoptr(GDateTime) utc = doorstep_timestamp_parse (timestamp);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *day = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;

  return day != NULL ? doorstep_local_date_format (day) : g_strdup ("");
}

static void
update_totals (DoorstepQuotePage *self)
{
  DoorstepQuoteTotals totals;
  g_autofree char *subtotal = NULL;
  g_autofree char *discount = NULL;
  g_autofree char *tax = NULL;
  g_autofree char *total = NULL;

  doorstep_quote_compute (self->quote, self->selected, &totals);
  subtotal = money (self, totals.subtotal);
  discount = money (self, -totals.discount);
  tax = money (self, totals.tax);
  total = money (self, totals.total);
  gtk_label_set_text (self->subtotal_label, subtotal);
  if (self->discount_label != NULL)
    gtk_label_set_text (self->discount_label, discount);
  if (self->tax_label != NULL)
    gtk_label_set_text (self->tax_label, tax);
  gtk_label_set_text (self->total_label, total);
}

static void
option_toggled_cb (GtkCheckButton    *check,
                   DoorstepQuotePage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "item-index"));

  self->selected[index] = gtk_check_button_get_active (check);
  update_totals (self);
}

static void
build_items (DoorstepQuotePage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  gboolean editable = doorstep_quote_get_can_respond (self->quote);
  guint n = doorstep_quote_get_n_items (self->quote);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Items"));
  if (editable)
    for (guint i = 0; i < n; i++)
      if (doorstep_quote_get_item (self->quote, i)->optional)
        {
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                                 _("Tick the optional items you want. The total follows your choice."));
          break;
        }

  for (guint i = 0; i < n; i++)
    {
      const DoorstepQuoteItem *item = doorstep_quote_get_item (self->quote, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *quantity = doorstep_quantity_format (item->quantity_milli);
      g_autofree char *price = money (self, item->unit_price_minor);
      g_autofree char *amount = money (self, item->amount_minor);
      g_autofree char *subtitle = NULL;

      /* Translators: "2.5 × $125.00", quantity times unit price */
      subtitle = g_strdup_printf (_("%s × %s"), quantity, price);
      if (item->optional)
        {
          g_autofree char *plain = g_steal_pointer (&subtitle);
          /* Translators: "Optional · 1 × $389.00" */
          subtitle = g_strdup_printf (_("Optional · %s"), plain);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->description);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label (amount));

      if (item->optional)
        {
          GtkWidget *check = gtk_check_button_new ();

          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), self->selected[i]);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_widget_set_sensitive (check, editable);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          item->description, -1);
          g_object_set_data (G_OBJECT (check), "item-index", GUINT_TO_POINTER (i));
          g_signal_connect (check, "toggled", G_CALLBACK (option_toggled_cb), self);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          if (editable)
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          g_ptr_array_add (self->option_checks, check);
          if (!self->selected[i])
            gtk_widget_add_css_class (row, "dim-row");
        }
      else
        g_ptr_array_add (self->option_checks, NULL);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content, group);
}

static void
build_totals (DoorstepQuotePage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Total"));
  add_value_row (ADW_PREFERENCES_GROUP (group), _("Subtotal"), "", &self->subtotal_label);
  self->discount_label = NULL;
  if (doorstep_quote_get_discount_offered (self->quote) > 0)
    add_value_row (ADW_PREFERENCES_GROUP (group), _("Discount"), "", &self->discount_label);
  self->tax_label = NULL;
  if (doorstep_quote_get_tax_rate_bp (self->quote) > 0)
    {
      g_autofree char *rate = doorstep_tax_rate_format (doorstep_quote_get_tax_rate_bp (self->quote));
      /* Translators: "Tax (5%)" */
      g_autofree char *title = g_strdup_printf (_("Tax (%s)"), rate);
      add_value_row (ADW_PREFERENCES_GROUP (group), title, "", &self->tax_label);
    }
  row = add_value_row (ADW_PREFERENCES_GROUP (group), _("Total"), "", &self->total_label);
  gtk_widget_add_css_class (row, "total-row");
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "title-3");
  gtk_box_append (self->content, group);
  update_totals (self);
}

static void
build_deposit (DoorstepQuotePage *self)
{
  gint64 required, paid, pending;
  GtkWidget *group;
  g_autofree char *required_text = NULL;
  g_autofree char *paid_text = NULL;
  g_autofree char *pending_text = NULL;

  if (!doorstep_quote_get_deposit (self->quote, &required, &paid, &pending))
    return;

  group = adw_preferences_group_new ();
  required_text = money (self, required);
  paid_text = money (self, paid);
  pending_text = money (self, pending);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Deposit"));
  if (doorstep_quote_get_status (self->quote) == DOORSTEP_QUOTE_STATUS_OPEN && pending > 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Due once you approve. Paying it arrives with invoices."));
  add_value_row (ADW_PREFERENCES_GROUP (group), _("Required"), required_text, NULL);
  add_value_row (ADW_PREFERENCES_GROUP (group), _("Paid"), paid_text, NULL);
  add_value_row (ADW_PREFERENCES_GROUP (group), _("Pending"), pending_text, NULL);
  gtk_box_append (self->content, group);
}

static void
build_header (DoorstepQuotePage *self)
{
  GtkWidget *title = gtk_label_new (doorstep_quote_get_title (self->quote));
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *status_text = doorstep_quote_dup_status_label (self->quote);
  GtkWidget *status = gtk_label_new (status_text);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;
  GtkWidget *facts_label;

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (self->content, title);

  gtk_widget_add_css_class (status, "quote-status");
  gtk_widget_add_css_class (status, doorstep_quote_get_status_style (self->quote));
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), status);

  if (doorstep_quote_get_property_label (self->quote) != NULL)
    g_ptr_array_add (facts, doorstep_quote_get_property_address (self->quote) != NULL
                            ? g_strdup_printf ("%s, %s", doorstep_quote_get_property_label (self->quote),
                                               doorstep_quote_get_property_address (self->quote))
                            : g_strdup (doorstep_quote_get_property_label (self->quote)));
  if (doorstep_quote_get_issued_on (self->quote) != NULL)
    {
      g_autofree char *day = doorstep_local_date_format (doorstep_quote_get_issued_on (self->quote));
      g_ptr_array_add (facts, g_strdup_printf (_("Issued %s"), day));
    }
  if (doorstep_quote_get_valid_until (self->quote) != NULL)
    {
      g_autofree char *day = doorstep_local_date_format (doorstep_quote_get_valid_until (self->quote));
      g_ptr_array_add (facts, doorstep_quote_get_expired (self->quote)
                              ? g_strdup_printf (_("Expired on %s"), day)
                              : g_strdup_printf (_("Valid until %s"), day));
    }
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  facts_label = gtk_label_new (facts_text);
  gtk_label_set_wrap (GTK_LABEL (facts_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (facts_label), 0);
  gtk_widget_set_hexpand (facts_label, TRUE);
  gtk_widget_add_css_class (facts_label, "dim-label");
  gtk_box_append (GTK_BOX (line), facts_label);
  gtk_box_append (self->content, line);
}

static void
build_outcome (DoorstepQuotePage *self)
{
  g_autofree char *text = NULL;

  if (doorstep_quote_get_status (self->quote) == DOORSTEP_QUOTE_STATUS_APPROVED &&
      doorstep_quote_get_approved_at (self->quote) != NULL)
    {
      g_autofree char *day = format_timestamp_day (doorstep_quote_get_approved_at (self->quote));
      text = g_strdup_printf (_("Approved by %s on %s. The PDF carries the signature."),
                              doorstep_quote_get_signer_name (self->quote), day);
      gtk_box_append (self->content, text_group (_("Approval"), text));
    }
  else if (doorstep_quote_get_status (self->quote) == DOORSTEP_QUOTE_STATUS_DECLINED &&
           doorstep_quote_get_declined_at (self->quote) != NULL)
    {
      g_autofree char *day = format_timestamp_day (doorstep_quote_get_declined_at (self->quote));
      text = doorstep_quote_get_decline_reason (self->quote) != NULL
             ? g_strdup_printf (_("Declined on %s: “%s”"), day, doorstep_quote_get_decline_reason (self->quote))
             : g_strdup_printf (_("Declined on %s."), day);
      gtk_box_append (self->content, text_group (_("Declined"), text));
    }
  else if (doorstep_quote_get_expired (self->quote))
    gtk_box_append (self->content,
                    text_group (_("Expired"),
                                _("This quote can no longer be approved. Ask for a new one with the + button.")));
}

static void
show_quote (DoorstepQuotePage *self)
{
  GtkWidget *child;
  guint n = doorstep_quote_get_n_items (self->quote);
  g_autofree char *heading = g_strdup_printf (_("Quote %s"), doorstep_quote_get_number (self->quote));
  gboolean priced = doorstep_quote_get_status (self->quote) != DOORSTEP_QUOTE_STATUS_REQUESTED;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  g_ptr_array_set_size (self->option_checks, 0);
  self->total_label = self->subtotal_label = self->discount_label = self->tax_label = NULL;
  g_free (self->selected);
  self->selected = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->selected[i] = doorstep_quote_get_item (self->quote, i)->selected;

  gtk_label_set_text (self->heading, heading);
  build_header (self);

  if (doorstep_quote_get_request_description (self->quote) != NULL)
    gtk_box_append (self->content, text_group (_("What you asked for"),
                                               doorstep_quote_get_request_description (self->quote)));
  if (!priced)
    gtk_box_append (self->content,
                    text_group (_("Being Priced"),
                                _("Your service provider is preparing this quote. It appears under Open once it is ready.")));
  else
    {
      build_items (self);
      build_totals (self);
      build_deposit (self);
    }
  build_outcome (self);
  if (doorstep_quote_get_notes (self->quote) != NULL)
    gtk_box_append (self->content, text_group (_("Notes"), doorstep_quote_get_notes (self->quote)));
  if (doorstep_quote_get_terms (self->quote) != NULL)
    gtk_box_append (self->content, text_group (_("Terms"), doorstep_quote_get_terms (self->quote)));

  gtk_action_bar_set_revealed (self->action_bar, doorstep_quote_get_can_respond (self->quote));
  gtk_widget_set_visible (self->pdf_buttons, priced);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote.approve", doorstep_quote_get_can_respond (self->quote));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote.decline", doorstep_quote_get_can_respond (self->quote));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote.preview-pdf", priced);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote.download-pdf", priced);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
set_quote (DoorstepQuotePage *self,
           DoorstepQuote     *quote)
{
  g_set_object (&self->quote, quote);
  show_quote (self);
}

static void
load_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepQuotePage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepQuote) quote = doorstep_api_client_get_quote_finish (DOORSTEP_API_CLIENT (source_object),
                                                                          result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (quote == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  set_quote (self, quote);
}

static void
load (DoorstepQuotePage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_action_bar_set_revealed (self->action_bar, FALSE);
  doorstep_api_client_get_quote_async (self->client, self->quote_id, self->cancellable, load_cb, self);
}

static void
retry_cb (DoorstepQuotePage *self)
{
  load (self);
}

/* Actions */

static void
approved_cb (DoorstepQuotePage *self,
             DoorstepQuote     *quote)
{
  g_autofree char *message = g_strdup_printf (_("Quote %s approved"), doorstep_quote_get_number (quote));

  set_quote (self, quote);
  doorstep_window_toast_from (GTK_WIDGET (self), message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (widget);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  DoorstepQuoteTotals totals;
  DoorstepApproveDialog *dialog;

  if (self->quote == NULL || !doorstep_quote_get_can_respond (self->quote))
    return;

  for (guint i = 0; i < doorstep_quote_get_n_items (self->quote); i++)
    {
      const DoorstepQuoteItem *item = doorstep_quote_get_item (self->quote, i);
      if (item->optional && self->selected[i])
        g_ptr_array_add (ids, item->id);
    }
  g_ptr_array_add (ids, NULL);
  doorstep_quote_compute (self->quote, self->selected, &totals);

  dialog = doorstep_approve_dialog_new (self->client, self->quote, (const char * const *) ids->pdata, totals.total);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "approved", G_CALLBACK (approved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* libadwaita 1.2 closes a message dialog once it answers, so declining
 * runs after the dialog is gone. A reason that failed to go out is kept
 * and offered again, under the same Idempotency-Key. */
static void
decline_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DoorstepQuotePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepQuote) quote = doorstep_api_client_decline_quote_finish (DOORSTEP_API_CLIENT (source_object),
                                                                              result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (quote != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Quote %s declined"), doorstep_quote_get_number (quote));

      g_clear_pointer (&self->decline_reason, g_free);
      g_clear_pointer (&self->decline_key, g_free);
      set_quote (self, quote);
      doorstep_window_toast_from (GTK_WIDGET (self), message);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  doorstep_window_toast_from (GTK_WIDGET (self), error->message);
  if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_CONFLICT))
    {
      load (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
decline_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     DoorstepQuotePage *self)
{
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  /* Unfocus the entry before the dialog goes: GTK warns otherwise. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  if (!g_str_equal (response, "decline") || self->quote == NULL)
    return;

  g_free (self->decline_reason);
  self->decline_reason = g_strdup (gtk_editable_get_text (reason));
  if (self->decline_key == NULL)
    self->decline_key = g_uuid_string_random ();
  doorstep_api_client_decline_quote_async (self->client, doorstep_quote_get_id (self->quote),
                                           self->decline_reason, self->decline_key,
                                           self->cancellable, decline_cb, g_object_ref (self));
}

static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *reason;
  g_autofree char *heading = NULL;

  if (self->quote == NULL || !doorstep_quote_get_can_respond (self->quote))
    return;

  heading = g_strdup_printf (_("Decline Quote %s?"), doorstep_quote_get_number (self->quote));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                                       _("Your service provider will see that you declined. You can tell them why.")));
  reason = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason (optional)"));
  gtk_entry_set_max_length (GTK_ENTRY (reason), 2000);
  if (self->decline_reason != NULL)
    gtk_editable_set_text (GTK_EDITABLE (reason), self->decline_reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for declining (optional)"), -1);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "decline", _("_Decline"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "decline", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (decline_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preview_pdf_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (widget);
  DoorstepPdfWindow *window;

  if (self->quote == NULL)
    return;
  window = doorstep_pdf_window_new_for_quote (self->client, self->quote);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
download_pdf_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (widget);

  if (self->quote != NULL)
    doorstep_download_quote_pdf (widget, self->client, self->quote, NULL);
}

static void
doorstep_quote_page_dispose (GObject *object)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->quote);
  g_clear_pointer (&self->quote_id, g_free);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->decline_reason, g_free);
  g_clear_pointer (&self->decline_key, g_free);
  g_clear_pointer (&self->option_checks, g_ptr_array_unref);
  g_clear_weak_pointer (&self->dialog);

  G_OBJECT_CLASS (doorstep_quote_page_parent_class)->dispose (object);
}

static void
doorstep_quote_page_class_init (DoorstepQuotePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_quote_page_dispose;

  /**
   * DoorstepQuotePage::changed:
   *
   * The quote was approved or declined, or found changed: lists and counts
   * showing it need a reload.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "quote.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "quote.decline", NULL, decline_action);
  gtk_widget_class_install_action (widget_class, "quote.preview-pdf", NULL, preview_pdf_action);
  gtk_widget_class_install_action (widget_class, "quote.download-pdf", NULL, download_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "quote.preview-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "quote.download-pdf", NULL);
}

static GtkWidget *
labelled_button (const char *icon,
                 const char *label,
                 const char *action)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
doorstep_quote_page_init (DoorstepQuotePage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *retry = gtk_button_new_with_mnemonic (_("_Try Again"));
  GtkWidget *preview_button = labelled_button ("x-office-document-symbolic", _("_Preview PDF"), "quote.preview-pdf");
  GtkWidget *download_button = gtk_button_new_from_icon_name ("folder-download-symbolic");
  GtkWidget *approve = gtk_button_new_with_mnemonic (_("_Approve…"));
  GtkWidget *decline = gtk_button_new_with_mnemonic (_("_Decline…"));

  self->option_checks = g_ptr_array_new ();

  /* The bar over the quote: back to the list, which quote, its PDF */
  gtk_widget_add_css_class (bar, "toolbar");
  gtk_widget_add_css_class (back, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "quotes.back");
  gtk_widget_set_tooltip_text (back, _("Back to Quotes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back to Quotes"), -1);
  gtk_box_append (GTK_BOX (bar), back);
  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  gtk_label_set_ellipsize (self->heading, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->heading), TRUE);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->heading));
  self->pdf_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (preview_button, "flat");
  gtk_widget_set_tooltip_text (preview_button, _("Preview the PDF (Ctrl+P)"));
  gtk_widget_add_css_class (download_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (download_button), "quote.download-pdf");
  gtk_widget_set_tooltip_text (download_button, _("Download PDF (Ctrl+S)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (download_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Download PDF"), -1);
  gtk_box_append (GTK_BOX (self->pdf_buttons), preview_button);
  gtk_box_append (GTK_BOX (self->pdf_buttons), download_button);
  gtk_box_append (GTK_BOX (bar), self->pdf_buttons);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Loading the quote"), -1);
  gtk_stack_add_named (self->stack, spinner, "loading");

  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->content));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "content");

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "network-offline-symbolic");
  adw_status_page_set_title (self->error_page, _("The Quote Didn’t Load"));
  gtk_widget_set_halign (retry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retry, "pill");
  gtk_widget_add_css_class (retry, "suggested-action");
  g_signal_connect_swapped (retry, "clicked", G_CALLBACK (retry_cb), self);
  adw_status_page_set_child (self->error_page, retry);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  /* Deciding, at the bottom, for an open quote */
  self->action_bar = GTK_ACTION_BAR (gtk_action_bar_new ());
  gtk_actionable_set_action_name (GTK_ACTIONABLE (approve), "quote.approve");
  gtk_widget_add_css_class (approve, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (decline), "quote.decline");
  gtk_widget_add_css_class (decline, "destructive-action");
  gtk_action_bar_pack_end (self->action_bar, approve);
  gtk_action_bar_pack_end (self->action_bar, decline);
  gtk_action_bar_set_revealed (self->action_bar, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->action_bar));

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
doorstep_quote_page_new (void)
{
  return g_object_new (DOORSTEP_TYPE_QUOTE_PAGE, NULL);
}

void
doorstep_quote_page_show (DoorstepQuotePage *self,
                          DoorstepApiClient *client,
                          const char        *quote_id)
{
  g_return_if_fail (DOORSTEP_IS_QUOTE_PAGE (self));

  g_set_object (&self->client, client);
  if (g_strcmp0 (self->quote_id, quote_id) != 0)
    {
      g_clear_pointer (&self->decline_reason, g_free);
      g_clear_pointer (&self->decline_key, g_free);
    }
  g_free (self->quote_id);
  self->quote_id = g_strdup (quote_id);
  g_clear_object (&self->quote);
  gtk_label_set_text (self->heading, "");
  load (self);
}

void
doorstep_quote_page_clear (DoorstepQuotePage *self)
{
  g_return_if_fail (DOORSTEP_IS_QUOTE_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->quote);
  g_clear_object (&self->client);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_action_bar_set_revealed (self->action_bar, FALSE);
}

DoorstepQuote *doorstep_quote_page_get_quote (DoorstepQuotePage *self) { return self->quote; }
const char *doorstep_quote_page_get_state (DoorstepQuotePage *self) { return gtk_stack_get_visible_child_name (self->stack); }
const char *doorstep_quote_page_get_total_text (DoorstepQuotePage *self) { return self->quote != NULL && self->total_label != NULL ? gtk_label_get_text (self->total_label) : NULL; }
GtkWindow *doorstep_quote_page_get_dialog (DoorstepQuotePage *self) { return self->dialog; }

GtkCheckButton *
doorstep_quote_page_get_option (DoorstepQuotePage *self,
                                guint              item_index)
{
  g_return_val_if_fail (item_index < self->option_checks->len, NULL);
  return g_ptr_array_index (self->option_checks, item_index);
}

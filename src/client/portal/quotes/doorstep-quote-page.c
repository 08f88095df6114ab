/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-approve-dialog.h"
#include "doorstep-quote-item-row.h"
#include "doorstep-quote-page.h"
#include "doorstep-quotes-api.h"
#include "doorstep-rows.h"
#include "doorstep-section.h"
#include "doorstep-toast.h"

/* One quote: its items, with the optional ones to tick, the totals (which
 * follow the ticks at once, by the server's rule), deposit, notes and
 * terms, and what the customer can do: approve, decline, preview or
 * download the PDF. Staff previewing see it all and can do none of the
 * deciding (the server refuses it too). Every part is in the template;
 * showing a quote fills in and shows the parts it has. */

struct _DoorstepQuotePage {
  DoorstepDetailPage    parent_instance;

  /* template widgets */
  GtkLabel             *title_label;
  GtkLabel             *status_label;
  GtkLabel             *facts_label;
  GtkWidget            *asked_group;
  GtkLabel             *asked_label;
  GtkWidget            *priced_group;
  AdwPreferencesGroup  *items_group;
  GtkListBox           *items_list;      /* DoorstepQuoteItemRow, as in the quote */
  GtkWidget            *totals_group;
  GtkLabel             *subtotal_label;
  GtkWidget            *discount_row;
  GtkLabel             *discount_label;
  GtkWidget            *tax_row;
  GtkLabel             *tax_label;
  GtkLabel             *total_label;
  AdwPreferencesGroup  *deposit_group;
  GtkWidget            *pay_deposit_button;
  GtkLabel             *required_label;
  GtkLabel             *paid_label;
  GtkLabel             *pending_label;
  AdwPreferencesGroup  *outcome_group;
  GtkLabel             *outcome_label;
  GtkWidget            *notes_group;
  GtkLabel             *notes_label;
  GtkWidget            *terms_group;
  GtkLabel             *terms_label;
  GtkActionBar         *action_bar;

  /* owned references */
  char                 *decline_reason;   /* typed, not yet accepted */
  char                 *decline_key;
  GCancellable         *decline_cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepQuotePage, doorstep_quote_page, DOORSTEP_TYPE_DETAIL_PAGE)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DoorstepQuote *
get_quote (DoorstepQuotePage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

static DoorstepScope *
get_scope (DoorstepQuotePage *self)
{
  return doorstep_detail_page_get_scope (DOORSTEP_DETAIL_PAGE (self));
}

static void
set_money (DoorstepQuotePage *self,
           GtkLabel          *label,
           gint64             amount)
{
  g_autofree char *text = doorstep_money_format (amount, doorstep_quote_get_currency (get_quote (self)));

  gtk_label_set_text (label, text);
}

/* Shows @group with @text in @label, or hides it when there is none. */
static void
show_text (GtkWidget  *group,
           GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (group, text != NULL);
}

static DoorstepQuoteItemRow *
get_item_row (DoorstepQuotePage *self,
              guint              position)
{
  return DOORSTEP_QUOTE_ITEM_ROW (gtk_list_box_get_row_at_index (self->items_list, (int) position));
}

static guint
count_items (DoorstepQuotePage *self)
{
  GListModel *items = doorstep_quote_get_items (get_quote (self));

  return items != NULL ? g_list_model_get_n_items (items) : 0;
}

/* Which items are in, by position, for doorstep_quote_compute(). */
static gboolean *
dup_ticked (DoorstepQuotePage *self)
{
  guint n = count_items (self);
  gboolean *ticked = g_new0 (gboolean, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    ticked[i] = doorstep_quote_item_row_get_ticked (get_item_row (self, i));
  return ticked;
}

static void
update_totals (DoorstepQuotePage *self)
{
  g_autofree gboolean *ticked = dup_ticked (self);
  DoorstepQuoteTotals totals;

  doorstep_quote_compute (get_quote (self), ticked, &totals);
  set_money (self, self->subtotal_label, totals.subtotal);
  set_money (self, self->discount_label, -totals.discount);
  set_money (self, self->tax_label, totals.tax);
  set_money (self, self->total_label, totals.total);
}

static GtkWidget *
new_item_row (gpointer item,
              gpointer user_data)
{
  DoorstepQuotePage *self = user_data;
  DoorstepQuote *quote = get_quote (self);
  GtkWidget *row = doorstep_quote_item_row_new (item, doorstep_quote_get_currency (quote),
                                                doorstep_quote_get_can_respond (quote),
                                                doorstep_quote_item_get_selected (item));

  g_signal_connect_swapped (row, "notify::ticked", G_CALLBACK (update_totals), self);
  return row;
}

static void
show_items (DoorstepQuotePage *self)
{
  GListModel *items = doorstep_quote_get_items (get_quote (self));
  gboolean editable = doorstep_quote_get_can_respond (get_quote (self));
  gboolean any_optional = FALSE;

  doorstep_rows_bind (self->items_list, items, new_item_row, self);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(DoorstepQuoteItem) item = g_list_model_get_item (items, i);

      any_optional |= doorstep_quote_item_get_optional (item);
    }
  adw_preferences_group_set_description (self->items_group,
                                         editable && any_optional
                                         ? _("Tick the optional items you want. The total follows your choice.")
                                         : NULL);
}

static void
show_totals (DoorstepQuotePage *self)
{
  guint rate = doorstep_quote_get_tax_rate_bp (get_quote (self));

  gtk_widget_set_visible (self->discount_row, doorstep_quote_get_discount_offered (get_quote (self)) > 0);
  gtk_widget_set_visible (self->tax_row, rate > 0);
  if (rate > 0)
    {
      g_autofree char *percent = doorstep_tax_rate_format (rate);
      /* Translators: "Tax (5%)" */
      g_autofree char *title = g_strdup_printf (_("Tax (%s)"), percent);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tax_row), title);
    }
  update_totals (self);
}

static void
show_deposit (DoorstepQuotePage *self)
{
  gint64 required, paid, pending;
  gboolean has = doorstep_quote_get_deposit (get_quote (self), &required, &paid, &pending);

  gtk_widget_set_visible (GTK_WIDGET (self->deposit_group), has);
  if (!has)
    return;

  adw_preferences_group_set_description (self->deposit_group,
                                         doorstep_quote_get_status (get_quote (self)) == DOORSTEP_QUOTE_STATUS_OPEN && pending > 0
                                         ? _("Due once you approve, then payable here.")
                                         : NULL);
  set_money (self, self->required_label, required);
  set_money (self, self->paid_label, paid);
  set_money (self, self->pending_label, pending);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->pay_deposit_button), "s",
                                    doorstep_quote_get_id (get_quote (self)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->pay_deposit_button), "portal.pay");
  gtk_widget_set_visible (self->pay_deposit_button,
                          doorstep_quote_get_status (get_quote (self)) == DOORSTEP_QUOTE_STATUS_APPROVED && pending > 0 &&
                          !doorstep_scope_get_read_only (get_scope (self)));
}

static void
show_header (DoorstepQuotePage *self)
{
  static const char * const styles[] = { "requested", "open", "approved", "declined", "expired" };
  g_autofree char *heading = g_strdup_printf (_("Quote %s"), doorstep_quote_get_number (get_quote (self)));
  g_autofree char *status = doorstep_quote_dup_status_label (get_quote (self));
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;
  const char *label = doorstep_quote_get_property_label (get_quote (self));
  const char *address = doorstep_quote_get_property_address (get_quote (self));

  doorstep_detail_page_set_heading (DOORSTEP_DETAIL_PAGE (self), heading);
  gtk_label_set_text (self->title_label, doorstep_quote_get_title (get_quote (self)));
  gtk_label_set_text (self->status_label, status);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), doorstep_quote_get_status_style (get_quote (self)));

  if (label != NULL)
    g_ptr_array_add (facts, address != NULL ? g_strdup_printf ("%s, %s", label, address) : g_strdup (label));
  if (doorstep_quote_get_issued_on (get_quote (self)) != NULL)
    {
      g_autofree char *day = doorstep_date_format (doorstep_quote_get_issued_on (get_quote (self)));
      g_ptr_array_add (facts, g_strdup_printf (_("Issued %s"), day));
    }
  if (doorstep_quote_get_valid_until (get_quote (self)) != NULL)
    {
      g_autofree char *day = doorstep_date_format (doorstep_quote_get_valid_until (get_quote (self)));
      g_ptr_array_add (facts, doorstep_quote_get_expired (get_quote (self))
                              ? g_strdup_printf (_("Expired on %s"), day)
                              : g_strdup_printf (_("Valid until %s"), day));
    }
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_text (self->facts_label, facts_text);
}

static void
show_outcome (DoorstepQuotePage *self)
{
  DoorstepQuoteStatus status = doorstep_quote_get_status (get_quote (self));
  g_autofree char *text = NULL;
  const char *title = NULL;

  if (status == DOORSTEP_QUOTE_STATUS_APPROVED && doorstep_quote_get_approved_at (get_quote (self)) != NULL)
    {
      g_autofree char *day = doorstep_date_time_format_day (doorstep_quote_get_approved_at (get_quote (self)));

      title = _("Approval");
      text = g_strdup_printf (_("Approved by %s on %s. The PDF carries the signature."),
                              doorstep_quote_get_signer_name (get_quote (self)), day);
    }
  else if (status == DOORSTEP_QUOTE_STATUS_DECLINED && doorstep_quote_get_declined_at (get_quote (self)) != NULL)
    {
      g_autofree char *day = doorstep_date_time_format_day (doorstep_quote_get_declined_at (get_quote (self)));
      const char *reason = doorstep_quote_get_decline_reason (get_quote (self));

      title = _("Declined");
      text = reason != NULL
             ? g_strdup_printf (_("Declined on %s: “%s”"), day, reason)
             : g_strdup_printf (_("Declined on %s."), day);
    }
  else if (doorstep_quote_get_expired (get_quote (self)))
    {
      title = _("Expired");
      text = g_strdup (_("This quote can no longer be approved. Ask for a new one with the + button."));
    }

  adw_preferences_group_set_title (self->outcome_group, title != NULL ? title : "");
  show_text (GTK_WIDGET (self->outcome_group), self->outcome_label, text);
}

/* Approving and declining */

/* The quote was decided: shown, if it is still the one on the page, and
 * told either way. */
static void
decided (DoorstepQuotePage *self,
         DoorstepQuote     *quote,
         const char        *message)
{
  if (g_strcmp0 (doorstep_quote_get_id (quote), doorstep_detail_page_get_id (DOORSTEP_DETAIL_PAGE (self))) == 0)
    doorstep_detail_page_set_record (DOORSTEP_DETAIL_PAGE (self), quote);
  doorstep_toast (GTK_WIDGET (self), message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
approved_cb (DoorstepQuotePage *self,
             DoorstepQuote     *quote)
{
  g_autofree char *message = g_strdup_printf (_("Quote %s approved"), doorstep_quote_get_number (quote));

  decided (self, quote, message);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (widget);
  DoorstepQuote *quote = get_quote (self);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree gboolean *ticked = NULL;
  DoorstepQuoteTotals totals;
  GtkWidget *dialog;

  if (quote == NULL || !doorstep_quote_get_can_respond (quote))
    return;

  for (guint i = 0; i < count_items (self); i++)
    {
      DoorstepQuoteItemRow *row = get_item_row (self, i);
      DoorstepQuoteItem *item = doorstep_quote_item_row_get_item (row);

      if (doorstep_quote_item_get_optional (item) && doorstep_quote_item_row_get_ticked (row))
        g_ptr_array_add (ids, (gpointer) doorstep_quote_item_get_id (item));
    }
  g_ptr_array_add (ids, NULL);
  ticked = dup_ticked (self);
  doorstep_quote_compute (quote, ticked, &totals);

  dialog = doorstep_approve_dialog_new (get_scope (self), quote, (const char * const *) ids->pdata, totals.total);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "approved", G_CALLBACK (approved_cb), self, G_CONNECT_SWAPPED);
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
  DoorstepQuotePage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepQuote) quote = doorstep_quotes_api_decline_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_QUOTE_PAGE (user_data);
  if (quote != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Quote %s declined"), doorstep_quote_get_number (quote));

      if (g_strcmp0 (doorstep_quote_get_id (quote), doorstep_detail_page_get_id (DOORSTEP_DETAIL_PAGE (self))) == 0)
        {
          g_clear_pointer (&self->decline_reason, g_free);
          g_clear_pointer (&self->decline_key, g_free);
        }
      decided (self, quote, message);
      return;
    }

  doorstep_toast (GTK_WIDGET (self), error->message);
  if (g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_CONFLICT))
    {
      doorstep_section_reload (DOORSTEP_SECTION (self));
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
  if (!g_str_equal (response, "decline") || get_quote (self) == NULL)
    return;

  g_free (self->decline_reason);
  self->decline_reason = g_strdup (gtk_editable_get_text (reason));
  if (self->decline_key == NULL)
    self->decline_key = g_uuid_string_random ();
  g_cancellable_cancel (self->decline_cancellable);
  g_clear_object (&self->decline_cancellable);
  self->decline_cancellable = g_cancellable_new ();
  doorstep_quotes_api_decline_async (get_scope (self), doorstep_quote_get_id (get_quote (self)), self->decline_reason,
                                     self->decline_key, self->decline_cancellable, decline_cb, self);
}

static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (widget);
  DoorstepQuote *quote = get_quote (self);
  AdwMessageDialog *dialog;
  GtkWidget *reason;
  g_autofree char *heading = NULL;

  if (quote == NULL || !doorstep_quote_get_can_respond (quote))
    return;

  heading = g_strdup_printf (_("Decline Quote %s?"), doorstep_quote_get_number (quote));
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
  gtk_window_present (GTK_WINDOW (dialog));
}

/* DoorstepDetailPage */

static void
doorstep_quote_page_show_record (DoorstepDetailPage *page,
                                 gpointer            record)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (page);
  DoorstepQuote *quote = record;
  gboolean priced = doorstep_quote_get_status (quote) != DOORSTEP_QUOTE_STATUS_REQUESTED;
  gboolean can_respond = doorstep_quote_get_can_respond (quote);
  g_autoptr(DoorstepDocument) pdf = NULL;

  /* A quote being priced has no PDF yet. */
  if (priced)
    {
      g_autofree char *title = g_strdup_printf (_("Quote %s"), doorstep_quote_get_number (quote));
      /* Translators: the file name a quote's PDF is saved under; %s is its number */
      g_autofree char *file_name = g_strdup_printf (_("Quote %s.pdf"), doorstep_quote_get_number (quote));

      pdf = doorstep_document_new (get_scope (self), &doorstep_quotes_api_pdf, doorstep_quote_get_id (quote),
                                   title, doorstep_quote_get_title (quote), file_name);
    }
  doorstep_detail_page_set_document (page, pdf);

  show_header (self);
  show_text (self->asked_group, self->asked_label, doorstep_quote_get_request_description (quote));
  gtk_widget_set_visible (self->priced_group, !priced);
  gtk_widget_set_visible (GTK_WIDGET (self->items_group), priced);
  gtk_widget_set_visible (self->totals_group, priced);
  show_items (self);
  if (priced)
    {
      show_totals (self);
      show_deposit (self);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->deposit_group), FALSE);
  show_outcome (self);
  show_text (self->notes_group, self->notes_label, doorstep_quote_get_notes (quote));
  show_text (self->terms_group, self->terms_label, doorstep_quote_get_terms (quote));

  gtk_action_bar_set_revealed (self->action_bar, can_respond);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote.approve", can_respond);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote.decline", can_respond);
}

static void
doorstep_quote_page_clear (DoorstepDetailPage *page)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (page);

  g_cancellable_cancel (self->decline_cancellable);
  g_clear_pointer (&self->decline_reason, g_free);
  g_clear_pointer (&self->decline_key, g_free);
  doorstep_rows_bind (self->items_list, NULL, NULL, NULL);
  gtk_action_bar_set_revealed (self->action_bar, FALSE);
}

static gpointer
doorstep_quote_page_load_finish (DoorstepScope  *scope,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  return doorstep_quotes_api_get_finish (scope, result, error);
}

/* GObject */

static void
doorstep_quote_page_dispose (GObject *object)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (object);

  g_cancellable_cancel (self->decline_cancellable);
  g_clear_object (&self->decline_cancellable);

  G_OBJECT_CLASS (doorstep_quote_page_parent_class)->dispose (object);
}

static void
doorstep_quote_page_finalize (GObject *object)
{
  DoorstepQuotePage *self = DOORSTEP_QUOTE_PAGE (object);

  g_free (self->decline_reason);
  g_free (self->decline_key);

  G_OBJECT_CLASS (doorstep_quote_page_parent_class)->finalize (object);
}

static void
doorstep_quote_page_class_init (DoorstepQuotePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  object_class->dispose = doorstep_quote_page_dispose;
  object_class->finalize = doorstep_quote_page_finalize;
  detail_class->load_async = doorstep_quotes_api_get_async;
  detail_class->load_finish = doorstep_quote_page_load_finish;
  detail_class->show_record = doorstep_quote_page_show_record;
  detail_class->clear = doorstep_quote_page_clear;

  /**
   * DoorstepQuotePage::changed:
   *
   * The quote was approved or declined, or found changed: lists and counts
   * showing it need a reload.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/quotes/doorstep-quote-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, status_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, asked_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, asked_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, priced_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, items_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, items_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, totals_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, subtotal_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, discount_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, discount_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, tax_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, tax_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, deposit_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, pay_deposit_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, required_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, paid_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, pending_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, terms_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, terms_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotePage, action_bar);

  gtk_widget_class_install_action (widget_class, "quote.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "quote.decline", NULL, decline_action);
}

static void
doorstep_quote_page_init (DoorstepQuotePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the quote @quote_id of the page's scope, loading it. */
void
doorstep_quote_page_show (DoorstepQuotePage *self,
                          const char        *quote_id)
{
  g_return_if_fail (DOORSTEP_IS_QUOTE_PAGE (self));
  g_return_if_fail (quote_id != NULL);

  /* A reason typed for another quote is not this one's. */
  if (g_strcmp0 (doorstep_detail_page_get_id (DOORSTEP_DETAIL_PAGE (self)), quote_id) != 0)
    {
      g_clear_pointer (&self->decline_reason, g_free);
      g_clear_pointer (&self->decline_key, g_free);
    }
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), quote_id);
}

/**
 * doorstep_quote_page_get_quote:
 *
 * Returns: (transfer none) (nullable): the quote shown, once loaded
 */
DoorstepQuote *
doorstep_quote_page_get_quote (DoorstepQuotePage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_QUOTE_PAGE (self), NULL);
  return get_quote (self);
}

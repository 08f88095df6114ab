/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-approve-dialog.h"

/* Approving a quote: what is approved and for how much, the deposit due,
 * the customer's full name and their signature. One Idempotency-Key lives
 * as long as the dialog, so sending again after a lost answer never
 * approves twice; the server keeps only successful answers under it, so a
 * corrected name can go out under the same key. */

struct _DoorstepApproveDialog {
  AdwWindow             parent_instance;

  AdwEntryRow          *name_row;
  DoorstepSignaturePad *pad;
  GtkLabel             *signature_error;
  GtkLabel             *error_label;
  GtkButton            *approve_button;
  GtkSpinner           *spinner;

  DoorstepApiClient    *client;
  DoorstepQuote        *quote;
  GStrv                 selected_item_ids;
  char                 *idempotency_key;
  GCancellable         *cancellable;
  gboolean              sending;
};

G_DEFINE_FINAL_TYPE (DoorstepApproveDialog, doorstep_approve_dialog, ADW_TYPE_WINDOW)

enum {
  APPROVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_row_error (AdwEntryRow *row,
               const char  *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
    }
}

static void
show_label (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
update_sensitivity (DoorstepApproveDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->approve_button), !self->sending);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), !self->sending);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pad), !self->sending);
  gtk_spinner_set_spinning (self->spinner, self->sending);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->sending);
}

static void
approve_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DoorstepApproveDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepQuote) quote = doorstep_api_client_approve_quote_finish (DOORSTEP_API_CLIENT (source_object),
                                                                              result, &error);
  GHashTable *fields;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->sending = FALSE;
  update_sensitivity (self);

  if (quote != NULL)
    {
      g_signal_emit (self, signals[APPROVED], 0, quote);
      /* Unfocus the name first: GTK warns about a text losing its window
       * while focused. */
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Say what went wrong beside what caused it; keep what was entered. */
  fields = doorstep_api_error_get_field_errors (error);
  if (fields != NULL && g_hash_table_contains (fields, "signer_name"))
    set_row_error (self->name_row, g_hash_table_lookup (fields, "signer_name"));
  if (fields != NULL && g_hash_table_contains (fields, "signature_png"))
    show_label (self->signature_error, g_hash_table_lookup (fields, "signature_png"));
  show_label (self->error_label, error->message);
}

static void
approve_clicked_cb (DoorstepApproveDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autoptr(GBytes) png = NULL;
  gboolean ok = TRUE;

  if (self->sending)
    return;

  show_label (self->error_label, NULL);
  show_label (self->signature_error, NULL);
  set_row_error (self->name_row, NULL);

  if (*name == '\0')
    {
      set_row_error (self->name_row, _("Type your full name."));
      show_label (self->error_label, _("Type your full name to approve."));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      ok = FALSE;
    }
  if (doorstep_signature_pad_is_empty (self->pad))
    {
      show_label (self->signature_error, _("Sign in the box above."));
      ok = FALSE;
    }
  if (!ok)
    return;

  png = doorstep_signature_pad_to_png (self->pad);
  self->sending = TRUE;
  update_sensitivity (self);
  doorstep_api_client_approve_quote_async (self->client, doorstep_quote_get_id (self->quote), name, png,
                                           (const char * const *) self->selected_item_ids,
                                           self->idempotency_key, self->cancellable,
                                           approve_cb, g_object_ref (self));
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  approve_clicked_cb (DOORSTEP_APPROVE_DIALOG (widget));
}

static void
name_changed_cb (DoorstepApproveDialog *self)
{
  set_row_error (self->name_row, NULL);
  show_label (self->error_label, NULL);
}

static void
pad_changed_cb (DoorstepApproveDialog *self)
{
  if (!doorstep_signature_pad_is_empty (self->pad))
    show_label (self->signature_error, NULL);
}

static void
doorstep_approve_dialog_dispose (GObject *object)
{
  DoorstepApproveDialog *self = DOORSTEP_APPROVE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->quote);
  g_clear_pointer (&self->selected_item_ids, g_strfreev);
  g_clear_pointer (&self->idempotency_key, g_free);

  G_OBJECT_CLASS (doorstep_approve_dialog_parent_class)->dispose (object);
}

static void
doorstep_approve_dialog_class_init (DoorstepApproveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_approve_dialog_dispose;

  /**
   * DoorstepApproveDialog::approved:
   * @quote: the approved quote, as the server answered
   */
  signals[APPROVED] = g_signal_new ("approved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOORSTEP_TYPE_QUOTE);

  gtk_widget_class_install_action (widget_class, "approve.confirm", NULL, confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_approve_dialog_init (DoorstepApproveDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->idempotency_key = g_uuid_string_random ();
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

DoorstepApproveDialog *
doorstep_approve_dialog_new (DoorstepApiClient  *client,
                             DoorstepQuote      *quote,
                             const char * const *selected_item_ids,
                             gint64              total_minor)
{
  DoorstepApproveDialog *self = g_object_new (DOORSTEP_TYPE_APPROVE_DIALOG,
                                              "modal", TRUE,
                                              "default-width", 520,
                                              "title", _("Approve Quote"),
                                              NULL);
  const char *currency = doorstep_quote_get_currency (quote);
  g_autofree char *total = doorstep_money_format (total_minor, currency);
  g_autofree char *summary = NULL;
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *pad_header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *pad_title = wrapped_label (_("Signature"), "heading");
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("C_lear"));
  gint64 required, paid, pending;

  self->client = g_object_ref (client);
  self->quote = g_object_ref (quote);
  self->selected_item_ids = g_strdupv ((char **) selected_item_ids);

  /* Header: Cancel and Approve */
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->approve_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Approve")));
  gtk_widget_add_css_class (GTK_WIDGET (self->approve_button), "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->approve_button), "approve.confirm");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->approve_button));
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (toolbar), header);

  /* What is being approved */
  /* Translators: "Quote Q-1001, High-efficiency gas furnace replacement, for $6,892.20" */
  summary = g_strdup_printf (_("You are approving quote %s, “%s”, for %s."),
                             doorstep_quote_get_number (quote), doorstep_quote_get_title (quote), total);
  gtk_box_append (GTK_BOX (box), wrapped_label (summary, NULL));
  if (doorstep_quote_get_deposit (quote, &required, &paid, &pending) && pending > 0)
    {
      g_autofree char *due = doorstep_money_format (pending, currency);
      g_autofree char *text = g_strdup_printf (_("A deposit of %s is due once you approve. You can pay it from your invoices."), due);
      GtkWidget *label = wrapped_label (text, "deposit-due");

      gtk_box_append (GTK_BOX (box), label);
    }

  /* Name */
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Your full name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->name_row), TRUE);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (name_changed_cb), self);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (approve_clicked_cb), self);
  adw_entry_row_set_show_apply_button (self->name_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->name_row));
  gtk_box_append (GTK_BOX (box), group);

  /* Signature */
  gtk_widget_set_hexpand (pad_title, TRUE);
  gtk_box_append (GTK_BOX (pad_header), pad_title);
  gtk_widget_add_css_class (clear, "flat");
  gtk_box_append (GTK_BOX (pad_header), clear);
  gtk_box_append (GTK_BOX (box), pad_header);
  self->pad = DOORSTEP_SIGNATURE_PAD (doorstep_signature_pad_new ());
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (doorstep_signature_pad_clear), self->pad);
  gtk_widget_set_size_request (GTK_WIDGET (self->pad), -1, 160);
  g_signal_connect_swapped (self->pad, "notify::empty", G_CALLBACK (pad_changed_cb), self);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->pad));
  gtk_widget_add_css_class (frame, "signature-frame");
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), wrapped_label (_("Draw your signature with a mouse, touchpad or pen."), "dim-label"));
  self->signature_error = GTK_LABEL (wrapped_label (NULL, "error"));
  gtk_widget_set_visible (GTK_WIDGET (self->signature_error), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->signature_error));

  self->error_label = GTK_LABEL (wrapped_label (NULL, "error"));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  gtk_box_append (GTK_BOX (box), wrapped_label (_("By approving you accept the quote’s terms. Your name, your signature and the time are recorded with the quote."), "caption"));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

AdwEntryRow *
doorstep_approve_dialog_get_name_row (DoorstepApproveDialog *self)
{
  return self->name_row;
}

DoorstepSignaturePad *
doorstep_approve_dialog_get_pad (DoorstepApproveDialog *self)
{
  return self->pad;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-approve-dialog.h"
#include "doorstep-form.h"
#include "doorstep-quotes-api.h"
#include "doorstep-signature-pad.h"

/* Approving a quote: what is approved and for how much, the deposit due,
 * the customer's full name and their signature. One Idempotency-Key lives
 * as long as the dialog, so sending again after a lost answer never
 * approves twice; the server keeps only successful answers under it, so a
 * corrected name can go out under the same key. */

struct _DoorstepApproveDialog {
  AdwWindow             parent_instance;

  /* template widgets */
  GtkLabel             *summary_label;
  GtkLabel             *deposit_label;
  AdwEntryRow          *name_row;
  DoorstepSignaturePad *pad;
  GtkLabel             *signature_error;
  GtkLabel             *error_label;
  GtkWidget            *approve_button;
  GtkSpinner           *spinner;

  DoorstepForm         *form;
  DoorstepScope        *scope;
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
set_sending (DoorstepApproveDialog *self,
             gboolean               sending)
{
  self->sending = sending;
  gtk_widget_set_sensitive (self->approve_button, !sending);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), !sending);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pad), !sending);
  gtk_spinner_set_spinning (self->spinner, sending);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), sending);
}

static void
approve_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepApproveDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepQuote) quote = doorstep_quotes_api_approve_finish (DOORSTEP_SCOPE (source_object), result, &error);

  /* Closing the dialog cancels the call: then it is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_APPROVE_DIALOG (user_data);
  set_sending (self, FALSE);
  if (quote == NULL)
    {
      /* Say what went wrong beside what caused it; keep what was entered. */
      doorstep_form_show_api_error (self->form, error);
      return;
    }

  g_signal_emit (self, signals[APPROVED], 0, quote);
  /* Unfocus the name first: GTK warns about a text losing its window
   * while focused. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
confirm_cb (DoorstepApproveDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autoptr(GBytes) png = NULL;
  gboolean ok = TRUE;

  if (self->sending)
    return;

  doorstep_form_clear_errors (self->form);
  if (*name == '\0')
    {
      doorstep_form_set_field_error (self->form, "signer_name", _("Type your full name."));
      doorstep_form_set_error (self->form, _("Type your full name to approve."));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      ok = FALSE;
    }
  if (doorstep_signature_pad_is_empty (self->pad))
    {
      doorstep_form_set_field_error (self->form, "signature_png", _("Sign in the box above."));
      ok = FALSE;
    }
  if (!ok)
    return;

  png = doorstep_signature_pad_to_png (self->pad);
  set_sending (self, TRUE);
  doorstep_quotes_api_approve_async (self->scope, doorstep_quote_get_id (self->quote), name, png,
                                     (const char * const *) self->selected_item_ids,
                                     self->idempotency_key, self->cancellable, approve_cb, self);
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  confirm_cb (DOORSTEP_APPROVE_DIALOG (widget));
}

static void
name_changed_cb (DoorstepApproveDialog *self)
{
  doorstep_form_set_field_error (self->form, "signer_name", NULL);
  doorstep_form_set_error (self->form, NULL);
}

static void
clear_cb (DoorstepApproveDialog *self)
{
  doorstep_signature_pad_clear (self->pad);
}

static void
pad_changed_cb (DoorstepApproveDialog *self)
{
  if (!doorstep_signature_pad_is_empty (self->pad))
    doorstep_form_set_field_error (self->form, "signature_png", NULL);
}

static void
doorstep_approve_dialog_dispose (GObject *object)
{
  DoorstepApproveDialog *self = DOORSTEP_APPROVE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->quote);
  g_clear_pointer (&self->selected_item_ids, g_strfreev);
  g_clear_pointer (&self->idempotency_key, g_free);
  g_clear_pointer (&self->form, doorstep_form_free);

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

  g_type_ensure (DOORSTEP_TYPE_SIGNATURE_PAD);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/quotes/doorstep-approve-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, deposit_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, pad);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, signature_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, approve_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepApproveDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, confirm_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_cb);
  gtk_widget_class_bind_template_callback (widget_class, pad_changed_cb);

  gtk_widget_class_install_action (widget_class, "approve.confirm", NULL, confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_approve_dialog_init (DoorstepApproveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->idempotency_key = g_uuid_string_random ();
  self->form = doorstep_form_new (self->error_label);
  doorstep_form_add_field (self->form, "signer_name", GTK_WIDGET (self->name_row));
  doorstep_form_add_field (self->form, "signature_png", GTK_WIDGET (self->signature_error));
}

/**
 * doorstep_approve_dialog_new:
 * @selected_item_ids: the optional items the customer ticked
 * @total_minor: the total with those items, as the page shows it
 */
GtkWidget *
doorstep_approve_dialog_new (DoorstepScope      *scope,
                             DoorstepQuote      *quote,
                             const char * const *selected_item_ids,
                             gint64              total_minor)
{
  DoorstepApproveDialog *self = g_object_new (DOORSTEP_TYPE_APPROVE_DIALOG, NULL);
  const char *currency = doorstep_quote_get_currency (quote);
  g_autofree char *total = doorstep_money_format (total_minor, currency);
  g_autofree char *summary = NULL;
  gint64 required, paid, pending;

  self->scope = g_object_ref (scope);
  self->quote = g_object_ref (quote);
  self->selected_item_ids = g_strdupv ((char **) selected_item_ids);

  /* Translators: "Quote Q-1001, High-efficiency gas furnace replacement, for $6,892.20" */
  summary = g_strdup_printf (_("You are approving quote %s, “%s”, for %s."),
                             doorstep_quote_get_number (quote), doorstep_quote_get_title (quote), total);
  gtk_label_set_text (self->summary_label, summary);
  if (doorstep_quote_get_deposit (quote, &required, &paid, &pending) && pending > 0)
    {
      g_autofree char *due = doorstep_money_format (pending, currency);
      g_autofree char *text = g_strdup_printf (_("A deposit of %s is due once you approve. You can pay it from your invoices."), due);

      gtk_label_set_text (self->deposit_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->deposit_label), TRUE);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}

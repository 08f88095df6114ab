/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-customer-notes.h"
#include "doorstep-customers-api.h"
#include "doorstep-form.h"
#include "doorstep-note-row.h"
#include "doorstep-paged-rows.h"
#include "doorstep-toast.h"

/* The notes on a customer's profile. A note added, saved or deleted
 * changes the notes shown in place, where the server would list it
 * (pinned first, then newest first); one pinned or unpinned moves,
 * perhaps to a page not loaded, so the list is loaded again. The calls
 * have their own cancellable: a reload of the profile does not abandon
 * them, another customer does. */

struct _DoorstepCustomerNotes {
  AdwBin              parent_instance;

  /* template widgets */
  DoorstepPagedRows  *rows;
  GtkTextView        *add_view;
  GtkWidget          *add_placeholder;
  GtkLabel           *add_body_error;
  GtkLabel           *add_error;
  GtkCheckButton     *add_pin_check;
  GtkWidget          *add_button;

  /* owned references */
  DoorstepScope      *scope;
  char               *customer_id;
  DoorstepForm       *add_form;
  char               *add_key;       /* the note being added: its Idempotency-Key, */
  char               *add_text;      /* and what it went with, for a retry of the same */
  gboolean            add_pinned;
  gboolean            adding;
  GCancellable       *cancellable;   /* of adding, saving and deleting notes */
};

G_DEFINE_FINAL_TYPE (DoorstepCustomerNotes, doorstep_customer_notes, ADW_TYPE_BIN)

/* Notes are read a page at a time, the rest with Show More. */
static const char * const notes_query[] = { "limit", "20", NULL };

static DoorstepPagedList *
get_notes (DoorstepCustomerNotes *self)
{
  return doorstep_paged_rows_get_list (self->rows);
}

static char *
dup_add_text (DoorstepCustomerNotes *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->add_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The one place the actions are enabled. */
static void
update_actions (DoorstepCustomerNotes *self)
{
  g_autofree char *text = dup_add_text (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notes.add",
                                 self->scope != NULL && !self->adding &&
                                 doorstep_check_lines (text, DOORSTEP_NOTE_BODY_MAX) != DOORSTEP_TEXT_BLANK);
  gtk_widget_set_visible (self->add_placeholder, *text == '\0');
  gtk_text_view_set_editable (self->add_view, !self->adding);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_pin_check), !self->adding);
}

static gboolean
find_note (DoorstepPagedList *list,
           const char        *note_id,
           guint             *position)
{
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DoorstepNote) note = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (doorstep_note_get_id (note), note_id))
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void note_save_cb   (DoorstepNoteRow       *row,
                            const char            *body,
                            gboolean               pinned,
                            DoorstepCustomerNotes *self);
static void note_delete_cb (DoorstepNoteRow       *row,
                            DoorstepCustomerNotes *self);

static GtkWidget *
new_note_row (gpointer item,
              gpointer user_data)
{
  GtkWidget *row = doorstep_note_row_new (item);

  g_signal_connect_object (row, "save", G_CALLBACK (note_save_cb), user_data, 0);
  g_signal_connect_object (row, "delete", G_CALLBACK (note_delete_cb), user_data, 0);
  return row;
}

static void
load_notes (DoorstepCustomerNotes *self)
{
  g_autoptr(DoorstepPagedList) notes = NULL;

  notes = doorstep_paged_list_new_for_id (self->scope, &doorstep_customers_api_notes, self->customer_id,
                                          notes_query);
  doorstep_paged_rows_set_list (self->rows, notes, new_note_row, self);
}

/* Puts @note where the server would list it: the top if pinned, else
 * under the pinned ones; one already shown (an add retried) is replaced. */
static void
insert_note (DoorstepCustomerNotes *self,
             DoorstepNote          *note)
{
  DoorstepPagedList *notes = get_notes (self);
  guint position = 0, n;

  if (notes == NULL || !doorstep_paged_list_get_loaded (notes))
    return;
  if (find_note (notes, doorstep_note_get_id (note), &position))
    {
      doorstep_paged_list_splice (notes, position, 1, (gpointer *) &note, 1);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (notes));
  while (!doorstep_note_get_pinned (note) && position < n)
    {
      g_autoptr(DoorstepNote) shown = g_list_model_get_item (G_LIST_MODEL (notes), position);

      if (!doorstep_note_get_pinned (shown))
        break;
      position++;
    }
  /* Under pinned notes still to come: it comes with their pages. */
  if (position == n && n > 0 && !doorstep_note_get_pinned (note) && doorstep_paged_list_get_has_more (notes))
    return;
  doorstep_paged_list_splice (notes, position, 0, (gpointer *) &note, 1);
}

/* A note call under way. The notes' cancellable guards them; the row
 * may go meanwhile (the list loaded again), so it is held weakly. */
typedef struct {
  DoorstepCustomerNotes *notes;
  GWeakRef               row;
  char                  *note_id;
  gboolean               was_pinned;
} NoteCall;

/* @row: (nullable): the note's row, to say there how it went */
static NoteCall *
note_call_new (DoorstepCustomerNotes *notes,
               DoorstepNoteRow       *row,
               const char            *note_id,
               gboolean               was_pinned)
{
  NoteCall *call = g_new0 (NoteCall, 1);

  call->notes = notes;
  g_weak_ref_init (&call->row, row);
  call->note_id = g_strdup (note_id);
  call->was_pinned = was_pinned;
  return call;
}

static void
note_call_free (NoteCall *call)
{
  g_weak_ref_clear (&call->row);
  g_free (call->note_id);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NoteCall, note_call_free)

static void
note_saved_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(NoteCall) call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepNote) note = doorstep_customers_api_edit_note_finish (DOORSTEP_SCOPE (source_object), result, &error);
  g_autoptr(DoorstepNoteRow) row = NULL;
  DoorstepCustomerNotes *self;
  guint position;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = call->notes;
  row = g_weak_ref_get (&call->row);
  if (note == NULL)
    {
      if (row != NULL)
        doorstep_note_row_save_failed (row, error);
      else
        doorstep_toast (GTK_WIDGET (self), error->message);
      return;
    }

  doorstep_toast (GTK_WIDGET (self), _("Note saved"));
  if (doorstep_note_get_pinned (note) != call->was_pinned)
    {
      /* It moves, maybe to a page not loaded yet: the server places it. */
      load_notes (self);
      return;
    }
  if (find_note (get_notes (self), call->note_id, &position))
    {
      GtkListBoxRow *shown;

      doorstep_paged_list_splice (get_notes (self), position, 1, (gpointer *) &note, 1);
      shown = gtk_list_box_get_row_at_index (doorstep_paged_rows_get_list_box (self->rows), (int) position);
      if (shown != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (shown));
    }
}

static void
note_save_cb (DoorstepNoteRow       *row,
              const char            *body,
              gboolean               pinned,
              DoorstepCustomerNotes *self)
{
  DoorstepNote *note = doorstep_note_row_get_note (row);
  NoteCall *call = note_call_new (self, row, doorstep_note_get_id (note), doorstep_note_get_pinned (note));

  doorstep_customers_api_edit_note_async (self->scope, self->customer_id, call->note_id, body, pinned,
                                          self->cancellable, note_saved_cb, call);
}

static void
note_deleted_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NoteCall) call = user_data;
  g_autoptr(GError) error = NULL;
  DoorstepCustomerNotes *self;
  gboolean deleted = doorstep_customers_api_delete_note_finish (DOORSTEP_SCOPE (source_object), result, &error);
  guint position;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = call->notes;
  if (!deleted && !g_error_matches (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_NOT_FOUND))
    {
      doorstep_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* Gone, by this or by someone before. */
  doorstep_toast (GTK_WIDGET (self), deleted ? _("Note deleted") : error->message);
  if (find_note (get_notes (self), call->note_id, &position))
    {
      GtkListBox *list_box = doorstep_paged_rows_get_list_box (self->rows);
      GtkListBoxRow *next;

      doorstep_paged_list_splice (get_notes (self), position, 1, NULL, 0);
      next = gtk_list_box_get_row_at_index (list_box, (int) position);
      if (next == NULL && position > 0)
        next = gtk_list_box_get_row_at_index (list_box, (int) position - 1);
      gtk_widget_grab_focus (next != NULL ? GTK_WIDGET (next) : GTK_WIDGET (self->add_view));
    }
}

/* @asked: the dialog's, which it frees when it goes */
static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NoteCall         *asked)
{
  DoorstepCustomerNotes *self = asked->notes;

  if (g_str_equal (response, "delete"))
    doorstep_customers_api_delete_note_async (self->scope, self->customer_id, asked->note_id, self->cancellable,
                                              note_deleted_cb, note_call_new (self, NULL, asked->note_id, FALSE));
}

static void
note_delete_cb (DoorstepNoteRow       *row,
                DoorstepCustomerNotes *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Delete This Note?"),
                                                       _("It goes for everyone on the team, and can’t be brought back.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* It asks about this customer's note: another customer, or the page
   * going, closes it. */
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response_cb),
                         note_call_new (self, NULL, doorstep_note_get_id (doorstep_note_row_get_note (row)), FALSE),
                         (GClosureNotify) (void (*) (void)) note_call_free, 0);
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (gtk_window_destroy), dialog,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adding a note */

static void
add_text_changed_cb (DoorstepCustomerNotes *self)
{
  update_actions (self);
}

/* Forgets the note being typed and its key: it was added, or another
 * customer is shown. */
static void
reset_composer (DoorstepCustomerNotes *self)
{
  g_clear_pointer (&self->add_key, g_free);
  g_clear_pointer (&self->add_text, g_free);
  self->adding = FALSE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->add_view), "", -1);
  gtk_check_button_set_active (self->add_pin_check, FALSE);
  doorstep_form_clear_errors (self->add_form);
  update_actions (self);
}

static void
note_added_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  DoorstepCustomerNotes *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepNote) note = doorstep_customers_api_add_note_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_CUSTOMER_NOTES (user_data);
  self->adding = FALSE;
  if (note == NULL)
    {
      /* What was typed stays, with its key, to try again. */
      doorstep_form_show_api_error (self->add_form, error);
      update_actions (self);
      return;
    }

  reset_composer (self);
  insert_note (self, note);
  doorstep_toast (GTK_WIDGET (self), _("Note added"));
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepCustomerNotes *self = DOORSTEP_CUSTOMER_NOTES (widget);
  g_autofree char *text = dup_add_text (self);
  gboolean pinned = gtk_check_button_get_active (self->add_pin_check);
  const char *fault;

  if (self->scope == NULL || self->adding)
    return;

  doorstep_form_clear_errors (self->add_form);
  fault = doorstep_note_describe_fault (text);
  if (fault != NULL)
    {
      doorstep_form_set_field_error (self->add_form, "body", fault);
      return;
    }

  /* The same note again (after a failure) is a retry: the server adds
   * it once. A changed one is another note. */
  if (self->add_key == NULL || g_strcmp0 (self->add_text, text) != 0 || self->add_pinned != pinned)
    {
      g_free (self->add_key);
      self->add_key = g_uuid_string_random ();
      g_free (self->add_text);
      self->add_text = g_strdup (text);
      self->add_pinned = pinned;
    }

  self->adding = TRUE;
  update_actions (self);
  doorstep_customers_api_add_note_async (self->scope, self->customer_id, text, pinned, self->add_key,
                                         self->cancellable, note_added_cb, self);
}

/* GObject */

static void
doorstep_customer_notes_dispose (GObject *object)
{
  DoorstepCustomerNotes *self = DOORSTEP_CUSTOMER_NOTES (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_pointer (&self->add_form, doorstep_form_free);

  G_OBJECT_CLASS (doorstep_customer_notes_parent_class)->dispose (object);
}

static void
doorstep_customer_notes_finalize (GObject *object)
{
  DoorstepCustomerNotes *self = DOORSTEP_CUSTOMER_NOTES (object);

  g_free (self->customer_id);
  g_free (self->add_key);
  g_free (self->add_text);

  G_OBJECT_CLASS (doorstep_customer_notes_parent_class)->finalize (object);
}

static void
doorstep_customer_notes_class_init (DoorstepCustomerNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_customer_notes_dispose;
  object_class->finalize = doorstep_customer_notes_finalize;

  g_type_ensure (DOORSTEP_TYPE_PAGED_ROWS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customer-notes.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, rows);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, add_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, add_placeholder);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, add_body_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, add_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, add_pin_check);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerNotes, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_text_changed_cb);

  gtk_widget_class_install_action (widget_class, "notes.add", NULL, add_note_action);
}

static void
doorstep_customer_notes_init (DoorstepCustomerNotes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->add_form = doorstep_form_new (self->add_error);
  doorstep_form_add_field (self->add_form, "body", GTK_WIDGET (self->add_body_error));
  update_actions (self);
}

/**
 * doorstep_customer_notes_load:
 *
 * Shows the notes about @customer_id, loading them. The same customer
 * again reloads them, keeping the rows shown until the new ones are in
 * and what is being typed; another customer starts afresh.
 */
void
doorstep_customer_notes_load (DoorstepCustomerNotes *self,
                              DoorstepScope         *scope,
                              const char            *customer_id)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMER_NOTES (self));
  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));
  g_return_if_fail (customer_id != NULL);

  if (scope != self->scope || g_strcmp0 (customer_id, self->customer_id) != 0)
    {
      doorstep_customer_notes_clear (self);
      self->scope = g_object_ref (scope);
      self->customer_id = g_strdup (customer_id);
    }
  load_notes (self);
  update_actions (self);
}

/* Drops everything of the customer shown: the rows, the note being
 * typed, the calls under way (and a question about deleting one). */
void
doorstep_customer_notes_clear (DoorstepCustomerNotes *self)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMER_NOTES (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->scope);
  g_clear_pointer (&self->customer_id, g_free);
  doorstep_paged_rows_set_list (self->rows, NULL, NULL, NULL);
  reset_composer (self);
}

/**
 * doorstep_customer_notes_get_notes:
 *
 * Returns: (transfer none) (nullable): the notes shown (#DoorstepNote)
 */
GListModel *
doorstep_customer_notes_get_notes (DoorstepCustomerNotes *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_NOTES (self), NULL);
  return G_LIST_MODEL (get_notes (self));
}

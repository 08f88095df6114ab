/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-form.h"
#include "doorstep-note-row.h"

struct _DoorstepNoteRow {
  GtkListBoxRow   parent_instance;

  /* template widgets */
  GtkStack       *stack;
  GtkWidget      *pin_icon;
  GtkLabel       *author_label;
  GtkLabel       *when_label;
  GtkWidget      *edit_button;
  GtkWidget      *delete_button;
  GtkLabel       *body_label;
  GtkTextView    *edit_view;
  GtkLabel       *body_error;
  GtkLabel       *error_label;
  GtkCheckButton *pin_check;

  /* owned references */
  DoorstepNote   *note;
  DoorstepForm   *form;
  gboolean        saving;
};

G_DEFINE_FINAL_TYPE (DoorstepNoteRow, doorstep_note_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVE,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_edit_text (DoorstepNoteRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->edit_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
get_editing (DoorstepNoteRow *self)
{
  return g_str_equal (gtk_stack_get_visible_child_name (self->stack), "edit");
}

/* The one place the row's actions are enabled. */
static void
update_actions (DoorstepNoteRow *self)
{
  gboolean editing = get_editing (self);
  g_autofree char *text = editing ? dup_edit_text (self) : NULL;
  gboolean has_text = text != NULL && doorstep_check_lines (text, DOORSTEP_NOTE_BODY_MAX) != DOORSTEP_TEXT_BLANK;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.edit",
                                 !editing && doorstep_note_get_can_edit (self->note));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.delete",
                                 !editing && doorstep_note_get_can_delete (self->note));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.save", editing && has_text && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.cancel", editing && !self->saving);
  gtk_text_view_set_editable (self->edit_view, !self->saving);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pin_check), !self->saving);
}

static void
show_note (DoorstepNoteRow *self)
{
  DoorstepNote *note = self->note;
  g_autofree char *when = doorstep_note_dup_when (note);
  g_autofree char *accessible = NULL;

  gtk_widget_set_visible (self->pin_icon, doorstep_note_get_pinned (note));
  gtk_label_set_text (self->author_label, doorstep_note_get_author_name (note));
  gtk_label_set_text (self->when_label, when);
  gtk_label_set_text (self->body_label, doorstep_note_get_body (note));
  gtk_widget_set_visible (self->edit_button, doorstep_note_get_can_edit (note));
  gtk_widget_set_visible (self->delete_button, doorstep_note_get_can_delete (note));

  /* Translators: the accessible name of a note, "Note by Casey Morgan, Today, 10:00" */
  accessible = g_strdup_printf (doorstep_note_get_pinned (note) ? _("Pinned note by %s, %s") : _("Note by %s, %s"),
                                doorstep_note_get_author_name (note), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  update_actions (self);
}

static void
text_changed_cb (DoorstepNoteRow *self)
{
  update_actions (self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepNoteRow *self = DOORSTEP_NOTE_ROW (widget);

  if (!doorstep_note_get_can_edit (self->note))
    return;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->edit_view), doorstep_note_get_body (self->note), -1);
  gtk_check_button_set_active (self->pin_check, doorstep_note_get_pinned (self->note));
  doorstep_form_clear_errors (self->form);
  gtk_stack_set_visible_child_name (self->stack, "edit");
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->edit_view));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepNoteRow *self = DOORSTEP_NOTE_ROW (widget);

  if (!get_editing (self) || self->saving)
    return;
  gtk_stack_set_visible_child_name (self->stack, "view");
  update_actions (self);
  gtk_widget_grab_focus (self->edit_button);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepNoteRow *self = DOORSTEP_NOTE_ROW (widget);
  g_autofree char *text = NULL;
  const char *fault;

  if (!get_editing (self) || self->saving)
    return;

  text = dup_edit_text (self);
  doorstep_form_clear_errors (self->form);
  fault = doorstep_note_describe_fault (text);
  if (fault != NULL)
    {
      doorstep_form_set_field_error (self->form, "body", fault);
      return;
    }

  /* Unchanged: nothing to send. */
  if (g_str_equal (text, doorstep_note_get_body (self->note)) &&
      gtk_check_button_get_active (self->pin_check) == doorstep_note_get_pinned (self->note))
    {
      cancel_action (widget, NULL, NULL);
      return;
    }

  self->saving = TRUE;
  update_actions (self);
  g_signal_emit (self, signals[SAVE], 0, text, gtk_check_button_get_active (self->pin_check));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepNoteRow *self = DOORSTEP_NOTE_ROW (widget);

  if (doorstep_note_get_can_delete (self->note) && !get_editing (self))
    g_signal_emit (self, signals[DELETE], 0);
}

static void
doorstep_note_row_dispose (GObject *object)
{
  DoorstepNoteRow *self = DOORSTEP_NOTE_ROW (object);

  g_clear_object (&self->note);
  g_clear_pointer (&self->form, doorstep_form_free);
  G_OBJECT_CLASS (doorstep_note_row_parent_class)->dispose (object);
}

static void
doorstep_note_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_NOTE:
      g_value_set_object (value, DOORSTEP_NOTE_ROW (object)->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_note_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DoorstepNoteRow *self = DOORSTEP_NOTE_ROW (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      self->note = g_value_dup_object (value);
      show_note (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_note_row_class_init (DoorstepNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_note_row_dispose;
  object_class->get_property = doorstep_note_row_get_property;
  object_class->set_property = doorstep_note_row_set_property;

  properties[PROP_NOTE] =
    g_param_spec_object ("note", NULL, NULL, DOORSTEP_TYPE_NOTE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DoorstepNoteRow::save:
   * @body: the text typed, checked against the note's rule
   * @pinned: whether it is to be pinned
   *
   * Save was pressed on a changed note; the row waits, editing, for
   * doorstep_note_row_save_failed() or to be replaced by the saved note.
   */
  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /**
   * DoorstepNoteRow::delete:
   *
   * Delete was pressed; the page asks first.
   */
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, pin_icon);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, body_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, edit_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, body_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepNoteRow, pin_check);

  gtk_widget_class_install_action (widget_class, "note.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "note.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "note.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "note.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "note.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "note.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "note.cancel", NULL);
}

static void
doorstep_note_row_init (DoorstepNoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->form = doorstep_form_new (self->error_label);
  doorstep_form_add_field (self->form, "body", GTK_WIDGET (self->body_error));
  g_signal_connect_object (gtk_text_view_get_buffer (self->edit_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
doorstep_note_row_new (DoorstepNote *note)
{
  g_return_val_if_fail (DOORSTEP_IS_NOTE (note), NULL);
  return g_object_new (DOORSTEP_TYPE_NOTE_ROW, "note", note, NULL);
}

/**
 * doorstep_note_row_get_note:
 *
 * Returns: (transfer none): the note shown
 */
DoorstepNote *
doorstep_note_row_get_note (DoorstepNoteRow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_NOTE_ROW (self), NULL);
  return self->note;
}

gboolean
doorstep_note_row_get_editing (DoorstepNoteRow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_NOTE_ROW (self), FALSE);
  return get_editing (self);
}

/* Saving failed: says why (the server's words, the text's own beside
 * it), and keeps what was typed to try again. */
void
doorstep_note_row_save_failed (DoorstepNoteRow *self,
                               const GError    *error)
{
  g_return_if_fail (DOORSTEP_IS_NOTE_ROW (self));
  g_return_if_fail (error != NULL);

  self->saving = FALSE;
  doorstep_form_show_api_error (self->form, error);
  update_actions (self);
}

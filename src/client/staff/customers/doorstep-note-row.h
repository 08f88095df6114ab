/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-note.h"

G_BEGIN_DECLS

/* A note on a customer's profile: who wrote it and when, a pin if it is
 * pinned, its text; and, where the server lets the person signed in,
 * Edit (in place: the text, Pinned, Cancel and Save) and Delete. The row
 * only asks: it emits "save" and "delete", and its page sends them and
 * says how it went (doorstep_note_row_save_failed()). */

#define DOORSTEP_TYPE_NOTE_ROW (doorstep_note_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepNoteRow, doorstep_note_row, DOORSTEP, NOTE_ROW, GtkListBoxRow)

GtkWidget    *doorstep_note_row_new         (DoorstepNote    *note);
DoorstepNote *doorstep_note_row_get_note    (DoorstepNoteRow *self);
gboolean      doorstep_note_row_get_editing (DoorstepNoteRow *self);
void          doorstep_note_row_save_failed (DoorstepNoteRow *self,
                                             const GError    *error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A note staff keep about a customer: its text (several lines), whether
 * it is pinned above the others, who wrote it and when, and whether the
 * person signed in may change it (its author) or delete it (its author,
 * or an admin). The server decides both; the app only hides what it
 * would refuse. */
#define DOORSTEP_TYPE_NOTE (doorstep_note_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepNote, doorstep_note, DOORSTEP, NOTE, DoorstepRecord)

const char *doorstep_note_get_id          (DoorstepNote *self);
const char *doorstep_note_get_body        (DoorstepNote *self);
gboolean    doorstep_note_get_pinned      (DoorstepNote *self);
const char *doorstep_note_get_author_id   (DoorstepNote *self);
const char *doorstep_note_get_author_name (DoorstepNote *self);
GDateTime  *doorstep_note_get_created_at  (DoorstepNote *self);
GDateTime  *doorstep_note_get_updated_at  (DoorstepNote *self);
gboolean    doorstep_note_get_can_edit    (DoorstepNote *self);
gboolean    doorstep_note_get_can_delete  (DoorstepNote *self);
char       *doorstep_note_dup_when        (DoorstepNote *self);

const char *doorstep_note_describe_fault  (const char   *body);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A change refused because someone else changed the same fields first
 * (412, urn:doorstep:problem:edit-conflict): the server's words for it,
 * a message for each field in dispute, and the record as it is now, with
 * the ETag to send when saving again. */
#define DOORSTEP_TYPE_EDIT_CONFLICT (doorstep_edit_conflict_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepEditConflict, doorstep_edit_conflict, DOORSTEP, EDIT_CONFLICT, GObject)

#define DOORSTEP_EDIT_CONFLICT_PROBLEM "urn:doorstep:problem:edit-conflict"

DoorstepEditConflict *doorstep_edit_conflict_new              (const char           *message,
                                                               GHashTable           *field_errors,
                                                               DoorstepRecord       *current);
const char           *doorstep_edit_conflict_get_message      (DoorstepEditConflict *self);
GHashTable           *doorstep_edit_conflict_get_field_errors (DoorstepEditConflict *self);
DoorstepRecord       *doorstep_edit_conflict_get_current      (DoorstepEditConflict *self);

G_END_DECLS

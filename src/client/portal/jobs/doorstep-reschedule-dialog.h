/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"
#include "doorstep-visit.h"

G_BEGIN_DECLS

/* Asking to move a visit: up to three times that suit, each a day and a
 * part of it in the business's time zone, and a note. Sends once, under
 * one Idempotency-Key for as long as what was chosen stays the same; a
 * failure is said in the dialog and keeps what was chosen. */

#define DOORSTEP_TYPE_RESCHEDULE_DIALOG (doorstep_reschedule_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepRescheduleDialog, doorstep_reschedule_dialog, DOORSTEP, RESCHEDULE_DIALOG, AdwWindow)

GtkWidget *doorstep_reschedule_dialog_new (DoorstepScope *scope,
                                           DoorstepVisit *visit);

G_END_DECLS

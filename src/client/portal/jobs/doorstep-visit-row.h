/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"
#include "doorstep-visit.h"

G_BEGIN_DECLS

/* A row of the Jobs list: the technician's picture or initials, when
 * (the day and arrival window where the visit is), what and where, and
 * its status. */
#define DOORSTEP_TYPE_VISIT_ROW (doorstep_visit_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepVisitRow, doorstep_visit_row, DOORSTEP, VISIT_ROW, GtkBox)

void doorstep_visit_row_set_visit (DoorstepVisitRow *self,
                                   DoorstepVisit    *visit);

/* The status pill's style class, shared with the job page. */
const char *doorstep_visit_status_style (DoorstepVisitStatus status);

void        doorstep_avatar_show_visit  (AdwAvatar           *avatar,
                                         DoorstepVisit       *visit,
                                         DoorstepScope       *scope,
                                         GCancellable        *cancellable);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The staff's admin view: its sections, for the staff member's scope. */

#define DOORSTEP_TYPE_STAFF_VIEW (doorstep_staff_view_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepStaffView, doorstep_staff_view, DOORSTEP, STAFF_VIEW, AdwBin)

void doorstep_staff_view_load   (DoorstepStaffView *self,
                                 DoorstepScope     *scope);
void doorstep_staff_view_reload (DoorstepStaffView *self);
void doorstep_staff_view_clear  (DoorstepStaffView *self);

G_END_DECLS

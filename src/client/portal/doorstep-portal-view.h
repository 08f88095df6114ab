/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The customer's portal: its sections, for one scope. */

#define DOORSTEP_TYPE_PORTAL_VIEW (doorstep_portal_view_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPortalView, doorstep_portal_view, DOORSTEP, PORTAL_VIEW, AdwBin)

void           doorstep_portal_view_load      (DoorstepPortalView *self,
                                               DoorstepScope      *scope);
void           doorstep_portal_view_reload    (DoorstepPortalView *self);
void           doorstep_portal_view_clear     (DoorstepPortalView *self);
DoorstepScope *doorstep_portal_view_get_scope (DoorstepPortalView *self);
gboolean       doorstep_portal_view_get_loading (DoorstepPortalView *self);

G_END_DECLS

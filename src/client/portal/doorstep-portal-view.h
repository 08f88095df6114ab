/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PORTAL_VIEW (doorstep_portal_view_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPortalView, doorstep_portal_view, DOORSTEP, PORTAL_VIEW, AdwBin)

void doorstep_portal_view_load   (DoorstepPortalView *self,
                                  DoorstepApiClient  *client,
                                  gboolean            preview);
void doorstep_portal_view_reload (DoorstepPortalView *self);
void doorstep_portal_view_clear  (DoorstepPortalView *self);

G_END_DECLS

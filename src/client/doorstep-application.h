/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-session.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_APPLICATION (doorstep_application_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepApplication, doorstep_application, DOORSTEP, APPLICATION, AdwApplication)

DoorstepApplication *doorstep_application_new          (void);
DoorstepApiClient   *doorstep_application_get_client   (DoorstepApplication *self);
DoorstepSession     *doorstep_application_get_session  (DoorstepApplication *self);
GSettings           *doorstep_application_get_settings (DoorstepApplication *self);
void                 doorstep_application_set_server   (DoorstepApplication *self,
                                                        const char          *server);

G_END_DECLS

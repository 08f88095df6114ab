/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-server-choice.h"
#include "doorstep-session.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_WINDOW (doorstep_window_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepWindow, doorstep_window, DOORSTEP, WINDOW, AdwApplicationWindow)

DoorstepWindow *doorstep_window_new   (GtkApplication       *application,
                                       DoorstepSession      *session,
                                       DoorstepServerChoice *servers,
                                       GSettings            *settings);
void            doorstep_window_start (DoorstepWindow       *self);

G_END_DECLS

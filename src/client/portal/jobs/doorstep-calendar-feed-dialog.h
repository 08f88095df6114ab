/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_CALENDAR_FEED_DIALOG (doorstep_calendar_feed_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCalendarFeedDialog, doorstep_calendar_feed_dialog, DOORSTEP, CALENDAR_FEED_DIALOG, AdwWindow)

GtkWidget  *doorstep_calendar_feed_dialog_new      (DoorstepScope              *scope);
const char *doorstep_calendar_feed_dialog_get_url  (DoorstepCalendarFeedDialog *self);
const char *doorstep_calendar_feed_dialog_get_view (DoorstepCalendarFeedDialog *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* The customer's private calendar feed: whether there is one and since
 * when; right after it is made, also its path (the only time the server
 * shows it). */
#define DOORSTEP_TYPE_CALENDAR_FEED (doorstep_calendar_feed_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCalendarFeed, doorstep_calendar_feed, DOORSTEP, CALENDAR_FEED, DoorstepRecord)

gboolean    doorstep_calendar_feed_get_active     (DoorstepCalendarFeed *self);
GDateTime  *doorstep_calendar_feed_get_created_at (DoorstepCalendarFeed *self);
const char *doorstep_calendar_feed_get_path       (DoorstepCalendarFeed *self);
char       *doorstep_calendar_feed_dup_url        (DoorstepCalendarFeed *self,
                                                   const char           *server);
char       *doorstep_calendar_feed_url_for_path   (const char           *server,
                                                   const char           *path);

G_END_DECLS

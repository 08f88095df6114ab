/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document.h"
#include "doorstep-visit.h"

G_BEGIN_DECLS

/* A visit as a calendar event: the .ics the server writes (with the
 * visit's time zone), or a web calendar's page for a new event, filled
 * in. No widgets: the job page offers them in each visit's menu. */

char             *doorstep_visit_calendar_google_uri  (DoorstepVisit *visit);
char             *doorstep_visit_calendar_outlook_uri (DoorstepVisit *visit);
DoorstepDocument *doorstep_visit_calendar_new_event   (DoorstepScope *scope,
                                                       DoorstepVisit *visit);

G_END_DECLS

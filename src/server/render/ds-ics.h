/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One event per visit, for an .ics of one visit or a customer's feed. */
typedef struct {
  const char *business_name;
  const char *timezone;       /* IANA, the business's: the events' wall times are in it */
  const char *calendar_name;  /* X-WR-CALNAME of a feed; NULL for one event */
} DsIcsCalendar;

char *ds_ics_render (const DsIcsCalendar *calendar,
                     GPtrArray           *visits);

G_END_DECLS

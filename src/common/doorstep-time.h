/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Timestamps on the wire are RFC 3339 in UTC ("2026-11-22T16:05:00Z");
 * a day without a time is "YYYY-MM-DD". */

char      *doorstep_timestamp_format    (GDateTime  *datetime);
GDateTime *doorstep_timestamp_parse     (const char *str);
gint64     doorstep_timestamp_to_unix   (const char *str);
gboolean   doorstep_local_date_parse    (const char *str,
                                         GDate      *out);
char      *doorstep_local_date_format   (const char *str);
char      *doorstep_date_format         (const GDate *date);
char      *doorstep_date_time_format_day (GDateTime *moment);

/* One opening interval of a business: on an ISO weekday (1 = Monday,
 * 7 = Sunday), from opens to closes, in minutes after local midnight. */
typedef struct {
  guint weekday;
  guint opens;
  guint closes;
} DoorstepHoursSpan;

gboolean   doorstep_clock_time_parse    (const char *str,
                                         guint      *minutes);
char      *doorstep_clock_time_format   (guint       minutes);
gboolean   doorstep_hours_is_open       (const DoorstepHoursSpan *spans,
                                         gsize                    n_spans,
                                         GDateTime               *local_now);
char      *doorstep_hours_describe      (const DoorstepHoursSpan *spans,
                                         gsize                    n_spans,
                                         GDateTime               *local_now,
                                         gboolean                *is_open);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints the median, 90th percentile and maximum of @samples (in ms). */
void bench_report (const char *what,
                   GArray     *samples);

G_END_DECLS

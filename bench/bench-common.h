/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "test-server-fixture.h"

G_BEGIN_DECLS

/* Prints the median, 90th percentile and maximum of @samples (in ms). */
void bench_report (const char *what,
                   GArray     *samples);

/* 100,000 customers, "Pat Customer000001" on, with a property each. */
void bench_fill_customers (TestServer *server);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "test-server-fixture.h"

G_BEGIN_DECLS

/* Prints the median, 90th percentile and maximum of @samples (in ms). */
void bench_report (const char *what,
                   GArray     *samples);

/* The middle of @samples, which it sorts. */
double bench_median (GArray *samples);

/* The peak resident memory of the process @pid ("self" for this one), in
 * MiB, from /proc; 0 when it cannot be read. */
double bench_peak_rss_mib (const char *pid);

/* @n quotes for the demo customer, quo_bench00001 on, a quarter each
 * open, approved, declined and requested. */
void bench_fill_quotes (TestServer *server,
                        guint       n);

/* 100,000 customers, "Pat Customer000001" on, with a property each. */
void bench_fill_customers (TestServer *server);

G_END_DECLS

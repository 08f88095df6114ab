/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

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

/* @n quotes for the demo customer, quo_bench1 on, a quarter each open,
 * approved, declined and requested. */
void bench_fill_quotes (TestServer *server,
                        guint       n);

/* @n customers with a property each, cus_bench1 on: every pair of 60
 * first names and 120 surnames in turn ("Maya Okafor" and Okafor again
 * every 60 customers... each surname is one customer in 120), an email of
 * the name and the number, and a phone. Works on either backend. */
void bench_fill_customers (TestServer *server,
                           guint       n);

void bench_sign_in_customers (TestServer *server,
                              guint       first,
                              guint       n);

/* What wrk measured. */
typedef struct {
  double rps;
  double p50_ms;
  double p99_ms;
  guint  refused;   /* answers not 2xx (503s past the connection limit) */
} BenchFigures;

/* wrk -t2 -c@connections for @seconds against @base_url@path with the
 * access @token (NULL: none), wrk itself on CPU @cpu (-1: anywhere), and
 * the wrk Lua @script (NULL: none; one that sets a POST body, say). */
BenchFigures bench_wrk        (const char *base_url,
                               const char *path,
                               const char *token,
                               guint       connections,
                               guint       seconds,
                               int         cpu,
                               const char *script);
GSubprocess *bench_wrk_spawn   (const char *base_url,
                               const char *path,
                               const char *token,
                               guint       connections,
                               guint       seconds,
                               int         cpu,
                               const char *script);
BenchFigures bench_wrk_finish  (GSubprocess *wrk);
void         bench_pin_process (const char *pid,
                                int         cpu);

G_END_DECLS

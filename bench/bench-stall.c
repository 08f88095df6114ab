/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-common.h"
#include "test-server-fixture.h"

/* Whether one request waits on another: with 300,000 customers, how fast
 * GET /me and GET /health answer alone, and then while four other clients
 * keep asking for slow work, two a staff search that matches nearly every
 * customer (a phone prefix, "555") and two a quote's PDF. One server
 * process, on SQLite or (DOORSTEP_TEST_BACKEND=postgresql) PostgreSQL.
 * Prints p50 and p99 of each, alone and under the slow load, and what the
 * slow clients got done meanwhile. Run: meson test -C _build --benchmark
 * -v stall. BENCH_SECONDS sets the seconds per run (default 8),
 * BENCH_CUSTOMERS the customers (default 300000). */

#define SEARCH "/api/v1/customers?q=555"
#define PDF    "/api/v1/quotes/quo_demo0furnace/pdf"

typedef struct {
  const char *label;
  const char *path;
  gboolean    signed_in;
} Probe;

static const Probe probes[] = {
  { "GET /me",     "/api/v1/me",     TRUE },
  { "GET /health", "/api/v1/health", FALSE },
};

int
main (int    argc,
      char **argv)
{
  const char *no_cache[] = { "--answer-cache", "0", NULL };
  g_autofree char *dir = test_server_new_dir ();
  g_autofree char *customer = NULL;
  g_autofree char *staff = NULL;
  TestServer *server;
  guint seconds = 8, customers = 300000;
  BenchFigures alone[G_N_ELEMENTS (probes)], loaded[G_N_ELEMENTS (probes)];
  BenchFigures search = { 0 }, pdf = { 0 };
  double worst_p99 = 0;

  if (g_find_program_in_path ("wrk") == NULL)
    {
      g_print ("wrk is not installed (apt-get install wrk); nothing measured\n");
      return 77;
    }
  if (g_getenv ("BENCH_SECONDS") != NULL)
    seconds = (guint) g_ascii_strtoull (g_getenv ("BENCH_SECONDS"), NULL, 10);
  if (g_getenv ("BENCH_CUSTOMERS") != NULL)
    customers = (guint) g_ascii_strtoull (g_getenv ("BENCH_CUSTOMERS"), NULL, 10);

  /* No kept answers: every request is worked out, the slow ones too. */
  server = test_server_start_full (dir, TRUE, no_cache);
  bench_fill_customers (server, customers);
  customer = test_login (server, "customer@example.com", NULL);
  staff = test_login (server, "operator@example.com", NULL);
  {
    g_autoptr(TestResponse) probe = test_http (server, "GET", SEARCH, staff, NULL);

    g_assert_cmpuint (probe->status, ==, 200);
  }

  g_print ("%u customers, %s, one server process, answers worked out every time (--answer-cache 0)\n"
           "probes: wrk -t1 -c1 for %us each; slow load: 2 clients on %s, 2 on %s\n\n",
           customers, test_server_is_postgresql (server) ? "PostgreSQL" : "SQLite", seconds, SEARCH, PDF);

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    alone[i] = bench_wrk (server->base_url, probes[i].path, probes[i].signed_in ? customer : NULL, 1, seconds, -1,
                          NULL);

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      /* The slow clients start first and stop after the probe. */
      g_autoptr(GSubprocess) searching = bench_wrk_spawn (server->base_url, SEARCH, staff, 2, seconds + 2, -1, NULL);
      g_autoptr(GSubprocess) drawing = bench_wrk_spawn (server->base_url, PDF, customer, 2, seconds + 2, -1, NULL);
      BenchFigures s, d;

      g_usleep (G_USEC_PER_SEC);
      loaded[i] = bench_wrk (server->base_url, probes[i].path, probes[i].signed_in ? customer : NULL, 1, seconds,
                             -1, NULL);
      s = bench_wrk_finish (searching);
      d = bench_wrk_finish (drawing);
      search.rps += s.rps / G_N_ELEMENTS (probes);
      search.p50_ms = MAX (search.p50_ms, s.p50_ms);
      pdf.rps += d.rps / G_N_ELEMENTS (probes);
      pdf.p50_ms = MAX (pdf.p50_ms, d.p50_ms);
    }

  g_print ("%-12s  %10s %10s  %14s %14s\n", "", "alone p50", "alone p99", "under load p50", "under load p99");
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_print ("%-12s  %7.2f ms %7.2f ms  %11.2f ms %11.2f ms\n", probes[i].label, alone[i].p50_ms,
               alone[i].p99_ms, loaded[i].p50_ms, loaded[i].p99_ms);
      worst_p99 = MAX (worst_p99, loaded[i].p99_ms);
    }
  g_print ("\nmeanwhile: the search %.1f req/s (p50 %.0f ms), the PDF %.1f req/s (p50 %.0f ms)\n"
           "highest p99 of /me and /health under the slow load: %.2f ms\n",
           search.rps, search.p50_ms, pdf.rps, pdf.p50_ms, worst_p99);

  test_server_stop (server);
  return 0;
}

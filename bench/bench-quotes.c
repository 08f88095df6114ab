/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-common.h"
#include "test-server-fixture.h"

/* Quotes with a customer who has 10,000 of them, one with 300 items: the
 * list's pages and filters, one quote, and drawing PDFs of 34 and 300
 * items. The real server over HTTP on loopback. Prints figures; asserts
 * nothing about time. Run: meson test -C _build --benchmark */

#define N_QUOTES 10000
#define N_SAMPLES 30

static void
time_path (TestServer *server,
           const char *token,
           const char *label,
           const char *path)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_cmpuint (response->status, ==, 200);
      g_array_append_val (samples, ms);
    }
  bench_report (label, samples);
}

int
main (int    argc,
      char **argv)
{
  TestServer *server = test_server_start (TRUE);
  g_autofree char *token = NULL;
  gint64 start = g_get_monotonic_time ();

  bench_fill_quotes (server, N_QUOTES);
  test_server_exec_sql (server,
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)"
    " INSERT INTO quote_items (id, quote_id, position, description, quantity_milli, unit_price_minor)"
    " SELECT 'qit_bench' || i, 'quo_bench4', i,"
    "        'Item ' || i || ': supply and fit, with a description long enough to wrap onto a second line',"
    "        1500, 12345 FROM n;");
  g_print ("Loaded %d quotes, one with 300 items, in %.1f s\n\n", N_QUOTES,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  token = test_login (server, "customer@example.com", NULL);
  time_path (server, token, "GET /quotes (first page of 50)", "/api/v1/quotes");
  time_path (server, token, "GET /quotes?status=open", "/api/v1/quotes?status=open");
  time_path (server, token, "GET /quotes?limit=200", "/api/v1/quotes?limit=200");
  time_path (server, token, "GET /quotes/counts", "/api/v1/quotes/counts");
  time_path (server, token, "GET /quotes/{id} (300 items)", "/api/v1/quotes/quo_bench4");
  time_path (server, token, "GET /quotes/{id}/pdf (34 items, 4 pages)", "/api/v1/quotes/quo_demo0heatpumps/pdf");
  time_path (server, token, "GET /quotes/{id}/pdf (300 items)", "/api/v1/quotes/quo_bench4/pdf");

  test_server_stop (server);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "bench-common.h"
#include "test-pg.h"

/* SQLite and PostgreSQL side by side, with one server process and with
 * two sharing one port (--reuse-port, the kernel spreading connections):
 * the staff's customer list and a search at 100,000 and 1,000,000
 * customers, a customer's list of 100 quotes, and signing in. Each run is
 * wrk -t2 for BENCH_SECONDS (default 5) on this machine, wrk on the same
 * cores as the servers and PostgreSQL: the figures compare the backends
 * and the process counts with each other, not with another machine.
 * BENCH_SIZES picks the customer counts ("100000,1000000").
 * Needs wrk and PostgreSQL. Run: meson test -C _build --benchmark backends */

typedef struct {
  const char *label;
  const char *path;
  gboolean    staff;
  guint       connections;
  gboolean    login;
} Load;

static const Load loads[] = {
  { "customers list",   "/api/v1/customers",          TRUE,  64, FALSE },
  { "customers search", "/api/v1/customers?q=okafor", TRUE,  64, FALSE },
  { "quotes list",      "/api/v1/quotes?limit=50",    FALSE, 64, FALSE },
  /* argon2id takes most of a core for ~80 ms: a few at once is plenty. */
  { "login",            "/api/v1/auth/login",         FALSE, 8,  TRUE },
};

static char *
write_login_script (const char *dir)
{
  char *path = g_build_filename (dir, "login.lua", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path,
                       "wrk.method = \"POST\"\n"
                       "wrk.body = '{\"email\":\"customer@example.com\",\"password\":\"" DEMO_PASSWORD "\"}'\n"
                       "wrk.headers[\"Content-Type\"] = \"application/json\"\n",
                       -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
measure (TestServer   *server,
         const char   *staff,
         const char   *customer,
         const char   *script,
         guint         seconds,
         BenchFigures  figures[G_N_ELEMENTS (loads)])
{
  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    {
      const Load *load = &loads[i];

      figures[i] = bench_wrk (server->base_url, load->path, load->login ? NULL : load->staff ? staff : customer,
                              load->connections, seconds, -1, load->login ? script : NULL);
    }
}

static void
run_backend (const char *backend,
             guint       customers,
             const char *script,
             guint       seconds)
{
  const char * const shared[] = { "--reuse-port", NULL };
  g_autofree char *dir = test_server_new_dir ();
  TestServer *first = test_server_start_full (dir, TRUE, shared);
  TestServer *second;
  g_autoptr(GUri) uri = g_uri_parse (first->base_url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%d", g_uri_get_port (uri));
  const char * const same_port[] = { "--reuse-port", "--listen", listen, NULL };
  g_autofree char *staff = NULL;
  g_autofree char *customer = NULL;
  BenchFigures one[G_N_ELEMENTS (loads)], two[G_N_ELEMENTS (loads)];
  gint64 start = g_get_monotonic_time ();

  bench_fill_quotes (first, 100);
  bench_fill_customers (first, customers);
  test_server_exec_sql (first, "ANALYZE");
  g_printerr ("%s: %u customers loaded in %.0f s\n", backend, customers,
              (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  staff = test_login (first, "operator@example.com", NULL);
  customer = test_login (first, "customer@example.com", NULL);
  measure (first, staff, customer, script, seconds, one);

  second = test_server_start_full (dir, FALSE, same_port);
  g_assert_cmpstr (second->base_url, ==, first->base_url);
  measure (first, staff, customer, script, seconds, two);

  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    g_print ("%-10s %9u  %-17s  %8.0f %7.2f %7.2f   %8.0f %7.2f %7.2f   %5.2f\n",
             backend, customers, loads[i].label,
             one[i].rps, one[i].p50_ms, one[i].p99_ms,
             two[i].rps, two[i].p50_ms, two[i].p99_ms,
             one[i].rps > 0 ? two[i].rps / one[i].rps : 0);
  fflush (stdout);

  test_server_stop_keep_files (second);
  test_server_stop (first);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *wrk = g_find_program_in_path ("wrk");
  g_autofree char *dir = NULL;
  g_autofree char *script = NULL;
  g_auto(GStrv) sizes = NULL;
  guint seconds = 5;

  if (wrk == NULL || !test_pg_available ())
    {
      g_print ("wrk or PostgreSQL is not installed (scripts/install-deps); nothing measured\n");
      return 77;
    }
  if (g_getenv ("BENCH_SECONDS") != NULL)
    seconds = (guint) g_ascii_strtoull (g_getenv ("BENCH_SECONDS"), NULL, 10);
  sizes = g_strsplit (g_getenv ("BENCH_SIZES") != NULL ? g_getenv ("BENCH_SIZES") : "100000,1000000", ",", -1);

  dir = g_dir_make_tmp ("doorstep-bench-XXXXXX", NULL);
  script = write_login_script (dir);

  g_print ("wrk -t2 for %us per figure; 2 processes share one port (--reuse-port)\n\n", seconds);
  g_print ("%-10s %9s  %-17s  %8s %7s %7s   %8s %7s %7s   %5s\n", "", "", "",
           "1 process", "", "", "2 processes", "", "", "");
  g_print ("%-10s %9s  %-17s  %8s %7s %7s   %8s %7s %7s   %5s\n", "backend", "customers", "endpoint",
           "req/s", "p50 ms", "p99 ms", "req/s", "p50 ms", "p99 ms", "2 / 1");
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint customers = (guint) g_ascii_strtoull (sizes[i], NULL, 10);

      g_setenv ("DOORSTEP_TEST_BACKEND", "sqlite", TRUE);
      run_backend ("SQLite", customers, script, seconds);
      g_setenv ("DOORSTEP_TEST_BACKEND", "postgresql", TRUE);
      run_backend ("PostgreSQL", customers, script, seconds);
    }

  g_unlink (script);
  g_rmdir (dir);
  test_pg_stop ();
  return 0;
}

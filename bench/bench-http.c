/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "test-pg.h"
#include "test-server-fixture.h"

/* How fast the server answers its read endpoints, against the fastest its
 * HTTP library could: the real doorstep-server (demo data, 100 more quotes
 * for the demo customer, 100,000 customers for staff) and, in the same run,
 * a bare SoupServer in a process of its own that answers each address with
 * the very bytes the real one gave. Each under wrk -t2 -c64 for a few
 * seconds (after one second of the same, not counted), several rounds,
 * the bare server's runs taken turn about with the real one's (its own
 * rate moves by a third from one run to the next on a small machine);
 * prints the median requests/s, p50 and p99 latency of the rounds, and
 * the ratio of the medians to the bare server's: with the answers
 * the server keeps, and with none kept (--answer-cache 0), every answer
 * worked out from the database. Then a mixed run: 200 customers signed in,
 * 90% reads of their portal and 10% writes (a request for work), with
 * answers kept and without, which shows what kept answers are worth when
 * the data keeps changing. All of it on SQLite, then on PostgreSQL (when
 * its programs are installed).
 *
 * With two cores or more, each server runs on CPU 0 and wrk on CPU 1.
 * Needs wrk (Debian's wrk). Run: meson test -C _build --benchmark -v http
 * BENCH_SECONDS sets the seconds per run (default 3), BENCH_ROUNDS the
 * rounds (default 3, at most 9); BENCH_ENDPOINTS
 * ("one quote,customers list") measures only those; BENCH_BACKENDS
 * ("sqlite" or "postgresql") only one backend. */

#define MIXED_CUSTOMERS 200

typedef struct {
  const char *label;
  const char *path;
  gboolean    staff;
} Endpoint;

static const Endpoint endpoints[] = {
  { "health",            "/api/v1/health",                     FALSE },
  { "me",                "/api/v1/me",                         FALSE },
  { "dashboard",         "/api/v1/dashboard",                  FALSE },
  { "quotes list",       "/api/v1/quotes?limit=50",            FALSE },
  { "quotes counts",     "/api/v1/quotes/counts",              FALSE },
  { "one quote",         "/api/v1/quotes/quo_demo0heatpumps",  FALSE },
  { "invoices",          "/api/v1/invoices?status=all",        FALSE },
  { "jobs",              "/api/v1/jobs",                       FALSE },
  { "payments",          "/api/v1/payments",                   FALSE },
  { "plans",             "/api/v1/plans",                      FALSE },
  { "equipment",         "/api/v1/equipment",                  FALSE },
  { "documents",         "/api/v1/documents",                  FALSE },
  { "customers list",    "/api/v1/customers",                  TRUE },
  { "customers search",  "/api/v1/customers?q=okafor",         TRUE },
};

#define N_ENDPOINTS G_N_ELEMENTS (endpoints)

static guint seconds = 3;
static guint rounds = 3;

#define MAX_ROUNDS 9

/* The runs of one server on one address: the real one's, or the bare
 * one's (two per round: one beside each of the real server's runs). */
typedef struct {
  BenchFigures runs[MAX_ROUNDS * 2];
  guint        n;
} Samples;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Each figure's median over the runs; answers not 2xx summed. */
static BenchFigures
median_of (const Samples *samples)
{
  double rps[MAX_ROUNDS * 2], p50[MAX_ROUNDS * 2], p99[MAX_ROUNDS * 2];
  BenchFigures figures = { 0 };

  if (samples->n == 0)
    return figures;
  for (guint i = 0; i < samples->n; i++)
    {
      rps[i] = samples->runs[i].rps;
      p50[i] = samples->runs[i].p50_ms;
      p99[i] = samples->runs[i].p99_ms;
      figures.refused += samples->runs[i].refused;
    }
  figures.rps = median (rps, samples->n);
  figures.p50_ms = median (p50, samples->n);
  figures.p99_ms = median (p99, samples->n);
  return figures;
}

static double
lowest_rps (const Samples *samples)
{
  double lowest = G_MAXDOUBLE;

  for (guint i = 0; i < samples->n; i++)
    lowest = MIN (lowest, samples->runs[i].rps);
  return samples->n > 0 ? lowest : 0;
}

static double
highest_rps (const Samples *samples)
{
  double highest = 0;

  for (guint i = 0; i < samples->n; i++)
    highest = MAX (highest, samples->runs[i].rps);
  return highest;
}
static GStrv only;

static gboolean
wanted (const Endpoint *e)
{
  return only == NULL || g_strv_contains ((const char * const *) only, e->label);
}

/* The bare server: every file DIR/N.path names an address whose answer is
 * DIR/N.body, of the type in DIR/N.type. */

typedef struct {
  GBytes *body;
  char   *type;
} Canned;

static void
bare_handler_cb (SoupServer        *soup,
                 SoupServerMessage *msg,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           user_data)
{
  GUri *uri = soup_server_message_get_uri (msg);
  g_autofree char *key = g_uri_get_query (uri) != NULL ? g_strconcat (path, "?", g_uri_get_query (uri), NULL)
                                                      : g_strdup (path);
  Canned *canned = g_hash_table_lookup (user_data, key);
  gsize size;
  gconstpointer data;

  if (canned == NULL)
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }
  data = g_bytes_get_data (canned->body, &size);
  soup_server_message_set_status (msg, 200, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Cache-Control", "no-store");
  soup_server_message_set_response (msg, canned->type, SOUP_MEMORY_STATIC, data, size);
}

static int
run_bare (const char *dir)
{
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(SoupServer) soup = soup_server_new ("server-header", "bare ", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  for (guint i = 0;; i++)
    {
      g_autofree char *path_file = g_strdup_printf ("%s/%u.path", dir, i);
      g_autofree char *body_file = g_strdup_printf ("%s/%u.body", dir, i);
      g_autofree char *type_file = g_strdup_printf ("%s/%u.type", dir, i);
      char *path, *body, *type;
      gsize size;
      Canned *canned;

      if (!g_file_get_contents (path_file, &path, NULL, NULL))
        break;
      g_assert_true (g_file_get_contents (body_file, &body, &size, NULL));
      g_assert_true (g_file_get_contents (type_file, &type, NULL, NULL));
      canned = g_new0 (Canned, 1);
      canned->body = g_bytes_new_take (body, size);
      canned->type = type;
      g_hash_table_insert (answers, path, canned);
    }

  soup_server_add_handler (soup, NULL, bare_handler_cb, answers, NULL);
  if (!soup_server_listen_local (soup, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("%s", error->message);
  uris = soup_server_get_uris (soup);
  g_print ("http://127.0.0.1:%d\n", g_uri_get_port (uris->data));
  fflush (stdout);
  g_main_loop_run (loop);
  return 0;
}

static char *
start_bare (const char   *self,
            const char   *dir,
            GSubprocess **process)
{
  const char *argv[] = { self, "--bare", dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  char *url;

  *process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (*process));
  url = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (url);
  return url;
}

/* One second of the same load first, not counted, for each server alike:
 * the 64 connections are opened and the first answers worked out then. */
static BenchFigures
measure (const char *base_url,
         const char *path,
         const char *token,
         const char *script)
{
  bench_wrk (base_url, path, token, 64, 1, 1, script);
  return bench_wrk (base_url, path, token, 64, seconds, 1, script);
}

/* A round: the real server's run on @path, then the bare server's. */
static void
measure_round (const char *base_url,
               const char *bare_url,
               const char *path,
               const char *token,
               Samples    *real,
               Samples    *bare)
{
  real->runs[real->n++] = measure (base_url, path, token, NULL);
  bare->runs[bare->n++] = measure (bare_url, path, token, NULL);
}

static void
pin (TestServer *server)
{
  if (g_get_num_processors () >= 2)
    bench_pin_process (g_subprocess_get_identifier (server->process), 0);
}

/* The mixed load */

/* A wrk script: each request is one of MIXED_CUSTOMERS customers'
 * (signed in with the tokens bench_sign_in_customers() made), nine in ten a
 * read of their portal, one in ten a request for work under a fresh
 * Idempotency-Key. */
static char *
write_mixed_script (const char *dir,
                    guint       first)
{
  g_autofree char *path = g_build_filename (dir, "mixed.lua", NULL);
  g_autoptr(GString) lua = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_string_append_printf (lua,
    "local reads = { '/api/v1/me', '/api/v1/dashboard', '/api/v1/quotes', '/api/v1/invoices?status=all',"
    " '/api/v1/jobs', '/api/v1/documents', '/api/v1/requests', '/api/v1/payments', '/api/v1/plans' }\n"
    "local counter = 0\n"
    "math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))\n"
    "request = function ()\n"
    "  local n = math.random(%u, %u)\n"
    "  local headers = { ['Authorization'] = 'Bearer bench-token-' .. n }\n"
    "  if math.random(10) == 1 then\n"
    "    counter = counter + 1\n"
    "    headers['Content-Type'] = 'application/json'\n"
    "    headers['Idempotency-Key'] = 'mixed-' .. n .. '-' .. counter .. '-' .. math.random(1000000000)\n"
    "    local body = '{\"kind\":\"job\",\"service_type_id\":\"svc_plumbing\",\"property_id\":\"prp_bench' .. n ..\n"
    "      '\",\"description\":\"A dripping tap\",\"preferred_timing\":\"asap\"}'\n"
    "    return wrk.format('POST', '/api/v1/requests', headers, body)\n"
    "  end\n"
    "  return wrk.format('GET', reads[math.random(#reads)], headers)\n"
    "end\n",
    first, first + MIXED_CUSTOMERS - 1);
  g_file_set_contents (path, lua->str, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

typedef struct {
  Samples      kept[N_ENDPOINTS];
  Samples      bare[N_ENDPOINTS];
  Samples      worked[N_ENDPOINTS];
  gsize        bytes[N_ENDPOINTS];
  BenchFigures mixed_kept;
  BenchFigures mixed_worked;
  char        *many_line;
} Results;

static void
run_backend (const char *self,
             Results    *results,
             gboolean    with_many)
{
  const char *no_cache[] = { "--answer-cache", "0", NULL };
  g_autofree char *dir = g_dir_make_tmp ("doorstep-bench-http-XXXXXX", NULL);
  g_autofree char *customer = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *bare_url = NULL;
  g_autofree char *server_dir = NULL;
  g_autofree char *mixed = NULL;
  g_autoptr(GSubprocess) bare = NULL;
  TestServer *server;

  server = test_server_start (TRUE);
  bench_fill_quotes (server, 100);
  bench_fill_customers (server, 100000);
  bench_sign_in_customers (server, 1, MIXED_CUSTOMERS);
  mixed = write_mixed_script (dir, 1);
  customer = test_login (server, "customer@example.com", NULL);
  staff = test_login (server, "operator@example.com", NULL);

  /* The real answers, to be served as they are by the bare server. */
  for (guint i = 0; i < N_ENDPOINTS; i++)
    {
      const Endpoint *e = &endpoints[i];
      g_autoptr(TestResponse) r = test_http (server, "GET", e->path, e->staff ? staff : customer, NULL);
      g_autofree char *base = g_strdup_printf ("%s/%u", dir, i);
      g_autofree char *path_file = g_strconcat (base, ".path", NULL);
      g_autofree char *body_file = g_strconcat (base, ".body", NULL);
      g_autofree char *type_file = g_strconcat (base, ".type", NULL);

      g_assert_cmpuint (r->status, ==, 200);
      g_assert_true (g_file_set_contents (path_file, e->path, -1, NULL));
      g_assert_true (g_file_set_contents (body_file, g_bytes_get_data (r->body, NULL),
                                          (gssize) g_bytes_get_size (r->body), NULL));
      g_assert_true (g_file_set_contents (type_file, r->content_type, -1, NULL));
      results->bytes[i] = g_bytes_get_size (r->body);
    }
  bare_url = start_bare (self, dir, &bare);
  pin (server);
  if (g_get_num_processors () >= 2)
    bench_pin_process (g_subprocess_get_identifier (bare), 0);

  for (guint i = 0; i < N_ENDPOINTS; i++)
    for (guint r = 0; r < rounds && wanted (&endpoints[i]); r++)
      measure_round (server->base_url, bare_url, endpoints[i].path, endpoints[i].staff ? staff : customer,
                     &results->kept[i], &results->bare[i]);
  if (only == NULL)
    results->mixed_kept = measure (server->base_url, "/", NULL, mixed);

  /* Many at once: the server keeps answering, and its memory stays put. */
  if (with_many && only == NULL)
    {
      const char *pid = g_subprocess_get_identifier (server->process);
      double before = bench_peak_rss_mib (pid);
      BenchFigures many = bench_wrk (server->base_url, "/api/v1/me", customer, 1000, seconds, 1, NULL);
      BenchFigures again = bench_wrk (server->base_url, "/api/v1/me", customer, 64, seconds, 1, NULL);

      results->many_line = g_strdup_printf ("1,000 connections, GET /me: %.0f req/s, p50 %.2f ms, p99 %.2f ms,"
                                            " %u refused; then 64 again: %.0f req/s\n"
                                            "server peak RSS: %.1f MiB before, %.1f MiB after\n",
                                            many.rps, many.p50_ms, many.p99_ms, many.refused, again.rps, before,
                                            bench_peak_rss_mib (pid));
    }

  /* The same server on the same database, working every answer out. */
  server_dir = g_strdup (server->dir);
  test_server_stop_keep_files (server);
  server = test_server_start_full (server_dir, TRUE, no_cache);
  pin (server);
  for (guint i = 0; i < N_ENDPOINTS; i++)
    for (guint r = 0; r < rounds && wanted (&endpoints[i]); r++)
      measure_round (server->base_url, bare_url, endpoints[i].path, endpoints[i].staff ? staff : customer,
                     &results->worked[i], &results->bare[i]);
  if (only == NULL)
    results->mixed_worked = measure (server->base_url, "/", NULL, mixed);

  g_subprocess_force_exit (bare);
  test_server_stop (server);
  for (guint i = 0; i < N_ENDPOINTS; i++)
    for (guint k = 0; k < 3; k++)
      {
        g_autofree char *file = g_strdup_printf ("%s/%u.%s", dir, i, (const char *[]) { "path", "body", "type" }[k]);
        g_unlink (file);
      }
  g_unlink (mixed);
  g_rmdir (dir);
}

/* A run whose answers were not all 2xx measured failures, not answers:
 * said under the table, so that its figures are not read as real. */
static void
note_failures (const char         *label,
               const char         *run,
               const BenchFigures *figures)
{
  if (figures->refused > 0)
    g_print ("NOT VALID: %s, %s: %u answers were not 2xx\n", label, run, figures->refused);
}

static void
print_backend (const char    *name,
               const Results *results)
{
  double worst = G_MAXDOUBLE, worst_worked = G_MAXDOUBLE, worst_worked_p99 = 0;

  g_print ("%s (medians of %u rounds; the bare server's of %u runs, its lowest and highest beside)\n"
           "%-17s %6s  %8s %6s %6s  %8s %6s %6s %13s  %5s  %10s %6s %6s %5s\n", name, rounds, rounds * 2,
           "endpoint", "bytes", "kept r/s", "p50 ms", "p99 ms", "bare r/s", "p50 ms", "p99 ms", "bare range",
           "ratio", "worked r/s", "p50 ms", "p99 ms", "ratio");
  for (guint i = 0; i < N_ENDPOINTS; i++)
    {
      BenchFigures kept_median = median_of (&results->kept[i]);
      BenchFigures bare_median = median_of (&results->bare[i]);
      BenchFigures worked_median = median_of (&results->worked[i]);
      const BenchFigures *kept = &kept_median, *bare = &bare_median, *worked = &worked_median;
      g_autofree char *range = NULL;
      double ratio, worked_ratio;

      if (!wanted (&endpoints[i]))
        continue;
      range = g_strdup_printf ("%.0f-%.0f", lowest_rps (&results->bare[i]), highest_rps (&results->bare[i]));
      ratio = bare->rps > 0 ? kept->rps / bare->rps : 0;
      worked_ratio = bare->rps > 0 ? worked->rps / bare->rps : 0;
      worst = MIN (worst, ratio);
      if (i > 0)
        {
          /* health is public and not a portal read */
          worst_worked = MIN (worst_worked, worked_ratio);
          worst_worked_p99 = MAX (worst_worked_p99, worked->p99_ms);
        }
      g_print ("%-17s %6zu  %8.0f %6.2f %6.2f  %8.0f %6.2f %6.2f %13s  %5.2f  %10.0f %6.2f %6.2f %5.2f\n",
               endpoints[i].label, results->bytes[i], kept->rps, kept->p50_ms, kept->p99_ms,
               bare->rps, bare->p50_ms, bare->p99_ms, range, ratio, worked->rps, worked->p50_ms, worked->p99_ms,
               worked_ratio);
      note_failures (endpoints[i].label, "kept", kept);
      note_failures (endpoints[i].label, "bare", bare);
      note_failures (endpoints[i].label, "worked out", worked);
    }
  note_failures ("mixed", "kept", &results->mixed_kept);
  note_failures ("mixed", "none kept", &results->mixed_worked);
  g_print ("lowest ratio %.2f; worked out every time, of the portal reads: lowest ratio %.2f, highest p99 %.2f ms\n",
           worst, worst_worked, worst_worked_p99);
  if (results->mixed_kept.rps > 0)
    g_print ("mixed, %u customers, 90%% reads and 10%% writes: answers kept %.0f req/s (p50 %.2f ms, p99 %.2f ms),"
             " none kept %.0f req/s (p50 %.2f ms, p99 %.2f ms): kept answers worth %.2fx\n",
             MIXED_CUSTOMERS, results->mixed_kept.rps, results->mixed_kept.p50_ms, results->mixed_kept.p99_ms,
             results->mixed_worked.rps, results->mixed_worked.p50_ms, results->mixed_worked.p99_ms,
             results->mixed_worked.rps > 0 ? results->mixed_kept.rps / results->mixed_worked.rps : 0);
  if (results->many_line != NULL)
    g_print ("%s", results->many_line);
  g_print ("\n");
}

int
main (int    argc,
      char **argv)
{
  const char *backends = g_getenv ("BENCH_BACKENDS");
  Results sqlite = { 0 }, postgresql = { 0 };
  gboolean run_sqlite = backends == NULL || strstr (backends, "sqlite") != NULL;
  gboolean run_pg = (backends == NULL || strstr (backends, "postgresql") != NULL) && test_pg_available ();

  if (argc == 3 && g_str_equal (argv[1], "--bare"))
    return run_bare (argv[2]);

  if (g_find_program_in_path ("wrk") == NULL)
    {
      g_print ("wrk is not installed (apt-get install wrk); nothing measured\n");
      return 77;
    }
  if (g_getenv ("BENCH_ENDPOINTS") != NULL)
    only = g_strsplit (g_getenv ("BENCH_ENDPOINTS"), ",", -1);
  if (g_getenv ("BENCH_SECONDS") != NULL)
    seconds = (guint) g_ascii_strtoull (g_getenv ("BENCH_SECONDS"), NULL, 10);
  if (g_getenv ("BENCH_ROUNDS") != NULL)
    rounds = (guint) CLAMP (g_ascii_strtoull (g_getenv ("BENCH_ROUNDS"), NULL, 10), 1, MAX_ROUNDS);

  g_print ("wrk -t2 -c64 -d%us per run, one server process%s; ratio = doorstep / bare SoupServer in the same run\n"
           "kept: the server as it runs, answers kept (--answer-cache 32);"
           " worked out: the same database, --answer-cache 0\n\n",
           seconds, g_get_num_processors () >= 2 ? " on CPU 0, wrk on CPU 1" : "");

  if (run_sqlite)
    {
      g_setenv ("DOORSTEP_TEST_BACKEND", "sqlite", TRUE);
      run_backend (argv[0], &sqlite, TRUE);
      print_backend ("SQLite", &sqlite);
    }
  if (run_pg)
    {
      g_setenv ("DOORSTEP_TEST_BACKEND", "postgresql", TRUE);
      run_backend (argv[0], &postgresql, FALSE);
      print_backend ("PostgreSQL", &postgresql);
    }

  /* Both once more, together, as the last lines. */
  if (run_sqlite && run_pg)
    {
      print_backend ("SQLite", &sqlite);
      print_backend ("PostgreSQL", &postgresql);
    }
  g_free (sqlite.many_line);
  g_free (postgresql.many_line);
  g_strfreev (only);
  return 0;
}

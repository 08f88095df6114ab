/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bench-common.h"
#include "test-server-fixture.h"

/* How fast the server answers its read endpoints, against the fastest its
 * HTTP library could: the real doorstep-server (demo data, 100 more quotes
 * for the demo customer, 100,000 customers for staff) and, in the same run,
 * a bare SoupServer in a process of its own that answers each address with
 * the very bytes the real one gave. Both under wrk -t2 -c64 for a few
 * seconds each (after one second of the same, not counted); prints
 * requests/s, p50 and p99 latency, and the ratio;
 * then the real server again on the same database with no answers kept
 * (--answer-cache 0), every answer worked out from the database.
 * With two cores or more, each server runs on CPU 0 and wrk on CPU 1.
 * Needs wrk (Debian's wrk). Run: meson test -C _build --benchmark http
 * BENCH_SECONDS sets the seconds per run (default 5). */

typedef struct {
  const char *label;
  const char *path;
  gboolean    staff;
} Endpoint;

static const Endpoint endpoints[] = {
  { "health",            "/api/v1/health",                  FALSE },
  { "me",                "/api/v1/me",                      FALSE },
  { "dashboard",         "/api/v1/dashboard",               FALSE },
  { "quotes list",       "/api/v1/quotes?limit=50",         FALSE },
  { "quotes counts",     "/api/v1/quotes/counts",           FALSE },
  { "one quote",         "/api/v1/quotes/quo_demo0heatpumps", FALSE },
  { "customers list",    "/api/v1/customers",               TRUE },
  { "customers search",  "/api/v1/customers?q=okafor", TRUE },
};

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

/* One second of the same load first, not counted, for each server alike:
 * the 64 connections are opened and the first answers worked out then. */
static BenchFigures
measure (const char     *base_url,
         const Endpoint *e,
         const char     *token,
         guint           seconds)
{
  bench_wrk (base_url, e->path, token, 64, 1, 1, NULL);
  return bench_wrk (base_url, e->path, token, 64, seconds, 1, NULL);
}

static void
fill (TestServer *server)
{
  bench_fill_quotes (server, 100);
  bench_fill_customers (server, 100000);
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

int
main (int    argc,
      char **argv)
{
  TestServer *server;
  g_autofree char *dir = NULL;
  g_autofree char *customer = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *bare_url = NULL;
  g_autoptr(GSubprocess) bare = NULL;
  g_auto(GStrv) only = NULL;
  BenchFigures kept[G_N_ELEMENTS (endpoints)] = { 0 };
  BenchFigures bare_figures[G_N_ELEMENTS (endpoints)] = { 0 };
  BenchFigures worked_out[G_N_ELEMENTS (endpoints)] = { 0 };
  char many_line[512];
  gboolean pinned;
  guint seconds = 5;
  double worst = G_MAXDOUBLE, worst_worked = G_MAXDOUBLE;

  if (argc == 3 && g_str_equal (argv[1], "--bare"))
    return run_bare (argv[2]);

  if (g_find_program_in_path ("wrk") == NULL)
    {
      g_print ("wrk is not installed (apt-get install wrk); nothing measured\n");
      return 77;
    }
  /* BENCH_ENDPOINTS="one quote,customers list" measures only those. */
  if (g_getenv ("BENCH_ENDPOINTS") != NULL)
    only = g_strsplit (g_getenv ("BENCH_ENDPOINTS"), ",", -1);
  if (g_getenv ("BENCH_SECONDS") != NULL)
    seconds = (guint) g_ascii_strtoull (g_getenv ("BENCH_SECONDS"), NULL, 10);

  server = test_server_start (TRUE);
  fill (server);
  customer = test_login (server, "customer@example.com", NULL);
  staff = test_login (server, "operator@example.com", NULL);

  /* The real answers, to be served as they are by the bare server. */
  dir = g_dir_make_tmp ("doorstep-bench-http-XXXXXX", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
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
    }
  bare_url = start_bare (argv[0], dir, &bare);
  pinned = g_get_num_processors () >= 2;
  if (pinned)
    {
      bench_pin_process (g_subprocess_get_identifier (server->process), 0);
      bench_pin_process (g_subprocess_get_identifier (bare), 0);
    }

  g_print ("wrk -t2 -c64 -d%us per run, one server process%s; ratio = doorstep / bare SoupServer\n",
           seconds, pinned ? " on CPU 0, wrk on CPU 1" : "");
  g_print ("kept: the server as it runs, answers kept (--answer-cache 32);"
           " worked out: the same database, --answer-cache 0\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
    {
      const Endpoint *e = &endpoints[i];

      if (only != NULL && !g_strv_contains ((const char * const *) only, e->label))
        continue;
      kept[i] = measure (server->base_url, e, e->staff ? staff : customer, seconds);
      bare_figures[i] = measure (bare_url, e, e->staff ? staff : customer, seconds);
    }

  /* Many at once: the server keeps answering, and its memory stays put. */
  {
    const char *pid = g_subprocess_get_identifier (server->process);
    double before = bench_peak_rss_mib (pid);
    BenchFigures many = bench_wrk (server->base_url, "/api/v1/me", customer, 1000, seconds, 1, NULL);
    BenchFigures again = bench_wrk (server->base_url, "/api/v1/me", customer, 64, seconds, 1, NULL);

    g_snprintf (many_line, sizeof many_line,
                "1,000 connections, GET /me: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %u refused;"
                " then 64 again: %.0f req/s\nserver peak RSS: %.1f MiB before, %.1f MiB after\n",
                many.rps, many.p50_ms, many.p99_ms, many.refused, again.rps, before, bench_peak_rss_mib (pid));
  }

  /* The same server on the same database, working every answer out. */
  {
    g_autofree char *server_dir = g_strdup (server->dir);
    const char *no_cache[] = { "--answer-cache", "0", NULL };

    test_server_stop_keep_files (server);
    server = test_server_start_full (server_dir, TRUE, no_cache);
    if (pinned)
      bench_pin_process (g_subprocess_get_identifier (server->process), 0);
    for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
      {
        const Endpoint *e = &endpoints[i];

        if (only != NULL && !g_strv_contains ((const char * const *) only, e->label))
          continue;
        worked_out[i] = measure (server->base_url, e, e->staff ? staff : customer, seconds);
      }
  }

  g_print ("%-18s %6s  %8s %6s %6s  %8s %6s %6s  %5s  %11s %6s %5s\n", "endpoint", "bytes",
           "kept r/s", "p50 ms", "p99 ms", "bare r/s", "p50 ms", "p99 ms", "ratio",
           "worked r/s", "p99 ms", "ratio");
  for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
    {
      const Endpoint *e = &endpoints[i];
      g_autofree char *body_file = g_strdup_printf ("%s/%u.body", dir, i);
      g_autoptr(GMappedFile) body = NULL;
      double ratio, worked_ratio;

      if (only != NULL && !g_strv_contains ((const char * const *) only, e->label))
        continue;
      body = g_mapped_file_new (body_file, FALSE, NULL);
      ratio = bare_figures[i].rps > 0 ? kept[i].rps / bare_figures[i].rps : 0;
      worked_ratio = bare_figures[i].rps > 0 ? worked_out[i].rps / bare_figures[i].rps : 0;
      worst = MIN (worst, ratio);
      worst_worked = MIN (worst_worked, worked_ratio);
      g_print ("%-18s %6zu  %8.0f %6.2f %6.2f  %8.0f %6.2f %6.2f  %5.2f  %11.0f %6.2f %5.2f\n", e->label,
               g_mapped_file_get_length (body), kept[i].rps, kept[i].p50_ms, kept[i].p99_ms,
               bare_figures[i].rps, bare_figures[i].p50_ms, bare_figures[i].p99_ms, ratio,
               worked_out[i].rps, worked_out[i].p99_ms, worked_ratio);
    }
  g_print ("\nlowest ratio %.2f (worked out every time: %.2f)\n\n%s", worst, worst_worked, many_line);

  g_subprocess_force_exit (bare);
  test_server_stop (server);
  for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
    for (guint k = 0; k < 3; k++)
      {
        g_autofree char *file = g_strdup_printf ("%s/%u.%s", dir, i, (const char *[]) { "path", "body", "type" }[k]);
        g_unlink (file);
      }
  g_rmdir (dir);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-common.h"
#include "test-server-fixture.h"

/* How the staff's customer list holds up with 100,000 customers: the real
 * server over HTTP on loopback, its SQLite file (or, with
 * DOORSTEP_TEST_BACKEND=postgresql, its database) filled by SQL, no answer
 * kept. Prints figures; asserts nothing about time. Run: meson test -C
 * _build --benchmark -v customers */

#define N_CUSTOMERS 100000
#define N_SAMPLES 50

static char *
fetch (TestServer *server,
       const char *token,
       const char *path,
       double     *ms)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);
  JsonObject *object;

  *ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (response->status, ==, 200);
  object = test_response_object (response);
  if (json_object_get_null_member (object, "next_cursor"))
    return NULL;
  return g_strdup (json_object_get_string_member (object, "next_cursor"));
}

static void
time_path (TestServer *server,
           const char *token,
           const char *label,
           const char *path)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      double ms;

      g_free (fetch (server, token, path, &ms));
      g_array_append_val (samples, ms);
    }
  bench_report (label, samples);
}

int
main (int    argc,
      char **argv)
{
  /* Every request worked out: kept answers would time the cache. */
  const char * const uncached[] = { "--answer-cache", "0", NULL };
  TestServer *server = test_server_start_full (NULL, TRUE, uncached);
  g_autofree char *token = NULL;
  g_autofree char *cursor = NULL;
  g_autofree char *deep_path = NULL;
  g_autoptr(GArray) walk = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) login = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  guint pages = 0;

  start = g_get_monotonic_time ();
  bench_fill_customers (server, N_CUSTOMERS);
  /* A tag one customer in ten has. */
  test_server_exec_sql (server,
                        "INSERT INTO tags (id, name, colour, warns, created_at)"
                        " VALUES ('tag_bench', 'Bench', 'blue', 0, '2026-01-01T00:00:00Z');"
                        "INSERT INTO customer_tags (customer_id, tag_id)"
                        " SELECT id, 'tag_bench' FROM customers WHERE id LIKE 'cus_bench%0';");
  /* What autovacuum would have done by the time anyone looks: PostgreSQL
   * plans by statistics, which a bulk load leaves behind. */
  if (test_server_is_postgresql (server))
    test_server_exec_sql (server, "ANALYZE;");
  g_print ("Loaded %d customers with a property each in %.1f s\n\n", N_CUSTOMERS,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  for (guint i = 0; i < 5; i++)
    {
      double ms;
      gint64 t = g_get_monotonic_time ();

      g_free (token);
      token = test_login (server, "operator@example.com", NULL);
      ms = (g_get_monotonic_time () - t) / 1000.0;
      g_array_append_val (login, ms);
    }
  bench_report ("POST /auth/login (argon2id)", login);

  time_path (server, token, "GET /customers (first page of 50)", "/api/v1/customers");
  time_path (server, token, "GET /customers?limit=200", "/api/v1/customers?limit=200");

  /* Walk to the middle of the list by cursor, as scrolling does. */
  start = g_get_monotonic_time ();
  do
    {
      g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      g_autofree char *path = cursor != NULL ? g_strdup_printf ("/api/v1/customers?limit=200&cursor=%s", escaped)
                                             : g_strdup ("/api/v1/customers?limit=200");
      double ms;
      char *next = fetch (server, token, path, &ms);

      g_array_append_val (walk, ms);
      g_free (cursor);
      cursor = next;
      pages++;
    }
  while (cursor != NULL && pages < N_CUSTOMERS / 200 / 2);
  bench_report ("GET /customers?limit=200&cursor=... (walk to middle)", walk);
  g_print ("%-48s %.1f s for %u pages\n", "  whole walk", (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, pages);

  {
    g_autofree char *escaped = g_uri_escape_string (cursor, NULL, FALSE);
    deep_path = g_strdup_printf ("/api/v1/customers?cursor=%s", escaped);
  }
  time_path (server, token, "GET /customers?cursor=<middle> (page 1001 of 2000)", deep_path);
  time_path (server, token, "GET /customers?q=okafor (a surname, 1 in 120)", "/api/v1/customers?q=okafor");
  time_path (server, token, "GET /customers?q=maya.okafor7200@ (one hit)",
             "/api/v1/customers?q=maya.okafor7200%40");
  time_path (server, token, "GET /customers?q=nobody (search, no hit)", "/api/v1/customers?q=nobody");

  /* The first page in every order the staff's table sorts by, and a
   * page deep in one (the issue asks under 10 ms on SQLite, 25 ms on
   * PostgreSQL, one request at a time). */
  {
    const char *sorts[] = { "name", "-name", "city", "-city", "balance", "-balance", "lifetime", "-lifetime",
                            "last_job", "-last_job" };

    for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
      {
        g_autofree char *label = g_strdup_printf ("GET /customers?sort=%s (first page)", sorts[i]);
        g_autofree char *path = g_strdup_printf ("/api/v1/customers?sort=%s", sorts[i]);

        time_path (server, token, label, path);
      }
    time_path (server, token, "GET /customers?sort=-balance&q=okafor", "/api/v1/customers?sort=-balance&q=okafor");
    time_path (server, token, "GET /customers?sort=-lifetime&tag=<1 in 10>", "/api/v1/customers?sort=-lifetime&tag=tag_bench");
  }

  test_server_stop (server);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* sched_setaffinity */
#include "config.h"

#include <sched.h>
#include <string.h>

#include "bench-common.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

double
bench_median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

double
bench_peak_rss_mib (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}

void
bench_report (const char *what,
        GArray     *samples)
{
  g_array_sort (samples, compare_doubles);
  g_print ("%-48s median %7.2f ms   p90 %7.2f ms   max %7.2f ms   (n=%u)\n", what,
           g_array_index (samples, double, samples->len / 2),
           g_array_index (samples, double, samples->len * 9 / 10),
           g_array_index (samples, double, samples->len - 1),
           samples->len);
}


/* Names for bench_fill_customers(): common ones, so that searching a name
 * finds what it would in a real business's list. */
static const char * const first_names[] = {
  "Maya", "Daniel", "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James",
  "Isabella", "Lucas", "Mia", "Mateo", "Amelia", "Ethan", "Harper", "Levi", "Evelyn", "Aiden",
  "Abigail", "Jackson", "Emily", "Sebastian", "Ella", "Jack", "Elizabeth", "Owen", "Camila", "Samuel",
  "Luna", "Henry", "Sofia", "Wyatt", "Avery", "Leo", "Mila", "Julian", "Aria", "Grayson",
  "Scarlett", "Ezra", "Penelope", "Hudson", "Layla", "Luca", "Chloe", "Isaac", "Victoria", "Nora",
  "Priya", "Wei", "Fatima", "Hiroshi", "Amara", "Dmitri", "Lucia", "Kofi", "Ingrid", "Rafael",
};

static const char * const last_names[] = {
  "Okafor", "Reyes", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
  "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
  "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
  "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
  "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
  "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards",
  "Collins", "Reed", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz",
  "Morgan", "Cooper", "Peterson", "Bailey", "Reyna", "Kelly", "Howard", "Ramos", "Kim", "Cox",
  "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza",
  "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross",
  "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
  "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Lindqvist",
};

/* (0, 'Maya'), (1, 'Daniel'), ... */
static char *
names_values (const char * const *names,
              guint               n)
{
  GString *values = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (values, "%s(%u, '%s')", i > 0 ? ", " : "", i, names[i]);
  return g_string_free (values, FALSE);
}

void
bench_fill_customers (TestServer *server,
                      guint       n)
{
  g_autofree char *firsts = names_values (first_names, G_N_ELEMENTS (first_names));
  g_autofree char *lasts = names_values (last_names, G_N_ELEMENTS (last_names));
  const char *created = test_server_is_postgresql (server) ? "CAST('2026-01-01T00:00:00Z' AS TIMESTAMPTZ)"
                                                            : "'2026-01-01T00:00:00Z'";
  g_autofree char *sql = NULL;

  /* One text for both backends: a recursive count, || and %. */
  sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u),"
    " f(k, name) AS (VALUES %s), l(k, name) AS (VALUES %s)"
    " INSERT INTO customers (id, display_name, first_name, last_name, customer_type, email,"
    "                        phone, sort_key, created_at)"
    " SELECT 'cus_bench' || n.i, f.name || ' ' || l.name, f.name, l.name, 'homeowner',"
    "        lower(f.name) || '.' || lower(l.name) || n.i || '@example.com',"
    "        '+1 503 555 ' || (1000 + n.i %% 9000), lower(l.name || ' ' || f.name), %s"
    "   FROM n JOIN f ON f.k = n.i %% %u JOIN l ON l.k = (n.i / %u) %% %u;"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO properties (id, customer_id, label, address_line1, city, position)"
    " SELECT 'prp_bench' || n.i, 'cus_bench' || n.i, 'Home', (n.i %% 9000 + 100) || ' SE Main St', 'Portland', 0"
    "   FROM n;"
    /* What they owe, paid and when they were last served, spread out, as
     * the staff's list sorts by them (no invoices stand behind these). */
    "UPDATE customers SET"
    " balance_due_minor = (CAST(substr(id, 10) AS BIGINT) * 7919) %% 250000,"
    " lifetime_value_minor = (CAST(substr(id, 10) AS BIGINT) * 104729) %% 5000000,"
    " last_job_on = CASE WHEN CAST(substr(id, 10) AS BIGINT) %% 3 = 0 THEN ''"
    "                    ELSE '2025-0' || (1 + CAST(substr(id, 10) AS BIGINT) %% 9)"
    "                         || '-1' || (CAST(substr(id, 10) AS BIGINT) %% 10) END"
    " WHERE id LIKE 'cus_bench%%';",
    n, firsts, lasts, created,
    (guint) G_N_ELEMENTS (first_names), (guint) G_N_ELEMENTS (first_names), (guint) G_N_ELEMENTS (last_names),
    n);
  test_server_exec_sql (server, sql);
}

void
bench_fill_quotes (TestServer *server,
                   guint       n)
{
  gboolean pg = test_server_is_postgresql (server);
  /* Created a second apart, from 2026-01-01 00:00:00 on. */
  const char *created = pg ? "CAST('2026-01-01T00:00:00Z' AS TIMESTAMPTZ) + n.i * INTERVAL '1 second'"
                           : "strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || n.i || ' seconds')";
  const char *day = pg ? "CAST('2026-01-01' AS DATE)" : "'2026-01-01'";
  const char *until = pg ? "CAST('2999-01-01' AS DATE)" : "'2999-01-01'";
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, property_id,"
    "                     created_at, issued_on, valid_until, tax_rate_bp)"
    " SELECT 'quo_bench' || n.i, 'cus_demo0maya0okafor', 'B-' || n.i,"
    "        'Bench quote ' || n.i, CASE n.i %% 4 WHEN 0 THEN 'open' WHEN 1 THEN 'approved'"
    "        WHEN 2 THEN 'declined' ELSE 'requested' END, 'USD', n.i * 100, 'prp_demo0maya0okafor_1',"
    "        %s, %s, %s, 500 FROM n;", n, created, day, until);

  test_server_exec_sql (server, sql);
}

/**
 * bench_sign_in_customers:
 * @first: the first of the customers bench_fill_customers() made
 *
 * Signs in @n of them at once, straight into the database: a user, a
 * session and the access token "bench-token-N" for cus_benchN, valid for a
 * day (the password is the demo's, should anything sign in for real), and
 * a refresh token, without which a server starting on the same database
 * prunes the session.
 */
void
bench_sign_in_customers (TestServer *server,
                         guint       first,
                         guint       n)
{
  g_autoptr(GString) users = g_string_new (NULL);
  g_autoptr(GString) sessions = g_string_new (NULL);
  g_autoptr(GString) tokens = g_string_new (NULL);
  g_autoptr(GString) refresh = g_string_new (NULL);
  g_autofree char *sql = NULL;
  gboolean pg = test_server_is_postgresql (server);
  const char *created = pg ? "CAST('2026-01-01T00:00:00Z' AS TIMESTAMPTZ)" : "'2026-01-01T00:00:00Z'";
  gint64 expires = g_get_real_time () / G_USEC_PER_SEC + 24 * 60 * 60;

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *token = g_strdup_printf ("bench-token-%u", i);
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
      const char *comma = i > first ? ", " : "";

      g_string_append_printf (users, "%s('usr_bench%u', 'bench%u@example.com', 'Bench %u', 'cus_bench%u')",
                              comma, i, i, i, i);
      g_string_append_printf (sessions, "%s('ses_bench%u', 'usr_bench%u', %s)", comma, i, i, created);
      g_autofree char *refresh_token = g_strdup_printf ("bench-refresh-%u", i);
      g_autofree char *refresh_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, refresh_token, -1);

      g_string_append_printf (tokens, "%s('%s', 'ses_bench%u', %" G_GINT64_FORMAT ")", comma, hash, i, expires);
      g_string_append_printf (refresh, "%s('%s', 'ses_bench%u', %" G_GINT64_FORMAT ")", comma, refresh_hash, i,
                              expires);
    }
  sql = g_strdup_printf ("WITH v (id, email, name, customer_id) AS (VALUES %s)"
                         " INSERT INTO users (id, email, password_hash, display_name, role, customer_id, created_at)"
                         " SELECT v.id, v.email, (SELECT password_hash FROM users WHERE email = 'customer@example.com'),"
                         "        v.name, 'customer', v.customer_id, %s FROM v;"
                         "INSERT INTO sessions (id, user_id, created_at) VALUES %s;"
                         "INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES %s;"
                         "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES %s;",
                         users->str, created, sessions->str, tokens->str, refresh->str);
  test_server_exec_sql (server, sql);
}

/* wrk */

static double
to_ms (const char *value)
{
  char *end;
  double number = g_ascii_strtod (value, &end);

  if (g_str_has_prefix (end, "us"))
    return number / 1000.0;
  if (g_str_has_prefix (end, "ms"))
    return number;
  if (g_str_has_prefix (end, "s"))
    return number * 1000.0;
  return number;
}

/* The server under test on CPU 0 and wrk on CPU 1, so that the two do not
 * take turns on one core and each run measures the same thing. */
static void
pin_to_cpu (gpointer data)
{
  cpu_set_t set;

  CPU_ZERO (&set);
  CPU_SET (GPOINTER_TO_INT (data), &set);
  sched_setaffinity (0, sizeof set, &set);
}

void
bench_pin_process (const char *pid,
             int         cpu)
{
  cpu_set_t set;

  CPU_ZERO (&set);
  CPU_SET (cpu, &set);
  if (sched_setaffinity ((pid_t) g_ascii_strtoll (pid, NULL, 10), sizeof set, &set) != 0)
    g_printerr ("could not pin process %s to CPU %d\n", pid, cpu);
}

/**
 * bench_wrk_spawn:
 *
 * Starts what bench_wrk() runs, in the background; bench_wrk_finish()
 * waits for it and reads its figures.
 */
GSubprocess *
bench_wrk_spawn (const char *base_url,
                 const char *path,
                 const char *token,
                 guint       connections,
                 guint       seconds,
                 int         cpu,
                 const char *script)
{
  g_autofree char *url = g_strconcat (base_url, path, NULL);
  g_autofree char *duration = g_strdup_printf ("%us", seconds);
  g_autofree char *header = g_strdup_printf ("Authorization: Bearer %s", token);
  g_autofree char *conns = g_strdup_printf ("-c%u", connections);
  g_autofree char *threads = g_strdup_printf ("-t%u", MIN (connections, 2));
  const char *argv[] = { "wrk", threads, conns, "-d", duration, "--timeout", "60s", "--latency", url,
                         NULL, NULL, NULL, NULL, NULL };
  guint n = 9;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *wrk;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  if (token != NULL)
    {
      argv[n++] = "-H";
      argv[n++] = header;
    }
  if (script != NULL)
    {
      argv[n++] = "-s";
      argv[n++] = script;
    }
  if (cpu >= 0)
    g_subprocess_launcher_set_child_setup (launcher, pin_to_cpu, GINT_TO_POINTER (cpu), NULL);
  wrk = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_object_set_data_full (G_OBJECT (wrk), "url", g_steal_pointer (&url), g_free);
  return wrk;
}

BenchFigures
bench_wrk_finish (GSubprocess *wrk)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  BenchFigures figures = { 0 };

  g_subprocess_communicate_utf8 (wrk, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  if (strstr (out, "Non-2xx") != NULL || strstr (out, "Socket errors") != NULL)
    g_printerr ("wrk reported errors for %s:\n%s\n", (const char *) g_object_get_data (G_OBJECT (wrk), "url"), out);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();

      for (guint j = 0; words[j] != NULL; j++)
        if (*words[j] != '\0')
          g_ptr_array_add (parts, words[j]);
      if (parts->len >= 2 && g_str_equal (g_ptr_array_index (parts, 0), "Requests/sec:"))
        figures.rps = g_ascii_strtod (g_ptr_array_index (parts, 1), NULL);
      else if (parts->len >= 2 && g_str_equal (g_ptr_array_index (parts, 0), "50%"))
        figures.p50_ms = to_ms (g_ptr_array_index (parts, 1));
      else if (parts->len >= 2 && g_str_equal (g_ptr_array_index (parts, 0), "99%"))
        figures.p99_ms = to_ms (g_ptr_array_index (parts, 1));
      else if (parts->len >= 2 && g_str_equal (g_ptr_array_index (parts, 0), "Non-2xx"))
        figures.refused = (guint) g_ascii_strtoull (g_ptr_array_index (parts, parts->len - 1), NULL, 10);
    }
  return figures;
}

BenchFigures
bench_wrk (const char *base_url,
           const char *path,
           const char *token,
           guint       connections,
           guint       seconds,
           int         cpu,
           const char *script)
{
  g_autoptr(GSubprocess) wrk = bench_wrk_spawn (base_url, path, token, connections, seconds, cpu, script);

  return bench_wrk_finish (wrk);
}

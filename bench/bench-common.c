/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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


void
bench_fill_customers (TestServer *server)
{
  test_server_exec_sql (server,
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
    " INSERT INTO customers (id, display_name, first_name, last_name, customer_type, email,"
    "                        phone, sort_key, created_at)"
    " SELECT printf('cus_bench%06d', i), printf('Pat Customer%06d', i), 'Pat',"
    "        printf('Customer%06d', i), 'homeowner', printf('pat%06d@example.com', i),"
    "        printf('+1 503 555 %04d', i % 10000), printf('customer%06d pat', i),"
    "        '2026-01-01T00:00:00Z' FROM n;"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
    " INSERT INTO properties (id, customer_id, label, address_line1, city, position)"
    " SELECT printf('prp_bench%06d', i), printf('cus_bench%06d', i), 'Home',"
    "        printf('%d SE Main St', i), 'Portland', 0 FROM n;");
}

void
bench_fill_quotes (TestServer *server,
                   guint       n)
{
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, property_id,"
    "                     created_at, issued_on, valid_until, tax_rate_bp)"
    " SELECT printf('quo_bench%%05d', i), 'cus_demo0maya0okafor', printf('B-%%05d', i),"
    "        printf('Bench quote %%d', i), CASE i %% 4 WHEN 0 THEN 'open' WHEN 1 THEN 'approved'"
    "        WHEN 2 THEN 'declined' ELSE 'requested' END, 'USD', i * 100, 'prp_demo0maya0okafor_1',"
    "        printf('2026-01-01T%%02d:%%02d:%%02dZ', i / 3600, i / 60 %% 60, i %% 60), '2026-01-01',"
    "        '2999-01-01', 500 FROM n;", n);

  test_server_exec_sql (server, sql);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-server-fixture.h"

/* The business and a customer's dashboard, against a real demo server. */

static TestServer *server;

static void
test_company (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/company", access, NULL);
  JsonObject *object = test_response_object (response);
  JsonArray *hours;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (test_json_string (object, "name"), ==, "Northwind Home Services");
  g_assert_cmpstr (test_json_string (object, "timezone"), ==, "America/Los_Angeles");
  g_assert_cmpstr (test_json_string (object, "currency"), ==, "USD");
  g_assert_nonnull (test_json_string (json_object_get_object_member (object, "address"), "line1"));
  hours = json_object_get_array_member (object, "hours");
  g_assert_cmpuint (json_array_get_length (hours), ==, 6);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (hours, 0), "opens"), ==, "07:30");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "service_types")), >=, 5);
}

static void
test_dashboard_numbers (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  JsonObject *object;
  gint64 demo_quotes, demo_quotes_total;
  g_autofree char *next_start = NULL;

  {
    g_autoptr(TestResponse) empty = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
    object = test_response_object (empty);
    /* The demo's own open quotes, which what follows adds to. */
    demo_quotes = json_object_get_int_member (test_json_object (object, "open_quotes"), "count");
    demo_quotes_total = json_object_get_int_member (test_json_object (test_json_object (object, "open_quotes"), "total"),
                                                    "amount_minor");
    {
      g_autofree char *open = test_open_quote_condition ();
      g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "' AND %s",
                                              open);

      g_assert_cmpint (demo_quotes, ==, test_server_query_int (server, sql));
    }
    g_assert_cmpuint (empty->status, ==, 200);
    g_assert_cmpstr (test_json_string (test_json_object (object, "customer"), "id"), ==, MAYA_ID);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (test_json_object (object, "customer"), "properties")), ==, 2);
    /* The demo's furnace tune-up tomorrow morning, still to be changed. */
    g_assert_cmpstr (test_json_string (test_json_object (object, "next_visit"), "id"), ==, "vis_demo0tuneup");
    /* The demo's open invoices: the fan (part paid), the duplex's first
     * progress bill, and the pest control twelve days overdue. */
    g_assert_cmpint (json_object_get_int_member (test_json_object (test_json_object (object, "balance_due"), "total"), "amount_minor"), ==,
                     28800 + 95000 + 17800);
    g_assert_cmpint (json_object_get_int_member (test_json_object (object, "balance_due"), "invoice_count"), ==, 3);
    g_assert_cmpint (json_object_get_int_member (test_json_object (object, "balance_due"), "overdue_count"), ==, 1);
  }

  /* Records of later issues, put straight into the database: the dashboard
   * sums what is there, and only what is the customer's and still open. */
  test_server_exec_sql (server,
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t1', '" MAYA_ID "', 'Q-1', 'Furnace', 'open', 'USD', 125000, '2999-01-01');"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t2', '" MAYA_ID "', 'Q-2', 'Drain', 'open', 'USD', 30050, NULL);"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t3', '" MAYA_ID "', 'Q-3', 'Expired', 'open', 'USD', 99999, '2000-01-01');"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t4', '" MAYA_ID "', 'Q-4', 'Done', 'approved', 'USD', 5000, NULL);"
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, valid_until) VALUES ('quo_t5', '" DANIEL_ID "', 'Q-5', 'Not hers', 'open', 'USD', 7000, NULL);"
    "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date)"
    " VALUES ('inv_t1', '" MAYA_ID "', 'I-1', 'open', 'USD', 20000, 15025, '2000-01-01');"
    "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date)"
    " VALUES ('inv_t2', '" MAYA_ID "', 'I-2', 'open', 'USD', 10000, 10000, '2999-01-01');"
    "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date)"
    " VALUES ('inv_t3', '" MAYA_ID "', 'I-3', 'paid', 'USD', 10000, 0, '2000-01-01');"
    "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date)"
    " VALUES ('inv_t4', '" DANIEL_ID "', 'I-4', 'open', 'USD', 10000, 10000, NULL);");
  /* Sooner than the demo's visit tomorrow: one past, one cancelled, and
   * the next, in an hour, with the technician assigned. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) hour = g_date_time_add_hours (now, 1);
    g_autoptr(GDateTime) two = g_date_time_add_hours (now, 2);
    g_autoptr(GDateTime) half = g_date_time_add_minutes (now, 30);
    g_autofree char *hour_text = g_date_time_format (hour, "%Y-%m-%dT%H:%M:%SZ");
    g_autofree char *two_text = g_date_time_format (two, "%Y-%m-%dT%H:%M:%SZ");
    g_autofree char *half_text = g_date_time_format (half, "%Y-%m-%dT%H:%M:%SZ");
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO jobs (id, customer_id, title, status) VALUES ('job_t1', '" MAYA_ID "', 'Annual furnace service', 'scheduled');"
      "INSERT INTO visits (id, job_id, starts_at, ends_at, status)"
      " VALUES ('vis_t0', 'job_t1', '2001-01-01T09:00:00Z', '2001-01-01T10:00:00Z', 'scheduled');"
      "INSERT INTO visits (id, job_id, starts_at, ends_at, status)"
      " VALUES ('vis_t1', 'job_t1', '%s', '%s', 'scheduled');"
      "INSERT INTO visits (id, job_id, starts_at, ends_at, status)"
      " VALUES ('vis_t2', 'job_t1', '%s', '%s', 'cancelled');"
      "INSERT INTO visit_technicians (visit_id, user_id) VALUES ('vis_t1', 'usr_demo0technician');",
      hour_text, two_text, half_text, hour_text);

    test_server_exec_sql (server, sql);
    next_start = g_steal_pointer (&hour_text);
  }

  {
    g_autoptr(TestResponse) summed = test_http (server, "GET", "/api/v1/dashboard", access, NULL);
    JsonObject *quotes, *visit, *balance;

    object = test_response_object (summed);
    quotes = test_json_object (object, "open_quotes");
    g_assert_cmpint (json_object_get_int_member (quotes, "count"), ==, demo_quotes + 2);
    g_assert_cmpint (json_object_get_int_member (test_json_object (quotes, "total"), "amount_minor"), ==,
                     demo_quotes_total + 155050);
    g_assert_cmpstr (test_json_string (test_json_object (quotes, "total"), "currency"), ==, "USD");
    visit = test_json_object (object, "next_visit");
    g_assert_cmpstr (test_json_string (visit, "id"), ==, "vis_t1");
    g_assert_cmpstr (test_json_string (json_array_get_object_element (json_object_get_array_member (visit, "technicians"), 0),
                                       "display_name"), ==, "Luis Ortega");
    g_assert_cmpstr (test_json_string (visit, "starts_at"), ==, next_start);
    /* Within the notice period: no longer to be changed online. */
    g_assert_false (json_object_get_boolean_member (visit, "can_change"));
    balance = test_json_object (object, "balance_due");
    g_assert_cmpint (json_object_get_int_member (test_json_object (balance, "total"), "amount_minor"), ==,
                     28800 + 95000 + 17800 + 25025);
    g_assert_cmpint (json_object_get_int_member (balance, "invoice_count"), ==, 3 + 2);
    g_assert_cmpint (json_object_get_int_member (balance, "overdue_count"), ==, 1 + 1);
  }

  test_server_exec_sql (server,
    "DELETE FROM visits WHERE job_id = 'job_t1'; DELETE FROM jobs WHERE id = 'job_t1';"
    " DELETE FROM quotes WHERE id LIKE 'quo_t_'; DELETE FROM invoices WHERE id LIKE 'inv_t_';");
}

static const TestCase tests[] = {
  { "/server/company", test_company },
  { "/server/dashboard/numbers", test_dashboard_numbers },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

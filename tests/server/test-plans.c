/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "test-server-fixture.h"

/* Warranties and service plans against the demo business: active first,
 * what has expired says so, days left; a service plan's visits this plan
 * year, the next one due, the jobs under it and the equipment it covers;
 * who sees whose. */

/* poppler-glib 22 (Debian 12) does not declare them yet. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static TestServer *server;
static char *maya;
static char *daniel;
static char *operator;

static JsonArray *
items_of (TestResponse *response)
{
  g_assert_cmpuint (response->status, ==, 200);
  return json_object_get_array_member (test_response_object (response), "items");
}

static void
test_list (void)
{
  g_autoptr(TestResponse) mine = test_http (server, "GET", "/api/v1/plans", maya, NULL);
  g_autoptr(TestResponse) first = test_http (server, "GET", "/api/v1/plans?limit=2", maya, NULL);
  g_autoptr(TestResponse) rest = NULL;
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/plans", daniel, NULL);
  g_autoptr(TestResponse) preview = test_http (server, "GET", "/api/v1/plans?customer_id=" MAYA_ID, operator, NULL);
  g_autoptr(TestResponse) staff_own = test_http (server, "GET", "/api/v1/plans", operator, NULL);
  g_autofree char *next = NULL;
  JsonArray *items = items_of (mine);
  JsonObject *comfort, *expired;

  /* Active ones by the day they end, then the expired one. */
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  comfort = json_array_get_object_element (items, 0);
  g_assert_cmpstr (test_json_string (comfort, "id"), ==, "pln_demo0comfort");
  g_assert_cmpstr (test_json_string (comfort, "status"), ==, "active");
  g_assert_cmpstr (test_json_string (comfort, "kind"), ==, "service_plan");
  g_assert_cmpint (json_object_get_int_member (comfort, "days_left"), ==, 215);
  g_assert_cmpint (json_object_get_int_member (test_json_object (comfort, "price"), "amount_minor"), ==, 1900);
  g_assert_cmpstr (test_json_string (comfort, "billing_period"), ==, "month");
  g_assert_cmpstr (test_json_string (test_json_object (comfort, "property"), "label"), ==, "Home");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 1), "id"), ==, "pln_demo0furnace");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (items, 1), "price"));
  expired = json_array_get_object_element (items, 2);
  g_assert_cmpstr (test_json_string (expired, "id"), ==, "pln_demo0heater");
  g_assert_cmpstr (test_json_string (expired, "status"), ==, "expired");
  g_assert_cmpint (json_object_get_int_member (expired, "days_left"), ==, 0);

  /* A page at a time, in the same order. */
  g_assert_cmpuint (json_array_get_length (items_of (first)), ==, 2);
  next = g_strdup_printf ("/api/v1/plans?limit=2&cursor=%s",
                          test_json_string (test_response_object (first), "next_cursor"));
  rest = test_http (server, "GET", next, maya, NULL);
  g_assert_cmpuint (json_array_get_length (items_of (rest)), ==, 1);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items_of (rest), 0), "id"), ==,
                   "pln_demo0heater");

  /* Each customer theirs; staff see a customer's when they name one. */
  g_assert_cmpuint (json_array_get_length (items_of (his)), ==, 1);
  g_assert_cmpuint (json_array_get_length (items_of (preview)), ==, 3);
  test_assert_problem (staff_own, 422);
}

static void
test_plan (void)
{
  g_autoptr(TestResponse) plan = test_http (server, "GET", "/api/v1/plans/pln_demo0comfort", maya, NULL);
  g_autoptr(TestResponse) warranty = test_http (server, "GET", "/api/v1/plans/pln_demo0heater", maya, NULL);
  g_autoptr(TestResponse) not_his = test_http (server, "GET", "/api/v1/plans/pln_demo0comfort", daniel, NULL);
  g_autoptr(TestResponse) nothing = test_http (server, "GET", "/api/v1/plans/pln_nothing", maya, NULL);
  JsonObject *object = test_response_object (plan);
  JsonObject *visits;
  JsonArray *jobs, *equipment;

  g_assert_cmpuint (plan->status, ==, 200);
  g_assert_nonnull (strstr (test_json_string (object, "covered"), "carbon monoxide test"));
  g_assert_nonnull (test_json_string (object, "not_covered"));

  /* Two visits a plan year, one done (the furnace service 60 days ago);
   * the year began 150 days ago, so the second is due six months in. */
  visits = test_json_object (object, "visits");
  g_assert_cmpint (json_object_get_int_member (visits, "included"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (visits, "used"), ==, 1);
  g_assert_cmpstr (test_json_string (visits, "year_starts_on"), ==, test_json_string (object, "starts_on"));
  g_assert_nonnull (test_json_string (visits, "next_due_on"));
  g_assert_cmpstr (test_json_string (visits, "next_due_on"), >, test_json_string (visits, "year_starts_on"));

  /* The jobs under it, newest first: the booked tune-up, then the service. */
  jobs = json_object_get_array_member (object, "jobs");
  g_assert_cmpuint (json_array_get_length (jobs), ==, 2);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (jobs, 0), "id"), ==, "job_demo0tuneup");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (jobs, 1), "id"), ==, "job_demo0past5");
  equipment = json_object_get_array_member (object, "equipment");
  g_assert_cmpuint (json_array_get_length (equipment), ==, 1);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (equipment, 0), "type"), ==, "Gas furnace");

  /* A warranty has no visits; an expired one says so. */
  g_assert_cmpuint (warranty->status, ==, 200);
  g_assert_true (json_object_get_null_member (test_response_object (warranty), "visits"));
  g_assert_cmpstr (test_json_string (test_response_object (warranty), "status"), ==, "expired");
  test_assert_problem (not_his, 404);
  test_assert_problem (nothing, 404);
}

/* Equipment by property with its warranty and maintenance: the furnace
 * serviced 60 days ago on a yearly interval, the water heater long
 * overdue, the sump pump due within the month; one property's only; an
 * item's history and plans; the dashboard's count of what is due. */
static void
test_equipment (void)
{
  g_autoptr(TestResponse) all = test_http (server, "GET", "/api/v1/equipment", maya, NULL);
  g_autoptr(TestResponse) duplex = test_http (server, "GET", "/api/v1/equipment?property_id=prp_demo0maya0okafor_2",
                                              maya, NULL);
  g_autoptr(TestResponse) furnace = test_http (server, "GET", "/api/v1/equipment/eqp_demo0furnace", maya, NULL);
  g_autoptr(TestResponse) not_his = test_http (server, "GET", "/api/v1/equipment/eqp_demo0furnace", daniel, NULL);
  g_autoptr(TestResponse) dashboard = test_http (server, "GET", "/api/v1/dashboard", maya, NULL);
  JsonArray *items = items_of (all);
  JsonObject *item, *maintenance, *object, *due;
  JsonArray *jobs;

  /* Six: three at the house, three at the duplex, by property then type. */
  g_assert_cmpuint (json_array_get_length (items), ==, 6);
  item = json_array_get_object_element (items, 0);
  g_assert_cmpstr (test_json_string (item, "type"), ==, "Gas furnace");
  g_assert_cmpstr (test_json_string (test_json_object (item, "warranty"), "id"), ==, "pln_demo0furnace");
  maintenance = test_json_object (item, "maintenance");
  g_assert_cmpstr (test_json_string (maintenance, "state"), ==, "ok");
  g_assert_cmpint (json_object_get_int_member (maintenance, "days_until_due"), >, 290);
  item = json_array_get_object_element (items, 1);
  g_assert_cmpstr (test_json_string (item, "type"), ==, "Water heater");
  g_assert_true (json_object_get_null_member (item, "warranty"));
  g_assert_cmpstr (test_json_string (test_json_object (item, "maintenance"), "state"), ==, "overdue");
  item = json_array_get_object_element (items, 2);
  g_assert_cmpstr (test_json_string (item, "type"), ==, "Water softener");
  g_assert_cmpstr (test_json_string (test_json_object (item, "maintenance"), "state"), ==, "ok");
  item = json_array_get_object_element (items, 4);
  g_assert_cmpstr (test_json_string (item, "type"), ==, "Sump pump");
  g_assert_cmpstr (test_json_string (test_json_object (item, "maintenance"), "state"), ==, "due_soon");
  g_assert_cmpuint (json_array_get_length (items_of (duplex)), ==, 3);

  object = test_response_object (furnace);
  jobs = json_object_get_array_member (object, "jobs");
  g_assert_cmpuint (json_array_get_length (jobs), ==, 3);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (jobs, 0), "id"), ==, "job_demo0tuneup");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (jobs, 2), "id"), ==, "job_demo0past2");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "plans")), ==, 2);
  test_assert_problem (not_his, 404);

  due = test_json_object (test_response_object (dashboard), "maintenance_due");
  g_assert_cmpint (json_object_get_int_member (due, "count"), ==, 2);
  g_assert_cmpstr (test_json_string (test_json_object (due, "first"), "equipment_id"), ==, "eqp_demo0heater");
}

/* The contract, read back with poppler: the plan, its price, its visits,
 * what it covers and the equipment; another customer's is 404. */
static void
test_contract (void)
{
  g_autoptr(TestResponse) pdf = test_http (server, "GET", "/api/v1/plans/pln_demo0comfort/contract", maya, NULL);
  g_autoptr(TestResponse) not_his = test_http (server, "GET", "/api/v1/plans/pln_demo0comfort/contract", daniel,
                                               NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_cmpuint (pdf->status, ==, 200);
  g_assert_cmpstr (pdf->content_type, ==, "application/pdf");
  document = poppler_document_new_from_bytes (pdf->body, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      /* poppler's text drops some spaces and keeps others: compare
       * without any. */
      for (const char *c = page_text; *c != '\0'; c++)
        if (!g_ascii_isspace (*c))
          g_string_append_c (text, *c);
    }
  g_assert_nonnull (strstr (text->str, "SERVICEPLAN"));
  g_assert_nonnull (strstr (text->str, "HomeComfortPlan"));
  g_assert_nonnull (strstr (text->str, "billedmonthly"));
  g_assert_nonnull (strstr (text->str, "$19.00"));
  g_assert_nonnull (strstr (text->str, "2visitsineachplanyear"));
  g_assert_nonnull (strstr (text->str, "Gasfurnace:Carrier59SC5A080E17"));
  g_assert_nonnull (strstr (text->str, "MayaOkafor"));
  test_assert_problem (not_his, 404);
}

/* A plan ended or cancelled has no visit due, and says which. */
static void
test_cancelled (void)
{
  g_autoptr(TestResponse) plan = NULL;
  JsonObject *object;

  test_server_exec_sql (server, "UPDATE plans SET cancelled_on = starts_on WHERE id = 'pln_demo0daniel'");
  plan = test_http (server, "GET", "/api/v1/plans/pln_demo0daniel", daniel, NULL);
  object = test_response_object (plan);
  g_assert_cmpstr (test_json_string (object, "status"), ==, "cancelled");
  g_assert_true (json_object_get_null_member (test_json_object (object, "visits"), "next_due_on"));
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  server = test_server_start (TRUE);
  maya = test_login (server, "customer@example.com", NULL);
  daniel = test_login (server, "customer2@example.com", NULL);
  operator = test_login (server, "operator@example.com", NULL);

  g_test_add_func ("/plans/list", test_list);
  g_test_add_func ("/plans/plan", test_plan);
  g_test_add_func ("/plans/equipment", test_equipment);
  g_test_add_func ("/plans/contract", test_contract);
  g_test_add_func ("/plans/cancelled", test_cancelled);
  result = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (operator);
  test_server_stop (server);
  return result;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* The customer's documents in one list against the demo business: every
 * kind (drawn and shared files), newest first, a page at a time; counts per kind; narrowed by kind
 * and by what the name or title contains (any case, LIKE's own characters
 * taken literally); each one's PDF at its own route; whose is whose. */

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
  g_autoptr(TestResponse) all = test_http (server, "GET", "/api/v1/documents?limit=100", maya, NULL);
  g_autoptr(TestResponse) counts = test_http (server, "GET", "/api/v1/documents/counts", maya, NULL);
  g_autoptr(TestResponse) first = test_http (server, "GET", "/api/v1/documents?limit=5", maya, NULL);
  g_autoptr(TestResponse) rest = NULL;
  g_autofree char *next = NULL;
  JsonArray *items = items_of (all);
  JsonObject *object = test_response_object (counts);
  guint quotes = 0, invoices = 0, receipts = 0, plans = 0, photos = 0, documents = 0;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *kind = test_json_string (item, "kind");

      quotes += g_str_equal (kind, "quote");
      invoices += g_str_equal (kind, "invoice");
      receipts += g_str_equal (kind, "receipt");
      plans += g_str_equal (kind, "plan");
      photos += g_str_equal (kind, "photo");
      documents += g_str_equal (kind, "document");
      g_assert_cmpstr (test_json_string (item, "content_type"), ==,
                       g_str_equal (kind, "photo") ? "image/jpeg" : "application/pdf");
      /* newest first */
      if (i > 0)
        g_assert_cmpstr (test_json_string (item, "date"), <=,
                         test_json_string (json_array_get_object_element (items, i - 1), "date"));
    }
  /* Six quotes once priced (Q-1008 is only requested), nine invoices,
   * eight receipts, three plans; eight photos and five documents shared. */
  g_assert_cmpuint (quotes, ==, 6);
  g_assert_cmpuint (invoices, ==, 9);
  g_assert_cmpuint (receipts, ==, 8);
  g_assert_cmpuint (plans, ==, 3);
  g_assert_cmpuint (photos, ==, 8);
  g_assert_cmpuint (documents, ==, 5);
  g_assert_cmpint (json_object_get_int_member (object, "all"), ==, 39);
  g_assert_cmpint (json_object_get_int_member (object, "photos"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (object, "documents"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (object, "quotes"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (object, "receipts"), ==, 8);

  /* The same list a page at a time. */
  g_assert_cmpuint (json_array_get_length (items_of (first)), ==, 5);
  next = g_strdup_printf ("/api/v1/documents?limit=100&cursor=%s",
                          test_json_string (test_response_object (first), "next_cursor"));
  rest = test_http (server, "GET", next, maya, NULL);
  g_assert_cmpuint (json_array_get_length (items_of (rest)), ==, 34);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items_of (rest), 0), "id"), ==,
                   test_json_string (json_array_get_object_element (items, 5), "id"));
}

static void
test_narrowed (void)
{
  g_autoptr(TestResponse) receipts = test_http (server, "GET", "/api/v1/documents?kind=receipts", maya, NULL);
  g_autoptr(TestResponse) furnace = test_http (server, "GET", "/api/v1/documents?q=FURNACE", maya, NULL);
  g_autoptr(TestResponse) plans_furnace = test_http (server, "GET", "/api/v1/documents?kind=plans&q=furnace", maya,
                                                     NULL);
  g_autoptr(TestResponse) wildcard = test_http (server, "GET", "/api/v1/documents?q=%25", maya, NULL);
  g_autoptr(TestResponse) underscore = test_http (server, "GET", "/api/v1/documents?q=Q_1001", maya, NULL);
  g_autoptr(TestResponse) bad_kind = test_http (server, "GET", "/api/v1/documents?kind=videos", maya, NULL);
  g_autoptr(TestResponse) duplex = test_http (server, "GET",
                                              "/api/v1/documents?limit=100&property_id=prp_demo0maya0okafor_2", maya,
                                              NULL);
  g_autoptr(TestResponse) all = test_http (server, "GET", "/api/v1/documents?limit=100", maya, NULL);
  g_autoptr(TestResponse) bad_day = test_http (server, "GET", "/api/v1/documents?since=2026-13-01", maya, NULL);
  g_autoptr(TestResponse) window = NULL;
  g_autofree char *window_path = NULL;
  JsonArray *every;
  const char *day;
  guint expected = 0;
  JsonArray *items = items_of (receipts);

  g_assert_cmpuint (json_array_get_length (items), ==, 8);
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, i), "kind"), ==, "receipt");
  /* Quote Q-1001, the two furnace services' invoice and receipt, the
   * furnace warranty; the four photos of the last furnace service (by
   * their job's title) and the furnace's warranty registration. */
  g_assert_cmpuint (json_array_get_length (items_of (furnace)), ==, 9);
  g_assert_cmpuint (json_array_get_length (items_of (plans_furnace)), ==, 1);
  g_assert_cmpuint (json_array_get_length (items_of (wildcard)), ==, 0);
  g_assert_cmpuint (json_array_get_length (items_of (underscore)), ==, 0);
  test_assert_problem (bad_kind, 422);
  test_assert_problem (bad_day, 422);

  /* One property's; a window of days, both ends kept. */
  items = items_of (duplex);
  g_assert_cmpuint (json_array_get_length (items), >, 0);
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, i), "property_label"), ==,
                     "Rental duplex");
  every = items_of (all);
  day = test_json_string (json_array_get_object_element (every, 3), "date");
  for (guint i = 0; i < json_array_get_length (every); i++)
    expected += g_strcmp0 (test_json_string (json_array_get_object_element (every, i), "date"), day) == 0;
  window_path = g_strdup_printf ("/api/v1/documents?limit=100&since=%s&until=%s", day, day);
  window = test_http (server, "GET", window_path, maya, NULL);
  g_assert_cmpuint (json_array_get_length (items_of (window)), ==, expected);

  /* Counts narrowed as the list is. */
  {
    g_autoptr(TestResponse) counted = test_http (server, "GET", "/api/v1/documents/counts?q=furnace", maya, NULL);
    JsonObject *object = test_response_object (counted);

    g_assert_cmpint (json_object_get_int_member (object, "all"), ==, 9);
    g_assert_cmpint (json_object_get_int_member (object, "photos"), ==, 4);
    g_assert_cmpint (json_object_get_int_member (object, "documents"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (object, "plans"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (object, "quotes"), ==, 1);
  }
}

/* Every kind's id opens at its own route. */
static void
test_fetch (void)
{
  g_autoptr(TestResponse) all = test_http (server, "GET", "/api/v1/documents?limit=100", maya, NULL);
  JsonArray *items = items_of (all);
  gboolean seen[6] = { FALSE };
  const char * const kinds[] = { "quote", "invoice", "receipt", "plan", "photo", "document" };
  const char * const prefixes[] = { "/api/v1/quotes/", "/api/v1/invoices/", "/api/v1/payments/", "/api/v1/plans/",
                                    "/api/v1/files/", "/api/v1/files/" };
  const char * const suffixes[] = { "/pdf", "/pdf", "/receipt", "/contract", "/content", "/content" };

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (!seen[k] && g_str_equal (test_json_string (item, "kind"), kinds[k]))
          {
            g_autofree char *path = g_strconcat (prefixes[k], test_json_string (item, "id"), suffixes[k], NULL);
            g_autoptr(TestResponse) pdf = test_http (server, "GET", path, maya, NULL);

            g_assert_cmpuint (pdf->status, ==, 200);
            g_assert_cmpstr (pdf->content_type, ==, k == 4 ? "image/jpeg" : "application/pdf");
            seen[k] = TRUE;
          }
    }
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_true (seen[k]);
}

static void
test_isolation (void)
{
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/documents?limit=100", daniel, NULL);
  g_autoptr(TestResponse) preview = test_http (server, "GET", "/api/v1/documents/counts?customer_id=" MAYA_ID,
                                               operator, NULL);
  JsonArray *items = items_of (his);

  /* Q-1007, I-2010, his plan, his photo and his warranty card. */
  g_assert_cmpuint (json_array_get_length (items), ==, 5);
  g_assert_cmpuint (preview->status, ==, 200);
  g_assert_cmpint (json_object_get_int_member (test_response_object (preview), "all"), ==, 39);
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

  g_test_add_func ("/documents/list", test_list);
  g_test_add_func ("/documents/narrowed", test_narrowed);
  g_test_add_func ("/documents/fetch", test_fetch);
  g_test_add_func ("/documents/isolation", test_isolation);
  result = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (operator);
  test_server_stop (server);
  return result;
}

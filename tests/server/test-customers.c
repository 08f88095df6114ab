/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-server-fixture.h"

/* The staff's customer list: who may see it, search and paging. */

static TestServer *server;

static void
test_customers_staff_only (void)
{
  const char *staff[] = { "admin@example.com", "operator@example.com", "technician@example.com" };
  g_autofree char *customer = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) refused = test_http (server, "GET", "/api/v1/customers", customer, NULL);

  /* Not 403: for a customer the list simply is not there. */
  test_assert_problem (refused, 404);

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autofree char *access = test_login (server, staff[i], NULL);
      g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/customers", access, NULL);
      JsonArray *items = json_object_get_array_member (test_response_object (response), "items");

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpuint (json_array_get_length (items), >=, 5);
    }
}

static void
test_customers_paging (void)
{
  g_autofree char *access = test_login (server, "operator@example.com", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  /* By last name, or the business's name, ignoring case. */
  const char *expected[] = {
    "Alice Brennan", "Greenleaf Apartments LLC", "Harbor Bakery", "Ruth Lindqvist",
    "Priya Natarajan", "Maya Okafor", "Samuel Osei", "Daniel Reyes",
  };
  guint pages = 0;

  do
    {
      g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      g_autofree char *path = cursor != NULL ? g_strdup_printf ("/api/v1/customers?limit=3&cursor=%s", escaped)
                                             : g_strdup ("/api/v1/customers?limit=3");
      g_autoptr(TestResponse) response = test_http (server, "GET", path, access, NULL);
      JsonObject *object = test_response_object (response);
      JsonArray *items = json_object_get_array_member (object, "items");

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpuint (json_array_get_length (items), <=, 3);
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);

          g_assert_false (g_hash_table_contains (seen, test_json_string (item, "id")));
          g_hash_table_add (seen, g_strdup (test_json_string (item, "id")));
          g_ptr_array_add (names, g_strdup (test_json_string (item, "display_name")));
        }

      g_free (cursor);
      cursor = g_strdup (json_object_get_null_member (object, "next_cursor")
                         ? NULL : test_json_string (object, "next_cursor"));
      pages++;
    }
  while (cursor != NULL);

  g_assert_cmpuint (g_hash_table_size (seen), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);
  g_assert_cmpuint (pages, ==, 3);

  {
    g_autoptr(TestResponse) search = test_http (server, "GET", "/api/v1/customers?q=bAkEr", access, NULL);
    JsonArray *items = json_object_get_array_member (test_response_object (search), "items");

    g_assert_cmpuint (json_array_get_length (items), ==, 1);
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "display_name"), ==, "Harbor Bakery");
  }
  {
    /* LIKE's wildcards are searched for literally. */
    g_autoptr(TestResponse) search = test_http (server, "GET", "/api/v1/customers?q=%25", access, NULL);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (test_response_object (search), "items")), ==, 0);
  }
  {
    g_autoptr(TestResponse) search = test_http (server, "GET", "/api/v1/customers?q=555%200133", access, NULL);
    JsonArray *items = json_object_get_array_member (test_response_object (search), "items");
    g_assert_cmpuint (json_array_get_length (items), ==, 1);
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "id"), ==, DANIEL_ID);
  }
  {
    /* Quotes, FTS5's own syntax and two letters are plain text too. */
    const char *queries[] = { "%22", "bak%22%20OR%20x", "NEAR(a%20b)", "ba", "%2A" };

    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autofree char *path = g_strdup_printf ("/api/v1/customers?q=%s", queries[i]);
        g_autoptr(TestResponse) search = test_http (server, "GET", path, access, NULL);

        g_assert_cmpuint (search->status, ==, 200);
      }
  }
  {
    /* The index follows a change of name. */
    g_autoptr(TestResponse) search = NULL;

    test_server_exec_sql (server, "UPDATE customers SET display_name = 'Harbor Patisserie' WHERE display_name = 'Harbor Bakery'");
    search = test_http (server, "GET", "/api/v1/customers?q=patisser", access, NULL);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (test_response_object (search), "items")), ==, 1);
    g_clear_pointer (&search, test_response_free);
    search = test_http (server, "GET", "/api/v1/customers?q=harbor%20bakery", access, NULL);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (test_response_object (search), "items")), ==, 0);
    test_server_exec_sql (server, "UPDATE customers SET display_name = 'Harbor Bakery' WHERE display_name = 'Harbor Patisserie'");
  }
}

/* Every page of a search, followed by its cursors: the names, in order. */
static GPtrArray *
search_all (const char *access,
            const char *query,
            guint       limit)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cursor = NULL;

  do
    {
      g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      g_autofree char *path = g_strdup_printf ("/api/v1/customers?q=%s&limit=%u%s%s", query, limit,
                                               cursor != NULL ? "&cursor=" : "", cursor != NULL ? escaped : "");
      g_autoptr(TestResponse) response = test_http (server, "GET", path, access, NULL);
      JsonObject *object = test_response_object (response);
      JsonArray *items = json_object_get_array_member (object, "items");

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpuint (json_array_get_length (items), <=, limit);
      for (guint i = 0; i < json_array_get_length (items); i++)
        g_ptr_array_add (names, g_strdup (test_json_string (json_array_get_object_element (items, i), "display_name")));
      g_free (cursor);
      cursor = g_strdup (json_object_get_null_member (object, "next_cursor")
                         ? NULL : test_json_string (object, "next_cursor"));
    }
  while (cursor != NULL);
  return names;
}

/* A search that most customers match is found by walking the list, and
 * one that few match through the index; pages that cross from the one to
 * the other lose and repeat no one. Here 30 matches, then 100 customers
 * who do not match (more than a walk looks at for a page of three), then
 * 10 more matches. */
static void
test_customers_search_dense_and_sparse (void)
{
  g_autofree char *access = test_login (server, "operator@example.com", NULL);
  const char *created = test_server_is_postgresql (server) ? "CAST('2026-01-01T00:00:00Z' AS TIMESTAMPTZ)"
                                                           : "'2026-01-01T00:00:00Z'";
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 239)"
    " INSERT INTO customers (id, display_name, customer_type, sort_key, created_at)"
    " SELECT 'cus_walk' || n.i,"
    "        CASE WHEN n.i < 130 OR n.i >= 230 THEN 'Tess Walkerton ' ELSE 'Tess Other ' END || n.i,"
    "        'homeowner',"
    "        CASE WHEN n.i < 130 THEN 'tw a ' WHEN n.i < 230 THEN 'tw b ' ELSE 'tw c ' END || n.i, %s"
    "   FROM n", created);
  const guint limits[] = { 1, 3, 7, 50 };

  test_server_exec_sql (server, sql);
  for (guint l = 0; l < G_N_ELEMENTS (limits); l++)
    {
      const char *queries[] = { "walkerton", "WALKERTON", "tess%20walk" };

      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          g_autoptr(GPtrArray) names = search_all (access, queries[q], limits[l]);
          guint k = 0;

          g_assert_cmpuint (names->len, ==, 40);
          for (guint i = 100; i < 240; i++)
            if (i < 130 || i >= 230)
              {
                g_autofree char *expected = g_strdup_printf ("Tess Walkerton %u", i);

                g_assert_cmpstr (g_ptr_array_index (names, k++), ==, expected);
              }
        }
    }
  {
    /* Not in ASCII: through the index alone. */
    g_autoptr(GPtrArray) names = NULL;

    test_server_exec_sql (server, "UPDATE customers SET display_name = 'Tess Wälkerton' WHERE id = 'cus_walk230'");
    names = search_all (access, "w%C3%A4lkerton", 3);
    g_assert_cmpuint (names->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "Tess Wälkerton");
  }
  test_server_exec_sql (server, "DELETE FROM customers WHERE id LIKE 'cus_walk%'");
}

static void
test_customers_bad_parameters (void)
{
  const char *paths[] = {
    "/api/v1/customers?limit=0",
    "/api/v1/customers?limit=201",
    "/api/v1/customers?limit=ten",
    "/api/v1/customers?cursor=not-ours",
    "/api/v1/customers?cursor=Zm9v",
  };
  g_autofree char *access = test_login (server, "admin@example.com", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TestResponse) response = test_http (server, "GET", paths[i], access, NULL);
      JsonObject *errors;

      test_assert_problem (response, 422);
      errors = json_object_get_object_member (test_response_object (response), "errors");
      g_assert_true (json_object_has_member (errors, i < 3 ? "limit" : "cursor"));
    }
}

static const TestCase tests[] = {
  { "/server/customers/staff-only", test_customers_staff_only },
  { "/server/customers/paging", test_customers_paging },
  { "/server/customers/bad-parameters", test_customers_bad_parameters },
  { "/server/customers/search-dense-and-sparse", test_customers_search_dense_and_sparse },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

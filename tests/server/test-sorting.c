/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* The lists the staff's tables show, sorted by their columns both ways
 * (sort=NAME, sort=-NAME), a page at a time: every row once, each page in
 * order after the one before, and a cursor kept to the order it was made
 * in. A customer's lists read as the staff read them (customer_id), on
 * Maya's; the customers list searched and by tag too. */

static TestServer *server;

/* A member of @item by a dotted path ("total.amount_minor"), as text or
 * as a number's digits, padded for comparing. */
static char *
value_at (JsonObject *item,
          const char *path,
          gboolean    none_first)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      node = json_object_get_member (item, parts[i]);
      if (parts[i + 1] != NULL)
        item = json_node_get_object (node);
    }
  /* Where the list puts what is not there: an invoice without a due day
   * after every one with one; a customer never served before the rest. */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (none_first ? "" : "\xff");
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%020" G_GINT64_FORMAT, json_node_get_int (node));
  return g_strdup (json_node_get_string (node));
}

/* Walks @list (a path with its query) sorted by @sort, @limit at a time,
 * and checks @member is in order; Returns: how many rows there were */
static guint
walk (const char *token,
      const char *list,
      const char *sort,
      const char *member,
      gboolean    none_first,
      guint       limit)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  g_autofree char *last = NULL;
  gboolean descending = sort[0] == '-';

  do
    {
      g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      gboolean staff_list = g_str_has_prefix (list, "/api/v1/customers");
      g_autofree char *path = g_strdup_printf ("%s%ssort=%s&limit=%u%s%s%s", list,
                                               strchr (list, '?') != NULL ? "&" : "?", sort, limit,
                                               staff_list ? "" : "&customer_id=" MAYA_ID,
                                               cursor != NULL ? "&cursor=" : "", cursor != NULL ? escaped : "");
      g_autoptr(TestResponse) page = test_http (server, "GET", path, token, NULL);
      JsonArray *items;

      g_assert_cmpuint (page->status, ==, 200);
      items = json_object_get_array_member (test_response_object (page), "items");
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);
          g_autofree char *value = value_at (item, member, none_first);

          g_assert_true (g_hash_table_add (seen, g_strdup (test_json_string (item, "id"))));
          if (last != NULL && (descending ? strcmp (value, last) > 0 : strcmp (value, last) < 0))
            g_error ("%s sort=%s: “%s” came after “%s”", list, sort, value, last);
          g_free (last);
          last = g_steal_pointer (&value);
        }
      g_free (cursor);
      cursor = g_strdup (test_json_string (test_response_object (page), "next_cursor"));
    }
  while (cursor != NULL);
  return g_hash_table_size (seen);
}

static void
test_sorted_lists (void)
{
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  const struct {
    const char *list;
    const char *sort;
    const char *member;
    gboolean    none_first;
  } cases[] = {
    { "/api/v1/quotes", "total", "total.amount_minor" },
    { "/api/v1/quotes", "-total", "total.amount_minor" },
    { "/api/v1/quotes", "number", "number" },
    { "/api/v1/quotes", "-status", "status" },
    { "/api/v1/quotes", "created", "created_at" },
    { "/api/v1/invoices?status=all", "due", "due_date" },
    { "/api/v1/invoices?status=all", "-balance", "balance.amount_minor" },
    { "/api/v1/invoices?status=all", "title", "title" },
    { "/api/v1/payments", "-amount", "amount.amount_minor" },
    { "/api/v1/payments", "receipt", "receipt_number" },
    { "/api/v1/jobs?status=completed", "-date", "starts_at" },
    { "/api/v1/jobs?status=completed", "title", "job_title" },
    { "/api/v1/jobs?status=completed", "status", "status" },
    { "/api/v1/customers", "-balance", "balance_due.amount_minor" },
    { "/api/v1/customers", "lifetime", "lifetime_value.amount_minor" },
    { "/api/v1/customers", "-last_job", "last_job_on", TRUE },
    { "/api/v1/customers", "last_job", "last_job_on", TRUE },
    { "/api/v1/customers", "city", "city", TRUE },
    { "/api/v1/customers?q=an", "-balance", "balance_due.amount_minor" },
    { "/api/v1/customers?tag=tag_demo0vip", "-lifetime", "lifetime_value.amount_minor" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean staff_list = g_str_has_prefix (cases[i].list, "/api/v1/customers");
      g_autofree char *all_path = g_strdup_printf ("%s%slimit=200%s", cases[i].list,
                                                   strchr (cases[i].list, '?') != NULL ? "&" : "?",
                                                   staff_list ? "" : "&customer_id=" MAYA_ID);
      guint least = g_str_has_prefix (cases[i].list, "/api/v1/customers?") ? 2 : 3;
      g_autoptr(TestResponse) all = test_http (server, "GET", all_path, operator, NULL);
      guint total = json_array_get_length (json_object_get_array_member (test_response_object (all), "items"));

      g_assert_cmpuint (total, >=, least);
      /* Every row, a page of two at a time, as many as in one page. */
      g_assert_cmpuint (walk (operator, cases[i].list, cases[i].sort, cases[i].member, cases[i].none_first, 2), ==,
                        total);
    }
}

static void
test_sort_refused (void)
{
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autoptr(TestResponse) bogus = test_http (server, "GET", "/api/v1/quotes?sort=price&customer_id=" MAYA_ID,
                                             operator, NULL);
  g_autoptr(TestResponse) dashes = test_http (server, "GET", "/api/v1/quotes?sort=--total&customer_id=" MAYA_ID,
                                              operator, NULL);
  g_autoptr(TestResponse) by_total = test_http (server, "GET",
                                                "/api/v1/quotes?sort=total&limit=2&customer_id=" MAYA_ID,
                                                operator, NULL);
  g_autoptr(TestResponse) unsorted = test_http (server, "GET", "/api/v1/quotes?limit=2&customer_id=" MAYA_ID,
                                                operator, NULL);
  g_autofree char *total_cursor = g_uri_escape_string (test_json_string (test_response_object (by_total),
                                                                         "next_cursor"), NULL, FALSE);
  g_autofree char *plain_cursor = g_uri_escape_string (test_json_string (test_response_object (unsorted),
                                                                         "next_cursor"), NULL, FALSE);
  g_autofree char *other_way = g_strdup_printf ("/api/v1/quotes?sort=-total&cursor=%s&customer_id=" MAYA_ID,
                                                total_cursor);
  g_autofree char *unsorted_with = g_strdup_printf ("/api/v1/quotes?cursor=%s&customer_id=" MAYA_ID, total_cursor);
  g_autofree char *sorted_with = g_strdup_printf ("/api/v1/quotes?sort=title&cursor=%s&customer_id=" MAYA_ID,
                                                  plain_cursor);
  g_autofree char *same_way = g_strdup_printf ("/api/v1/quotes?sort=total&cursor=%s&customer_id=" MAYA_ID,
                                               total_cursor);
  const char *refused_cursors[] = { other_way, unsorted_with, sorted_with };
  JsonObject *errors;

  test_assert_problem (bogus, 422);
  errors = json_object_get_object_member (test_response_object (bogus), "errors");
  g_assert_cmpstr (json_object_get_string_member (errors, "sort"), ==,
                   "Sort by one of created, number, title, status, total, with “-” before it for the other way.");
  test_assert_problem (dashes, 422);
  for (guint i = 0; i < G_N_ELEMENTS (refused_cursors); i++)
    {
      g_autoptr(TestResponse) response = test_http (server, "GET", refused_cursors[i], operator, NULL);

      test_assert_problem (response, 422);
      errors = json_object_get_object_member (test_response_object (response), "errors");
      g_assert_true (json_object_has_member (errors, "cursor"));
    }
  {
    g_autoptr(TestResponse) response = test_http (server, "GET", same_way, operator, NULL);

    g_assert_cmpuint (response->status, ==, 200);
  }
  test_assert_still_serving (server);
}

static const TestCase tests[] = {
  { "/server/sorting/lists", test_sorted_lists },
  { "/server/sorting/refused", test_sort_refused },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-server-fixture.h"

/* Requests for a job or a quote: creating and listing them, refusals,
 * retries under one Idempotency-Key, isolation between customers, and
 * staff previews that only read. */

static TestServer *server;

static void
test_requests_create_and_list (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) created = NULL;
  g_autoptr(TestResponse) list = NULL;
  JsonObject *object;
  JsonArray *items;
  const char *id;

  created = test_http_write (server, "/api/v1/requests", access,
                             "{\"kind\":\"quote\",\"service_type_id\":\"svc_heating\","
                             "\"property_id\":\"prp_demo0maya0okafor_1\","
                             "\"description\":\"  Furnace makes a rattling noise when it starts.  \","
                             "\"preferred_timing\":\"this_week\"}");
  g_assert_cmpuint (created->status, ==, 201);
  object = test_response_object (created);
  id = test_json_string (object, "id");
  g_assert_true (g_str_has_prefix (id, "req_"));
  g_assert_cmpstr (test_json_string (object, "status"), ==, "new");
  g_assert_cmpstr (test_json_string (object, "description"), ==, "Furnace makes a rattling noise when it starts.");
  g_assert_cmpstr (test_json_string (object, "service_type_name"), ==, "Heating and furnace");
  g_assert_cmpstr (test_json_string (object, "property_label"), ==, "Home");
  g_assert_true (g_str_has_suffix (soup_message_headers_get_one (created->headers, "Location"), id));

  list = test_http (server, "GET", "/api/v1/requests", access, NULL);
  items = json_object_get_array_member (test_response_object (list), "items");
  g_assert_cmpuint (json_array_get_length (items), >=, 2);
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, i), "customer_id"), ==, MAYA_ID);
  /* Newest first: the one just sent leads. */
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "id"), ==, id);

  /* A page of one at a time gives the same requests in the same order. */
  {
    g_autofree char *cursor = NULL;
    guint seen = 0;

    do
      {
        g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
        g_autofree char *path = cursor != NULL ? g_strdup_printf ("/api/v1/requests?limit=1&cursor=%s", escaped)
                                               : g_strdup ("/api/v1/requests?limit=1");
        g_autoptr(TestResponse) page = test_http (server, "GET", path, access, NULL);
        JsonObject *body = test_response_object (page);
        JsonArray *one = json_object_get_array_member (body, "items");

        g_assert_cmpuint (json_array_get_length (one), ==, 1);
        g_assert_cmpstr (test_json_string (json_array_get_object_element (one, 0), "id"), ==,
                         test_json_string (json_array_get_object_element (items, seen), "id"));
        seen++;
        g_free (cursor);
        cursor = g_strdup (json_object_get_null_member (body, "next_cursor")
                           ? NULL : test_json_string (body, "next_cursor"));
      }
    while (cursor != NULL);
    g_assert_cmpuint (seen, ==, json_array_get_length (items));
  }
}

static void
test_requests_validation (void)
{
  g_autofree char *access = test_login (server, "customer@example.com", NULL);
  g_autoptr(TestResponse) empty = NULL;
  g_autoptr(TestResponse) wrong = NULL;
  g_autoptr(TestResponse) long_text = NULL;
  g_autoptr(GString) body = NULL;
  JsonObject *errors;
  gint64 before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");

  empty = test_http_write (server, "/api/v1/requests", access, "{}");
  test_assert_problem (empty, 422);
  errors = json_object_get_object_member (test_response_object (empty), "errors");
  g_assert_cmpuint (json_object_get_size (errors), ==, 5);

  /* Daniel's property, an unknown service, wrong types, blank text. */
  wrong = test_http_write (server, "/api/v1/requests", access,
                           "{\"kind\":\"party\",\"service_type_id\":\"svc_nope\","
                           "\"property_id\":\"prp_demo0daniel0reyes_1\",\"description\":\"   \","
                           "\"preferred_timing\":7}");
  test_assert_problem (wrong, 422);
  errors = json_object_get_object_member (test_response_object (wrong), "errors");
  g_assert_true (json_object_has_member (errors, "kind"));
  g_assert_true (json_object_has_member (errors, "service_type_id"));
  g_assert_cmpstr (test_json_string (errors, "property_id"), ==, "Choose one of your properties.");
  g_assert_true (json_object_has_member (errors, "description"));
  g_assert_true (json_object_has_member (errors, "preferred_timing"));

  body = g_string_new ("{\"kind\":\"job\",\"service_type_id\":\"svc_pest\",\"property_id\":\"prp_demo0maya0okafor_1\","
                       "\"preferred_timing\":\"asap\",\"description\":\"");
  for (guint i = 0; i < 4001; i++)
    g_string_append_c (body, 'a');
  g_string_append (body, "\"}");
  long_text = test_http_write (server, "/api/v1/requests", access, body->str);
  test_assert_problem (long_text, 422);

  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before);
}

/* A retry after a lost answer gets the first answer, and one request. */
static void
test_requests_idempotent (void)
{
  g_autofree char *access = test_login (server, "customer2@example.com", NULL);
  const char *body = "{\"kind\":\"job\",\"service_type_id\":\"svc_cooling\","
                     "\"property_id\":\"prp_demo0daniel0reyes_1\","
                     "\"description\":\"The heat pump ices over.\",\"preferred_timing\":\"asap\"}";
  g_autoptr(TestResponse) keyless = NULL;
  g_autoptr(TestResponse) first = NULL;
  g_autoptr(TestResponse) again = NULL;
  g_autoptr(TestResponse) other = NULL;
  gint64 before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");
  gsize first_size, again_size;
  const char *first_body, *again_body;

  keyless = test_http (server, "POST", "/api/v1/requests", access, body);
  test_assert_problem (keyless, 400);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before);

  first = test_http_idempotent (server, "/api/v1/requests", access, "request-ices-over", body);
  again = test_http_idempotent (server, "/api/v1/requests", access, "request-ices-over", body);
  g_assert_cmpuint (first->status, ==, 201);
  g_assert_cmpuint (again->status, ==, 201);
  first_body = g_bytes_get_data (first->body, &first_size);
  again_body = g_bytes_get_data (again->body, &again_size);
  g_assert_cmpmem (first_body, first_size, again_body, again_size);
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Idempotent-Replayed"), ==, "true");
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Location"), ==,
                   soup_message_headers_get_one (first->headers, "Location"));
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before + 1);

  /* The same key for something else is refused. */
  other = test_http_idempotent (server, "/api/v1/requests", access, "request-ices-over",
                                "{\"kind\":\"quote\"}");
  test_assert_problem (other, 422);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before + 1);
}

static void
test_requests_isolation (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autofree char *daniel = test_login (server, "customer2@example.com", NULL);
  g_autoptr(TestResponse) created = NULL;
  g_autoptr(TestResponse) list = NULL;
  g_autoptr(TestResponse) dashboard = NULL;
  g_autoptr(TestResponse) peek = NULL;
  g_autoptr(TestResponse) peek_dashboard = NULL;
  JsonArray *items;

  created = test_http_write (server, "/api/v1/requests", maya,
                             "{\"kind\":\"job\",\"service_type_id\":\"svc_pest\",\"property_id\":\"prp_demo0maya0okafor_2\","
                             "\"description\":\"Ants in the kitchen of unit B.\",\"preferred_timing\":\"asap\"}");
  g_assert_cmpuint (created->status, ==, 201);

  list = test_http (server, "GET", "/api/v1/requests", daniel, NULL);
  items = json_object_get_array_member (test_response_object (list), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, i), "customer_id"), ==, DANIEL_ID);

  dashboard = test_http (server, "GET", "/api/v1/dashboard", daniel, NULL);
  g_assert_cmpint (json_object_get_int_member (test_json_object (test_response_object (dashboard), "open_requests"), "count"),
                   ==, json_array_get_length (items));

  /* Naming Maya does not help Daniel: 404, as if she did not exist. */
  peek = test_http (server, "GET", "/api/v1/requests?customer_id=" MAYA_ID, daniel, NULL);
  test_assert_problem (peek, 404);
  peek_dashboard = test_http (server, "GET", "/api/v1/dashboard?customer_id=" MAYA_ID, daniel, NULL);
  test_assert_problem (peek_dashboard, 404);
}

static void
test_staff_preview_is_read_only (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autoptr(TestResponse) preview = NULL;
  g_autoptr(TestResponse) write = NULL;
  g_autoptr(TestResponse) write_plain = NULL;
  g_autoptr(TestResponse) unnamed = NULL;
  g_autoptr(TestResponse) unknown = NULL;
  g_autoptr(TestResponse) requests = NULL;
  gint64 before = test_server_query_int (server, "SELECT COUNT(*) FROM requests");
  const char *body = "{\"kind\":\"job\",\"service_type_id\":\"svc_pest\",\"property_id\":\"prp_demo0maya0okafor_1\","
                     "\"description\":\"Staff trying to write.\",\"preferred_timing\":\"asap\"}";

  preview = test_http (server, "GET", "/api/v1/dashboard?customer_id=" MAYA_ID, admin, NULL);
  g_assert_cmpuint (preview->status, ==, 200);
  g_assert_cmpstr (test_json_string (test_json_object (test_response_object (preview), "customer"), "display_name"), ==, "Maya Okafor");

  requests = test_http (server, "GET", "/api/v1/requests?customer_id=" DANIEL_ID, admin, NULL);
  g_assert_cmpuint (requests->status, ==, 200);

  write = test_http (server, "POST", "/api/v1/requests?customer_id=" MAYA_ID, admin, body);
  test_assert_problem (write, 403);
  write_plain = test_http (server, "POST", "/api/v1/requests", admin, body);
  test_assert_problem (write_plain, 403);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM requests"), ==, before);

  unnamed = test_http (server, "GET", "/api/v1/dashboard", admin, NULL);
  test_assert_problem (unnamed, 422);
  unknown = test_http (server, "GET", "/api/v1/dashboard?customer_id=cus_nobody", admin, NULL);
  test_assert_problem (unknown, 404);
}

static const TestCase tests[] = {
  { "/server/requests/create-and-list", test_requests_create_and_list },
  { "/server/requests/validation", test_requests_validation },
  { "/server/requests/idempotent", test_requests_idempotent },
  { "/server/requests/isolation", test_requests_isolation },
  { "/server/preview/read-only", test_staff_preview_is_read_only },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

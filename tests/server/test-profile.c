/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-common.h"
#include "test-server-fixture.h"

/* The staff's profile of a customer: its figures, the customer's
 * properties a page at a time, and the staff's notes with who may change
 * and delete them. Every role's admission is test-roles' business; here
 * what each role gets once admitted. */

#define GREENLEAF_ID "cus_demo0greenleaf0apts"
#define MAYA_NOTES "/api/v1/customers/" MAYA_ID "/notes"

static TestServer *server;

static gint64
amount (JsonObject *object,
        const char *member)
{
  return json_object_get_int_member (test_json_object (object, member), "amount_minor");
}

static gint64
query_int (const char *sql)
{
  return test_server_query_int (server, sql);
}

static void
test_profile_figures (void)
{
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/customers/" MAYA_ID, operator, NULL);
  g_autofree char *dashboard_path = g_strconcat ("/api/v1/dashboard?customer_id=", MAYA_ID, NULL);
  g_autoptr(TestResponse) dashboard = test_http (server, "GET", dashboard_path, operator, NULL);
  JsonObject *profile, *balance, *quotes, *seen;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) since = NULL;
  g_autofree char *since_text = NULL;
  GTimeSpan age;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpuint (dashboard->status, ==, 200);
  profile = test_response_object (response);
  seen = test_response_object (dashboard);
  g_assert_cmpstr (test_json_string (profile, "display_name"), ==, "Maya Okafor");
  g_assert_cmpstr (test_json_string (profile, "first_name"), ==, "Maya");
  g_assert_null (test_json_string (profile, "company_name"));
  g_assert_cmpstr (test_json_string (profile, "customer_type"), ==, "homeowner");
  g_assert_cmpstr (test_json_string (profile, "email"), ==, "maya.okafor@example.com");
  g_assert_cmpint (json_object_get_int_member (profile, "property_count"), ==, 2);

  /* A customer for 1,180 days in the demo, give or take the time zone. */
  since_text = g_strconcat (test_json_string (profile, "customer_since"), "T12:00:00Z", NULL);
  since = g_date_time_new_from_iso8601 (since_text, NULL);
  g_assert_nonnull (since);
  age = g_date_time_difference (now, since) / G_TIME_SPAN_DAY;
  g_assert_cmpint (age, >=, 1179);
  g_assert_cmpint (age, <=, 1181);

  /* What she paid in all; what she owes and how much is late; the quotes
   * she has to decide on, as her own dashboard counts them. */
  g_assert_cmpint (amount (profile, "lifetime_value"), ==,
                   query_int ("SELECT COALESCE(SUM(amount_minor), 0) FROM payments"
                              " WHERE customer_id = 'cus_demo0maya0okafor'"));
  g_assert_cmpint (amount (profile, "lifetime_value"), >, 0);
  balance = test_json_object (profile, "balance_due");
  g_assert_cmpint (amount (balance, "total"), ==, amount (test_json_object (seen, "balance_due"), "total"));
  g_assert_cmpint (json_object_get_int_member (balance, "overdue_count"), ==,
                   json_object_get_int_member (test_json_object (seen, "balance_due"), "overdue_count"));
  g_assert_cmpint (amount (balance, "overdue"), >, 0);
  g_assert_cmpint (amount (balance, "overdue"), <=, amount (balance, "total"));
  quotes = test_json_object (profile, "open_quotes");
  g_assert_cmpint (json_object_get_int_member (quotes, "count"), ==,
                   json_object_get_int_member (test_json_object (seen, "open_quotes"), "count"));
  g_assert_cmpint (amount (quotes, "total"), ==, amount (test_json_object (seen, "open_quotes"), "total"));
}

static void
test_profile_not_there (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  const char *paths[] = {
    "/api/v1/customers/cus_nobody",
    "/api/v1/customers/cus_nobody/properties",
    "/api/v1/customers/cus_nobody/notes",
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TestResponse) response = test_http (server, "GET", paths[i], admin, NULL);

      test_assert_problem (response, 404);
      g_assert_cmpstr (test_json_string (test_response_object (response), "detail"), ==, "There is no such customer.");
    }
  /* A customer asking for their own profile is told it is not there. */
  {
    g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/customers/" MAYA_ID, maya, NULL);

    test_assert_problem (response, 404);
    g_assert_cmpstr (test_json_string (test_response_object (response), "detail"), ==,
                     "There is nothing at this address.");
  }
}

/* Greenleaf's thirty properties, seven at a time, in their order. */
static void
test_profile_properties_paging (void)
{
  g_autofree char *technician = test_login (server, "technician@example.com", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  guint pages = 0;

  do
    {
      g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      g_autofree char *path = g_strdup_printf ("/api/v1/customers/" GREENLEAF_ID "/properties?limit=7%s%s",
                                               cursor != NULL ? "&cursor=" : "", cursor != NULL ? escaped : "");
      g_autoptr(TestResponse) response = test_http (server, "GET", path, technician, NULL);
      JsonObject *object = test_response_object (response);
      JsonArray *items = json_object_get_array_member (object, "items");

      g_assert_cmpuint (response->status, ==, 200);
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);
          g_autofree char *expected = g_strdup_printf ("prp_demo0greenleaf0apts_%u", g_hash_table_size (seen) + 1);

          /* Position order is the order they were added in. */
          g_assert_cmpstr (test_json_string (item, "id"), ==, expected);
          g_assert_nonnull (test_json_object (item, "address"));
          g_hash_table_add (seen, g_strdup (expected));
        }
      g_free (cursor);
      cursor = g_strdup (test_json_string (object, "next_cursor"));
      pages++;
    }
  while (cursor != NULL);

  g_assert_cmpuint (g_hash_table_size (seen), ==, 30);
  g_assert_cmpuint (pages, ==, 5);
}

/* The ids of a customer's notes as @token lists them, in order. */
static GPtrArray *
list_notes (const char *token)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", MAYA_NOTES, token, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  JsonArray *items;

  g_assert_cmpuint (response->status, ==, 200);
  items = json_object_get_array_member (test_response_object (response), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_ptr_array_add (ids, g_strdup (test_json_string (json_array_get_object_element (items, i), "id")));
  return ids;
}

static char *
add_note (const char *token,
          const char *body)
{
  g_autofree char *key = g_uuid_string_random ();
  g_autoptr(TestResponse) response = test_http_idempotent (server, MAYA_NOTES, token, key, body);

  g_assert_cmpuint (response->status, ==, 201);
  g_assert_nonnull (soup_message_headers_get_one (response->headers, "Location"));
  return g_strdup (test_json_string (test_response_object (response), "id"));
}

static TestResponse *
note_call (const char *method,
           const char *note_id,
           const char *token,
           const char *body)
{
  g_autofree char *path = g_strconcat (MAYA_NOTES "/", note_id, NULL);

  return test_http (server, method, path, token, body);
}

static void
test_notes_order (void)
{
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autoptr(GPtrArray) before = list_notes (operator);
  g_autofree char *plain = NULL;
  g_autofree char *pinned = NULL;
  g_autoptr(GPtrArray) after = NULL;

  /* The demo's: the pinned gate code, then the newest first. */
  g_assert_cmpuint (before->len, ==, 3);
  g_assert_cmpstr (before->pdata[0], ==, "not_demo0maya0gate");
  g_assert_cmpstr (before->pdata[1], ==, "not_demo0maya0texts");
  g_assert_cmpstr (before->pdata[2], ==, "not_demo0maya0filter");

  plain = add_note (operator, "{\"body\": \"Asked about a smart thermostat.\"}");
  pinned = add_note (operator, "{\"body\": \"Key under the blue pot.\", \"pinned\": true}");
  after = list_notes (operator);
  g_assert_cmpuint (after->len, ==, 5);
  g_assert_cmpstr (after->pdata[0], ==, pinned);
  g_assert_cmpstr (after->pdata[1], ==, "not_demo0maya0gate");
  g_assert_cmpstr (after->pdata[2], ==, plain);

  /* Unpinned, the note goes back among the others by when it was written. */
  {
    g_autoptr(TestResponse) unpin = note_call ("PATCH", pinned, operator, "{\"pinned\": false}");
    g_autoptr(GPtrArray) unpinned = NULL;

    g_assert_cmpuint (unpin->status, ==, 200);
    g_assert_false (json_object_get_boolean_member (test_response_object (unpin), "pinned"));
    g_assert_nonnull (test_json_string (test_response_object (unpin), "updated_at"));
    unpinned = list_notes (operator);
    g_assert_cmpstr (unpinned->pdata[0], ==, "not_demo0maya0gate");
    g_assert_cmpstr (unpinned->pdata[1], ==, pinned);
    g_assert_cmpstr (unpinned->pdata[2], ==, plain);
  }

  /* Two at a time, every note once. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autofree char *cursor = NULL;

    do
      {
        g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
        g_autofree char *path = g_strdup_printf (MAYA_NOTES "?limit=2%s%s", cursor != NULL ? "&cursor=" : "",
                                                 cursor != NULL ? escaped : "");
        g_autoptr(TestResponse) page = test_http (server, "GET", path, operator, NULL);
        JsonArray *items = json_object_get_array_member (test_response_object (page), "items");

        g_assert_cmpuint (page->status, ==, 200);
        for (guint i = 0; i < json_array_get_length (items); i++)
          g_assert_true (g_hash_table_add (seen, g_strdup (test_json_string (json_array_get_object_element (items, i),
                                                                             "id"))));
        g_free (cursor);
        cursor = g_strdup (test_json_string (test_response_object (page), "next_cursor"));
      }
    while (cursor != NULL);
    g_assert_cmpuint (g_hash_table_size (seen), ==, 5);
  }

  for (const char *id = plain; id != NULL; id = id == plain ? pinned : NULL)
    {
      g_autoptr(TestResponse) deleted = note_call ("DELETE", id, operator, NULL);

      g_assert_cmpuint (deleted->status, ==, 204);
    }
}

static JsonObject *
find_note (const char *token,
           const char *note_id)
{
  static TestResponse *last;
  JsonArray *items;

  g_clear_pointer (&last, test_response_free);
  last = test_http (server, "GET", MAYA_NOTES "?limit=200", token, NULL);
  items = json_object_get_array_member (test_response_object (last), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_strcmp0 (test_json_string (json_array_get_object_element (items, i), "id"), note_id) == 0)
      return json_array_get_object_element (items, i);
  return NULL;
}

static void
assert_refused (TestResponse *response,
                const char   *detail)
{
  test_assert_problem (response, 403);
  g_assert_cmpstr (test_json_string (test_response_object (response), "detail"), ==, detail);
}

#define NOT_THE_AUTHOR "Only the note’s author can change it."
#define NOT_AUTHOR_OR_ADMIN "Only the note’s author or an admin can delete it."

static void
test_notes_who_may (void)
{
  g_autofree char *technician = test_login (server, "technician@example.com", NULL);
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *note = add_note (technician, "{\"body\": \"Replaced the igniter.\"}");
  JsonObject *seen;

  /* Its author may do both; an operator neither; an admin delete only. */
  seen = find_note (technician, note);
  g_assert_true (json_object_get_boolean_member (seen, "can_edit"));
  g_assert_true (json_object_get_boolean_member (seen, "can_delete"));
  g_assert_cmpstr (test_json_string (test_json_object (seen, "author"), "display_name"), ==, "Luis Ortega");
  seen = find_note (operator, note);
  g_assert_false (json_object_get_boolean_member (seen, "can_edit"));
  g_assert_false (json_object_get_boolean_member (seen, "can_delete"));
  seen = find_note (admin, note);
  g_assert_false (json_object_get_boolean_member (seen, "can_edit"));
  g_assert_true (json_object_get_boolean_member (seen, "can_delete"));

  /* And the server holds to it, whatever the app shows. */
  {
    g_autoptr(TestResponse) by_operator = note_call ("PATCH", note, operator, "{\"body\": \"Changed.\"}");
    g_autoptr(TestResponse) by_admin = note_call ("PATCH", note, admin, "{\"pinned\": true}");
    g_autoptr(TestResponse) deleted_by_operator = note_call ("DELETE", note, operator, NULL);
    g_autoptr(TestResponse) by_author = note_call ("PATCH", note, technician,
                                                   "{\"body\": \"Replaced the igniter.\\n\\tTested twice.\"}");

    assert_refused (by_operator, NOT_THE_AUTHOR);
    assert_refused (by_admin, NOT_THE_AUTHOR);
    assert_refused (deleted_by_operator, NOT_AUTHOR_OR_ADMIN);
    g_assert_cmpuint (by_author->status, ==, 200);
    g_assert_cmpstr (test_json_string (test_response_object (by_author), "body"), ==,
                     "Replaced the igniter.\n\tTested twice.");
    g_assert_false (json_object_get_boolean_member (test_response_object (by_author), "pinned"));
  }
  {
    g_autoptr(TestResponse) deleted_by_admin = note_call ("DELETE", note, admin, NULL);
    g_autoptr(TestResponse) again = note_call ("DELETE", note, admin, NULL);

    g_assert_cmpuint (deleted_by_admin->status, ==, 204);
    test_assert_problem (again, 404);
    g_assert_cmpstr (test_json_string (test_response_object (again), "detail"), ==, "There is no such note.");
    g_assert_null (find_note (admin, note));
  }
  /* An author deletes their own. */
  {
    g_autofree char *own = add_note (operator, "{\"body\": \"Called back about the invoice.\"}");
    g_autoptr(TestResponse) deleted = note_call ("DELETE", own, operator, NULL);

    g_assert_cmpuint (deleted->status, ==, 204);
  }
}

static void
test_notes_bad_input (void)
{
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autofree char *long_body = NULL;
  g_autofree char *longest = NULL;
  g_autofree char *text = g_strnfill (DOORSTEP_NOTE_BODY_MAX, 'a');
  const char *refused[] = {
    "{}",
    "{\"body\": \"   \\n  \"}",
    "{\"body\": 42}",
    "{\"body\": \"Ring \\u0007 twice\"}",
    "{\"body\": \"Fine\", \"pinned\": \"yes\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *key = g_uuid_string_random ();
      g_autoptr(TestResponse) response = test_http_idempotent (server, MAYA_NOTES, operator, key, refused[i]);
      JsonObject *errors;

      test_assert_problem (response, 422);
      errors = json_object_get_object_member (test_response_object (response), "errors");
      g_assert_true (json_object_has_member (errors, i == 4 ? "pinned" : "body"));
    }

  /* 10,000 characters is a note; one more is not. */
  longest = g_strdup_printf ("{\"body\": \"%s\"}", text);
  long_body = g_strdup_printf ("{\"body\": \"%sa\"}", text);
  {
    g_autofree char *key = g_uuid_string_random ();
    g_autoptr(TestResponse) response = test_http_idempotent (server, MAYA_NOTES, operator, key, long_body);
    g_autofree char *id = add_note (operator, longest);
    g_autoptr(TestResponse) deleted = note_call ("DELETE", id, operator, NULL);

    test_assert_problem (response, 422);
    g_assert_cmpuint (deleted->status, ==, 204);
  }

  /* A note is written once per key; a change needs something to change. */
  {
    g_autoptr(GPtrArray) before = list_notes (operator);
    g_autoptr(TestResponse) first = test_http_idempotent (server, MAYA_NOTES, operator, "note-once",
                                                          "{\"body\": \"Once.\"}");
    g_autoptr(TestResponse) again = test_http_idempotent (server, MAYA_NOTES, operator, "note-once",
                                                          "{\"body\": \"Once.\"}");
    g_autoptr(TestResponse) no_key = test_http (server, "POST", MAYA_NOTES, operator, "{\"body\": \"No key.\"}");
    g_autoptr(GPtrArray) after = list_notes (operator);
    const char *id = test_json_string (test_response_object (first), "id");
    g_autoptr(TestResponse) empty = note_call ("PATCH", id, operator, "{}");
    g_autoptr(TestResponse) blank = note_call ("PATCH", id, operator, "{\"body\": \"\"}");
    g_autoptr(TestResponse) deleted = NULL;

    g_assert_cmpuint (first->status, ==, 201);
    g_assert_cmpuint (again->status, ==, 201);
    g_assert_cmpstr (test_json_string (test_response_object (again), "id"), ==, id);
    test_assert_problem (no_key, 400);
    g_assert_cmpuint (after->len, ==, before->len + 1);
    test_assert_problem (empty, 422);
    test_assert_problem (blank, 422);
    deleted = note_call ("DELETE", id, operator, NULL);
    g_assert_cmpuint (deleted->status, ==, 204);
  }

  /* Maya's note is not Daniel's. */
  {
    g_autoptr(TestResponse) response = test_http (server, "PATCH",
                                                  "/api/v1/customers/" DANIEL_ID "/notes/not_demo0maya0gate",
                                                  operator, "{\"pinned\": false}");

    test_assert_problem (response, 404);
    g_assert_cmpstr (test_json_string (test_response_object (response), "detail"), ==, "There is no such note.");
  }
  test_assert_still_serving (server);
}

/* The names of the tags in @tags, joined by commas. */
static char *
tag_names (JsonArray *tags)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (tags); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            test_json_string (json_array_get_object_element (tags, i), "name"));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
profile_tags (const char *token,
              const char *customer_id)
{
  g_autofree char *path = g_strconcat ("/api/v1/customers/", customer_id, NULL);
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);

  g_assert_cmpuint (response->status, ==, 200);
  return tag_names (json_object_get_array_member (test_response_object (response), "tags"));
}

static void
test_tags (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autofree char *tag_id = NULL;

  /* The business's, by name; Do Not Service warns. */
  {
    g_autoptr(TestResponse) list = test_http (server, "GET", "/api/v1/tags", operator, NULL);
    JsonArray *items = json_object_get_array_member (test_response_object (list), "items");
    g_autofree char *names = tag_names (items);

    g_assert_cmpuint (list->status, ==, 200);
    g_assert_cmpstr (names, ==, "Do Not Service,Landlord,Net 30,Referral,VIP");
    g_assert_true (json_object_get_boolean_member (json_array_get_object_element (items, 0), "warns"));
    g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "colour"), ==, "red");
  }

  /* Admins make them; a name is taken whatever its case. */
  {
    g_autoptr(TestResponse) by_operator = test_http_idempotent (server, "/api/v1/tags", operator, "tag-1",
                                                                "{\"name\": \"Gate code\", \"colour\": \"green\"}");
    g_autoptr(TestResponse) made = test_http_idempotent (server, "/api/v1/tags", admin, "tag-2",
                                                         "{\"name\": \" Gate code \", \"colour\": \"green\"}");
    g_autoptr(TestResponse) taken = test_http_idempotent (server, "/api/v1/tags", admin, "tag-3",
                                                          "{\"name\": \"vip\", \"colour\": \"blue\"}");
    g_autoptr(TestResponse) colour = test_http_idempotent (server, "/api/v1/tags", admin, "tag-4",
                                                           "{\"name\": \"Seasonal\", \"colour\": \"teal\"}");

    test_assert_problem (by_operator, 403);
    g_assert_cmpuint (made->status, ==, 201);
    g_assert_cmpstr (test_json_string (test_response_object (made), "name"), ==, "Gate code");
    g_assert_false (json_object_get_boolean_member (test_response_object (made), "warns"));
    tag_id = g_strdup (test_json_string (test_response_object (made), "id"));
    test_assert_problem (taken, 409);
    test_assert_problem (colour, 422);
  }

  /* On a customer and off again, each once on the activity list. */
  {
    g_autofree char *path = g_strconcat ("/api/v1/customers/" DANIEL_ID "/tags/", tag_id, NULL);
    g_autoptr(TestResponse) by_operator = test_http (server, "PUT", path, operator, NULL);
    g_autoptr(TestResponse) on = test_http (server, "PUT", path, admin, NULL);
    g_autoptr(TestResponse) again = test_http (server, "PUT", path, admin, NULL);
    g_autofree char *with = profile_tags (operator, DANIEL_ID);
    g_autoptr(TestResponse) off = test_http (server, "DELETE", path, admin, NULL);
    g_autoptr(TestResponse) off_again = test_http (server, "DELETE", path, admin, NULL);
    g_autofree char *without = profile_tags (operator, DANIEL_ID);
    g_autoptr(TestResponse) unknown = test_http (server, "PUT", "/api/v1/customers/" DANIEL_ID "/tags/tag_nope", admin,
                                                 NULL);
    g_autoptr(TestResponse) activity = test_http (server, "GET", "/api/v1/customers/" DANIEL_ID "/activity", operator,
                                                  NULL);
    JsonArray *items = json_object_get_array_member (test_response_object (activity), "items");
    guint added = 0, removed = 0;

    test_assert_problem (by_operator, 403);
    g_assert_cmpuint (on->status, ==, 204);
    g_assert_cmpuint (again->status, ==, 204);
    g_assert_cmpstr (with, ==, "Gate code");
    g_assert_cmpuint (off->status, ==, 204);
    g_assert_cmpuint (off_again->status, ==, 204);
    g_assert_cmpstr (without, ==, "");
    test_assert_problem (unknown, 404);
    for (guint i = 0; i < json_array_get_length (items); i++)
      {
        JsonObject *entry = json_array_get_object_element (items, i);

        if (g_strcmp0 (test_json_string (entry, "kind"), "tag_added") == 0)
          {
            added++;
            g_assert_cmpstr (test_json_string (entry, "new_value"), ==, "Gate code");
          }
        if (g_strcmp0 (test_json_string (entry, "kind"), "tag_removed") == 0)
          {
            removed++;
            g_assert_cmpstr (test_json_string (entry, "old_value"), ==, "Gate code");
          }
      }
    g_assert_cmpuint (added, ==, 1);
    g_assert_cmpuint (removed, ==, 1);
  }
}

/* The names a customers list answers, joined by commas. */
static char *
listed (const char *token,
        const char *path)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  JsonArray *items;

  g_assert_cmpuint (response->status, ==, 200);
  items = json_object_get_array_member (test_response_object (response), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            test_json_string (json_array_get_object_element (items, i), "display_name"));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_customers_by_tag (void)
{
  g_autofree char *technician = test_login (server, "technician@example.com", NULL);
  g_autofree char *net30 = listed (technician, "/api/v1/customers?tag=tag_demo0net30");
  g_autofree char *net30_page = listed (technician, "/api/v1/customers?tag=tag_demo0net30&limit=1");
  g_autofree char *searched = listed (technician, "/api/v1/customers?tag=tag_demo0net30&q=BAK");
  g_autofree char *none = listed (technician, "/api/v1/customers?tag=tag_nope");
  g_autoptr(TestResponse) empty = test_http (server, "GET", "/api/v1/customers?tag=", technician, NULL);
  g_autoptr(TestResponse) all = test_http (server, "GET", "/api/v1/customers?q=lindqvist", technician, NULL);
  JsonObject *ruth;
  JsonArray *tags;

  g_assert_cmpstr (net30, ==, "Greenleaf Apartments LLC,Harbor Bakery");
  g_assert_cmpstr (net30_page, ==, "Greenleaf Apartments LLC");
  g_assert_cmpstr (searched, ==, "Harbor Bakery");
  g_assert_cmpstr (none, ==, "");
  test_assert_problem (empty, 422);

  /* Each row has its tags; Ruth's warns. */
  ruth = json_array_get_object_element (json_object_get_array_member (test_response_object (all), "items"), 0);
  tags = json_object_get_array_member (ruth, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 1);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (tags, 0), "warns"));
}

static const TestCase tests[] = {
  { "/server/profile/figures", test_profile_figures },
  { "/server/profile/not-there", test_profile_not_there },
  { "/server/profile/properties-paging", test_profile_properties_paging },
  { "/server/profile/notes-order", test_notes_order },
  { "/server/profile/notes-who-may", test_notes_who_may },
  { "/server/profile/notes-bad-input", test_notes_bad_input },
  { "/server/profile/tags", test_tags },
  { "/server/profile/customers-by-tag", test_customers_by_tag },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* An admin's changes to a customer's record: made from the version they
 * read (If-Match, the profile's ETag), merged with someone else's change
 * to other fields, refused with what changed (412) when the same field
 * was changed first; through one server and through two at once; and
 * each change on the record's activity list. */

#define MAYA_PROFILE "/api/v1/customers/" MAYA_ID
#define DANIEL_PROFILE "/api/v1/customers/" DANIEL_ID

static TestServer *server;

static TestResponse *
patch (TestServer *to,
       const char *path,
       const char *token,
       const char *etag,
       const char *body)
{
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
  g_autoptr(SoupMessage) msg = test_http_message (to, "PATCH", path, token, NULL, "application/json", bytes);

  if (etag != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "If-Match", etag);
  return test_http_send (NULL, msg);
}

/* The profile's ETag now. */
static char *
etag_of (TestServer *from,
         const char *path,
         const char *token)
{
  g_autoptr(TestResponse) response = test_http (from, "GET", path, token, NULL);
  const char *etag = soup_message_headers_get_one (response->headers, "ETag");
  g_autofree char *expected = NULL;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_nonnull (etag);
  expected = g_strdup_printf ("\"%" G_GINT64_FORMAT "\"",
                              json_object_get_int_member (test_response_object (response), "version"));
  g_assert_cmpstr (etag, ==, expected);
  return g_strdup (etag);
}

static const char *
profile_string (TestResponse *response,
                const char   *member)
{
  return test_json_string (test_response_object (response), member);
}

static void
test_edit_needs_version_and_admin (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *operator = test_login (server, "operator@example.com", NULL);
  g_autofree char *etag = etag_of (server, DANIEL_PROFILE, admin);
  g_autoptr(TestResponse) no_version = patch (server, DANIEL_PROFILE, admin, NULL, "{\"phone\": \"+1 503 555 0134\"}");
  g_autoptr(TestResponse) bad_version = patch (server, DANIEL_PROFILE, admin, "W/\"1\"", "{\"phone\": \"+1 503 555 0134\"}");
  g_autoptr(TestResponse) future = patch (server, DANIEL_PROFILE, admin, "\"999\"", "{\"phone\": \"+1 503 555 0134\"}");
  g_autoptr(TestResponse) by_operator = patch (server, DANIEL_PROFILE, operator, etag, "{\"phone\": \"+1 503 555 0134\"}");
  g_autoptr(TestResponse) after = test_http (server, "GET", DANIEL_PROFILE, admin, NULL);

  test_assert_problem (no_version, 428);
  test_assert_problem (bad_version, 400);
  test_assert_problem (future, 412);
  test_assert_problem (by_operator, 403);
  g_assert_cmpstr (test_json_string (test_response_object (by_operator), "detail"), ==,
                   "Only an administrator can do this.");
  g_assert_cmpstr (profile_string (after, "phone"), ==, "+1 503 555 0133");
}

static void
test_edit_refuses_bad_fields (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *etag = etag_of (server, DANIEL_PROFILE, admin);
  const struct {
    const char *body;
    const char *field;
  } refused[] = {
    { "{\"email\": \"not an address\"}", "email" },
    { "{\"phone\": \"call me\"}", "phone" },
    { "{\"customer_type\": \"alien\"}", "customer_type" },
    { "{\"customer_type\": null}", "customer_type" },
    { "{\"first_name\": \"Dan\\niel\"}", "first_name" },
    { "{\"first_name\": 7}", "first_name" },
    { "{\"first_name\": null, \"last_name\": \"\"}", "last_name" },
    { "{\"customer_type\": \"business\"}", "company_name" },
    { "{}", "first_name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(TestResponse) response = patch (server, DANIEL_PROFILE, admin, etag, refused[i].body);
      JsonObject *errors;

      test_assert_problem (response, 422);
      errors = json_object_get_object_member (test_response_object (response), "errors");
      if (!json_object_has_member (errors, refused[i].field))
        g_error ("%s: no error on %s", refused[i].body, refused[i].field);
    }
  /* Nothing was changed: the version is the same. */
  {
    g_autofree char *again = etag_of (server, DANIEL_PROFILE, admin);

    g_assert_cmpstr (again, ==, etag);
  }
}

/* Two admins read the record; each changes a field of their own; both
 * changes stand. Then both change the phone: the second is refused with
 * the first's change, and saves again from the version it is sent. */
static void
run_two_editors (TestServer *first,
                 TestServer *second)
{
  g_autofree char *jordan = test_login (first, "admin@example.com", NULL);
  g_autofree char *other_admin = test_login (second, "admin@example.com", NULL);
  g_autofree char *read_by_one = etag_of (first, MAYA_PROFILE, jordan);
  g_autofree char *read_by_two = etag_of (second, MAYA_PROFILE, other_admin);
  g_autofree char *base = NULL;
  g_autofree char *current_etag = NULL;

  g_assert_cmpstr (read_by_one, ==, read_by_two);
  {
    g_autoptr(TestResponse) one = patch (first, MAYA_PROFILE, jordan, read_by_one, "{\"phone\": \"+1 503 555 0190\"}");
    g_autoptr(TestResponse) two = patch (second, MAYA_PROFILE, other_admin, read_by_two,
                                         "{\"email\": \"maya@okafor.example\", \"customer_type\": \"landlord\"}");

    g_assert_cmpuint (one->status, ==, 200);
    g_assert_cmpuint (two->status, ==, 200);
    g_assert_cmpstr (profile_string (two, "phone"), ==, "+1 503 555 0190");
    g_assert_cmpstr (profile_string (two, "email"), ==, "maya@okafor.example");
    g_assert_cmpstr (profile_string (two, "customer_type"), ==, "landlord");
  }

  base = etag_of (first, MAYA_PROFILE, jordan);
  {
    g_autoptr(TestResponse) one = patch (first, MAYA_PROFILE, jordan, base, "{\"phone\": \"+1 503 555 0191\"}");
    g_autoptr(TestResponse) two = patch (second, MAYA_PROFILE, other_admin, base,
                                         "{\"phone\": \"+1 503 555 0192\", \"last_name\": \"Okafor-Reyes\"}");
    JsonObject *problem, *errors, *current;
    JsonArray *changed;

    g_assert_cmpuint (one->status, ==, 200);
    test_assert_problem (two, 412);
    problem = test_response_object (two);
    g_assert_cmpstr (test_json_string (problem, "type"), ==, "urn:doorstep:problem:edit-conflict");
    errors = json_object_get_object_member (problem, "errors");
    g_assert_cmpuint (json_object_get_size (errors), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (errors, "phone"), ==,
                     "Jordan Avery changed this to “+1 503 555 0191” while you were editing.");
    current = json_object_get_object_member (problem, "current");
    g_assert_cmpstr (test_json_string (current, "phone"), ==, "+1 503 555 0191");
    g_assert_cmpstr (test_json_string (current, "last_name"), ==, "Okafor");
    changed = json_object_get_array_member (problem, "changed_since");
    g_assert_cmpuint (json_array_get_length (changed), ==, 1);
    g_assert_cmpstr (test_json_string (json_array_get_object_element (changed, 0), "old_value"), ==,
                     "+1 503 555 0190");
    current_etag = g_strdup (soup_message_headers_get_one (two->headers, "ETag"));
    g_assert_nonnull (current_etag);
    g_assert_cmpstr (current_etag, !=, base);
  }
  {
    g_autoptr(TestResponse) again = patch (second, MAYA_PROFILE, other_admin, current_etag,
                                           "{\"phone\": \"+1 503 555 0192\", \"last_name\": \"Okafor-Reyes\"}");

    g_assert_cmpuint (again->status, ==, 200);
    g_assert_cmpstr (profile_string (again, "phone"), ==, "+1 503 555 0192");
    g_assert_cmpstr (profile_string (again, "display_name"), ==, "Maya Okafor-Reyes");
  }
  /* Setting a field to what someone already set it to asks no one. */
  {
    g_autoptr(TestResponse) same = patch (first, MAYA_PROFILE, jordan, base, "{\"phone\": \"+1 503 555 0192\"}");

    g_assert_cmpuint (same->status, ==, 200);
  }

  /* Back as the demo had her, for the tests that follow. */
  {
    g_autofree char *now = etag_of (first, MAYA_PROFILE, jordan);
    g_autoptr(TestResponse) back = patch (first, MAYA_PROFILE, jordan, now,
                                          "{\"phone\": \"+1 503 555 0187\", \"email\": \"maya.okafor@example.com\","
                                          " \"customer_type\": \"homeowner\", \"last_name\": \"Okafor\"}");

    g_assert_cmpuint (back->status, ==, 200);
    g_assert_cmpstr (profile_string (back, "display_name"), ==, "Maya Okafor");
  }
}

static void
test_edit_merge_and_conflict (void)
{
  run_two_editors (server, server);
}

/* The same through two server processes on one database. */
static void
test_edit_two_processes (void)
{
  TestServer *second = test_server_start_at (server->dir, TRUE);

  run_two_editors (server, second);
  test_server_stop_keep_files (second);
}

static void
test_edit_activity (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *technician = test_login (server, "technician@example.com", NULL);
  g_autofree char *etag = etag_of (server, DANIEL_PROFILE, admin);
  g_autoptr(TestResponse) changed = patch (server, DANIEL_PROFILE, admin, etag,
                                           "{\"phone\": \"+1 503 555 0135\", \"company_name\": \"\"}");
  g_autoptr(TestResponse) activity = NULL;
  JsonArray *items;
  JsonObject *entry;

  g_assert_cmpuint (changed->status, ==, 200);
  g_assert_true (json_object_get_boolean_member (test_response_object (changed), "notifications"));
  {
    g_autofree char *key = g_uuid_string_random ();
    g_autoptr(TestResponse) note = test_http_idempotent (server, "/api/v1/customers/" DANIEL_ID "/notes", technician,
                                                         key, "{\"body\": \"Asked for a morning slot.\"}");

    g_assert_cmpuint (note->status, ==, 201);
  }
  /* Staff read it; newest first: the note, then the phone (the empty
   * company name was empty already, so it changed nothing). */
  activity = test_http (server, "GET", "/api/v1/customers/" DANIEL_ID "/activity", technician, NULL);
  g_assert_cmpuint (activity->status, ==, 200);
  items = json_object_get_array_member (test_response_object (activity), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  entry = json_array_get_object_element (items, 0);
  g_assert_cmpstr (test_json_string (entry, "kind"), ==, "note_added");
  g_assert_cmpstr (test_json_string (entry, "new_value"), ==, "Asked for a morning slot.");
  g_assert_cmpstr (test_json_string (test_json_object (entry, "actor"), "display_name"), ==, "Luis Ortega");
  entry = json_array_get_object_element (items, 1);
  g_assert_cmpstr (test_json_string (entry, "kind"), ==, "changed");
  g_assert_cmpstr (test_json_string (entry, "field"), ==, "phone");
  g_assert_cmpstr (test_json_string (entry, "old_value"), ==, "+1 503 555 0133");
  g_assert_cmpstr (test_json_string (entry, "new_value"), ==, "+1 503 555 0135");
  g_assert_cmpstr (test_json_string (test_json_object (entry, "actor"), "display_name"), ==, "Jordan Avery");
}

/* The switch for all of a customer's notifications: a field as the others,
 * and a conflict on it says what became of it. */
static void
test_edit_notifications (void)
{
  g_autofree char *admin = test_login (server, "admin@example.com", NULL);
  g_autofree char *base = etag_of (server, DANIEL_PROFILE, admin);
  g_autoptr(TestResponse) off = patch (server, DANIEL_PROFILE, admin, base, "{\"notifications\": false}");
  g_autoptr(TestResponse) stale = patch (server, DANIEL_PROFILE, admin, base, "{\"notifications\": true}");
  g_autoptr(TestResponse) bad = patch (server, DANIEL_PROFILE, admin, base, "{\"notifications\": \"no\"}");
  g_autoptr(TestResponse) null = patch (server, DANIEL_PROFILE, admin, base, "{\"notifications\": null}");
  g_autofree char *now = NULL;

  g_assert_cmpuint (off->status, ==, 200);
  g_assert_false (json_object_get_boolean_member (test_response_object (off), "notifications"));
  test_assert_problem (stale, 412);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (test_response_object (stale),
                                                                                  "errors"), "notifications"), ==,
                   "Jordan Avery turned notifications off while you were editing.");
  test_assert_problem (bad, 422);
  test_assert_problem (null, 422);
  now = etag_of (server, DANIEL_PROFILE, admin);
  {
    g_autoptr(TestResponse) on = patch (server, DANIEL_PROFILE, admin, now, "{\"notifications\": true}");

    g_assert_cmpuint (on->status, ==, 200);
    g_assert_true (json_object_get_boolean_member (test_response_object (on), "notifications"));
  }
}

static const TestCase tests[] = {
  { "/server/customer-edit/needs-version-and-admin", test_edit_needs_version_and_admin },
  { "/server/customer-edit/refuses-bad-fields", test_edit_refuses_bad_fields },
  { "/server/customer-edit/merge-and-conflict", test_edit_merge_and_conflict },
  { "/server/customer-edit/two-processes", test_edit_two_processes },
  { "/server/customer-edit/activity", test_edit_activity },
  { "/server/customer-edit/notifications", test_edit_notifications },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}

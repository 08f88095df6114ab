/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "test-server-fixture.h"

/* Jobs, visits, projects and calendars against the demo business: the
 * lists and their counts and pages, who sees what, asking to reschedule or
 * cancel and every refusal, the .ics of a visit and the feed, parsed back
 * with libical. */

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

static char *
ids_of (JsonArray *items)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (items); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            test_json_string (json_array_get_object_element (items, i), "id"));
  return g_string_free (ids, FALSE);
}

static void
test_lists (void)
{
  g_autoptr(TestResponse) counts = test_http (server, "GET", "/api/v1/jobs/counts", maya, NULL);
  g_autoptr(TestResponse) upcoming = test_http (server, "GET", "/api/v1/jobs", maya, NULL);
  g_autoptr(TestResponse) completed = test_http (server, "GET", "/api/v1/jobs?status=completed", maya, NULL);
  g_autoptr(TestResponse) bad = test_http (server, "GET", "/api/v1/jobs?status=soon", maya, NULL);
  g_autofree char *upcoming_ids = ids_of (items_of (upcoming));
  g_autofree char *completed_ids = ids_of (items_of (completed));
  JsonObject *first;

  g_assert_cmpint (json_object_get_int_member (test_response_object (counts), "upcoming"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (test_response_object (counts), "completed"), ==, 6);
  /* Soonest first, the cancelled one among them; newest first. */
  g_assert_cmpstr (upcoming_ids, ==,
                   "vis_demo0tuneup vis_demo0wasps vis_demo0unita vis_demo0sink1 vis_demo0sink2 vis_demo0unitb");
  g_assert_cmpstr (completed_ids, ==,
                   "vis_demo0survey vis_demo0past5 vis_demo0past4 vis_demo0past3 vis_demo0past2 vis_demo0past1");
  test_assert_problem (bad, 422);

  first = json_array_get_object_element (items_of (upcoming), 0);
  g_assert_cmpstr (test_json_string (first, "service_name"), ==, "Seasonal maintenance visit");
  g_assert_cmpstr (test_json_string (first, "property_label"), ==, "Home");
  g_assert_cmpstr (test_json_string (first, "status"), ==, "scheduled");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (json_object_get_array_member (first, "technicians"), 0),
                                     "display_name"), ==, "Luis Ortega");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items_of (upcoming), 1), "status"), ==,
                   "cancelled");

  /* Page by page, as the app scrolls: the same rows, none twice. */
  {
    GString *walked = g_string_new (NULL);
    g_autofree char *cursor = NULL;
    g_autofree char *joined = NULL;

    do
      {
        g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
        g_autofree char *path = g_strdup_printf ("/api/v1/jobs?status=completed&limit=4%s%s",
                                                 escaped != NULL ? "&cursor=" : "", escaped != NULL ? escaped : "");
        g_autoptr(TestResponse) page = test_http (server, "GET", path, maya, NULL);
        g_autofree char *ids = ids_of (items_of (page));
        JsonObject *object = test_response_object (page);

        g_string_append_printf (walked, "%s%s", walked->len > 0 ? " " : "", ids);
        g_free (cursor);
        cursor = json_object_get_null_member (object, "next_cursor") ? NULL
                 : g_strdup (json_object_get_string_member (object, "next_cursor"));
      }
    while (cursor != NULL);
    joined = g_string_free (walked, FALSE);
    g_assert_cmpstr (joined, ==, completed_ids);
  }
}

static void
test_isolation (void)
{
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/jobs", daniel, NULL);
  g_autoptr(TestResponse) not_his = test_http (server, "GET", "/api/v1/jobs/job_demo0sink", daniel, NULL);
  g_autoptr(TestResponse) not_his_ics = test_http (server, "GET", "/api/v1/visits/vis_demo0sink1/ics", daniel, NULL);
  g_autoptr(TestResponse) not_his_project = test_http (server, "GET", "/api/v1/projects/prj_demo0duplex", daniel, NULL);
  g_autoptr(TestResponse) no_projects = test_http (server, "GET", "/api/v1/projects", daniel, NULL);
  g_autoptr(TestResponse) preview = test_http (server, "GET", "/api/v1/jobs?customer_id=" MAYA_ID, operator, NULL);
  g_autoptr(TestResponse) unnamed = test_http (server, "GET", "/api/v1/jobs", operator, NULL);
  g_autoptr(TestResponse) staff_write = test_http_idempotent (server,
                                                              "/api/v1/visits/vis_demo0sink1/cancel?customer_id=" MAYA_ID,
                                                              operator, "staff-cancel", "{}");
  g_autoptr(TestResponse) staff_feed = test_http_write (server, "/api/v1/calendar-feed?customer_id=" MAYA_ID,
                                                        operator, "{}");
  g_autofree char *his_ids = ids_of (items_of (his));

  g_assert_cmpstr (his_ids, ==, "vis_demo0daniel");
  test_assert_problem (not_his, 404);
  test_assert_problem (not_his_ics, 404);
  test_assert_problem (not_his_project, 404);
  g_assert_cmpuint (json_array_get_length (items_of (no_projects)), ==, 0);
  g_assert_cmpuint (json_array_get_length (items_of (preview)), ==, 6);
  /* Staff read what the customer would, and may ask for nothing. */
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (items_of (preview), 0), "can_change"));
  test_assert_problem (unnamed, 422);
  test_assert_problem (staff_write, 403);
  test_assert_problem (staff_feed, 403);
}

static void
test_job (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/jobs/job_demo0sink", maya, NULL);
  JsonObject *job = test_response_object (response);
  JsonArray *visits = json_object_get_array_member (job, "visits");

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (test_json_string (job, "title"), ==, "Kitchen sink and garbage disposal replacement");
  g_assert_cmpstr (test_json_string (test_json_object (job, "quote"), "number"), ==, "Q-1004");
  g_assert_true (json_object_get_null_member (job, "project"));
  g_assert_cmpuint (json_array_get_length (visits), ==, 2);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (visits, 0), "id"), ==, "vis_demo0sink1");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (visits, 1), "notes"), ==,
                   "New sink, disposal and faucet in.");

  {
    g_autoptr(TestResponse) done = test_http (server, "GET", "/api/v1/jobs/job_demo0past5", maya, NULL);

    g_assert_nonnull (strstr (test_json_string (test_response_object (done), "work_performed"), "igniter"));
  }
  {
    g_autoptr(TestResponse) staged = test_http (server, "GET", "/api/v1/jobs/job_demo0unita", maya, NULL);
    JsonObject *project = test_json_object (test_response_object (staged), "project");

    g_assert_cmpstr (test_json_string (project, "title"), ==, "Duplex heating upgrade");
    g_assert_cmpstr (test_json_string (project, "stage_title"), ==, "Unit A install");
  }
  {
    g_autoptr(TestResponse) missing = test_http (server, "GET", "/api/v1/jobs/job_nope", maya, NULL);
    test_assert_problem (missing, 404);
  }
}

static void
test_projects (void)
{
  g_autoptr(TestResponse) list = test_http (server, "GET", "/api/v1/projects?status=open", maya, NULL);
  g_autoptr(TestResponse) one = test_http (server, "GET", "/api/v1/projects/prj_demo0duplex", maya, NULL);
  g_autoptr(TestResponse) bad = test_http (server, "GET", "/api/v1/projects?status=late", maya, NULL);
  JsonObject *summary = json_array_get_object_element (items_of (list), 0);
  JsonObject *project = test_response_object (one);
  JsonArray *stages = json_object_get_array_member (project, "stages");
  JsonObject *unit_a = json_array_get_object_element (stages, 2);
  JsonArray *unit_a_jobs = json_object_get_array_member (unit_a, "jobs");

  g_assert_cmpuint (json_array_get_length (items_of (list)), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "stage_count"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (summary, "stages_done"), ==, 2);
  g_assert_false (json_object_has_member (summary, "stages"));
  g_assert_cmpstr (test_json_string (test_json_object (project, "quote"), "number"), ==, "Q-1006");
  g_assert_cmpuint (json_array_get_length (stages), ==, 5);
  g_assert_cmpstr (test_json_string (unit_a, "status"), ==, "in_progress");
  g_assert_cmpstr (test_json_string (json_array_get_object_element (unit_a_jobs, 0), "id"), ==, "job_demo0unita");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (unit_a_jobs, 0),
                                                                          "visits")), ==, 1);
  test_assert_problem (bad, 422);
}

/* "2026-…Z" for now plus @hours. */
static char *
hours_from_now (int hours)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_hours (now, hours);

  return g_date_time_format (then, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
windows_body (const char *first_start,
              const char *first_end,
              const char *second_start,
              const char *second_end)
{
  return g_strdup_printf ("{\"windows\": [{\"starts_at\": \"%s\", \"ends_at\": \"%s\"},"
                          " {\"starts_at\": \"%s\", \"ends_at\": \"%s\"}], \"note\": \"Mornings suit us better.\"}",
                          first_start, first_end, second_start, second_end);
}

static void
assert_field_error (TestResponse *response,
                    const char   *field)
{
  test_assert_problem (response, 422);
  g_assert_true (json_object_has_member (test_json_object (test_response_object (response), "errors"), field));
}

static gint64
requests_count (void)
{
  return test_server_query_int (server, "SELECT COUNT(*) FROM visit_change_requests");
}

static void
test_reschedule_and_cancel (void)
{
  g_autofree char *a = hours_from_now (24 * 14);
  g_autofree char *a_end = hours_from_now (24 * 14 + 2);
  g_autofree char *b = hours_from_now (24 * 15);
  g_autofree char *b_end = hours_from_now (24 * 15 + 2);
  g_autofree char *past = hours_from_now (-5);
  g_autofree char *past_end = hours_from_now (-3);
  g_autofree char *good = windows_body (a, a_end, b, b_end);
  gint64 before = requests_count ();

  /* Bad windows: 422 naming the field, nothing recorded. */
  {
    g_autofree char *in_past = windows_body (past, past_end, b, b_end);
    g_autofree char *backwards = windows_body (a, a_end, b_end, b);
    g_autofree char *four = g_strdup_printf ("{\"windows\": [%s]}",
                                             "{\"starts_at\":\"2999-01-01T10:00:00Z\",\"ends_at\":\"2999-01-01T11:00:00Z\"},"
                                             "{\"starts_at\":\"2999-01-02T10:00:00Z\",\"ends_at\":\"2999-01-02T11:00:00Z\"},"
                                             "{\"starts_at\":\"2999-01-03T10:00:00Z\",\"ends_at\":\"2999-01-03T11:00:00Z\"},"
                                             "{\"starts_at\":\"2999-01-04T10:00:00Z\",\"ends_at\":\"2999-01-04T11:00:00Z\"}");
    g_autoptr(TestResponse) r1 = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya, "w1", in_past);
    g_autoptr(TestResponse) r2 = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya, "w2", backwards);
    g_autoptr(TestResponse) r3 = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya, "w3", four);
    g_autoptr(TestResponse) r4 = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya, "w4", "{}");
    g_autoptr(TestResponse) r5 = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya, "w5",
                                                       "{\"windows\": [{\"starts_at\": \"next tuesday\", \"ends_at\": \"later\"}]}");

    assert_field_error (r1, "windows[0]");
    assert_field_error (r2, "windows[1]");
    assert_field_error (r3, "windows");
    assert_field_error (r4, "windows");
    assert_field_error (r5, "windows[0]");
    g_assert_cmpint (requests_count (), ==, before);
  }

  /* Visits that cannot change: 409 or 404. */
  {
    g_autoptr(TestResponse) done = test_http_idempotent (server, "/api/v1/visits/vis_demo0past5/cancel", maya, "c1", "{}");
    g_autoptr(TestResponse) cancelled = test_http_idempotent (server, "/api/v1/visits/vis_demo0wasps/reschedule", maya,
                                                              "c2", good);
    g_autoptr(TestResponse) not_hers = test_http_idempotent (server, "/api/v1/visits/vis_demo0daniel/cancel", maya,
                                                             "c3", "{}");

    test_assert_problem (done, 409);
    test_assert_problem (cancelled, 409);
    test_assert_problem (not_hers, 404);
    g_assert_cmpint (requests_count (), ==, before);
  }

  /* Within the notice period: 409 with the reason and the number to call. */
  {
    g_autofree char *soon = hours_from_now (3);
    g_autofree char *soon_end = hours_from_now (5);
    g_autofree char *sql = g_strdup_printf ("INSERT INTO visits (id, job_id, starts_at, ends_at, status)"
                                            " VALUES ('vis_soon', 'job_demo0tuneup', '%s', '%s', 'scheduled')",
                                            soon, soon_end);
    g_autoptr(TestResponse) late = NULL;
    JsonObject *problem;

    test_server_exec_sql (server, sql);
    late = test_http_idempotent (server, "/api/v1/visits/vis_soon/reschedule", maya, "c4", good);
    test_assert_problem (late, 409);
    problem = test_response_object (late);
    g_assert_cmpstr (test_json_string (problem, "type"), ==, "urn:doorstep:problem:within-notice-period");
    g_assert_nonnull (strstr (test_json_string (problem, "detail"), "Call us"));
    test_server_exec_sql (server, "DELETE FROM visits WHERE id = 'vis_soon'");
  }

  /* Asked: the visit says so; a retry replays; asking again is 409. */
  {
    g_autoptr(TestResponse) asked = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya,
                                                          "resched-1", good);
    g_autoptr(TestResponse) replayed = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/reschedule", maya,
                                                             "resched-1", good);
    g_autoptr(TestResponse) again = test_http_idempotent (server, "/api/v1/visits/vis_demo0sink1/cancel", maya,
                                                          "resched-2", "{}");
    g_autoptr(TestResponse) listed = test_http (server, "GET", "/api/v1/jobs/job_demo0sink", maya, NULL);

    g_assert_cmpuint (asked->status, ==, 200);
    g_assert_cmpstr (test_json_string (test_response_object (asked), "status"), ==, "reschedule_requested");
    g_assert_false (json_object_get_boolean_member (test_response_object (asked), "can_change"));
    g_assert_true (g_bytes_equal (asked->body, replayed->body));
    test_assert_problem (again, 409);
    g_assert_cmpstr (test_json_string (json_array_get_object_element (json_object_get_array_member (test_response_object (listed), "visits"), 0),
                                       "status"), ==, "reschedule_requested");
    g_assert_cmpint (requests_count (), ==, before + 1);
    g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM visit_change_requests"
                                                    " WHERE visit_id = 'vis_demo0sink1' AND kind = 'reschedule'"
                                                    " AND note = 'Mornings suit us better.'"), ==, 1);
  }

  {
    g_autoptr(TestResponse) cancel = test_http_idempotent (server, "/api/v1/visits/vis_demo0unitb/cancel", maya,
                                                           "cancel-1", "{\"note\": \"The tenant is away.\"}");

    g_assert_cmpuint (cancel->status, ==, 200);
    g_assert_cmpstr (test_json_string (test_response_object (cancel), "status"), ==, "cancellation_requested");
  }
  test_assert_still_serving (server);
}

/* Calendars */

static icalcomponent *
parse_calendar (TestResponse *response)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (response->body, NULL), g_bytes_get_size (response->body));
  icalcomponent *calendar;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_true (g_str_has_prefix (response->content_type, "text/calendar"));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;
  return NULL;
}

/* The instant an event's DTSTART names, through the calendar's own
 * VTIMEZONE, as a calendar app would read it. */
static gint64
event_start (icalcomponent *calendar,
             icalcomponent *event)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  icaltimezone *zone;
  icalcomponent *vtimezone;

  g_assert_nonnull (tzid);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "America/Los_Angeles");
  vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (vtimezone);
  zone = icaltimezone_new ();
  g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)));
  {
    gint64 seconds = (gint64) icaltime_as_timet_with_zone (icalproperty_get_dtstart (property), zone);

    icaltimezone_free (zone, 1);
    return seconds;
  }
}

static gint64
stored_start (const char *visit_id)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/jobs?limit=200", maya, NULL);
  JsonArray *items;

  items = items_of (response);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *visit = json_array_get_object_element (items, i);

      if (g_str_equal (test_json_string (visit, "id"), visit_id))
        {
          g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (test_json_string (visit, "starts_at"), NULL);

          return g_date_time_to_unix (at);
        }
    }
  g_error ("No upcoming visit %s", visit_id);
}

static void
test_visit_ics (void)
{
  g_autoptr(TestResponse) first = test_http (server, "GET", "/api/v1/visits/vis_demo0tuneup/ics", maya, NULL);
  icalcomponent *calendar = parse_calendar (first);
  icalcomponent *event = find_event (calendar, "vis_demo0tuneup@doorstep");
  g_autoptr(TestResponse) second = NULL;
  icalcomponent *again, *moved;
  struct icaltimetype wall;

  g_assert_nonnull (event);
  g_assert_nonnull (strstr (soup_message_headers_get_one (first->headers, "Content-Disposition"), ".ics"));
  /* 8:00 in Portland, whatever the offset that day. */
  wall = icalproperty_get_dtstart (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
  g_assert_cmpint (wall.hour, ==, 8);
  g_assert_cmpint (event_start (calendar, event), ==, stored_start ("vis_demo0tuneup"));
  g_assert_cmpint (icalcomponent_get_sequence (event), ==, 0);
  g_assert_nonnull (strstr (icalcomponent_get_location (event), "2218 SE Salmon St"));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Luis Ortega"));
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);

  /* Staff move it in the database: the same event, a later SEQUENCE. */
  {
    g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (stored_start ("vis_demo0tuneup"));
    g_autoptr(GDateTime) later = g_date_time_add_hours (start, 2);
    g_autoptr(GDateTime) later_end = g_date_time_add_hours (start, 4);
    g_autofree char *a = g_date_time_format (later, "%Y-%m-%dT%H:%M:%SZ");
    g_autofree char *b = g_date_time_format (later_end, "%Y-%m-%dT%H:%M:%SZ");
    g_autofree char *sql = g_strdup_printf ("UPDATE visits SET starts_at = '%s', ends_at = '%s'"
                                            " WHERE id = 'vis_demo0tuneup'", a, b);

    test_server_exec_sql (server, sql);
  }
  second = test_http (server, "GET", "/api/v1/visits/vis_demo0tuneup/ics", maya, NULL);
  again = parse_calendar (second);
  moved = find_event (again, "vis_demo0tuneup@doorstep");
  g_assert_nonnull (moved);
  g_assert_cmpint (icalcomponent_get_sequence (moved), ==, 1);
  wall = icalproperty_get_dtstart (icalcomponent_get_first_property (moved, ICAL_DTSTART_PROPERTY));
  g_assert_cmpint (wall.hour, ==, 10);

  icalcomponent_free (calendar);
  icalcomponent_free (again);
}

/* Two visits at 9:00 in Portland, either side of the spring change of
 * 2027 (14 March): 9:00 PST is 17:00 UTC, 9:00 PDT 16:00 UTC. */
static void
test_daylight_saving (void)
{
  const char *ids[] = { "vis_dst_before", "vis_dst_after" };
  const char *starts[] = { "2027-03-13T17:00:00Z", "2027-03-15T16:00:00Z" };
  const char *ends[] = { "2027-03-13T19:00:00Z", "2027-03-15T18:00:00Z" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO visits (id, job_id, starts_at, ends_at, status)"
                                              " VALUES ('%s', 'job_demo0tuneup', '%s', '%s', 'scheduled')",
                                              ids[i], starts[i], ends[i]);
      g_autofree char *path = g_strdup_printf ("/api/v1/visits/%s/ics", ids[i]);
      g_autofree char *uid = g_strdup_printf ("%s@doorstep", ids[i]);
      g_autoptr(TestResponse) response = NULL;
      g_autoptr(GDateTime) stored = g_date_time_new_from_iso8601 (starts[i], NULL);
      icalcomponent *calendar, *event;
      struct icaltimetype wall;

      test_server_exec_sql (server, sql);
      response = test_http (server, "GET", path, maya, NULL);
      calendar = parse_calendar (response);
      event = find_event (calendar, uid);
      wall = icalproperty_get_dtstart (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
      g_assert_cmpint (wall.hour, ==, 9);
      g_assert_cmpint (event_start (calendar, event), ==, g_date_time_to_unix (stored));
      icalcomponent_free (calendar);
    }
  test_server_exec_sql (server, "DELETE FROM visits WHERE id LIKE 'vis_dst_%'");
}

static TestResponse *
get_feed (const char *path,
          const char *if_none_match,
          const char *if_modified_since)
{
  g_autoptr(SoupMessage) msg = test_http_message (server, "GET", path, NULL, NULL, NULL, NULL);

  if (if_none_match != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "If-None-Match", if_none_match);
  if (if_modified_since != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "If-Modified-Since", if_modified_since);
  return test_http_send (NULL, msg);
}

static char *
reset_feed (void)
{
  g_autoptr(TestResponse) made = test_http_write (server, "/api/v1/calendar-feed", maya, "{}");
  const char *path;

  g_assert_cmpuint (made->status, ==, 201);
  path = test_json_string (test_response_object (made), "path");
  g_assert_true (g_str_has_prefix (path, "/api/v1/calendar/"));
  /* 256 bits of URL-safe base64. */
  g_assert_cmpuint (strlen (path + strlen ("/api/v1/calendar/")), ==, 43);
  return g_strdup (path);
}

static void
test_feed (void)
{
  g_autofree char *path = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *last_modified = NULL;
  g_autofree char *new_path = NULL;

  {
    g_autoptr(TestResponse) state = test_http (server, "GET", "/api/v1/calendar-feed", maya, NULL);

    g_assert_false (json_object_get_boolean_member (test_response_object (state), "active"));
  }
  path = reset_feed ();
  {
    g_autoptr(TestResponse) state = test_http (server, "GET", "/api/v1/calendar-feed", maya, NULL);

    g_assert_true (json_object_get_boolean_member (test_response_object (state), "active"));
  }

  /* No sign-in: the token is the key. */
  {
    g_autoptr(TestResponse) feed = get_feed (path, NULL, NULL);
    icalcomponent *calendar = parse_calendar (feed);
    icalcomponent *cancelled = find_event (calendar, "vis_demo0wasps@doorstep");

    g_assert_nonnull (find_event (calendar, "vis_demo0tuneup@doorstep"));
    /* Recent history stays; two years back does not; nor Daniel's. */
    g_assert_nonnull (find_event (calendar, "vis_demo0past5@doorstep"));
    g_assert_null (find_event (calendar, "vis_demo0past1@doorstep"));
    g_assert_null (find_event (calendar, "vis_demo0daniel@doorstep"));
    g_assert_nonnull (cancelled);
    g_assert_cmpint (icalcomponent_get_status (cancelled), ==, ICAL_STATUS_CANCELLED);
    etag = g_strdup (soup_message_headers_get_one (feed->headers, "ETag"));
    last_modified = g_strdup (soup_message_headers_get_one (feed->headers, "Last-Modified"));
    g_assert_nonnull (etag);
    g_assert_nonnull (last_modified);
    icalcomponent_free (calendar);
  }

  /* Polled again, unchanged: 304 either way. */
  {
    g_autoptr(TestResponse) by_tag = get_feed (path, etag, NULL);
    g_autoptr(TestResponse) by_date = get_feed (path, NULL, last_modified);

    g_assert_cmpuint (by_tag->status, ==, 304);
    g_assert_cmpuint (by_date->status, ==, 304);
  }

  /* A visit changes: a new ETag, the whole calendar again. */
  test_server_exec_sql (server, "UPDATE visits SET status = 'on_the_way' WHERE id = 'vis_demo0unita'");
  {
    g_autoptr(TestResponse) changed = get_feed (path, etag, NULL);

    g_assert_cmpuint (changed->status, ==, 200);
    g_assert_cmpstr (soup_message_headers_get_one (changed->headers, "ETag"), !=, etag);
  }

  /* Reset: the old URL is gone at once, and tells nothing apart. */
  new_path = reset_feed ();
  {
    g_autoptr(TestResponse) old = get_feed (path, NULL, NULL);
    g_autoptr(TestResponse) wrong = get_feed ("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NULL, NULL);
    g_autoptr(TestResponse) nonsense = get_feed ("/api/v1/calendar/x", NULL, NULL);
    g_autoptr(TestResponse) fresh = get_feed (new_path, NULL, NULL);

    test_assert_problem (old, 404);
    test_assert_problem (wrong, 404);
    test_assert_problem (nonsense, 404);
    g_assert_true (g_bytes_equal (old->body, wrong->body));
    g_assert_true (g_bytes_equal (old->body, nonsense->body));
    g_assert_cmpuint (fresh->status, ==, 200);
  }
}

/* Luis's photo (the demo draws one) is a PNG every signed-in person may
 * see, named by his visits; nobody else's is served: not a customer's,
 * not staff without one, not without signing in. */
static void
test_photo (void)
{
  g_autoptr(TestResponse) luis = test_http (server, "GET", "/api/v1/technicians/usr_demo0technician/photo", maya, NULL);
  g_autoptr(TestResponse) visit = test_http (server, "GET", "/api/v1/jobs?status=upcoming&limit=1", maya, NULL);
  g_autoptr(TestResponse) customer = test_http (server, "GET", "/api/v1/technicians/usr_demo0maya0okafor/photo", maya, NULL);
  g_autoptr(TestResponse) admin = test_http (server, "GET", "/api/v1/technicians/usr_demo0admin/photo", maya, NULL);
  g_autoptr(TestResponse) anonymous = test_http (server, "GET", "/api/v1/technicians/usr_demo0technician/photo", NULL, NULL);
  JsonObject *first;

  g_assert_cmpuint (luis->status, ==, 200);
  g_assert_cmpstr (luis->content_type, ==, "image/png");
  g_assert_cmpuint (g_bytes_get_size (luis->body), >, 8);
  g_assert_cmpmem (g_bytes_get_data (luis->body, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (visit->status, ==, 200);
  first = json_array_get_object_element (json_object_get_array_member (json_node_get_object (visit->json), "items"), 0);
  first = json_array_get_object_element (json_object_get_array_member (first, "technicians"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "photo_url"), ==,
                   "/api/v1/technicians/usr_demo0technician/photo");
  test_assert_problem (customer, 404);
  test_assert_problem (admin, 404);
  test_assert_problem (anonymous, 401);
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

  /* In this order: later tests change visits. */
  g_test_add_func ("/jobs/lists", test_lists);
  g_test_add_func ("/jobs/isolation", test_isolation);
  g_test_add_func ("/jobs/job", test_job);
  g_test_add_func ("/jobs/projects", test_projects);
  g_test_add_func ("/jobs/visit-ics", test_visit_ics);
  g_test_add_func ("/jobs/daylight-saving", test_daylight_saving);
  g_test_add_func ("/jobs/feed", test_feed);
  g_test_add_func ("/jobs/change", test_reschedule_and_cancel);
  g_test_add_func ("/jobs/photo", test_photo);
  result = g_test_run ();

  test_server_stop (server);
  g_free (maya);
  g_free (daniel);
  g_free (operator);
  return result;
}

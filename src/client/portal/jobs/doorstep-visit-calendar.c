/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-jobs-api.h"
#include "doorstep-time.h"
#include "doorstep-visit-calendar.h"

static char *
event_title (DoorstepVisit *visit)
{
  return g_strdup (doorstep_visit_get_service_name (visit) != NULL ? doorstep_visit_get_service_name (visit)
                                                                   : doorstep_visit_get_title (visit));
}

static char *
event_details (DoorstepVisit *visit)
{
  const char *technician = doorstep_visit_get_technician_name (visit);

  return technician != NULL ? g_strdup_printf (_("%s, with %s"), doorstep_visit_get_title (visit), technician)
                            : g_strdup (doorstep_visit_get_title (visit));
}

static char *
escape (const char *text)
{
  return g_uri_escape_string (text != NULL ? text : "", NULL, FALSE);
}

/* Google Calendar's "add event" page, filled in; times in UTC. */
char *
doorstep_visit_calendar_google_uri (DoorstepVisit *visit)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (DOORSTEP_IS_VISIT (visit), NULL);

  start = g_date_time_to_utc (doorstep_visit_get_starts_at (visit));
  end = g_date_time_to_utc (doorstep_visit_get_ends_at (visit));
  from = g_date_time_format (start, "%Y%m%dT%H%M%SZ");
  to = g_date_time_format (end, "%Y%m%dT%H%M%SZ");
  title = event_title (visit);
  details = event_details (visit);
  text = escape (title);
  body = escape (details);
  where = escape (doorstep_visit_get_property_address (visit));
  return g_strdup_printf ("https://calendar.google.com/calendar/render?action=TEMPLATE&text=%s&dates=%s/%s"
                          "&details=%s&location=%s", text, from, to, body, where);
}

/* Outlook.com's "new event" page, filled in. */
char *
doorstep_visit_calendar_outlook_uri (DoorstepVisit *visit)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *where = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (DOORSTEP_IS_VISIT (visit), NULL);

  from = doorstep_timestamp_format (doorstep_visit_get_starts_at (visit));
  to = doorstep_timestamp_format (doorstep_visit_get_ends_at (visit));
  title = event_title (visit);
  details = event_details (visit);
  subject = escape (title);
  body = escape (details);
  where = escape (doorstep_visit_get_property_address (visit));
  start = escape (from);
  end = escape (to);
  return g_strdup_printf ("https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose"
                          "&rru=addevent&subject=%s&startdt=%s&enddt=%s&body=%s&location=%s",
                          subject, start, end, body, where);
}

static const DoorstepDocumentSource ics_source = {
  .fetch_async = doorstep_jobs_api_get_ics_async,
  .fetch_finish = doorstep_jobs_api_get_ics_finish,
  .content_type = "text/calendar",
};

/**
 * doorstep_visit_calendar_new_event:
 *
 * Returns: (transfer full): the visit's event as the .ics the server
 *   writes, named by its day in its own time zone
 */
DoorstepDocument *
doorstep_visit_calendar_new_event (DoorstepScope *scope,
                                   DoorstepVisit *visit)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (DOORSTEP_IS_VISIT (visit), NULL);

  start = g_date_time_to_timezone (doorstep_visit_get_starts_at (visit), doorstep_visit_get_time_zone (visit));
  day = g_date_time_format (start, "%Y-%m-%d");
  title = event_title (visit);
  /* Translators: the file name a visit's calendar event is saved under, "Visit 2026-11-24.ics" */
  file_name = g_strdup_printf (_("Visit %s.ics"), day);
  return doorstep_document_new (scope, &ics_source, doorstep_visit_get_id (visit), title,
                                doorstep_visit_get_title (visit), file_name);
}

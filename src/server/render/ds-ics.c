/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libical/ical.h>

#include "doorstep-common.h"
#include "ds-ics.h"
#include "ds-visit-store.h"

/* iCalendar (RFC 5545) with libical. A visit's UID is its id, the same
 * forever; its SEQUENCE and LAST-MODIFIED move on whenever its time or
 * status changes (migration 10), so importing it again updates the event.
 * Times are written in the business's time zone, with its VTIMEZONE, so
 * that the arrival window is right in any calendar and across daylight
 * saving changes. Nothing depends on the clock: the same visits give the
 * same bytes, which is what the feed's ETag relies on. */

static struct icaltimetype
utc_time (const char *timestamp)
{
  return icaltime_from_timet_with_zone ((time_t) doorstep_timestamp_to_unix (timestamp), 0,
                                        icaltimezone_get_utc_timezone ());
}

/* The zone's VTIMEZONE under its plain IANA name (libical prefixes its
 * own), from a year before the first event on. */
static icalcomponent *
timezone_component (icaltimezone *zone,
                    const char   *tzid,
                    gint64        first_start)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  icalproperty *property = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  struct icaltimetype from = icaltime_from_timet_with_zone ((time_t) (first_start - 366 * 24 * 3600), 0,
                                                            icaltimezone_get_utc_timezone ());

  if (property != NULL)
    icalproperty_set_tzid (property, tzid);
  icaltimezone_truncate_vtimezone (vtimezone, from, icaltime_null_time (), 0);
  return vtimezone;
}

static icalproperty *
zoned_time (icalproperty *(*make) (struct icaltimetype),
            const char    *timestamp,
            icaltimezone  *zone,
            const char    *tzid)
{
  struct icaltimetype local = icaltime_from_timet_with_zone ((time_t) doorstep_timestamp_to_unix (timestamp), 0,
                                                            zone);
  icalproperty *property;

  /* The wall time alone; the TZID parameter says whose. */
  local.zone = NULL;
  property = make (local);
  icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
  return property;
}

static char *
describe (const DsVisit *visit)
{
  GString *text = g_string_new (NULL);

  if (visit->technicians != NULL && visit->technicians->len > 0)
    {
      g_string_append (text, visit->technicians->len > 1 ? "Technicians: " : "Technician: ");
      for (guint i = 0; i < visit->technicians->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                                ((DsTechnician *) g_ptr_array_index (visit->technicians, i))->display_name);
      g_string_append_c (text, '\n');
    }
  g_string_append_printf (text, "Job: %s", visit->job_title);
  if (visit->notes != NULL && *visit->notes != '\0')
    g_string_append_printf (text, "\n%s", visit->notes);
  return g_string_free (text, FALSE);
}

static icalcomponent *
visit_event (const DsIcsCalendar *calendar,
             const DsVisit       *visit,
             icaltimezone        *zone)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = g_strdup_printf ("%s@doorstep", visit->id);
  g_autofree char *summary = g_strdup_printf ("%s (%s)",
                                              visit->service_name != NULL ? visit->service_name : visit->job_title,
                                              calendar->business_name);
  g_autofree char *description = describe (visit);
  gboolean cancelled = g_str_equal (visit->status, "cancelled");

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_sequence ((int) CLAMP (visit->sequence, 0, G_MAXINT)));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (visit->updated_at)));
  icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_time (visit->updated_at)));
  icalcomponent_add_property (event, zoned_time (icalproperty_new_dtstart, visit->starts_at, zone, calendar->timezone));
  icalcomponent_add_property (event, zoned_time (icalproperty_new_dtend, visit->ends_at, zone, calendar->timezone));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (visit->property_address != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (visit->property_address));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_status (cancelled ? ICAL_STATUS_CANCELLED
                                                                        : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_OPAQUE));
  return event;
}

/**
 * ds_ics_render:
 * @visits: (element-type DsVisit): every technician on each
 *
 * Returns: (transfer full): the calendar, CRLF line ends, folded lines
 */
char *
ds_ics_render (const DsIcsCalendar *calendar,
               GPtrArray           *visits)
{
  icalcomponent *vcalendar = icalcomponent_new_vcalendar ();
  icaltimezone *zone = icaltimezone_get_builtin_timezone (calendar->timezone);
  g_autofree char *zone_name = NULL;
  char *text;
  gint64 first_start = G_MAXINT64;
  char *result;

  /* A zone libical does not know: UTC, right if not local. */
  if (zone == NULL)
    {
      zone = icaltimezone_get_utc_timezone ();
      zone_name = g_strdup ("UTC");
    }
  else
    zone_name = g_strdup (calendar->timezone);

  icalcomponent_add_property (vcalendar, icalproperty_new_prodid ("-//Doorstep//Doorstep customer portal//EN"));
  icalcomponent_add_property (vcalendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (vcalendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (vcalendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  if (calendar->calendar_name != NULL)
    {
      icalproperty *name = icalproperty_new_x (calendar->calendar_name);

      icalproperty_set_x_name (name, "X-WR-CALNAME");
      icalcomponent_add_property (vcalendar, name);
    }

  for (guint i = 0; i < visits->len; i++)
    {
      const DsVisit *visit = g_ptr_array_index (visits, i);

      first_start = MIN (first_start, doorstep_timestamp_to_unix (visit->starts_at));
    }
  if (zone != icaltimezone_get_utc_timezone ())
    icalcomponent_add_component (vcalendar, timezone_component (zone, zone_name,
                                                                first_start == G_MAXINT64 ? 0 : first_start));

  for (guint i = 0; i < visits->len; i++)
    {
      DsIcsCalendar in_zone = *calendar;

      in_zone.timezone = zone_name;
      icalcomponent_add_component (vcalendar, visit_event (&in_zone, g_ptr_array_index (visits, i), zone));
    }

  text = icalcomponent_as_ical_string_r (vcalendar);
  result = g_strdup (text);
  free (text);
  icalcomponent_free (vcalendar);
  return result;
}

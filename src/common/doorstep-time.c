/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "doorstep-time.h"

/**
 * doorstep_timestamp_format:
 * @datetime: a moment in any time zone
 *
 * Returns: (transfer full): @datetime in UTC as RFC 3339 with whole seconds
 */
char *
doorstep_timestamp_format (GDateTime *datetime)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  utc = g_date_time_to_utc (datetime);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * doorstep_timestamp_parse:
 * @str: (nullable): an RFC 3339 timestamp with an offset or "Z"
 *
 * Returns: (transfer full) (nullable): the moment, or %NULL if @str is not a
 *   timestamp with an explicit zone
 */
GDateTime *
doorstep_timestamp_parse (const char *str)
{
  if (str == NULL || strlen (str) < 20 || str[10] != 'T')
    return NULL;

  /* Without a default zone a timestamp lacking its own offset is refused. */
  return g_date_time_new_from_iso8601 (str, NULL);
}

/**
 * doorstep_timestamp_to_unix:
 * @str: (nullable): an RFC 3339 timestamp with an offset or "Z"
 *
 * Returns: seconds since the epoch, 0 if @str is not such a timestamp
 */
gint64
doorstep_timestamp_to_unix (const char *str)
{
  g_autoptr(GDateTime) at = doorstep_timestamp_parse (str);

  return at != NULL ? g_date_time_to_unix (at) : 0;
}

/**
 * doorstep_local_date_parse:
 * @str: (nullable): "YYYY-MM-DD"
 * @out: (out caller-allocates) (optional): where to put the date
 *
 * Returns: whether @str is exactly a valid calendar date
 */
gboolean
doorstep_local_date_parse (const char *str,
                           GDate      *out)
{
  guint year, month, day;

  if (str == NULL || strlen (str) != 10 || str[4] != '-' || str[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (str[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (str, NULL, 10);
  month = (guint) g_ascii_strtoull (str + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (str + 8, NULL, 10);

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (out != NULL)
    g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/**
 * doorstep_clock_time_parse:
 * @str: (nullable): "HH:MM", 00:00 to 24:00
 * @minutes: (out) (optional): minutes after midnight
 */
gboolean
doorstep_clock_time_parse (const char *str,
                           guint      *minutes)
{
  guint h, m;

  if (str == NULL || strlen (str) != 5 || str[2] != ':' ||
      !g_ascii_isdigit (str[0]) || !g_ascii_isdigit (str[1]) ||
      !g_ascii_isdigit (str[3]) || !g_ascii_isdigit (str[4]))
    return FALSE;

  h = (guint) ((str[0] - '0') * 10 + (str[1] - '0'));
  m = (guint) ((str[3] - '0') * 10 + (str[4] - '0'));

  if (m > 59 || h > 24 || (h == 24 && m != 0))
    return FALSE;

  if (minutes != NULL)
    *minutes = h * 60 + m;

  return TRUE;
}

char *
doorstep_clock_time_format (guint minutes)
{
  g_return_val_if_fail (minutes <= 24 * 60, NULL);
  return g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);
}

/**
 * doorstep_hours_is_open:
 * @spans: (array length=n_spans): the business's opening intervals
 * @n_spans: how many
 * @local_now: the moment to test, already in the business's time zone
 *
 * Returns: whether the business is open at @local_now; an interval includes
 *   its opening minute and excludes its closing one
 */
gboolean
doorstep_hours_is_open (const DoorstepHoursSpan *spans,
                        gsize                    n_spans,
                        GDateTime               *local_now)
{
  guint weekday;
  guint minute;

  g_return_val_if_fail (local_now != NULL, FALSE);

  weekday = (guint) g_date_time_get_day_of_week (local_now);
  minute = (guint) (g_date_time_get_hour (local_now) * 60 + g_date_time_get_minute (local_now));

  for (gsize i = 0; i < n_spans; i++)
    if (spans[i].weekday == weekday && minute >= spans[i].opens && minute < spans[i].closes)
      return TRUE;

  return FALSE;
}

/**
 * doorstep_hours_describe:
 * @local_now: the moment, in the business's time zone
 * @is_open: (out) (optional): whether the business is open then
 *
 * Returns: (transfer full): "Open now · closes 18:00", "Closed · opens
 *   tomorrow at 07:30", "Closed · opens Saturday at 09:00" or "Closed"
 */
char *
doorstep_hours_describe (const DoorstepHoursSpan *spans,
                         gsize                    n_spans,
                         GDateTime               *local_now,
                         gboolean                *is_open)
{
  guint weekday, minute;

  g_return_val_if_fail (local_now != NULL, NULL);

  weekday = (guint) g_date_time_get_day_of_week (local_now);
  minute = (guint) (g_date_time_get_hour (local_now) * 60 + g_date_time_get_minute (local_now));

  for (gsize i = 0; i < n_spans; i++)
    if (spans[i].weekday == weekday && minute >= spans[i].opens && minute < spans[i].closes)
      {
        g_autofree char *closes = doorstep_clock_time_format (spans[i].closes);

        if (is_open != NULL)
          *is_open = TRUE;
        /* Translators: %s is a time such as 18:00 */
        return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Open now · closes %s"), closes);
      }

  if (is_open != NULL)
    *is_open = FALSE;

  /* The next opening, looking up to a week ahead. */
  for (guint days = 0; days <= 7; days++)
    {
      guint day = (weekday - 1 + days) % 7 + 1;
      const DoorstepHoursSpan *next = NULL;

      for (gsize i = 0; i < n_spans; i++)
        if (spans[i].weekday == day && (days > 0 || spans[i].opens > minute) &&
            (next == NULL || spans[i].opens < next->opens))
          next = &spans[i];

      if (next != NULL)
        {
          g_autofree char *opens = doorstep_clock_time_format (next->opens);
          g_autoptr(GDateTime) then = g_date_time_add_days (local_now, (gint) days);
          g_autofree char *day_name = g_date_time_format (then, "%A");

          if (days == 0)
            /* Translators: %s is a time such as 07:30 */
            return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Closed · opens at %s"), opens);
          if (days == 1)
            return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Closed · opens tomorrow at %s"), opens);
          /* Translators: a weekday name, then a time such as 07:30 */
          return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Closed · opens %s at %s"), day_name, opens);
        }
    }

  return g_strdup (g_dgettext (GETTEXT_PACKAGE, "Closed"));
}

/**
 * doorstep_local_date_format:
 * @str: a day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the day for people to read,
 *   "2 Nov 2026" in the user's language, or %NULL when @str is no date
 */
char *
doorstep_local_date_format (const char *str)
{
  GDate date;

  if (str == NULL || !doorstep_local_date_parse (str, &date))
    return NULL;
  return doorstep_date_format (&date);
}

/**
 * doorstep_date_format:
 *
 * Returns: (transfer full): @date for people to read, "2 Nov 2026" in the
 *   user's language
 */
char *
doorstep_date_format (const GDate *date)
{
  char buffer[64];
  gsize length;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  length = g_date_strftime (buffer, sizeof buffer, "%e %b %Y", date);
  if (length == 0)
    return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                            g_date_get_day (date));
  return g_strdup (g_strchug (buffer));
}

/**
 * doorstep_date_time_format_day:
 *
 * Returns: (transfer full): the day of @moment where the user is, for
 *   people to read, "2 Nov 2026"
 */
char *
doorstep_date_time_format_day (GDateTime *moment)
{
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  g_return_val_if_fail (moment != NULL, NULL);

  local = g_date_time_to_local (moment);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));
  return doorstep_date_format (&date);
}

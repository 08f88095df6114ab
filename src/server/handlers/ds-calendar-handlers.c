/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "ds-calendar-feed-store.h"
#include "ds-calendar-handlers.h"
#include "ds-company-store.h"
#include "ds-ics.h"
#include "ds-visit-store.h"

/* The calendar feed a calendar app subscribes to without signing in: the
 * customer's view of its address (whether there is one, and making a new
 * one), and the feed itself, whose URL's token is the only key. */

#define FEED_PATH "/api/v1/calendar/"

DsReply *
ds_calendar_feed_get_handler (DsCall   *call,
                              gpointer  input,
                              GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *created_at = NULL;

  if (!ds_calendar_feed_store_get (ds_call_get_db (call), ds_call_get_customer_id (call), &created_at, error))
    return NULL;
  ds_json_writer_begin_object (builder);
  ds_json_add_boolean (builder, "active", created_at != NULL);
  ds_json_add_string (builder, "created_at", created_at);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

/* A new private feed URL; the old one, if any, answers 404 from now on.
 * The token is in this answer only. */
DsReply *
ds_calendar_feed_reset_handler (DsCall   *call,
                                gpointer  input,
                                GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *token = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *path = NULL;
  DsReply *reply;

  if ((token = ds_calendar_feed_store_reset (ds_call_get_db (call), ds_call_get_customer_id (call), &created_at,
                                             error)) == NULL)
    return NULL;
  path = g_strconcat (FEED_PATH, token, NULL);
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "path", path);
  ds_json_add_string (builder, "created_at", created_at);
  ds_json_writer_end_object (builder);
  reply = ds_reply_json (201, builder);
  ds_reply_set_header (reply, "Location", path);
  return reply;
}

/* When the feed last changed: its newest visit change, or its creation. */
static GDateTime *
feed_modified (GPtrArray  *visits,
               const char *created_at)
{
  gint64 newest = doorstep_timestamp_to_unix (created_at);

  for (guint i = 0; i < visits->len; i++)
    {
      const DsVisit *visit = g_ptr_array_index (visits, i);

      newest = MAX (newest, doorstep_timestamp_to_unix (visit->updated_at));
    }
  return g_date_time_new_from_unix_utc (newest);
}

/* GET without signing in: calendar apps cannot. Every token, well-formed
 * or not, is looked up alike, and every miss gets the same 404. */
DsReply *
ds_calendar_handler (DsCall   *call,
                     gpointer  input,
                     GError  **error)
{
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *customer_id = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *calendar_name = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *last_modified = NULL;
  DsDb *db = ds_call_get_db (call);
  DsIcsCalendar calendar = { 0 };
  DsReply *reply;
  char *text;

  if ((customer_id = ds_calendar_feed_store_require (db, ds_call_get_param (call, "token"), &created_at,
                                                     error)) == NULL ||
      (visits = ds_visit_store_list_for_feed (db, customer_id, now, error)) == NULL ||
      (company = ds_company_store_require (db, error)) == NULL)
    return NULL;

  /* In the business's time zone, where the visits happen. */
  calendar_name = g_strdup_printf ("%s visits", company->name);
  calendar.business_name = company->name;
  calendar.timezone = company->timezone;
  calendar.calendar_name = calendar_name;
  text = ds_ics_render (&calendar, visits);
  body = g_bytes_new_take (text, strlen (text));

  hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, body);
  etag = g_strdup_printf ("\"%.32s\"", hash);
  modified = feed_modified (visits, created_at);
  last_modified = soup_date_time_to_string (modified, SOUP_DATE_HTTP);
  if (ds_call_not_modified (call, etag, modified))
    reply = ds_reply_empty (304);
  else
    reply = ds_reply_bytes (200, "text/calendar; charset=utf-8", body);
  /* Calendar apps may keep it, as long as they ask again each time. */
  ds_reply_set_header (reply, "Cache-Control", "private, no-cache");
  ds_reply_set_header (reply, "ETag", etag);
  ds_reply_set_header (reply, "Last-Modified", last_modified);
  return reply;
}

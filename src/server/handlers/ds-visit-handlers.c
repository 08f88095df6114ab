/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-company-store.h"
#include "ds-ics.h"
#include "ds-visit-handlers.h"
#include "ds-visit-json.h"
#include "ds-visit-store.h"

/* One visit: its .ics, and the customer's requests to move or cancel it.
 * What the customer sends is checked for its shape here; whether the
 * visit may still change, and whether the times proposed are still to
 * come, is the visit store's to say, in the request's transaction. */

#define NOTE_MAX    1000
#define WINDOWS_MAX 3
#define TIME_MAX    64

/* The .ics */

DsReply *
ds_visits_ics_handler (DsCall   *call,
                       gpointer  input,
                       GError  **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_visit_free);
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *disposition = NULL;
  DsDb *db = ds_call_get_db (call);
  DsIcsCalendar calendar = { 0 };
  DsVisit *visit;
  DsReply *reply;
  char *text;

  if ((visit = ds_visit_store_require (db, ds_call_get_param (call, "id"), ds_call_get_customer_id (call),
                                       error)) == NULL)
    return NULL;
  g_ptr_array_add (visits, visit);
  if ((company = ds_company_store_require (db, error)) == NULL)
    return NULL;

  /* In the business's time zone, where the visit happens. */
  calendar.business_name = company->name;
  calendar.timezone = company->timezone;
  text = ds_ics_render (&calendar, visits);
  body = g_bytes_new_take (text, strlen (text));
  reply = ds_reply_bytes (200, "text/calendar; charset=utf-8", body);
  /* Ids are letters, digits and "_": the name needs no quoting, nor a
   * second, encoded form. */
  disposition = g_strdup_printf ("attachment; filename=\"%s.ics\"", visit->id);
  ds_reply_set_header (reply, "Content-Disposition", disposition);
  return reply;
}

/* What the customer sends */

typedef struct {
  GArray *windows;  /* of DsWindow; NULL for a cancellation */
  char   *note;     /* NULL when none was given */
} ChangeRequest;

static void
clear_window (gpointer data)
{
  DsWindow *window = data;

  g_free (window->starts_at);
  g_free (window->ends_at);
}

static void
change_request_free (gpointer data)
{
  ChangeRequest *request = data;

  g_clear_pointer (&request->windows, g_array_unref);
  g_free (request->note);
  g_free (request);
}

/* A time the customer sent, in UTC as stored; %NULL unless it is an
 * RFC 3339 date and time with its offset. */
static char *
read_time (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GDateTime) at = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      strlen (json_node_get_string (node)) > TIME_MAX ||
      (at = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL)) == NULL)
    return NULL;
  return doorstep_timestamp_format (at);
}

/* The windows of a reschedule request: one to three, each ending after it
 * starts. Field errors name the window ("windows[1]"). */
static GArray *
read_windows (JsonObject *body,
              GHashTable *errors)
{
  JsonNode *node = json_object_get_member (body, "windows");
  g_autoptr(GArray) windows = g_array_new (FALSE, TRUE, sizeof (DsWindow));
  JsonArray *array;

  g_array_set_clear_func (windows, clear_window);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      ds_field_errors_add (errors, "windows", "Propose at least one time that suits you.");
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) > WINDOWS_MAX)
    {
      ds_field_errors_add (errors, "windows", "Propose at most three times.");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *field = g_strdup_printf ("windows[%u]", i);
      DsWindow window = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          (window.starts_at = read_time (json_node_get_object (element), "starts_at")) == NULL ||
          (window.ends_at = read_time (json_node_get_object (element), "ends_at")) == NULL)
        {
          clear_window (&window);
          ds_field_errors_add (errors, field, "Give a start and an end, each a date and time.");
          continue;
        }
      if (doorstep_timestamp_to_unix (window.ends_at) <= doorstep_timestamp_to_unix (window.starts_at))
        ds_field_errors_add (errors, field, "The time must end after it starts.");
      g_array_append_val (windows, window);
    }
  return g_steal_pointer (&windows);
}

static char *
read_note (JsonObject *body,
           GHashTable *errors)
{
  const char *raw = ds_json_get_string (body, "note", errors);
  g_autofree char *note = raw != NULL ? g_strstrip (g_strdup (raw)) : NULL;

  if (note == NULL || *note == '\0')
    return NULL;
  if (!doorstep_validate_text (note, NOTE_MAX))
    ds_field_errors_add (errors, "note", "Keep the note under 1,000 characters.");
  return g_steal_pointer (&note);
}

static gpointer
read_reschedule (JsonObject *body,
                 GHashTable *errors)
{
  ChangeRequest *request = g_new0 (ChangeRequest, 1);

  request->windows = read_windows (body, errors);
  request->note = read_note (body, errors);
  return request;
}

const DsInput ds_reschedule_input = { read_reschedule, change_request_free };

static gpointer
read_cancel (JsonObject *body,
             GHashTable *errors)
{
  ChangeRequest *request = g_new0 (ChangeRequest, 1);

  request->note = read_note (body, errors);
  return request;
}

const DsInput ds_cancel_input = { read_cancel, change_request_free };

/* Asking to change a visit */

static DsReply *
request_change (DsCall         *call,
                DsVisitChange   change,
                ChangeRequest  *request,
                GError        **error)
{
  g_autoptr(DsVisit) after = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  const char *visit_id = ds_call_get_param (call, "id");
  const char *customer_id = ds_call_get_customer_id (call);
  GArray *windows = request->windows;
  DsDb *db = ds_call_get_db (call);
  DsVisitRules rules;

  if (!ds_visit_rules_load (db, ds_call_is_customer (call), &rules, error) ||
      !ds_visit_store_request_change (db, visit_id, customer_id, &rules, change,
                                      windows != NULL ? (const DsWindow *) windows->data : NULL,
                                      windows != NULL ? windows->len : 0,
                                      request->note, ds_call_get_identity (call)->user_id, error) ||
      (after = ds_visit_store_require (db, visit_id, customer_id, error)) == NULL)
    return NULL;
  ds_visit_json_write (builder, after, &rules);
  return ds_reply_json (200, builder);
}

DsReply *
ds_visits_reschedule_handler (DsCall   *call,
                              gpointer  input,
                              GError  **error)
{
  return request_change (call, DS_VISIT_CHANGE_RESCHEDULE, input, error);
}

DsReply *
ds_visits_cancel_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  return request_change (call, DS_VISIT_CHANGE_CANCEL, input, error);
}

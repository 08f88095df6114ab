/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-common.h"
#include "doorstep-jobs-api.h"

const DoorstepListEndpoint doorstep_jobs_api_list = {
  .path = "/jobs",
  .item_type = doorstep_visit_get_type,
  .filter_param = "status",
  .counts_path = "/jobs/counts",
};

const DoorstepListEndpoint doorstep_jobs_api_projects = {
  .path = "/projects",
  .item_type = doorstep_project_get_type,
  .filter_param = "status",
};

void
doorstep_jobs_api_get_project_async (DoorstepScope       *scope,
                                     const char          *project_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/projects/%s", project_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_PROJECT);
  doorstep_api_call_send (call, doorstep_jobs_api_get_project_async, cancellable, callback, user_data);
}

DoorstepProject *
doorstep_jobs_api_get_project_finish (DoorstepScope  *scope,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_get_project_async, error);
}

void
doorstep_jobs_api_get_async (DoorstepScope       *scope,
                             const char          *job_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/jobs/%s", job_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_JOB);
  doorstep_api_call_send (call, doorstep_jobs_api_get_async, cancellable, callback, user_data);
}

DoorstepJob *
doorstep_jobs_api_get_finish (DoorstepScope  *scope,
                              GAsyncResult   *result,
                              GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_get_async, error);
}

void
doorstep_jobs_api_get_ics_async (DoorstepScope       *scope,
                                 const char          *visit_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/visits/%s/ics", visit_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, doorstep_jobs_api_get_ics_async, cancellable, callback, user_data);
}

/**
 * doorstep_jobs_api_get_ics_finish:
 *
 * Returns: (transfer full): the iCalendar text of one visit
 */
GBytes *
doorstep_jobs_api_get_ics_finish (DoorstepScope  *scope,
                                  GAsyncResult   *result,
                                  GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_get_ics_async, error);
}

/**
 * doorstep_jobs_api_reschedule_async:
 * @starts: (array length=n_windows): the windows the customer proposes
 * @note: (nullable): anything the team should know
 * @idempotency_key: the same for a retry of the same request
 */
void
doorstep_jobs_api_reschedule_async (DoorstepScope       *scope,
                                    const char          *visit_id,
                                    GDateTime * const   *starts,
                                    GDateTime * const   *ends,
                                    guint                n_windows,
                                    const char          *note,
                                    const char          *idempotency_key,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  DoorstepApiCall *call;

  g_return_if_fail (idempotency_key != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "windows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_windows; i++)
    {
      g_autofree char *start = doorstep_timestamp_format (starts[i]);
      g_autofree char *end = doorstep_timestamp_format (ends[i]);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "starts_at");
      json_builder_add_string_value (builder, start);
      json_builder_set_member_name (builder, "ends_at");
      json_builder_add_string_value (builder, end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (note != NULL && *note != '\0')
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, note);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST", DOORSTEP_CALL_SIGNED_IN,
                                "/visits/%s/reschedule", visit_id);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_VISIT);
  doorstep_api_call_send (call, doorstep_jobs_api_reschedule_async, cancellable, callback, user_data);
}

DoorstepVisit *
doorstep_jobs_api_reschedule_finish (DoorstepScope  *scope,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_reschedule_async, error);
}

void
doorstep_jobs_api_cancel_async (DoorstepScope       *scope,
                                const char          *visit_id,
                                const char          *note,
                                const char          *idempotency_key,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = doorstep_api_body_new ("note", note != NULL && *note != '\0' ? note : NULL, NULL);
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST",
                                                 DOORSTEP_CALL_SIGNED_IN, "/visits/%s/cancel", visit_id);

  g_return_if_fail (idempotency_key != NULL);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_set_body (call, body);
  doorstep_api_call_set_idempotency_key (call, idempotency_key);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_VISIT);
  doorstep_api_call_send (call, doorstep_jobs_api_cancel_async, cancellable, callback, user_data);
}

DoorstepVisit *
doorstep_jobs_api_cancel_finish (DoorstepScope  *scope,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_cancel_async, error);
}

void
doorstep_jobs_api_get_feed_async (DoorstepScope       *scope,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/calendar-feed");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_CALENDAR_FEED);
  doorstep_api_call_send (call, doorstep_jobs_api_get_feed_async, cancellable, callback, user_data);
}

/**
 * doorstep_jobs_api_get_feed_finish:
 *
 * Returns: (transfer full): whether the customer has a feed, without its
 *   address
 */
DoorstepCalendarFeed *
doorstep_jobs_api_get_feed_finish (DoorstepScope  *scope,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_get_feed_async, error);
}

/* Makes a new feed address; the old one stops working at once. Not
 * retried on its own: a second reset would revoke the first's answer. */
void
doorstep_jobs_api_reset_feed_async (DoorstepScope       *scope,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "POST",
                                                 DOORSTEP_CALL_SIGNED_IN, "/calendar-feed");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_CALENDAR_FEED);
  doorstep_api_call_send (call, doorstep_jobs_api_reset_feed_async, cancellable, callback, user_data);
}

/**
 * doorstep_jobs_api_reset_feed_finish:
 *
 * Returns: (transfer full): the new feed, with its path
 */
DoorstepCalendarFeed *
doorstep_jobs_api_reset_feed_finish (DoorstepScope  *scope,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_jobs_api_reset_feed_async, error);
}

/* A technician's photo, as the server keeps it (PNG). */
void
doorstep_jobs_api_get_photo_async (DoorstepApiClient   *client,
                                   const char          *technician_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (client, "GET", DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/technicians/%s/photo", technician_id);

  doorstep_api_call_send (call, doorstep_jobs_api_get_photo_async, cancellable, callback, user_data);
}

GBytes *
doorstep_jobs_api_get_photo_finish (DoorstepApiClient  *client,
                                    GAsyncResult       *result,
                                    GError            **error)
{
  return doorstep_api_call_finish (client, result, doorstep_jobs_api_get_photo_async, error);
}

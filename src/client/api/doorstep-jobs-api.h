/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-calendar-feed.h"
#include "doorstep-job.h"
#include "doorstep-paged-list.h"
#include "doorstep-project.h"
#include "doorstep-scope.h"
#include "doorstep-visit.h"

G_BEGIN_DECLS

/* A customer's visits, upcoming or completed (DoorstepJobFilter names),
 * with counts; one job; a visit's calendar event; asking to reschedule or
 * cancel a visit; projects, open or all, and one with its stages; the
 * private calendar feed. */
extern const DoorstepListEndpoint doorstep_jobs_api_list;
extern const DoorstepListEndpoint doorstep_jobs_api_projects;

void             doorstep_jobs_api_get_project_async  (DoorstepScope       *scope,
                                                       const char          *project_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
DoorstepProject *doorstep_jobs_api_get_project_finish (DoorstepScope       *scope,
                                                       GAsyncResult        *result,
                                                       GError             **error);

void           doorstep_jobs_api_get_async         (DoorstepScope       *scope,
                                                    const char          *job_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
DoorstepJob   *doorstep_jobs_api_get_finish        (DoorstepScope       *scope,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void           doorstep_jobs_api_get_ics_async     (DoorstepScope       *scope,
                                                    const char          *visit_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GBytes        *doorstep_jobs_api_get_ics_finish    (DoorstepScope       *scope,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void           doorstep_jobs_api_reschedule_async  (DoorstepScope       *scope,
                                                    const char          *visit_id,
                                                    GDateTime * const   *starts,
                                                    GDateTime * const   *ends,
                                                    guint                n_windows,
                                                    const char          *note,
                                                    const char          *idempotency_key,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
DoorstepVisit *doorstep_jobs_api_reschedule_finish (DoorstepScope       *scope,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void           doorstep_jobs_api_cancel_async      (DoorstepScope       *scope,
                                                    const char          *visit_id,
                                                    const char          *note,
                                                    const char          *idempotency_key,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
DoorstepVisit *doorstep_jobs_api_cancel_finish     (DoorstepScope       *scope,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void                  doorstep_jobs_api_get_feed_async    (DoorstepScope       *scope,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
DoorstepCalendarFeed *doorstep_jobs_api_get_feed_finish   (DoorstepScope       *scope,
                                                           GAsyncResult        *result,
                                                           GError             **error);
void                  doorstep_jobs_api_reset_feed_async  (DoorstepScope       *scope,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
DoorstepCalendarFeed *doorstep_jobs_api_reset_feed_finish (DoorstepScope       *scope,
                                                           GAsyncResult        *result,
                                                           GError             **error);
void                  doorstep_jobs_api_get_photo_async   (DoorstepApiClient   *client,
                                                           const char          *technician_id,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
GBytes               *doorstep_jobs_api_get_photo_finish  (DoorstepApiClient   *client,
                                                           GAsyncResult        *result,
                                                           GError             **error);

G_END_DECLS

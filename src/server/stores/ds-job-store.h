/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* Jobs, their visits and the technicians on them, projects in stages, the
 * customer's requests to reschedule or cancel a visit, and calendar feeds.
 * Times are UTC instants as stored (RFC 3339); the business's time zone is
 * applied where they are shown or written into a calendar. */

typedef struct {
  char     *id;
  char     *display_name;
  gboolean  has_photo;
} DsTechnician;

typedef enum {
  DS_VISITS_UPCOMING,   /* not ended and not completed, soonest first */
  DS_VISITS_COMPLETED,  /* completed or past, newest first */
} DsVisitFilter;

/* A visit, with what its rows, its detail and its calendar event show. */
typedef struct {
  char      *id;
  char      *job_id;
  char      *job_title;
  char      *service_name;
  char      *property_id;
  char      *property_label;
  char      *property_address;
  char      *starts_at;
  char      *ends_at;
  /* scheduled, on_the_way, in_progress, completed or cancelled, or, while
   * the customer's request waits for staff, reschedule_requested or
   * cancellation_requested */
  char      *status;
  char      *notes;
  gint64     sequence;
  char      *updated_at;
  /* In a list: the first technician and how many there are; in a job's
   * detail and a calendar: all of them. */
  GPtrArray *technicians;  /* of DsTechnician */
  guint      technician_count;
} DsVisit;

typedef struct {
  char      *id;
  char      *title;
  char      *status;
  char      *service_name;
  char      *description;
  char      *business_notes;
  char      *work_performed;
  char      *equipment_notes;
  char      *property_id;
  char      *property_label;
  char      *property_address;
  char      *quote_id;
  char      *quote_number;
  char      *project_id;
  char      *project_title;
  char      *stage_title;
  char      *created_at;
  GPtrArray *visits;       /* of DsVisit, in time order */
} DsJob;

typedef struct {
  char      *id;
  char      *title;
  char      *status;       /* pending, in_progress, done */
  char      *starts_on;
  char      *ends_on;
  GPtrArray *jobs;         /* of DsJob, their visits in them; in a project's detail */
} DsStage;

typedef struct {
  char      *id;
  char      *title;
  char      *description;
  char      *status;       /* open, completed, cancelled */
  char      *property_id;
  char      *property_label;
  char      *quote_id;
  char      *quote_number;
  char      *created_at;
  guint      stage_count;
  guint      stages_done;
  GPtrArray *stages;       /* of DsStage, in order; in the detail only */
} DsProject;

/* What the customer asks of a visit. */
typedef struct {
  char *starts_at;
  char *ends_at;
} DsWindow;

gboolean   ds_job_store_next_visit      (DsDb                *db,
                                         const char          *customer_id,
                                         const char          *now,
                                         DsVisit            **visit,
                                         GError             **error);
DsPage    *ds_job_store_list_visits     (DsDb                *db,
                                         const char          *customer_id,
                                         DsVisitFilter        filter,
                                         const char          *now,
                                         const DsPageRequest *request,
                                         GError             **error);
gboolean   ds_job_store_count_visits    (DsDb                *db,
                                         const char          *customer_id,
                                         const char          *now,
                                         gint64              *upcoming,
                                         gint64              *completed,
                                         GError             **error);
gboolean   ds_job_store_get             (DsDb                *db,
                                         const char          *job_id,
                                         const char          *customer_id,
                                         DsJob              **job,
                                         GError             **error);
gboolean   ds_job_store_get_visit       (DsDb                *db,
                                         const char          *visit_id,
                                         const char          *customer_id,
                                         DsVisit            **visit,
                                         GError             **error);
gboolean   ds_job_store_request_change  (DsDb                *db,
                                         const char          *visit_id,
                                         const char          *kind,
                                         const DsWindow      *windows,
                                         guint                n_windows,
                                         const char          *note,
                                         const char          *user_id,
                                         GError             **error);
DsPage    *ds_job_store_list_projects   (DsDb                *db,
                                         const char          *customer_id,
                                         gboolean             open_only,
                                         const DsPageRequest *request,
                                         GError             **error);
gboolean   ds_job_store_get_project     (DsDb                *db,
                                         const char          *project_id,
                                         const char          *customer_id,
                                         DsProject          **project,
                                         GError             **error);

gboolean   ds_job_store_feed_exists     (DsDb                *db,
                                         const char          *customer_id,
                                         char               **created_at,
                                         GError             **error);
char      *ds_job_store_reset_feed      (DsDb                *db,
                                         const char          *customer_id,
                                         GError             **error);
gboolean   ds_job_store_find_feed       (DsDb                *db,
                                         const char          *token,
                                         char               **customer_id,
                                         GError             **error);
GPtrArray *ds_job_store_feed_visits     (DsDb                *db,
                                         const char          *customer_id,
                                         const char          *now,
                                         GError             **error);

void       ds_visit_free                (DsVisit             *visit);
void       ds_job_free                  (DsJob               *job);
void       ds_project_free              (DsProject           *project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsVisit, ds_visit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsJob, ds_job_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsProject, ds_project_free)

/* A job as something else links to it (a plan, a piece of equipment):
 * what it is and when its latest visit was. */
typedef struct {
  char *id;
  char *title;
  char *status;
  char *last_visit_at;   /* NULL without visits */
} DsJobLink;

GPtrArray *ds_job_store_list_links (DsDb        *db,
                                    const char  *from_where,
                                    const char  *param,
                                    GError     **error);

G_END_DECLS

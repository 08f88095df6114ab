/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* The orders a page of the visits may be asked in (sort=NAME, or -NAME). */
extern const DsListSorts ds_visit_list_sorts;

/* Visits, the technicians on them, and the customer's requests to
 * reschedule or cancel one, with the rules of when they may. Times are UTC
 * instants as stored (RFC 3339); the business's time zone is applied where
 * they are shown or written into a calendar. */

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

/* A time the customer proposes for a visit. */
typedef struct {
  char *starts_at;
  char *ends_at;
} DsWindow;

/* What decides whether the customer may still ask to change a visit. */
typedef struct {
  gint64   now;            /* seconds since the epoch */
  guint    notice_hours;   /* the business's notice period */
  gboolean customer;       /* the customer themself, not staff previewing */
  char     timezone[64];   /* the business's, where visits happen */
} DsVisitRules;

typedef enum {
  DS_VISIT_CHANGE_RESCHEDULE,
  DS_VISIT_CHANGE_CANCEL,
} DsVisitChange;

gboolean   ds_visit_store_next            (DsDb                *db,
                                           const char          *customer_id,
                                           const char          *now,
                                           DsVisit            **visit,
                                           GError             **error);
DsPage    *ds_visit_store_list            (DsDb                *db,
                                           const char          *customer_id,
                                           DsVisitFilter        filter,
                                           const char          *now,
                                           const DsPageRequest *request,
                                           GError             **error);
gboolean   ds_visit_store_count           (DsDb                *db,
                                           const char          *customer_id,
                                           const char          *now,
                                           gint64              *upcoming,
                                           gint64              *completed,
                                           GError             **error);
gboolean   ds_visit_store_get             (DsDb                *db,
                                           const char          *visit_id,
                                           const char          *customer_id,
                                           DsVisit            **visit,
                                           GError             **error);
DsVisit   *ds_visit_store_require         (DsDb                *db,
                                           const char          *visit_id,
                                           const char          *customer_id,
                                           GError             **error);
GPtrArray *ds_visit_store_list_for_job    (DsDb                *db,
                                           const char          *job_id,
                                           GError             **error);
GPtrArray *ds_visit_store_list_for_feed   (DsDb                *db,
                                           const char          *customer_id,
                                           const char          *now,
                                           GError             **error);
gboolean   ds_visit_store_request_change  (DsDb                *db,
                                           const char          *visit_id,
                                           const char          *customer_id,
                                           const DsVisitRules  *rules,
                                           DsVisitChange        change,
                                           const DsWindow      *windows,
                                           guint                n_windows,
                                           const char          *note,
                                           const char          *user_id,
                                           GError             **error);

gboolean   ds_visit_rules_load            (DsDb                *db,
                                           gboolean             customer,
                                           DsVisitRules        *rules,
                                           GError             **error);
void       ds_visit_rules_init            (DsVisitRules        *rules,
                                           const DsCompany     *company,
                                           gboolean             customer);
gint64     ds_visit_change_deadline       (const DsVisit       *visit,
                                           const DsVisitRules  *rules);
gboolean   ds_visit_can_change            (const DsVisit       *visit,
                                           const DsVisitRules  *rules);
gboolean   ds_visit_check_changeable      (const DsVisit       *visit,
                                           const DsVisitRules  *rules,
                                           const char          *phone,
                                           GError             **error);

void       ds_visit_free                  (DsVisit             *visit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsVisit, ds_visit_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-visit-store.h"

G_BEGIN_DECLS

/* Jobs: the work done and to come, each with its visits; and a job as a
 * plan or a piece of equipment links to it. */

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

/* A job as something else links to it (a plan, a piece of equipment):
 * what it is and when its latest visit was. */
typedef struct {
  char *id;
  char *title;
  char *status;
  char *last_visit_at;   /* NULL without visits */
} DsJobLink;

gboolean   ds_job_store_get                  (DsDb        *db,
                                              const char  *job_id,
                                              const char  *customer_id,
                                              DsJob      **job,
                                              GError     **error);
DsJob     *ds_job_store_require              (DsDb        *db,
                                              const char  *job_id,
                                              const char  *customer_id,
                                              GError     **error);
GPtrArray *ds_job_store_list_for_stage       (DsDb        *db,
                                              const char  *stage_id,
                                              GError     **error);
GPtrArray *ds_job_store_list_plan_links      (DsDb        *db,
                                              const char  *plan_id,
                                              GError     **error);
GPtrArray *ds_job_store_list_equipment_links (DsDb        *db,
                                              const char  *equipment_id,
                                              GError     **error);

void       ds_job_free                       (DsJob       *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsJob, ds_job_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* A visit of a job, as the dashboard's "Next visit" shows it. */
typedef struct {
  char *id;
  char *job_id;
  char *title;
  char *starts_at;
  char *ends_at;
  char *technician_name;
  char *property_id;
} DsVisit;

gboolean ds_job_store_next_visit (DsDb        *db,
                                  const char  *customer_id,
                                  const char  *now,
                                  DsVisit    **visit,
                                  GError     **error);
void     ds_visit_free           (DsVisit     *visit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsVisit, ds_visit_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-context.h"
#include "ds-job-store.h"
#include "ds-json-writer.h"

G_BEGIN_DECLS

/* What decides whether the customer may still ask to change a visit. */
typedef struct {
  gint64   now;            /* seconds since the epoch */
  guint    notice_hours;   /* the business's notice period */
  gboolean customer;       /* the customer themself, not staff previewing */
  char     timezone[64];   /* the business's, where visits happen */
} DsVisitRules;

void     ds_visit_rules_init (DsVisitRules       *rules,
                              DsContext          *ctx,
                              const DsCompany    *company);
gboolean ds_visit_rules_load (DsContext          *ctx,
                              DsVisitRules       *rules);
void     ds_write_visit      (DsJsonWriter       *builder,
                              const DsVisit      *visit,
                              const DsVisitRules *rules);

void ds_jobs_list_handler          (DsContext *ctx);
void ds_jobs_counts_handler        (DsContext *ctx);
void ds_jobs_get_handler           (DsContext *ctx);
void ds_visits_ics_handler         (DsContext *ctx);
void ds_visits_reschedule_handler  (DsContext *ctx);
void ds_visits_cancel_handler      (DsContext *ctx);
void ds_projects_list_handler      (DsContext *ctx);
void ds_projects_get_handler       (DsContext *ctx);
void ds_calendar_feed_get_handler  (DsContext *ctx);
void ds_calendar_feed_reset_handler (DsContext *ctx);
void ds_calendar_handler           (DsContext *ctx);
void ds_technician_photo_handler   (DsContext *ctx);

G_END_DECLS

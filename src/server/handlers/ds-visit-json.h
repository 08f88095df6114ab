/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-job-store.h"
#include "ds-json-writer.h"
#include "ds-visit-store.h"

G_BEGIN_DECLS

/* A visit, and a job with its visits, as every answer that shows one
 * writes it: the jobs list and a job, a project's stages, a reschedule or
 * cancel request's answer, the dashboard's next visit. Here rather than in
 * one resource's handlers, so that none of them includes another's. */

void ds_visit_json_write (DsJsonWriter       *builder,
                          const DsVisit      *visit,
                          const DsVisitRules *rules);
void ds_job_json_write   (DsJsonWriter       *builder,
                          const DsJob        *job,
                          const DsVisitRules *rules);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-job.h"

G_BEGIN_DECLS

/* One job, pushed over the Jobs list: a DoorstepSection the list page
 * loads with its scope; show() picks the job. */

#define DOORSTEP_TYPE_JOB_PAGE (doorstep_job_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepJobPage, doorstep_job_page, DOORSTEP, JOB_PAGE, DoorstepDetailPage)

void         doorstep_job_page_show    (DoorstepJobPage *self,
                                        const char      *job_id);
DoorstepJob *doorstep_job_page_get_job (DoorstepJobPage *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* The customer's visits, upcoming and completed, with counts; a visit
 * opens its job over the list. */

#define DOORSTEP_TYPE_JOBS_PAGE (doorstep_jobs_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepJobsPage, doorstep_jobs_page, DOORSTEP, JOBS_PAGE, DoorstepListPage)

void doorstep_jobs_page_open_job (DoorstepJobsPage *self,
                                  const char       *job_id);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"
#include "doorstep-project-page.h"
#include "doorstep-projects-strip.h"

G_BEGIN_DECLS

/* The customer's visits, upcoming and completed, with counts, under
 * their open projects; a visit opens its job, a project its stages. */

#define DOORSTEP_TYPE_JOBS_PAGE (doorstep_jobs_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepJobsPage, doorstep_jobs_page, DOORSTEP, JOBS_PAGE, DoorstepListPage)

void                   doorstep_jobs_page_open_job           (DoorstepJobsPage *self,
                                                              const char       *job_id);
void                   doorstep_jobs_page_open_project       (DoorstepJobsPage *self,
                                                              const char       *project_id);
DoorstepProjectPage   *doorstep_jobs_page_get_project_page   (DoorstepJobsPage *self);
DoorstepProjectsStrip *doorstep_jobs_page_get_projects_strip (DoorstepJobsPage *self);

G_END_DECLS

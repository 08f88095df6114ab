/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-project.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PROJECT_PAGE (doorstep_project_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepProjectPage, doorstep_project_page, DOORSTEP, PROJECT_PAGE, DoorstepDetailPage)

void             doorstep_project_page_show        (DoorstepProjectPage *self,
                                                    const char          *project_id);
DoorstepProject *doorstep_project_page_get_project (DoorstepProjectPage *self);

G_END_DECLS

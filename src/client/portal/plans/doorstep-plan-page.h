/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-plan.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PLAN_PAGE (doorstep_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPlanPage, doorstep_plan_page, DOORSTEP, PLAN_PAGE, DoorstepDetailPage)

void          doorstep_plan_page_show     (DoorstepPlanPage *self,
                                           const char       *plan_id);
DoorstepPlan *doorstep_plan_page_get_plan (DoorstepPlanPage *self);

G_END_DECLS

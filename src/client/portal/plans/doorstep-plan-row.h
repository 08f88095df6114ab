/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-plan.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PLAN_ROW (doorstep_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPlanRow, doorstep_plan_row, DOORSTEP, PLAN_ROW, GtkBox)

void doorstep_plan_row_set_plan (DoorstepPlanRow *self,
                                 DoorstepPlan    *plan);

G_END_DECLS

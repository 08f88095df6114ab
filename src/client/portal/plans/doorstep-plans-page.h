/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-equipment-page.h"
#include "doorstep-equipment-strip.h"
#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* The customer's warranties and service plans, active first, with their
 * equipment above; a plan or an item opens over the list. */

#define DOORSTEP_TYPE_PLANS_PAGE (doorstep_plans_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPlansPage, doorstep_plans_page, DOORSTEP, PLANS_PAGE, DoorstepListPage)

void                    doorstep_plans_page_open_plan           (DoorstepPlansPage *self,
                                                                 const char        *plan_id);
void                    doorstep_plans_page_open_equipment      (DoorstepPlansPage *self,
                                                                 const char        *equipment_id);
DoorstepEquipmentStrip *doorstep_plans_page_get_equipment_strip (DoorstepPlansPage *self);
DoorstepEquipmentPage  *doorstep_plans_page_get_equipment_page  (DoorstepPlansPage *self);

G_END_DECLS

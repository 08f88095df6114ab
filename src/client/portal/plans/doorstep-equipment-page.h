/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-detail-page.h"
#include "doorstep-equipment.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_EQUIPMENT_PAGE (doorstep_equipment_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepEquipmentPage, doorstep_equipment_page, DOORSTEP, EQUIPMENT_PAGE, DoorstepDetailPage)

void               doorstep_equipment_page_show          (DoorstepEquipmentPage *self,
                                                          const char            *equipment_id);
DoorstepEquipment *doorstep_equipment_page_get_equipment (DoorstepEquipmentPage *self);

G_END_DECLS

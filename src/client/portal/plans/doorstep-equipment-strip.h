/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-strip.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_EQUIPMENT_STRIP (doorstep_equipment_strip_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepEquipmentStrip, doorstep_equipment_strip, DOORSTEP, EQUIPMENT_STRIP, DoorstepStrip)

GListModel *doorstep_equipment_strip_get_equipment (DoorstepEquipmentStrip *self);

G_END_DECLS

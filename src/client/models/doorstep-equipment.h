/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-plan.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* A plan covering a piece of equipment. */
#define DOORSTEP_TYPE_EQUIPMENT_PLAN (doorstep_equipment_plan_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepEquipmentPlan, doorstep_equipment_plan, DOORSTEP, EQUIPMENT_PLAN, DoorstepRecord)

const char *doorstep_equipment_plan_get_id   (DoorstepEquipmentPlan *self);
const char *doorstep_equipment_plan_get_name (DoorstepEquipmentPlan *self);
GDate      *doorstep_equipment_plan_get_ends_on (DoorstepEquipmentPlan *self);

/* An appliance or system at a property: what it is, where, the warranty
 * covering it, its maintenance (when due, and whether that is soon or
 * past); read on its own, the jobs that touched it (as DoorstepPlanJob)
 * and the plans covering it. */
typedef enum {
  DOORSTEP_MAINTENANCE_NONE,      /* no service interval */
  DOORSTEP_MAINTENANCE_OK,
  DOORSTEP_MAINTENANCE_DUE_SOON,
  DOORSTEP_MAINTENANCE_OVERDUE,
} DoorstepMaintenanceState;

#define DOORSTEP_TYPE_EQUIPMENT (doorstep_equipment_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepEquipment, doorstep_equipment, DOORSTEP, EQUIPMENT, DoorstepRecord)

const char              *doorstep_equipment_get_id              (DoorstepEquipment *self);
const char              *doorstep_equipment_get_type_name       (DoorstepEquipment *self);
const char              *doorstep_equipment_get_serial_number   (DoorstepEquipment *self);
GDate                   *doorstep_equipment_get_installed_on    (DoorstepEquipment *self);
const char              *doorstep_equipment_get_property_id     (DoorstepEquipment *self);
const char              *doorstep_equipment_get_property_label  (DoorstepEquipment *self);
const char              *doorstep_equipment_get_warranty_id     (DoorstepEquipment *self);
const char              *doorstep_equipment_get_warranty_name   (DoorstepEquipment *self);
GDate                   *doorstep_equipment_get_warranty_ends_on (DoorstepEquipment *self);
gint64                   doorstep_equipment_get_interval_months (DoorstepEquipment *self);
GDateTime               *doorstep_equipment_get_last_serviced_at (DoorstepEquipment *self);
GDate                   *doorstep_equipment_get_next_due_on     (DoorstepEquipment *self);
DoorstepMaintenanceState doorstep_equipment_get_maintenance     (DoorstepEquipment *self);
GListModel              *doorstep_equipment_get_jobs            (DoorstepEquipment *self);
GListModel              *doorstep_equipment_get_plans           (DoorstepEquipment *self);
char                    *doorstep_equipment_dup_details         (DoorstepEquipment *self);
char                    *doorstep_equipment_dup_due_label       (DoorstepEquipment *self);
const char              *doorstep_equipment_get_due_style       (DoorstepEquipment *self);

char                    *doorstep_due_label_for_days            (gint64             days);
char                    *doorstep_equipment_describe            (const char        *make,
                                                                 const char        *model,
                                                                 const char        *location);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A job done or booked under a plan. */
#define DOORSTEP_TYPE_PLAN_JOB (doorstep_plan_job_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPlanJob, doorstep_plan_job, DOORSTEP, PLAN_JOB, DoorstepRecord)

const char *doorstep_plan_job_get_id            (DoorstepPlanJob *self);
const char *doorstep_plan_job_get_title         (DoorstepPlanJob *self);
const char *doorstep_plan_job_get_status        (DoorstepPlanJob *self);
GDateTime  *doorstep_plan_job_get_last_visit_at (DoorstepPlanJob *self);

/* A piece of equipment a plan covers. */
#define DOORSTEP_TYPE_PLAN_EQUIPMENT (doorstep_plan_equipment_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPlanEquipment, doorstep_plan_equipment, DOORSTEP, PLAN_EQUIPMENT, DoorstepRecord)

const char *doorstep_plan_equipment_get_type_name (DoorstepPlanEquipment *self);
char       *doorstep_plan_equipment_dup_details   (DoorstepPlanEquipment *self);

/* A warranty or a service plan: what it is, for which property, how long
 * it runs (and is left), its price; read on its own, its terms, this plan
 * year's visits, the jobs under it and the equipment it covers. */
typedef enum {
  DOORSTEP_PLAN_ACTIVE,
  DOORSTEP_PLAN_EXPIRED,
  DOORSTEP_PLAN_CANCELLED,
} DoorstepPlanStatus;

#define DOORSTEP_TYPE_PLAN (doorstep_plan_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPlan, doorstep_plan, DOORSTEP, PLAN, DoorstepRecord)

const char         *doorstep_plan_get_id               (DoorstepPlan *self);
gboolean            doorstep_plan_get_is_warranty      (DoorstepPlan *self);
const char         *doorstep_plan_get_name             (DoorstepPlan *self);
const char         *doorstep_plan_get_property_id      (DoorstepPlan *self);
const char         *doorstep_plan_get_property_label   (DoorstepPlan *self);
DoorstepPlanStatus  doorstep_plan_get_status           (DoorstepPlan *self);
GDate              *doorstep_plan_get_starts_on        (DoorstepPlan *self);
GDate              *doorstep_plan_get_ends_on          (DoorstepPlan *self);
GDate              *doorstep_plan_get_renews_on        (DoorstepPlan *self);
gint64              doorstep_plan_get_days_left        (DoorstepPlan *self);
const char         *doorstep_plan_get_summary          (DoorstepPlan *self);
const char         *doorstep_plan_get_covered          (DoorstepPlan *self);
const char         *doorstep_plan_get_not_covered      (DoorstepPlan *self);
gint64              doorstep_plan_get_visits_included  (DoorstepPlan *self);
gint64              doorstep_plan_get_visits_used      (DoorstepPlan *self);
GDate              *doorstep_plan_get_next_visit_due   (DoorstepPlan *self);
GListModel         *doorstep_plan_get_jobs             (DoorstepPlan *self);
GListModel         *doorstep_plan_get_equipment        (DoorstepPlan *self);
char               *doorstep_plan_dup_kind_label       (DoorstepPlan *self);
char               *doorstep_plan_dup_status_label     (DoorstepPlan *self);
char               *doorstep_plan_dup_time_left        (DoorstepPlan *self);
char               *doorstep_plan_dup_price            (DoorstepPlan *self);
const char         *doorstep_plan_get_status_style     (DoorstepPlan *self);

G_END_DECLS

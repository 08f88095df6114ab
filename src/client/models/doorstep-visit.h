/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"
#include "doorstep-technician.h"

G_BEGIN_DECLS

/* One visit of a job: when the business comes (an arrival window, shown
 * in the business's time zone), what for, where, who, and whether the
 * customer may still ask to move or cancel it. */
#define DOORSTEP_TYPE_VISIT (doorstep_visit_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepVisit, doorstep_visit, DOORSTEP, VISIT, DoorstepRecord)

const char          *doorstep_visit_get_id                (DoorstepVisit *self);
const char          *doorstep_visit_get_job_id            (DoorstepVisit *self);
const char          *doorstep_visit_get_title             (DoorstepVisit *self);
const char          *doorstep_visit_get_service_name      (DoorstepVisit *self);
const char          *doorstep_visit_get_property_label    (DoorstepVisit *self);
const char          *doorstep_visit_get_property_address  (DoorstepVisit *self);
GDateTime           *doorstep_visit_get_starts_at         (DoorstepVisit *self);
GDateTime           *doorstep_visit_get_ends_at           (DoorstepVisit *self);
DoorstepVisitStatus  doorstep_visit_get_status            (DoorstepVisit *self);
const char          *doorstep_visit_get_notes             (DoorstepVisit *self);
GListModel          *doorstep_visit_get_technicians       (DoorstepVisit *self);
guint                doorstep_visit_get_technician_count  (DoorstepVisit *self);
const char          *doorstep_visit_get_technician_name   (DoorstepVisit *self);
gboolean             doorstep_visit_get_can_change        (DoorstepVisit *self);
GDateTime           *doorstep_visit_get_change_deadline   (DoorstepVisit *self);
GTimeZone           *doorstep_visit_get_time_zone         (DoorstepVisit *self);
char                *doorstep_visit_dup_window            (DoorstepVisit *self);

G_END_DECLS

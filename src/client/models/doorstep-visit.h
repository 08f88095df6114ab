/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* One visit of a job: when the business comes, and who. */
#define DOORSTEP_TYPE_VISIT (doorstep_visit_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepVisit, doorstep_visit, DOORSTEP, VISIT, DoorstepRecord)

const char *doorstep_visit_get_title           (DoorstepVisit *self);
const char *doorstep_visit_get_technician_name (DoorstepVisit *self);
GDateTime  *doorstep_visit_get_starts_at       (DoorstepVisit *self);
GDateTime  *doorstep_visit_get_ends_at         (DoorstepVisit *self);

G_END_DECLS

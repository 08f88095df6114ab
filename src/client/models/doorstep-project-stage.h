/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* One stage of a project: what it is, how far along, when, and the jobs
 * (with their visits) done or booked for it. */
#define DOORSTEP_TYPE_PROJECT_STAGE (doorstep_project_stage_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepProjectStage, doorstep_project_stage, DOORSTEP, PROJECT_STAGE, DoorstepRecord)

const char          *doorstep_project_stage_get_id        (DoorstepProjectStage *self);
const char          *doorstep_project_stage_get_title     (DoorstepProjectStage *self);
DoorstepStageStatus  doorstep_project_stage_get_status    (DoorstepProjectStage *self);
GDate               *doorstep_project_stage_get_starts_on (DoorstepProjectStage *self);
GDate               *doorstep_project_stage_get_ends_on   (DoorstepProjectStage *self);
GListModel          *doorstep_project_stage_get_jobs      (DoorstepProjectStage *self);

G_END_DECLS

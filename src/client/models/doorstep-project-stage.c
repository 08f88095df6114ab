/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-enum-types.h"
#include "doorstep-job.h"
#include "doorstep-project-stage.h"

struct _DoorstepProjectStage {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *title;
  int             status;
  GDate          *starts_on;
  GDate          *ends_on;
  GListModel     *jobs;          /* of DoorstepJob */
};

G_DEFINE_FINAL_TYPE (DoorstepProjectStage, doorstep_project_stage, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepProjectStage, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProjectStage, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProjectStage, status, ENUM, "status", REQUIRED, doorstep_stage_status_get_type),
  DOORSTEP_FIELD (DoorstepProjectStage, starts_on, DATE, "starts_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProjectStage, ends_on, DATE, "ends_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProjectStage, jobs, LIST, "jobs", REQUIRED, doorstep_job_get_type),
};

static void
doorstep_project_stage_class_init (DoorstepProjectStageClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "project stage", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_project_stage_init (DoorstepProjectStage *self)
{
}

const char *doorstep_project_stage_get_id (DoorstepProjectStage *self) { return self->id; }
const char *doorstep_project_stage_get_title (DoorstepProjectStage *self) { return self->title; }
DoorstepStageStatus doorstep_project_stage_get_status (DoorstepProjectStage *self) { return self->status; }
GDate *doorstep_project_stage_get_starts_on (DoorstepProjectStage *self) { return self->starts_on; }
GDate *doorstep_project_stage_get_ends_on (DoorstepProjectStage *self) { return self->ends_on; }
GListModel *doorstep_project_stage_get_jobs (DoorstepProjectStage *self) { return self->jobs; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-job.h"

struct _DoorstepJob {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *title;
  char           *service_name;
  char           *description;
  char           *business_notes;
  char           *work_performed;
  char           *equipment_notes;
  char           *property_label;
  char           *property_address;
  char           *quote_id;
  char           *quote_number;
  char           *project_id;
  char           *project_title;
  char           *stage_title;
  GListModel     *visits;           /* of DoorstepVisit, in time order */
};

G_DEFINE_FINAL_TYPE (DoorstepJob, doorstep_job, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepJob, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepJob, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepJob, service_name, STRING, "service_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, description, STRING, "description", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, business_notes, STRING, "business_notes", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, work_performed, STRING, "work_performed", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, equipment_notes, STRING, "equipment_notes", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, property_address, STRING, "property_address", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, quote_id, STRING, "quote.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, quote_number, STRING, "quote.number", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, project_id, STRING, "project.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, project_title, STRING, "project.title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, stage_title, STRING, "project.stage_title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepJob, visits, LIST, "visits", REQUIRED, doorstep_visit_get_type),
};

static void
doorstep_job_class_init (DoorstepJobClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "job", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_job_init (DoorstepJob *self)
{
}

const char *doorstep_job_get_id (DoorstepJob *self) { return self->id; }
const char *doorstep_job_get_title (DoorstepJob *self) { return self->title; }
const char *doorstep_job_get_service_name (DoorstepJob *self) { return self->service_name; }
const char *doorstep_job_get_description (DoorstepJob *self) { return self->description; }
const char *doorstep_job_get_business_notes (DoorstepJob *self) { return self->business_notes; }
const char *doorstep_job_get_work_performed (DoorstepJob *self) { return self->work_performed; }
const char *doorstep_job_get_equipment_notes (DoorstepJob *self) { return self->equipment_notes; }
const char *doorstep_job_get_property_label (DoorstepJob *self) { return self->property_label; }
const char *doorstep_job_get_property_address (DoorstepJob *self) { return self->property_address; }
const char *doorstep_job_get_quote_id (DoorstepJob *self) { return self->quote_id; }
const char *doorstep_job_get_quote_number (DoorstepJob *self) { return self->quote_number; }
const char *doorstep_job_get_project_id (DoorstepJob *self) { return self->project_id; }
const char *doorstep_job_get_project_title (DoorstepJob *self) { return self->project_title; }
const char *doorstep_job_get_stage_title (DoorstepJob *self) { return self->stage_title; }
GListModel *doorstep_job_get_visits (DoorstepJob *self) { return self->visits; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-visit.h"

struct _DoorstepVisit {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *job_id;
  char           *title;
  GDateTime      *starts_at;
  GDateTime      *ends_at;
  char           *technician_name;
  char           *property_id;
};

G_DEFINE_FINAL_TYPE (DoorstepVisit, doorstep_visit, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepVisit, id, STRING, "id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, job_id, STRING, "job_id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, title, STRING, "title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, starts_at, TIMESTAMP, "starts_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, ends_at, TIMESTAMP, "ends_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, technician_name, STRING, "technician_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, property_id, STRING, "property_id", OPTIONAL, NULL),
};

static void
doorstep_visit_class_init (DoorstepVisitClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "visit", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_visit_init (DoorstepVisit *self)
{
}

const char *doorstep_visit_get_title (DoorstepVisit *self) { return self->title; }
const char *doorstep_visit_get_technician_name (DoorstepVisit *self) { return self->technician_name; }
GDateTime *doorstep_visit_get_starts_at (DoorstepVisit *self) { return self->starts_at; }
GDateTime *doorstep_visit_get_ends_at (DoorstepVisit *self) { return self->ends_at; }

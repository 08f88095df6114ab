/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"
#include "doorstep-visit.h"

G_BEGIN_DECLS

/* A job in full: what was asked and done, its visits, and the quote and
 * project stage it belongs to. */
#define DOORSTEP_TYPE_JOB (doorstep_job_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepJob, doorstep_job, DOORSTEP, JOB, DoorstepRecord)

const char *doorstep_job_get_id               (DoorstepJob *self);
const char *doorstep_job_get_title            (DoorstepJob *self);
const char *doorstep_job_get_service_name     (DoorstepJob *self);
const char *doorstep_job_get_description      (DoorstepJob *self);
const char *doorstep_job_get_business_notes   (DoorstepJob *self);
const char *doorstep_job_get_work_performed   (DoorstepJob *self);
const char *doorstep_job_get_equipment_notes  (DoorstepJob *self);
const char *doorstep_job_get_property_label   (DoorstepJob *self);
const char *doorstep_job_get_property_address (DoorstepJob *self);
const char *doorstep_job_get_quote_id         (DoorstepJob *self);
const char *doorstep_job_get_quote_number     (DoorstepJob *self);
const char *doorstep_job_get_project_id       (DoorstepJob *self);
const char *doorstep_job_get_project_title    (DoorstepJob *self);
const char *doorstep_job_get_stage_title      (DoorstepJob *self);
GListModel *doorstep_job_get_visits           (DoorstepJob *self);

G_END_DECLS

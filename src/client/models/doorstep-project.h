/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-project-stage.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* A larger job in stages: how far along it is, where, the quote it came
 * from, and (when read on its own) its stages. */
#define DOORSTEP_TYPE_PROJECT (doorstep_project_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepProject, doorstep_project, DOORSTEP, PROJECT, DoorstepRecord)

const char            *doorstep_project_get_id             (DoorstepProject *self);
const char            *doorstep_project_get_title          (DoorstepProject *self);
const char            *doorstep_project_get_description    (DoorstepProject *self);
DoorstepProjectStatus  doorstep_project_get_status         (DoorstepProject *self);
const char            *doorstep_project_get_property_label (DoorstepProject *self);
const char            *doorstep_project_get_quote_id       (DoorstepProject *self);
const char            *doorstep_project_get_quote_number   (DoorstepProject *self);
guint                  doorstep_project_get_stage_count    (DoorstepProject *self);
guint                  doorstep_project_get_stages_done    (DoorstepProject *self);
GListModel            *doorstep_project_get_stages         (DoorstepProject *self);
char                  *doorstep_project_dup_progress_text  (DoorstepProject *self);

G_END_DECLS

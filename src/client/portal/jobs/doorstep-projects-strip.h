/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-strip.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PROJECTS_STRIP (doorstep_projects_strip_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepProjectsStrip, doorstep_projects_strip, DOORSTEP, PROJECTS_STRIP, DoorstepStrip)

GListModel *doorstep_projects_strip_get_projects (DoorstepProjectsStrip *self);

G_END_DECLS

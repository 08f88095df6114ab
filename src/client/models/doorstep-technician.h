/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* Who comes on a visit: a name, and a photo or, without one, initials. */
#define DOORSTEP_TYPE_TECHNICIAN (doorstep_technician_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepTechnician, doorstep_technician, DOORSTEP, TECHNICIAN, DoorstepRecord)

const char *doorstep_technician_get_id           (DoorstepTechnician *self);
const char *doorstep_technician_get_display_name (DoorstepTechnician *self);
const char *doorstep_technician_get_photo_url    (DoorstepTechnician *self);

G_END_DECLS

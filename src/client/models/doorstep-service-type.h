/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A service the business offers, for the request form. */
#define DOORSTEP_TYPE_SERVICE_TYPE (doorstep_service_type_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepServiceType, doorstep_service_type, DOORSTEP, SERVICE_TYPE, DoorstepRecord)

const char *doorstep_service_type_get_id   (DoorstepServiceType *self);
const char *doorstep_service_type_get_name (DoorstepServiceType *self);

G_END_DECLS

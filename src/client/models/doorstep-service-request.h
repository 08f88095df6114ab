/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* A customer's request for a job or a quote. */
#define DOORSTEP_TYPE_SERVICE_REQUEST (doorstep_service_request_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepServiceRequest, doorstep_service_request, DOORSTEP, SERVICE_REQUEST, DoorstepRecord)

const char            *doorstep_service_request_get_id             (DoorstepServiceRequest *self);
DoorstepRequestKind    doorstep_service_request_get_kind           (DoorstepServiceRequest *self);
const char            *doorstep_service_request_get_service_name   (DoorstepServiceRequest *self);
const char            *doorstep_service_request_get_property_label (DoorstepServiceRequest *self);
const char            *doorstep_service_request_get_description    (DoorstepServiceRequest *self);
DoorstepRequestStatus  doorstep_service_request_get_status         (DoorstepServiceRequest *self);

G_END_DECLS

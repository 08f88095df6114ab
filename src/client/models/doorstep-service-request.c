/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-enum-types.h"
#include "doorstep-service-request.h"

struct _DoorstepServiceRequest {
  DoorstepRecord  parent_instance;
  char           *id;
  int             kind;
  char           *service_name;
  char           *property_label;
  char           *description;
  int             status;
  GDateTime      *created_at;
};

G_DEFINE_FINAL_TYPE (DoorstepServiceRequest, doorstep_service_request, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepServiceRequest, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepServiceRequest, kind, ENUM, "kind", REQUIRED, doorstep_request_kind_get_type),
  DOORSTEP_FIELD (DoorstepServiceRequest, service_name, STRING, "service_type_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepServiceRequest, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepServiceRequest, description, STRING, "description", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepServiceRequest, status, ENUM, "status", REQUIRED, doorstep_request_status_get_type),
  DOORSTEP_FIELD (DoorstepServiceRequest, created_at, TIMESTAMP, "created_at", OPTIONAL, NULL),
};

static void
doorstep_service_request_class_init (DoorstepServiceRequestClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "request", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_service_request_init (DoorstepServiceRequest *self)
{
}

const char *doorstep_service_request_get_id (DoorstepServiceRequest *self) { return self->id; }
DoorstepRequestKind doorstep_service_request_get_kind (DoorstepServiceRequest *self) { return (DoorstepRequestKind) self->kind; }
const char *doorstep_service_request_get_service_name (DoorstepServiceRequest *self) { return self->service_name; }
const char *doorstep_service_request_get_property_label (DoorstepServiceRequest *self) { return self->property_label; }
const char *doorstep_service_request_get_description (DoorstepServiceRequest *self) { return self->description; }
DoorstepRequestStatus doorstep_service_request_get_status (DoorstepServiceRequest *self) { return (DoorstepRequestStatus) self->status; }

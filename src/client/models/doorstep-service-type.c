/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-service-type.h"

struct _DoorstepServiceType {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *name;
};

G_DEFINE_FINAL_TYPE (DoorstepServiceType, doorstep_service_type, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepServiceType, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepServiceType, name, STRING, "name", REQUIRED, NULL),
};

static void
doorstep_service_type_class_init (DoorstepServiceTypeClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "service type", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_service_type_init (DoorstepServiceType *self)
{
}

const char *doorstep_service_type_get_id (DoorstepServiceType *self) { return self->id; }
const char *doorstep_service_type_get_name (DoorstepServiceType *self) { return self->name; }

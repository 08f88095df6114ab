/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-technician.h"

struct _DoorstepTechnician {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *display_name;
  char           *photo_url;
};

G_DEFINE_FINAL_TYPE (DoorstepTechnician, doorstep_technician, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepTechnician, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepTechnician, display_name, STRING, "display_name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepTechnician, photo_url, STRING, "photo_url", OPTIONAL, NULL),
};

static void
doorstep_technician_class_init (DoorstepTechnicianClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "technician", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_technician_init (DoorstepTechnician *self)
{
}

const char *doorstep_technician_get_id (DoorstepTechnician *self) { return self->id; }
const char *doorstep_technician_get_display_name (DoorstepTechnician *self) { return self->display_name; }
const char *doorstep_technician_get_photo_url (DoorstepTechnician *self) { return self->photo_url; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-property.h"

struct _DoorstepProperty {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *label;
  char           *street;
  char           *city;
  gint64          year_built;   /* 0 when unknown */
  char           *building_details;
};

G_DEFINE_FINAL_TYPE (DoorstepProperty, doorstep_property, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepProperty, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProperty, label, STRING, "label", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProperty, street, STRING, "address.line1", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProperty, city, STRING, "address.city", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProperty, year_built, INT, "year_built", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProperty, building_details, STRING, "building_details", OPTIONAL, NULL),
};

static void
doorstep_property_class_init (DoorstepPropertyClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "property", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_property_init (DoorstepProperty *self)
{
}

const char *doorstep_property_get_id (DoorstepProperty *self) { return self->id; }
const char *doorstep_property_get_label (DoorstepProperty *self) { return self->label; }
const char *doorstep_property_get_street (DoorstepProperty *self) { return self->street; }
const char *doorstep_property_get_city (DoorstepProperty *self) { return self->city; }
gint64 doorstep_property_get_year_built (DoorstepProperty *self) { return self->year_built; }
const char *doorstep_property_get_building_details (DoorstepProperty *self) { return self->building_details; }

/**
 * doorstep_property_dup_summary:
 *
 * Returns: (transfer full): "Home — 2218 SE Salmon St", how a person picks
 *   a property from a list
 */
char *
doorstep_property_dup_summary (DoorstepProperty *self)
{
  /* Translators: a property's label and its street address */
  return g_strdup_printf (_("%s — %s"), self->label, self->street);
}

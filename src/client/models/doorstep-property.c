/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-property.h"

struct _DoorstepProperty {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *label;
  char           *street;
  char           *line2;
  char           *city;
  char           *region;
  char           *postal_code;
  gint64          year_built;   /* 0 when unknown */
  char           *building_details;
};

G_DEFINE_FINAL_TYPE (DoorstepProperty, doorstep_property, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepProperty, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProperty, label, STRING, "label", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProperty, street, STRING, "address.line1", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProperty, line2, STRING, "address.line2", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProperty, city, STRING, "address.city", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProperty, region, STRING, "address.region", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProperty, postal_code, STRING, "address.postal_code", OPTIONAL, NULL),
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

/**
 * doorstep_property_dup_address:
 *
 * Returns: (transfer full): the whole address on one line, "2218 SE Salmon
 *   St, Apt 2, Portland, OR 97214", with what it lacks left out
 */
char *
doorstep_property_dup_address (DoorstepProperty *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *place = NULL;

  g_return_val_if_fail (DOORSTEP_IS_PROPERTY (self), NULL);

  g_ptr_array_add (parts, g_strdup (self->street));
  if (self->line2 != NULL && *self->line2 != '\0')
    g_ptr_array_add (parts, g_strdup (self->line2));
  if (self->city != NULL && *self->city != '\0')
    g_ptr_array_add (parts, g_strdup (self->city));
  /* The region and postal code go together, as on an envelope. */
  if (self->region != NULL && *self->region != '\0' && self->postal_code != NULL && *self->postal_code != '\0')
    place = g_strdup_printf ("%s %s", self->region, self->postal_code);
  else if (self->region != NULL && *self->region != '\0')
    place = g_strdup (self->region);
  else if (self->postal_code != NULL && *self->postal_code != '\0')
    place = g_strdup (self->postal_code);
  if (place != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&place));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

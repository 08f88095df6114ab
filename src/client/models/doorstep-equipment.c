/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-equipment.h"

/* DoorstepEquipmentPlan */

struct _DoorstepEquipmentPlan {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *kind;
  char           *name;
  GDate          *ends_on;
};

G_DEFINE_FINAL_TYPE (DoorstepEquipmentPlan, doorstep_equipment_plan, DOORSTEP_TYPE_RECORD)

static const DoorstepField plan_fields[] = {
  DOORSTEP_FIELD (DoorstepEquipmentPlan, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepEquipmentPlan, kind, STRING, "kind", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepEquipmentPlan, name, STRING, "name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepEquipmentPlan, ends_on, DATE, "ends_on", OPTIONAL, NULL),
};

static void
doorstep_equipment_plan_class_init (DoorstepEquipmentPlanClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "equipment plan", plan_fields,
                                    G_N_ELEMENTS (plan_fields));
}

static void
doorstep_equipment_plan_init (DoorstepEquipmentPlan *self)
{
}

const char *doorstep_equipment_plan_get_id (DoorstepEquipmentPlan *self) { return self->id; }
const char *doorstep_equipment_plan_get_name (DoorstepEquipmentPlan *self) { return self->name; }
GDate *doorstep_equipment_plan_get_ends_on (DoorstepEquipmentPlan *self) { return self->ends_on; }

/* DoorstepEquipment */

struct _DoorstepEquipment {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *type;
  char           *make;
  char           *model;
  char           *serial_number;
  GDate          *installed_on;
  char           *location;
  char           *property_id;
  char           *property_label;
  char           *warranty_id;
  char           *warranty_name;
  GDate          *warranty_ends_on;
  gint64          interval_months;
  GDateTime      *last_serviced_at;
  GDate          *next_due_on;
  gint64          days_until_due;
  char           *state;
  GListModel     *jobs;
  GListModel     *plans;
};

G_DEFINE_FINAL_TYPE (DoorstepEquipment, doorstep_equipment, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepEquipment, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, type, STRING, "type", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, make, STRING, "make", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, model, STRING, "model", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, serial_number, STRING, "serial_number", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, installed_on, DATE, "installed_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, location, STRING, "location", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, property_id, STRING, "property.id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, property_label, STRING, "property.label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, warranty_id, STRING, "warranty.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, warranty_name, STRING, "warranty.name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, warranty_ends_on, DATE, "warranty.ends_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, interval_months, INT, "maintenance.interval_months", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, last_serviced_at, TIMESTAMP, "maintenance.last_serviced_at", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, next_due_on, DATE, "maintenance.next_due_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, days_until_due, INT, "maintenance.days_until_due", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, state, STRING, "maintenance.state", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepEquipment, jobs, LIST, "jobs", OPTIONAL, doorstep_plan_job_get_type),
  DOORSTEP_FIELD (DoorstepEquipment, plans, LIST, "plans", OPTIONAL, doorstep_equipment_plan_get_type),
};

static gboolean
doorstep_equipment_parse (DoorstepRecord  *record,
                          JsonObject      *object,
                          GError         **error)
{
  DoorstepEquipment *self = DOORSTEP_EQUIPMENT (record);

  if (self->state != NULL && !g_str_equal (self->state, "ok") && !g_str_equal (self->state, "due_soon") &&
      !g_str_equal (self->state, "overdue"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "equipment %s has an unknown maintenance state",
                   self->id);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_equipment_class_init (DoorstepEquipmentClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_equipment_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "equipment", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_equipment_init (DoorstepEquipment *self)
{
}

const char *doorstep_equipment_get_id (DoorstepEquipment *self) { return self->id; }
const char *doorstep_equipment_get_type_name (DoorstepEquipment *self) { return self->type; }
const char *doorstep_equipment_get_serial_number (DoorstepEquipment *self) { return self->serial_number; }
GDate *doorstep_equipment_get_installed_on (DoorstepEquipment *self) { return self->installed_on; }
const char *doorstep_equipment_get_property_id (DoorstepEquipment *self) { return self->property_id; }
const char *doorstep_equipment_get_property_label (DoorstepEquipment *self) { return self->property_label; }
const char *doorstep_equipment_get_warranty_id (DoorstepEquipment *self) { return self->warranty_id; }
const char *doorstep_equipment_get_warranty_name (DoorstepEquipment *self) { return self->warranty_name; }
GDate *doorstep_equipment_get_warranty_ends_on (DoorstepEquipment *self) { return self->warranty_ends_on; }
gint64 doorstep_equipment_get_interval_months (DoorstepEquipment *self) { return self->interval_months; }
GDateTime *doorstep_equipment_get_last_serviced_at (DoorstepEquipment *self) { return self->last_serviced_at; }
GDate *doorstep_equipment_get_next_due_on (DoorstepEquipment *self) { return self->next_due_on; }
GListModel *doorstep_equipment_get_jobs (DoorstepEquipment *self) { return self->jobs; }
GListModel *doorstep_equipment_get_plans (DoorstepEquipment *self) { return self->plans; }

DoorstepMaintenanceState
doorstep_equipment_get_maintenance (DoorstepEquipment *self)
{
  if (self->state == NULL || self->next_due_on == NULL)
    return DOORSTEP_MAINTENANCE_NONE;
  if (g_str_equal (self->state, "overdue"))
    return DOORSTEP_MAINTENANCE_OVERDUE;
  return g_str_equal (self->state, "due_soon") ? DOORSTEP_MAINTENANCE_DUE_SOON : DOORSTEP_MAINTENANCE_OK;
}

/**
 * doorstep_equipment_describe:
 *
 * Returns: "Carrier 59SC5A080E17 · Basement", from whichever is known
 */
char *
doorstep_equipment_describe (const char *make,
                             const char *model,
                             const char *location)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (make != NULL || model != NULL)
    g_ptr_array_add (parts, g_strjoin (" ", make != NULL ? make : model, make != NULL ? model : NULL, NULL));
  if (location != NULL)
    g_ptr_array_add (parts, g_strdup (location));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
doorstep_equipment_dup_details (DoorstepEquipment *self)
{
  return doorstep_equipment_describe (self->make, self->model, self->location);
}

/* "Overdue", "Due today", "Due tomorrow", "Due in 3 weeks", "Due in 5 months" */
char *
doorstep_due_label_for_days (gint64 days)
{
  if (days < 0)
    return g_strdup (_("Overdue"));
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days == 1)
    return g_strdup (_("Due tomorrow"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %" G_GINT64_FORMAT " day",
                                         "Due in %" G_GINT64_FORMAT " days", (gulong) days), days);
  if (days < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %" G_GINT64_FORMAT " week",
                                         "Due in %" G_GINT64_FORMAT " weeks", (gulong) (days / 7)), days / 7);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %" G_GINT64_FORMAT " month",
                                       "Due in %" G_GINT64_FORMAT " months", (gulong) (days / 30)), days / 30);
}

/* The maintenance badge's words, or NULL without an interval. */
char *
doorstep_equipment_dup_due_label (DoorstepEquipment *self)
{
  if (doorstep_equipment_get_maintenance (self) == DOORSTEP_MAINTENANCE_NONE)
    return NULL;
  return doorstep_due_label_for_days (self->days_until_due);
}

/* The badge's style class (the quote pill's colours). */
const char *
doorstep_equipment_get_due_style (DoorstepEquipment *self)
{
  switch (doorstep_equipment_get_maintenance (self))
    {
    case DOORSTEP_MAINTENANCE_OVERDUE:
      return "declined";
    case DOORSTEP_MAINTENANCE_DUE_SOON:
      return "open";
    case DOORSTEP_MAINTENANCE_OK:
    case DOORSTEP_MAINTENANCE_NONE:
    default:
      return "approved";
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-enum-types.h"
#include "doorstep-visit.h"

struct _DoorstepVisit {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *job_id;
  char           *job_title;
  char           *service_name;
  char           *property_label;
  char           *property_address;
  GDateTime      *starts_at;
  GDateTime      *ends_at;
  char           *time_zone_name;
  GTimeZone      *time_zone;
  int             status;
  char           *notes;
  GListModel     *technicians;          /* of DoorstepTechnician */
  gint64          technician_count;
  gboolean        can_change;
  GDateTime      *change_deadline;
};

G_DEFINE_FINAL_TYPE (DoorstepVisit, doorstep_visit, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepVisit, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, job_id, STRING, "job_id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, job_title, STRING, "job_title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, service_name, STRING, "service_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, property_address, STRING, "property_address", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, starts_at, TIMESTAMP, "starts_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, ends_at, TIMESTAMP, "ends_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepVisit, time_zone_name, STRING, "time_zone", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, status, ENUM, "status", REQUIRED, doorstep_visit_status_get_type),
  DOORSTEP_FIELD (DoorstepVisit, notes, STRING, "notes", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, technicians, LIST, "technicians", OPTIONAL, doorstep_technician_get_type),
  DOORSTEP_FIELD (DoorstepVisit, technician_count, INT, "technician_count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, can_change, BOOLEAN, "can_change", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepVisit, change_deadline, TIMESTAMP, "change_deadline", OPTIONAL, NULL),
};

/* The window is shown where the visit happens: in the business's zone. */
static gboolean
doorstep_visit_parse (DoorstepRecord  *record,
                      JsonObject      *object,
                      GError         **error)
{
  DoorstepVisit *self = DOORSTEP_VISIT (record);

  self->time_zone = self->time_zone_name != NULL ? g_time_zone_new_identifier (self->time_zone_name) : NULL;
  if (self->time_zone == NULL)
    self->time_zone = g_time_zone_new_local ();
  return TRUE;
}

static void
doorstep_visit_finalize (GObject *object)
{
  g_clear_pointer (&DOORSTEP_VISIT (object)->time_zone, g_time_zone_unref);
  G_OBJECT_CLASS (doorstep_visit_parent_class)->finalize (object);
}

static void
doorstep_visit_class_init (DoorstepVisitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_visit_finalize;
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_visit_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "visit", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_visit_init (DoorstepVisit *self)
{
}

const char *doorstep_visit_get_id (DoorstepVisit *self) { return self->id; }
const char *doorstep_visit_get_job_id (DoorstepVisit *self) { return self->job_id; }
const char *doorstep_visit_get_title (DoorstepVisit *self) { return self->job_title; }
const char *doorstep_visit_get_service_name (DoorstepVisit *self) { return self->service_name; }
const char *doorstep_visit_get_property_label (DoorstepVisit *self) { return self->property_label; }
const char *doorstep_visit_get_property_address (DoorstepVisit *self) { return self->property_address; }
GDateTime *doorstep_visit_get_starts_at (DoorstepVisit *self) { return self->starts_at; }
GDateTime *doorstep_visit_get_ends_at (DoorstepVisit *self) { return self->ends_at; }
DoorstepVisitStatus doorstep_visit_get_status (DoorstepVisit *self) { return (DoorstepVisitStatus) self->status; }
const char *doorstep_visit_get_notes (DoorstepVisit *self) { return self->notes; }
GListModel *doorstep_visit_get_technicians (DoorstepVisit *self) { return self->technicians; }
guint doorstep_visit_get_technician_count (DoorstepVisit *self) { return (guint) self->technician_count; }
gboolean doorstep_visit_get_can_change (DoorstepVisit *self) { return self->can_change; }
GDateTime *doorstep_visit_get_change_deadline (DoorstepVisit *self) { return self->change_deadline; }

/* The first technician's name, or %NULL while nobody is assigned. */
const char *
doorstep_visit_get_technician_name (DoorstepVisit *self)
{
  g_autoptr(DoorstepTechnician) first = NULL;

  if (self->technicians == NULL || g_list_model_get_n_items (self->technicians) == 0)
    return NULL;
  first = g_list_model_get_item (self->technicians, 0);
  return doorstep_technician_get_display_name (first);
}

GTimeZone *doorstep_visit_get_time_zone (DoorstepVisit *self) { return self->time_zone; }

/**
 * doorstep_visit_dup_window:
 *
 * In the business's time zone, where the visit happens.
 *
 * Returns: (transfer full): "Tue 24 Nov, 08:00–10:00"
 */
char *
doorstep_visit_dup_window (DoorstepVisit *self)
{
  g_autoptr(GDateTime) start = g_date_time_to_timezone (self->starts_at, self->time_zone);
  g_autoptr(GDateTime) end = g_date_time_to_timezone (self->ends_at, self->time_zone);
  g_autofree char *day = g_date_time_format (start, "%a %-d %b");
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *to = g_date_time_format (end, "%H:%M");

  /* Translators: a day and an arrival window, "Tue 24 Nov, 08:00–10:00" */
  return g_strdup_printf (_("%s, %s–%s"), g_strstrip (day), from, to);
}

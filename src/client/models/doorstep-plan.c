/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-equipment.h"
#include "doorstep-money.h"
#include "doorstep-plan.h"
#include "doorstep-time.h"

/* DoorstepPlanJob */

struct _DoorstepPlanJob {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *title;
  char           *status;
  GDateTime      *last_visit_at;
};

G_DEFINE_FINAL_TYPE (DoorstepPlanJob, doorstep_plan_job, DOORSTEP_TYPE_RECORD)

static const DoorstepField job_fields[] = {
  DOORSTEP_FIELD (DoorstepPlanJob, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlanJob, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlanJob, status, STRING, "status", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlanJob, last_visit_at, TIMESTAMP, "last_visit_at", OPTIONAL, NULL),
};

static void
doorstep_plan_job_class_init (DoorstepPlanJobClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "plan job", job_fields,
                                    G_N_ELEMENTS (job_fields));
}

static void
doorstep_plan_job_init (DoorstepPlanJob *self)
{
}

const char *doorstep_plan_job_get_id (DoorstepPlanJob *self) { return self->id; }
const char *doorstep_plan_job_get_title (DoorstepPlanJob *self) { return self->title; }
const char *doorstep_plan_job_get_status (DoorstepPlanJob *self) { return self->status; }
GDateTime *doorstep_plan_job_get_last_visit_at (DoorstepPlanJob *self) { return self->last_visit_at; }

/* DoorstepPlanEquipment */

struct _DoorstepPlanEquipment {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *type;
  char           *make;
  char           *model;
  char           *location;
};

G_DEFINE_FINAL_TYPE (DoorstepPlanEquipment, doorstep_plan_equipment, DOORSTEP_TYPE_RECORD)

static const DoorstepField equipment_fields[] = {
  DOORSTEP_FIELD (DoorstepPlanEquipment, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlanEquipment, type, STRING, "type", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlanEquipment, make, STRING, "make", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlanEquipment, model, STRING, "model", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlanEquipment, location, STRING, "location", OPTIONAL, NULL),
};

static void
doorstep_plan_equipment_class_init (DoorstepPlanEquipmentClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "plan equipment", equipment_fields,
                                    G_N_ELEMENTS (equipment_fields));
}

static void
doorstep_plan_equipment_init (DoorstepPlanEquipment *self)
{
}

const char *doorstep_plan_equipment_get_type_name (DoorstepPlanEquipment *self) { return self->type; }

/* "Carrier 59SC5A080E17 · Basement" */
char *
doorstep_plan_equipment_dup_details (DoorstepPlanEquipment *self)
{
  return doorstep_equipment_describe (self->make, self->model, self->location);
}

/* DoorstepPlan */

struct _DoorstepPlan {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *kind;
  char           *name;
  char           *property_id;
  char           *property_label;
  char           *status;
  GDate          *starts_on;
  GDate          *ends_on;
  GDate          *renews_on;
  gint64          days_left;
  gint64          price_minor;
  char           *currency;
  char           *billing_period;
  char           *summary;
  char           *covered;
  char           *not_covered;
  gint64          visits_included;
  gint64          visits_used;
  GDate          *next_visit_due;
  GListModel     *jobs;
  GListModel     *equipment;
};

G_DEFINE_FINAL_TYPE (DoorstepPlan, doorstep_plan, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepPlan, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlan, kind, STRING, "kind", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlan, name, STRING, "name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlan, property_id, STRING, "property.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, property_label, STRING, "property.label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, status, STRING, "status", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlan, starts_on, DATE, "starts_on", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlan, ends_on, DATE, "ends_on", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPlan, renews_on, DATE, "renews_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, days_left, INT, "days_left", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, price_minor, INT, "price.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, currency, STRING, "price.currency", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, billing_period, STRING, "billing_period", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, summary, STRING, "summary", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, covered, STRING, "covered", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, not_covered, STRING, "not_covered", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, visits_included, INT, "visits.included", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, visits_used, INT, "visits.used", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, next_visit_due, DATE, "visits.next_due_on", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPlan, jobs, LIST, "jobs", OPTIONAL, doorstep_plan_job_get_type),
  DOORSTEP_FIELD (DoorstepPlan, equipment, LIST, "equipment", OPTIONAL, doorstep_plan_equipment_get_type),
};

static gboolean
doorstep_plan_parse (DoorstepRecord  *record,
                     JsonObject      *object,
                     GError         **error)
{
  DoorstepPlan *self = DOORSTEP_PLAN (record);

  if ((!g_str_equal (self->kind, "warranty") && !g_str_equal (self->kind, "service_plan")) ||
      (!g_str_equal (self->status, "active") && !g_str_equal (self->status, "expired") &&
       !g_str_equal (self->status, "cancelled")) ||
      self->days_left < 0 || self->visits_used < 0 || self->visits_included < 0 || self->price_minor < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "plan %s is not one Doorstep can show", self->id);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_plan_class_init (DoorstepPlanClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_plan_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "plan", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_plan_init (DoorstepPlan *self)
{
}

const char *doorstep_plan_get_id (DoorstepPlan *self) { return self->id; }
gboolean doorstep_plan_get_is_warranty (DoorstepPlan *self) { return g_str_equal (self->kind, "warranty"); }
const char *doorstep_plan_get_name (DoorstepPlan *self) { return self->name; }
const char *doorstep_plan_get_property_id (DoorstepPlan *self) { return self->property_id; }
const char *doorstep_plan_get_property_label (DoorstepPlan *self) { return self->property_label; }
GDate *doorstep_plan_get_starts_on (DoorstepPlan *self) { return self->starts_on; }
GDate *doorstep_plan_get_ends_on (DoorstepPlan *self) { return self->ends_on; }
GDate *doorstep_plan_get_renews_on (DoorstepPlan *self) { return self->renews_on; }
gint64 doorstep_plan_get_days_left (DoorstepPlan *self) { return self->days_left; }
const char *doorstep_plan_get_summary (DoorstepPlan *self) { return self->summary; }
const char *doorstep_plan_get_covered (DoorstepPlan *self) { return self->covered; }
const char *doorstep_plan_get_not_covered (DoorstepPlan *self) { return self->not_covered; }
gint64 doorstep_plan_get_visits_included (DoorstepPlan *self) { return self->visits_included; }
gint64 doorstep_plan_get_visits_used (DoorstepPlan *self) { return self->visits_used; }
GDate *doorstep_plan_get_next_visit_due (DoorstepPlan *self) { return self->next_visit_due; }
GListModel *doorstep_plan_get_jobs (DoorstepPlan *self) { return self->jobs; }
GListModel *doorstep_plan_get_equipment (DoorstepPlan *self) { return self->equipment; }

DoorstepPlanStatus
doorstep_plan_get_status (DoorstepPlan *self)
{
  if (g_str_equal (self->status, "cancelled"))
    return DOORSTEP_PLAN_CANCELLED;
  return g_str_equal (self->status, "expired") ? DOORSTEP_PLAN_EXPIRED : DOORSTEP_PLAN_ACTIVE;
}

char *
doorstep_plan_dup_kind_label (DoorstepPlan *self)
{
  return g_strdup (doorstep_plan_get_is_warranty (self) ? _("Warranty") : _("Service plan"));
}

char *
doorstep_plan_dup_status_label (DoorstepPlan *self)
{
  switch (doorstep_plan_get_status (self))
    {
    case DOORSTEP_PLAN_EXPIRED:
      return g_strdup (_("Expired"));
    case DOORSTEP_PLAN_CANCELLED:
      return g_strdup (_("Cancelled"));
    case DOORSTEP_PLAN_ACTIVE:
    default:
      return g_strdup (_("Active"));
    }
}

/* The status pill's style class (the quote pill's colours). */
const char *
doorstep_plan_get_status_style (DoorstepPlan *self)
{
  switch (doorstep_plan_get_status (self))
    {
    case DOORSTEP_PLAN_EXPIRED:
    case DOORSTEP_PLAN_CANCELLED:
      return "expired";
    case DOORSTEP_PLAN_ACTIVE:
    default:
      return "approved";
    }
}

/* "11 months left", "12 days left", "Expired 3 Mar 2026" */
char *
doorstep_plan_dup_time_left (DoorstepPlan *self)
{
  g_autofree char *ends = doorstep_date_format (self->ends_on);
  gint64 days = self->days_left;

  switch (doorstep_plan_get_status (self))
    {
    case DOORSTEP_PLAN_EXPIRED:
      /* Translators: when a plan ended, "Expired 3 Mar 2026" */
      return g_strdup_printf (_("Expired %s"), ends);
    case DOORSTEP_PLAN_CANCELLED:
      return g_strdup (_("Cancelled"));
    case DOORSTEP_PLAN_ACTIVE:
    default:
      break;
    }
  if (days >= 365 * 2)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " year left",
                                         "%" G_GINT64_FORMAT " years left", (gulong) (days / 365)), days / 365);
  if (days >= 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " month left",
                                         "%" G_GINT64_FORMAT " months left", (gulong) (days / 30)), days / 30);
  if (days == 0)
    return g_strdup (_("Ends today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " day left",
                                       "%" G_GINT64_FORMAT " days left", (gulong) days), days);
}

/* "$19.00 a month", "$149.00 a year", or NULL for a plan with no price */
char *
doorstep_plan_dup_price (DoorstepPlan *self)
{
  g_autofree char *amount = NULL;

  if (self->currency == NULL)
    return NULL;
  amount = doorstep_money_format (self->price_minor, self->currency);
  if (g_strcmp0 (self->billing_period, "month") == 0)
    /* Translators: a plan's price, "$19.00 a month" */
    return g_strdup_printf (_("%s a month"), amount);
  if (g_strcmp0 (self->billing_period, "year") == 0)
    /* Translators: a plan's price, "$149.00 a year" */
    return g_strdup_printf (_("%s a year"), amount);
  return g_steal_pointer (&amount);
}

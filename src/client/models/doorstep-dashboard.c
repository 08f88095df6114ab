/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-dashboard.h"

struct _DoorstepDashboard {
  DoorstepRecord    parent_instance;
  DoorstepCustomer *customer;         /* with their properties */
  gint64            open_quotes;
  gint64            open_quotes_total;
  DoorstepVisit    *next_visit;       /* NULL when none is scheduled */
  gint64            balance_due;
  gint64            overdue_count;
  gint64            open_requests;
  char             *currency;
  gint64            maintenance_due;  /* items due within 30 days or overdue */
  char             *maintenance_id;   /* the one due first */
  char             *maintenance_type;
  char             *maintenance_property;
  gint64            maintenance_days;
};

G_DEFINE_FINAL_TYPE (DoorstepDashboard, doorstep_dashboard, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepDashboard, customer, RECORD, "customer", REQUIRED, doorstep_customer_get_type),
  DOORSTEP_FIELD (DoorstepDashboard, open_quotes, INT, "open_quotes.count", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, open_quotes_total, INT, "open_quotes.total.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, next_visit, RECORD, "next_visit", OPTIONAL, doorstep_visit_get_type),
  DOORSTEP_FIELD (DoorstepDashboard, balance_due, INT, "balance_due.total.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, overdue_count, INT, "balance_due.overdue_count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, open_requests, INT, "open_requests.count", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, currency, STRING, "balance_due.total.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, maintenance_due, INT, "maintenance_due.count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, maintenance_id, STRING, "maintenance_due.first.equipment_id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, maintenance_type, STRING, "maintenance_due.first.type", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDashboard, maintenance_property, STRING, "maintenance_due.first.property_label", OPTIONAL,
                  NULL),
  DOORSTEP_FIELD (DoorstepDashboard, maintenance_days, INT, "maintenance_due.first.days_until_due", OPTIONAL, NULL),
};

static void
doorstep_dashboard_class_init (DoorstepDashboardClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "dashboard", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_dashboard_init (DoorstepDashboard *self)
{
}

DoorstepCustomer *doorstep_dashboard_get_customer (DoorstepDashboard *self) { return self->customer; }
gint64 doorstep_dashboard_get_open_quotes (DoorstepDashboard *self) { return self->open_quotes; }
gint64 doorstep_dashboard_get_open_quotes_total (DoorstepDashboard *self) { return self->open_quotes_total; }
DoorstepVisit *doorstep_dashboard_get_next_visit (DoorstepDashboard *self) { return self->next_visit; }
gint64 doorstep_dashboard_get_balance_due (DoorstepDashboard *self) { return self->balance_due; }
gint64 doorstep_dashboard_get_overdue_count (DoorstepDashboard *self) { return self->overdue_count; }
gint64 doorstep_dashboard_get_open_requests (DoorstepDashboard *self) { return self->open_requests; }
const char *doorstep_dashboard_get_currency (DoorstepDashboard *self) { return self->currency; }

gint64 doorstep_dashboard_get_maintenance_due (DoorstepDashboard *self) { return self->maintenance_due; }
const char *doorstep_dashboard_get_maintenance_id (DoorstepDashboard *self) { return self->maintenance_id; }
const char *doorstep_dashboard_get_maintenance_type (DoorstepDashboard *self) { return self->maintenance_type; }
const char *doorstep_dashboard_get_maintenance_property (DoorstepDashboard *self) { return self->maintenance_property; }
gint64 doorstep_dashboard_get_maintenance_days (DoorstepDashboard *self) { return self->maintenance_days; }

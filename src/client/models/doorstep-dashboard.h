/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-customer.h"
#include "doorstep-record.h"
#include "doorstep-visit.h"

G_BEGIN_DECLS

/* A customer's summary of what they have with the business. */
#define DOORSTEP_TYPE_DASHBOARD (doorstep_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDashboard, doorstep_dashboard, DOORSTEP, DASHBOARD, DoorstepRecord)

DoorstepCustomer *doorstep_dashboard_get_customer          (DoorstepDashboard *self);
gint64            doorstep_dashboard_get_open_quotes       (DoorstepDashboard *self);
gint64            doorstep_dashboard_get_open_quotes_total (DoorstepDashboard *self);
DoorstepVisit    *doorstep_dashboard_get_next_visit        (DoorstepDashboard *self);
gint64            doorstep_dashboard_get_balance_due       (DoorstepDashboard *self);
gint64            doorstep_dashboard_get_overdue_count     (DoorstepDashboard *self);
gint64            doorstep_dashboard_get_open_requests     (DoorstepDashboard *self);
const char       *doorstep_dashboard_get_currency          (DoorstepDashboard *self);

gint64            doorstep_dashboard_get_maintenance_due      (DoorstepDashboard *self);
const char       *doorstep_dashboard_get_maintenance_id       (DoorstepDashboard *self);
const char       *doorstep_dashboard_get_maintenance_type     (DoorstepDashboard *self);
const char       *doorstep_dashboard_get_maintenance_property (DoorstepDashboard *self);
gint64            doorstep_dashboard_get_maintenance_days     (DoorstepDashboard *self);

G_END_DECLS

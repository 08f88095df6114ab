/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_DASHBOARD_PAGE (doorstep_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDashboardPage, doorstep_dashboard_page, DOORSTEP, DASHBOARD_PAGE, AdwBin)

void               doorstep_dashboard_page_load          (DoorstepDashboardPage *self,
                                                          DoorstepApiClient     *client,
                                                          gboolean               preview);
void               doorstep_dashboard_page_reload        (DoorstepDashboardPage *self);
void               doorstep_dashboard_page_clear         (DoorstepDashboardPage *self);
DoorstepCompany   *doorstep_dashboard_page_get_company   (DoorstepDashboardPage *self);
DoorstepDashboard *doorstep_dashboard_page_get_dashboard (DoorstepDashboardPage *self);
const char        *doorstep_dashboard_page_get_state     (DoorstepDashboardPage *self);

G_END_DECLS

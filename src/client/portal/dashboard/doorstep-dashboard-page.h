/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The portal's home, a DoorstepSection of the portal view. */

#define DOORSTEP_TYPE_DASHBOARD_PAGE (doorstep_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDashboardPage, doorstep_dashboard_page, DOORSTEP, DASHBOARD_PAGE, AdwBin)

gboolean doorstep_dashboard_page_get_loading (DoorstepDashboardPage *self);

G_END_DECLS

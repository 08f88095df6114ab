/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_CUSTOMERS_PAGE (doorstep_customers_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomersPage, doorstep_customers_page, DOORSTEP, CUSTOMERS_PAGE, AdwBin)

void        doorstep_customers_page_load      (DoorstepCustomersPage *self,
                                               DoorstepApiClient     *client);
void        doorstep_customers_page_clear     (DoorstepCustomersPage *self);
GListModel *doorstep_customers_page_get_model (DoorstepCustomersPage *self);
const char *doorstep_customers_page_get_state (DoorstepCustomersPage *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-customer-page.h"
#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* Staff's list of customers, searched on the server; one opens their
 * profile, and from there their portal, read-only. */

#define DOORSTEP_TYPE_CUSTOMERS_PAGE (doorstep_customers_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomersPage, doorstep_customers_page, DOORSTEP, CUSTOMERS_PAGE, DoorstepListPage)

void                  doorstep_customers_page_open_customer     (DoorstepCustomersPage *self,
                                                                 const char            *customer_id);
DoorstepCustomerPage *doorstep_customers_page_get_customer_page (DoorstepCustomersPage *self);

G_END_DECLS

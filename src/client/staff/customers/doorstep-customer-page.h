/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-customer-notes.h"
#include "doorstep-customer-profile.h"
#include "doorstep-detail-page.h"

G_BEGIN_DECLS

/* A customer's profile, as staff see it over the customers list: who
 * they are and how to reach them (email and phone open the desktop's
 * apps), since when, what they have paid, owe and have been quoted; and
 * the Profile: contact details, their properties, and the notes the
 * team keeps about them (add, and edit or delete where the server lets
 * the person signed in). View as Customer opens their portal. */

#define DOORSTEP_TYPE_CUSTOMER_PAGE (doorstep_customer_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomerPage, doorstep_customer_page, DOORSTEP, CUSTOMER_PAGE, DoorstepDetailPage)

void                     doorstep_customer_page_show        (DoorstepCustomerPage *self,
                                                             const char           *customer_id);
DoorstepCustomerProfile *doorstep_customer_page_get_profile (DoorstepCustomerPage *self);
DoorstepCustomerNotes   *doorstep_customer_page_get_notes   (DoorstepCustomerPage *self);
GListModel              *doorstep_customer_page_get_properties (DoorstepCustomerPage *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-customer.h"

G_BEGIN_DECLS

/* A customer in the staff's list: avatar, name and how to reach them. */

#define DOORSTEP_TYPE_CUSTOMER_ROW (doorstep_customer_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomerRow, doorstep_customer_row, DOORSTEP, CUSTOMER_ROW, GtkBox)

void doorstep_customer_row_set_customer (DoorstepCustomerRow *self,
                                         DoorstepCustomer    *customer);

G_END_DECLS

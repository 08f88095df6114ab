/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A customer: as a row of the staff's list (with contact details and how
 * many properties), or as their portal knows them (with the properties). */
#define DOORSTEP_TYPE_CUSTOMER (doorstep_customer_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomer, doorstep_customer, DOORSTEP, CUSTOMER, DoorstepRecord)

const char *doorstep_customer_get_id             (DoorstepCustomer *self);
const char *doorstep_customer_get_display_name   (DoorstepCustomer *self);
const char *doorstep_customer_get_email          (DoorstepCustomer *self);
const char *doorstep_customer_get_phone          (DoorstepCustomer *self);
const char *doorstep_customer_get_city           (DoorstepCustomer *self);
gint64      doorstep_customer_get_property_count (DoorstepCustomer *self);
GListModel *doorstep_customer_get_properties     (DoorstepCustomer *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A customer as staff see them on their profile (GET /customers/{id}):
 * who they are and how to reach them, since when, and the figures that
 * say where they stand: what they have paid over the years, what they
 * owe (and how much of it is overdue), and the quotes still open. Each
 * amount is the server's, in minor units of its own currency. */
#define DOORSTEP_TYPE_CUSTOMER_PROFILE (doorstep_customer_profile_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomerProfile, doorstep_customer_profile, DOORSTEP, CUSTOMER_PROFILE, DoorstepRecord)

const char *doorstep_customer_profile_get_id                  (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_display_name        (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_first_name          (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_last_name           (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_company_name        (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_customer_type       (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_email               (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_phone               (DoorstepCustomerProfile *self);
GDate      *doorstep_customer_profile_get_customer_since      (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_property_count      (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_lifetime_value      (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_lifetime_currency   (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_balance_due         (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_balance_currency    (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_invoice_count       (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_overdue             (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_overdue_count       (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_open_quotes_count   (DoorstepCustomerProfile *self);
gint64      doorstep_customer_profile_get_open_quotes_total   (DoorstepCustomerProfile *self);
const char *doorstep_customer_profile_get_open_quotes_currency (DoorstepCustomerProfile *self);
char       *doorstep_customer_profile_dup_type_label          (DoorstepCustomerProfile *self);

G_END_DECLS

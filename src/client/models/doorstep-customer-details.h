/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* What an admin may change of a customer (GET /customers/{id}): their
 * names, kind, email and phone, at the version they were read, with the
 * ETag that version came with, which a change sends back as If-Match. */
#define DOORSTEP_TYPE_CUSTOMER_DETAILS (doorstep_customer_details_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomerDetails, doorstep_customer_details, DOORSTEP, CUSTOMER_DETAILS, DoorstepRecord)

/* The members an admin may change, in the order a form shows them. */
extern const char * const doorstep_customer_details_fields[];

DoorstepCustomerDetails *doorstep_customer_details_new_from_json (JsonObject              *object,
                                                                  const char              *etag,
                                                                  GError                 **error);
const char *doorstep_customer_details_get_id            (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_display_name  (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_first_name    (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_last_name     (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_company_name  (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_customer_type (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_email         (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_phone         (DoorstepCustomerDetails *self);
gint64      doorstep_customer_details_get_version       (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_etag          (DoorstepCustomerDetails *self);
const char *doorstep_customer_details_get_field         (DoorstepCustomerDetails *self,
                                                         const char              *member);

G_END_DECLS

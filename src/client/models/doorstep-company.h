/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* The business: who, where, when it is open, and what it offers. */
#define DOORSTEP_TYPE_COMPANY (doorstep_company_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCompany, doorstep_company, DOORSTEP, COMPANY, DoorstepRecord)

const char              *doorstep_company_get_name          (DoorstepCompany *self);
const char              *doorstep_company_get_phone         (DoorstepCompany *self);
const char              *doorstep_company_get_sms_phone     (DoorstepCompany *self);
const char              *doorstep_company_get_email         (DoorstepCompany *self);
const char              *doorstep_company_get_currency      (DoorstepCompany *self);
GTimeZone               *doorstep_company_get_timezone      (DoorstepCompany *self);
const char              *doorstep_company_get_address       (DoorstepCompany *self);
const char              *doorstep_company_get_address_line  (DoorstepCompany *self);
const DoorstepHoursSpan *doorstep_company_get_hours         (DoorstepCompany *self,
                                                             gsize           *n_spans);
GListModel              *doorstep_company_get_service_types (DoorstepCompany *self);

G_END_DECLS

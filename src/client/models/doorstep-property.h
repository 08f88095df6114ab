/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* A place of a customer's where the business works. */
#define DOORSTEP_TYPE_PROPERTY (doorstep_property_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepProperty, doorstep_property, DOORSTEP, PROPERTY, DoorstepRecord)

const char *doorstep_property_get_id               (DoorstepProperty *self);
const char *doorstep_property_get_label            (DoorstepProperty *self);
const char *doorstep_property_get_street           (DoorstepProperty *self);
const char *doorstep_property_get_city             (DoorstepProperty *self);
gint64      doorstep_property_get_year_built       (DoorstepProperty *self);
const char *doorstep_property_get_building_details (DoorstepProperty *self);
char       *doorstep_property_dup_summary          (DoorstepProperty *self);
char       *doorstep_property_dup_address          (DoorstepProperty *self);

G_END_DECLS

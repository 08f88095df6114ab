/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* Who is signed in. */
#define DOORSTEP_TYPE_USER (doorstep_user_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepUser, doorstep_user, DOORSTEP, USER, DoorstepRecord)

const char   *doorstep_user_get_id            (DoorstepUser *self);
const char   *doorstep_user_get_email         (DoorstepUser *self);
const char   *doorstep_user_get_display_name  (DoorstepUser *self);
DoorstepRole  doorstep_user_get_role          (DoorstepUser *self);
const char   *doorstep_user_get_customer_id   (DoorstepUser *self);
const char   *doorstep_user_get_customer_name (DoorstepUser *self);

G_END_DECLS

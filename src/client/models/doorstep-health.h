/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-record.h"

G_BEGIN_DECLS

/* Whether a server is up; a demo server also offers its demo accounts. */
#define DOORSTEP_TYPE_HEALTH (doorstep_health_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepHealth, doorstep_health, DOORSTEP, HEALTH, DoorstepRecord)

const char *doorstep_health_get_version       (DoorstepHealth *self);
const char *doorstep_health_get_demo_password (DoorstepHealth *self);
GListModel *doorstep_health_get_demo_accounts (DoorstepHealth *self);

/* A demo account a demo server offers on its sign-in page. */
#define DOORSTEP_TYPE_DEMO_ACCOUNT (doorstep_demo_account_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDemoAccount, doorstep_demo_account, DOORSTEP, DEMO_ACCOUNT, DoorstepRecord)

const char   *doorstep_demo_account_get_email        (DoorstepDemoAccount *self);
const char   *doorstep_demo_account_get_display_name (DoorstepDemoAccount *self);
DoorstepRole  doorstep_demo_account_get_role         (DoorstepDemoAccount *self);

G_END_DECLS

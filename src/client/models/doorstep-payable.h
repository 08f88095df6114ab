/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* Something the customer can pay now: an open invoice's balance, or the
 * deposit pending on an approved quote. */
#define DOORSTEP_TYPE_PAYABLE (doorstep_payable_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPayable, doorstep_payable, DOORSTEP, PAYABLE, DoorstepRecord)

gboolean    doorstep_payable_get_is_deposit   (DoorstepPayable *self);
const char *doorstep_payable_get_id           (DoorstepPayable *self);
const char *doorstep_payable_get_number       (DoorstepPayable *self);
const char *doorstep_payable_get_title        (DoorstepPayable *self);
const char *doorstep_payable_get_currency     (DoorstepPayable *self);
GDate      *doorstep_payable_get_due_date     (DoorstepPayable *self);
gint64      doorstep_payable_get_days_overdue (DoorstepPayable *self);
gint64      doorstep_payable_get_total        (DoorstepPayable *self);
gint64      doorstep_payable_get_amount_due   (DoorstepPayable *self);
char       *doorstep_payable_dup_name         (DoorstepPayable *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-checkout.h"

G_BEGIN_DECLS

/* The tip of a checkout: No Tip, each percentage the business offers, or
 * Custom with the amount typed; shown only where the business takes
 * tips. */
#define DOORSTEP_TYPE_TIP_GROUP (doorstep_tip_group_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepTipGroup, doorstep_tip_group, DOORSTEP, TIP_GROUP, AdwPreferencesGroup)

void doorstep_tip_group_set_checkout (DoorstepTipGroup *self,
                                      DoorstepCheckout *checkout);
void doorstep_tip_group_mark         (DoorstepTipGroup *self,
                                      gboolean          error);

G_END_DECLS

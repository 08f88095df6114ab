/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One thing to tick in a DoorstepCheckList: the item it stands for, the
 * words its row shows, and whether it is ticked. */
#define DOORSTEP_TYPE_CHECK_ITEM (doorstep_check_item_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCheckItem, doorstep_check_item, DOORSTEP, CHECK_ITEM, GObject)

DoorstepCheckItem *doorstep_check_item_new        (gpointer           item,
                                                   const char        *id,
                                                   const char        *title,
                                                   const char        *subtitle,
                                                   const char        *amount);
gpointer           doorstep_check_item_get_item   (DoorstepCheckItem *self);
const char        *doorstep_check_item_get_id     (DoorstepCheckItem *self);
gboolean           doorstep_check_item_get_active (DoorstepCheckItem *self);
void               doorstep_check_item_set_active (DoorstepCheckItem *self,
                                                   gboolean           active);

G_END_DECLS

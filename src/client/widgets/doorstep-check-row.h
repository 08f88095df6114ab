/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The row of a DoorstepCheckList: a check button, the item's title and
 * subtitle, and its amount, shown or typed. */
#define DOORSTEP_TYPE_CHECK_ROW (doorstep_check_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCheckRow, doorstep_check_row, DOORSTEP, CHECK_ROW, AdwActionRow)

GtkWidget *doorstep_check_row_new      (GObject          *item,
                                        const char       *name_prefix);
GObject   *doorstep_check_row_get_item (DoorstepCheckRow *self);

G_END_DECLS

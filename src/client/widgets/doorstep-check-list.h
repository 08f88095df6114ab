/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A boxed list of things to tick, a row per item of a GListModel, made
 * once for every dialog that asks which ones (what to pay, what to
 * download). An item is a DoorstepCheckItem, or any object with the same
 * properties: "id", "title", "subtitle" (nullable) and "active" (read and
 * written), and optionally "amount" (shown at the row's end) and, where
 * it may be typed, "amount-editable" and "amount-text" (read and
 * written). The items hold what is ticked and typed; the rows follow
 * them. */
#define DOORSTEP_TYPE_CHECK_LIST (doorstep_check_list_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCheckList, doorstep_check_list, DOORSTEP, CHECK_LIST, GtkWidget)

GListModel *doorstep_check_list_get_model      (DoorstepCheckList *self);
void        doorstep_check_list_set_model      (DoorstepCheckList *self,
                                                GListModel        *model);
void        doorstep_check_list_set_all_active (DoorstepCheckList *self,
                                                gboolean           active);
void        doorstep_check_list_mark           (DoorstepCheckList *self,
                                                gpointer           item);
void        doorstep_check_list_clear_marks    (DoorstepCheckList *self);

G_END_DECLS

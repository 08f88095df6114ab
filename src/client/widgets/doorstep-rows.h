/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The one way rows made from a list are held: a boxed GtkListBox bound to
 * the list with gtk_list_box_bind_model(), each row made from its item by
 * a function. In a template the list box sits inside its
 * AdwPreferencesGroup, where it looks and moves focus like the group's own
 * rows, and shows only while it has rows (a group without any shows its
 * title and description alone). Binding again replaces every row;
 * binding NULL removes them. */

void       doorstep_rows_bind (GtkListBox                 *list_box,
                               GListModel                 *model,
                               GtkListBoxCreateWidgetFunc  make_row,
                               gpointer                    user_data);
GtkWidget *doorstep_rows_new  (GListModel                 *model,
                               GtkListBoxCreateWidgetFunc  make_row,
                               gpointer                    user_data);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* The rows of a list the server pages through, where a group's rows go
 * (inside an AdwPreferencesGroup, whose title names them): a boxed list
 * bound to a DoorstepPagedList with doorstep_rows_bind(), a spinner while
 * a page loads, a line saying what would be here while it is empty, the
 * error with Try Again (which asks for that page again), and Show More
 * while the server has more. A new list keeps the rows of the one before
 * until its first page is in, so a reload does not make the page jump;
 * setting NULL first drops them. Its template sets the texts. */

#define DOORSTEP_TYPE_PAGED_ROWS (doorstep_paged_rows_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPagedRows, doorstep_paged_rows, DOORSTEP, PAGED_ROWS, AdwBin)

void               doorstep_paged_rows_set_list (DoorstepPagedRows          *self,
                                                 DoorstepPagedList          *list,
                                                 GtkListBoxCreateWidgetFunc  make_row,
                                                 gpointer                    user_data);
DoorstepPagedList *doorstep_paged_rows_get_list (DoorstepPagedRows          *self);
GtkListBox        *doorstep_paged_rows_get_list_box (DoorstepPagedRows      *self);

G_END_DECLS

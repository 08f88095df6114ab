/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-list-loader.h"

G_BEGIN_DECLS

/* The four states of a list page, pages of its state stack: loading, the
 * list, empty (saying what would be there) and an error (with the API's
 * message and Try Again), following the list its loader shows. */

#define DOORSTEP_TYPE_LIST_STATES (doorstep_list_states_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepListStates, doorstep_list_states, DOORSTEP, LIST_STATES, GObject)

/* What the empty list would hold: the empty page's title and description. */
typedef void (*DoorstepDescribeEmpty) (gpointer   user_data,
                                       char     **title,
                                       char     **description);

DoorstepListStates *doorstep_list_states_new    (DoorstepListLoader    *loader,
                                                 GtkStack              *stack,
                                                 AdwStatusPage         *empty_page,
                                                 AdwStatusPage         *error_page,
                                                 DoorstepDescribeEmpty  describe_empty,
                                                 gpointer               user_data);
void                doorstep_list_states_update (DoorstepListStates    *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A list page's search: shown only on a searchable page, beside the
 * filters in the header, or on a row of its own below them when there
 * are filters too, so that neither squeezes the other in a narrow window.
 * ::changed says what it holds changed as the user typed. */

#define DOORSTEP_TYPE_LIST_SEARCH (doorstep_list_search_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepListSearch, doorstep_list_search, DOORSTEP, LIST_SEARCH, GObject)

DoorstepListSearch *doorstep_list_search_new            (GtkSearchEntry     *entry,
                                                         GtkBox             *header,
                                                         GtkWidget          *filters,
                                                         GtkBox             *row_box,
                                                         GtkWidget          *row);
void                doorstep_list_search_place          (DoorstepListSearch *self);
void                doorstep_list_search_set_searchable (DoorstepListSearch *self,
                                                         gboolean            searchable);
const char         *doorstep_list_search_get_text       (DoorstepListSearch *self);
char               *doorstep_list_search_dup_terms      (DoorstepListSearch *self);
void                doorstep_list_search_clear          (DoorstepListSearch *self);
void                doorstep_list_search_focus          (DoorstepListSearch *self);

G_END_DECLS

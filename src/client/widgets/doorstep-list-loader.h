/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* The items a list page shows: a DoorstepPagedList made anew for each
 * query (the filter, the search and what the subclass adds), shown in the
 * page's list view, or in a grid for the filters that show one, and
 * loaded ahead as the view nears its end. ::changed says the list's items,
 * loading or error changed; ::activate that an item was activated. */

#define DOORSTEP_TYPE_LIST_LOADER (doorstep_list_loader_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepListLoader, doorstep_list_loader, DOORSTEP, LIST_LOADER, GObject)

DoorstepListLoader *doorstep_list_loader_new              (AdwClampScrollable         *clamp,
                                                           GtkListView                *list_view,
                                                           GtkScrolledWindow          *scrolled_window);
void                doorstep_list_loader_set_grid_factory (DoorstepListLoader         *self,
                                                           GtkListItemFactory         *factory);
void                doorstep_list_loader_set_query        (DoorstepListLoader         *self,
                                                           const char                 *name,
                                                           const char                 *value);
GPtrArray          *doorstep_list_loader_build_query      (DoorstepListLoader         *self,
                                                           const DoorstepListEndpoint *endpoint,
                                                           const char                 *filter,
                                                           const char                 *search);
void                doorstep_list_loader_start            (DoorstepListLoader         *self,
                                                           DoorstepScope              *scope,
                                                           const DoorstepListEndpoint *endpoint,
                                                           const char                 *filter,
                                                           const char                 *search,
                                                           gboolean                    grid);
void                doorstep_list_loader_clear            (DoorstepListLoader         *self);
DoorstepPagedList  *doorstep_list_loader_get_list         (DoorstepListLoader         *self);
GtkWidget          *doorstep_list_loader_get_view         (DoorstepListLoader         *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-paged-list.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* What every list page repeats, once: a list the server pages through,
 * shown in a GtkListView and loaded ahead as the user scrolls; filter
 * buttons with the server's counts, or a search; the four states
 * (loading, list, empty, error with Try Again); details pushed over the
 * list and over each other, with Back; and cancelling whatever is under way on a new query or when the
 * page goes. A subclass names its endpoint and filters in code, and its
 * row factory, texts, header buttons and detail in its template. Some
 * filters may show their items as a grid (photos) with a second factory. */

#define DOORSTEP_TYPE_LIST_PAGE (doorstep_list_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (DoorstepListPage, doorstep_list_page, DOORSTEP, LIST_PAGE, AdwBin)

struct _DoorstepListPageClass {
  AdwBinClass parent_class;

  /* What the empty list would hold, for the filter and search shown. */
  void  (*describe_empty) (DoorstepListPage  *self,
                           const char        *filter,
                           const char        *search,
                           char             **title,
                           char             **description);
  /* The accessible name of a filter button, "Open, 3 quotes"; without
   * it, "Open, 3". */
  char *(*describe_count) (DoorstepListPage  *self,
                           const char        *label,
                           guint              count);
  /* An item was activated; show it or act on it. */
  void  (*activate)       (DoorstepListPage  *self,
                           gpointer           item);
  /* Whether @filter's items show as a grid (with the grid factory). */
  gboolean (*shows_grid)  (DoorstepListPage  *self,
                           const char        *filter);

  /*< private >*/
  const DoorstepListEndpoint *endpoint;
};

void           doorstep_list_page_class_set_endpoint (DoorstepListPageClass      *klass,
                                                      const DoorstepListEndpoint *endpoint);
void           doorstep_list_page_add_filter         (DoorstepListPage           *self,
                                                      const char                 *name,
                                                      const char                 *label);
DoorstepScope *doorstep_list_page_get_scope          (DoorstepListPage           *self);
GListModel    *doorstep_list_page_get_items          (DoorstepListPage           *self);
GListModel    *doorstep_list_page_get_filters        (DoorstepListPage           *self);
const char    *doorstep_list_page_get_filter         (DoorstepListPage           *self);
const char    *doorstep_list_page_get_search         (DoorstepListPage           *self);
void           doorstep_list_page_set_query          (DoorstepListPage           *self,
                                                      const char                 *name,
                                                      const char                 *value);
void           doorstep_list_page_set_filter         (DoorstepListPage           *self,
                                                      const char                 *filter);
void           doorstep_list_page_add_detail         (DoorstepListPage           *self,
                                                      GtkWidget                  *detail);
void           doorstep_list_page_push               (DoorstepListPage           *self,
                                                      GtkWidget                  *detail);
void           doorstep_list_page_show_detail        (DoorstepListPage           *self);
GtkWidget     *doorstep_list_page_get_visible_detail (DoorstepListPage           *self);
gboolean       doorstep_list_page_get_showing_detail (DoorstepListPage           *self);
void           doorstep_list_page_refresh            (DoorstepListPage           *self);
void           doorstep_list_page_set_grid_factory   (DoorstepListPage           *self,
                                                      GtkListItemFactory         *factory);
GtkWidget     *doorstep_list_page_get_view           (DoorstepListPage           *self);

G_END_DECLS

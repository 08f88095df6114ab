/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PAGED_LIST (doorstep_paged_list_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPagedList, doorstep_paged_list, DOORSTEP, PAGED_LIST, GObject)

DoorstepPagedList *doorstep_paged_list_new            (DoorstepApiClient  *client,
                                                       const char         *path,
                                                       const char * const *query,
                                                       GType               item_type,
                                                       DoorstepItemParser  parser);
void               doorstep_paged_list_load_more      (DoorstepPagedList  *self);
void               doorstep_paged_list_load_more_near_end (DoorstepPagedList *self,
                                                       GtkScrolledWindow  *scrolled_window);
gboolean           doorstep_paged_list_get_loading    (DoorstepPagedList  *self);
gboolean           doorstep_paged_list_get_has_more   (DoorstepPagedList  *self);
gboolean           doorstep_paged_list_get_loaded     (DoorstepPagedList  *self);
const GError      *doorstep_paged_list_get_error      (DoorstepPagedList  *self);

G_END_DECLS

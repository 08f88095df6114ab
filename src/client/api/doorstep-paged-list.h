/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-counts.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A list the API pages through: where it is, what its items are, and the
 * names of its parameters. Each resource's API file defines its own. */
typedef struct {
  const char  *path;          /* "/quotes"; "/customers/%s/notes" for a record's own
                               * list, the record's id in place of the "%s" */
  GType      (*item_type) (void);
  const char  *filter_param;  /* "status", or NULL */
  const char  *search_param;  /* "q", or NULL */
  const char  *counts_path;   /* "/quotes/counts": items per filter, or NULL */
} DoorstepListEndpoint;

void            doorstep_list_endpoint_get_counts_async  (const DoorstepListEndpoint *endpoint,
                                                          DoorstepScope              *scope,
                                                          const char * const         *query,
                                                          GCancellable               *cancellable,
                                                          GAsyncReadyCallback         callback,
                                                          gpointer                    user_data);
DoorstepCounts *doorstep_list_endpoint_get_counts_finish (DoorstepScope              *scope,
                                                          GAsyncResult               *result,
                                                          GError                    **error);

#define DOORSTEP_TYPE_PAGED_LIST (doorstep_paged_list_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPagedList, doorstep_paged_list, DOORSTEP, PAGED_LIST, GObject)

DoorstepPagedList *doorstep_paged_list_new                (DoorstepScope              *scope,
                                                           const DoorstepListEndpoint *endpoint,
                                                           const char * const         *query);
DoorstepPagedList *doorstep_paged_list_new_for_id         (DoorstepScope              *scope,
                                                           const DoorstepListEndpoint *endpoint,
                                                           const char                 *id,
                                                           const char * const         *query);
void               doorstep_paged_list_load_more          (DoorstepPagedList          *self);
void               doorstep_paged_list_splice             (DoorstepPagedList          *self,
                                                           guint                       position,
                                                           guint                       n_removals,
                                                           gpointer                   *additions,
                                                           guint                       n_additions);
void               doorstep_paged_list_load_more_near_end (DoorstepPagedList          *self,
                                                           GtkScrolledWindow          *scrolled_window);
gboolean           doorstep_paged_list_get_loading        (DoorstepPagedList          *self);
gboolean           doorstep_paged_list_get_has_more       (DoorstepPagedList          *self);
gboolean           doorstep_paged_list_get_loaded         (DoorstepPagedList          *self);
const GError      *doorstep_paged_list_get_error          (DoorstepPagedList          *self);

G_END_DECLS

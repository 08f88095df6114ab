/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* A strip above a list page's list (its above-filters): a heading and the
 * first page of another list, with Show More for the rest; hidden while
 * that list is empty, and its error with Try Again in place when it does
 * not load; a reload keeps the rows until the new ones are in. It is a
 * DoorstepSection, loaded with its page. A subclass names its list in
 * class_init and makes its rows, each activating its own action; its
 * template sets the texts, and its <child> elements go under the rows. */

#define DOORSTEP_TYPE_STRIP (doorstep_strip_get_type ())
G_DECLARE_DERIVABLE_TYPE (DoorstepStrip, doorstep_strip, DOORSTEP, STRIP, AdwBin)

struct _DoorstepStripClass {
  AdwBinClass parent_class;

  /* Makes the row of @item. */
  GtkWidget *(*create_row)    (DoorstepStrip *self,
                               gpointer       item);
  /* A header above the row of @item, or NULL for none; @before is the
   * item above it, or NULL for the first. Optional. */
  GtkWidget *(*create_header) (DoorstepStrip *self,
                               gpointer       item,
                               gpointer       before);

  /*< private >*/
  const DoorstepListEndpoint *endpoint;
  const char * const         *query;
};

void        doorstep_strip_class_set_list (DoorstepStripClass         *klass,
                                           const DoorstepListEndpoint *endpoint,
                                           const char * const         *query);
GListModel *doorstep_strip_get_items      (DoorstepStrip              *self);

G_END_DECLS

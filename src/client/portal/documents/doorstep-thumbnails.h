/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The thumbnails of the photos a Documents page shows: each fetched once
 * while the page lives, however many rows and tiles show it, and the
 * tiles of the Photos grid, which show theirs as it comes. Rows hear of
 * one with ::loaded. */

#define DOORSTEP_TYPE_THUMBNAILS (doorstep_thumbnails_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepThumbnails, doorstep_thumbnails, DOORSTEP, THUMBNAILS, GObject)

DoorstepThumbnails *doorstep_thumbnails_new              (void);
void                doorstep_thumbnails_set_scope        (DoorstepThumbnails    *self,
                                                          DoorstepScope         *scope);
GdkTexture         *doorstep_thumbnails_lookup           (DoorstepThumbnails    *self,
                                                          const char            *file_id);
GtkListItemFactory *doorstep_thumbnails_new_tile_factory (DoorstepThumbnails    *self);

G_END_DECLS

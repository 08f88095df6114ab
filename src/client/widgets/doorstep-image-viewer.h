/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A photo shown large, in a window of its own: Previous and Next through
 * the photos of the list it was opened from, zoom (in, out, best fit),
 * and Download. The photo is fetched and decoded off the main loop. */

#define DOORSTEP_TYPE_IMAGE_VIEWER (doorstep_image_viewer_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepImageViewer, doorstep_image_viewer, DOORSTEP, IMAGE_VIEWER, AdwWindow)

GtkWidget *doorstep_image_viewer_new          (DoorstepScope       *scope,
                                               GListModel          *entries,
                                               guint                position);
const char *doorstep_image_viewer_get_title_text (DoorstepImageViewer *self);
gboolean   doorstep_image_viewer_is_loaded    (DoorstepImageViewer *self);
double     doorstep_image_viewer_get_zoom     (DoorstepImageViewer *self);

G_END_DECLS

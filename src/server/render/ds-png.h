/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_surface_t *ds_png_decode         (GBytes          *png);
GBytes          *ds_png_encode         (cairo_surface_t *surface);
gboolean         ds_png_is_acceptable  (GBytes          *png,
                                        guint32          max_side);

G_END_DECLS

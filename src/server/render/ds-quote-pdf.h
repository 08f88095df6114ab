/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "ds-quotes.h"

G_BEGIN_DECLS

GBytes *ds_quote_pdf_render (DsDb          *db,
                             const DsQuote *quote,
                             GError       **error);

cairo_surface_t *ds_png_decode (GBytes          *png);
GBytes          *ds_png_encode (cairo_surface_t *surface);

G_END_DECLS

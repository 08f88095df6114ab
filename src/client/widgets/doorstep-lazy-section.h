/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A section whose page is built the first time it is needed (shown,
 * loaded, or asked for), not with the view: starting up builds only what
 * is in view. Its page is a DoorstepSection of the type it names. */

#define DOORSTEP_TYPE_LAZY_SECTION (doorstep_lazy_section_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepLazySection, doorstep_lazy_section, DOORSTEP, LAZY_SECTION, AdwBin)

GtkWidget *doorstep_lazy_section_get_page (DoorstepLazySection *self);

G_END_DECLS

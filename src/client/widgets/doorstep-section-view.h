/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A view of sections (the portal's Dashboard, Quotes, …; the staff's
 * Customers): a sidebar that lists them and, beside it or over it when
 * narrow, the one shown under its own header bar. The sections are the
 * pages of its view stack, given in a template as
 * <child internal-child="stack">; adding a section is adding a page. A
 * view with one section shows no sidebar. Children of type "start" and
 * "end" go into the content's header bar, beside the main menu, and
 * "banner" under it. */

#define DOORSTEP_TYPE_SECTION_VIEW (doorstep_section_view_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepSectionView, doorstep_section_view, DOORSTEP, SECTION_VIEW, AdwBin)

AdwViewStack *doorstep_section_view_get_stack (DoorstepSectionView *self);
void          doorstep_section_view_show      (DoorstepSectionView *self,
                                               const char          *name);
void          doorstep_section_view_load      (DoorstepSectionView *self,
                                               DoorstepScope       *scope,
                                               const char          *first);
void          doorstep_section_view_reload    (DoorstepSectionView *self);
void          doorstep_section_view_clear     (DoorstepSectionView *self);

G_END_DECLS

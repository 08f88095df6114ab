/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* Details pushed over a page's base (a list page's list) in its leaflet,
 * and over each other, with Back returning to what was shown before; the
 * details that are sections are loaded, reloaded and cleared with it. */

#define DOORSTEP_TYPE_DETAIL_STACK (doorstep_detail_stack_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDetailStack, doorstep_detail_stack, DOORSTEP, DETAIL_STACK, GObject)

DoorstepDetailStack *doorstep_detail_stack_new         (AdwLeaflet          *leaflet,
                                                        GtkWidget           *base);
void                 doorstep_detail_stack_add         (DoorstepDetailStack *self,
                                                        GtkWidget           *detail,
                                                        DoorstepScope       *scope);
void                 doorstep_detail_stack_push        (DoorstepDetailStack *self,
                                                        GtkWidget           *detail);
void                 doorstep_detail_stack_back        (DoorstepDetailStack *self);
GtkWidget           *doorstep_detail_stack_get_visible (DoorstepDetailStack *self);
void                 doorstep_detail_stack_load        (DoorstepDetailStack *self,
                                                        DoorstepScope       *scope);
void                 doorstep_detail_stack_reload      (DoorstepDetailStack *self);
void                 doorstep_detail_stack_clear       (DoorstepDetailStack *self);

G_END_DECLS

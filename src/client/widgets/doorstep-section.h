/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A section of a view (the portal's Dashboard and Quotes, the staff's
 * Customers, and later the tabs of a customer's profile): the view that
 * holds it (DoorstepSectionView) loads each section when it is first
 * shown, reloads those loaded, and clears them all. */

#define DOORSTEP_TYPE_SECTION (doorstep_section_get_type ())
G_DECLARE_INTERFACE (DoorstepSection, doorstep_section, DOORSTEP, SECTION, GtkWidget)

struct _DoorstepSectionInterface {
  GTypeInterface parent_iface;

  /* Shows @scope's data from the start: first page, first filter. */
  void (*load)   (DoorstepSection *self,
                  DoorstepScope   *scope);
  /* Loads again, keeping what is shown until the new data is in. */
  void (*reload) (DoorstepSection *self);
  /* Drops everything shown, so the next person never glimpses it. */
  void (*clear)  (DoorstepSection *self);
};

void doorstep_section_load   (DoorstepSection *self,
                              DoorstepScope   *scope);
void doorstep_section_reload (DoorstepSection *self);
void doorstep_section_clear  (DoorstepSection *self);

/* Clears every section among the pages of @stack. */
void doorstep_sections_clear  (AdwViewStack    *stack);

G_END_DECLS

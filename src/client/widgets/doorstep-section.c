/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-section.h"

G_DEFINE_INTERFACE (DoorstepSection, doorstep_section, GTK_TYPE_WIDGET)

static void
doorstep_section_default_init (DoorstepSectionInterface *iface)
{
}

void
doorstep_section_load (DoorstepSection *self,
                       DoorstepScope   *scope)
{
  g_return_if_fail (DOORSTEP_IS_SECTION (self));
  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));

  DOORSTEP_SECTION_GET_IFACE (self)->load (self, scope);
}

void
doorstep_section_reload (DoorstepSection *self)
{
  g_return_if_fail (DOORSTEP_IS_SECTION (self));

  DOORSTEP_SECTION_GET_IFACE (self)->reload (self);
}

void
doorstep_section_clear (DoorstepSection *self)
{
  g_return_if_fail (DOORSTEP_IS_SECTION (self));

  DOORSTEP_SECTION_GET_IFACE (self)->clear (self);
}

static void
foreach_section (AdwViewStack *stack,
                 void        (*func) (DoorstepSection *section,
                                      DoorstepScope   *scope),
                 DoorstepScope *scope)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      if (DOORSTEP_IS_SECTION (child))
        func (DOORSTEP_SECTION (child), scope);
    }
}

static void
clear_one (DoorstepSection *section,
           DoorstepScope   *scope)
{
  doorstep_section_clear (section);
}

void
doorstep_sections_clear (AdwViewStack *stack)
{
  g_return_if_fail (ADW_IS_VIEW_STACK (stack));
  foreach_section (stack, clear_one, NULL);
}

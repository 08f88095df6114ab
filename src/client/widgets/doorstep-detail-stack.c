/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-detail-stack.h"
#include "doorstep-section.h"

struct _DoorstepDetailStack {
  GObject     parent_instance;

  /* the page's, which outlive this */
  AdwLeaflet *leaflet;
  GtkWidget  *base;

  GPtrArray  *details;  /* every page that can be pushed over the base */
};

G_DEFINE_FINAL_TYPE (DoorstepDetailStack, doorstep_detail_stack, G_TYPE_OBJECT)

/* Whether @detail is shown, or is one a Back leads to from what is
 * shown: the pages from the base up to the visible one. */
static gboolean
in_back_stack (DoorstepDetailStack *self,
               GtkWidget           *detail)
{
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_leaflet_get_pages (self->leaflet));

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (pages, i);
      GtkWidget *child = adw_leaflet_page_get_child (page);

      if (child == detail)
        return TRUE;
      if (child == visible)
        return FALSE;
    }
  return FALSE;
}

static void
doorstep_detail_stack_finalize (GObject *object)
{
  g_ptr_array_unref (DOORSTEP_DETAIL_STACK (object)->details);
  G_OBJECT_CLASS (doorstep_detail_stack_parent_class)->finalize (object);
}

static void
doorstep_detail_stack_class_init (DoorstepDetailStackClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_detail_stack_finalize;
}

static void
doorstep_detail_stack_init (DoorstepDetailStack *self)
{
  self->details = g_ptr_array_new ();
}

/**
 * doorstep_detail_stack_new:
 * @leaflet: the page's leaflet, which @base is the first child of
 * @base: what the details are pushed over
 */
DoorstepDetailStack *
doorstep_detail_stack_new (AdwLeaflet *leaflet,
                           GtkWidget  *base)
{
  DoorstepDetailStack *self;

  g_return_val_if_fail (ADW_IS_LEAFLET (leaflet), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (base), NULL);

  self = g_object_new (DOORSTEP_TYPE_DETAIL_STACK, NULL);
  self->leaflet = leaflet;
  self->base = base;
  return self;
}

/**
 * doorstep_detail_stack_add:
 * @detail: a page to push over the base
 * @scope: (nullable): the scope the page has, which a #DoorstepSection
 *   among the details is loaded with at once
 */
void
doorstep_detail_stack_add (DoorstepDetailStack *self,
                           GtkWidget           *detail,
                           DoorstepScope       *scope)
{
  g_return_if_fail (DOORSTEP_IS_DETAIL_STACK (self));
  g_return_if_fail (GTK_IS_WIDGET (detail));

  adw_leaflet_append (self->leaflet, detail);
  g_ptr_array_add (self->details, detail);
  if (scope != NULL && DOORSTEP_IS_SECTION (detail))
    doorstep_section_load (DOORSTEP_SECTION (detail), scope);
}

/**
 * doorstep_detail_stack_push:
 * @detail: one of the details
 *
 * Shows @detail over what is shown now, which Back then returns to.
 */
void
doorstep_detail_stack_push (DoorstepDetailStack *self,
                            GtkWidget           *detail)
{
  GtkWidget *visible;

  g_return_if_fail (DOORSTEP_IS_DETAIL_STACK (self));
  g_return_if_fail (g_ptr_array_find (self->details, detail, NULL));

  visible = adw_leaflet_get_visible_child (self->leaflet);
  if (visible == detail)
    return;
  /* The leaflet goes back to the previous child: put @detail right after
   * what is shown. */
  adw_leaflet_reorder_child_after (self->leaflet, detail, visible);
  adw_leaflet_set_visible_child (self->leaflet, detail);
}

/* Back to what was shown before the detail shown. */
void
doorstep_detail_stack_back (DoorstepDetailStack *self)
{
  g_return_if_fail (DOORSTEP_IS_DETAIL_STACK (self));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * doorstep_detail_stack_get_visible:
 *
 * Returns: (transfer none) (nullable): the detail shown, or %NULL when
 *   the base is
 */
GtkWidget *
doorstep_detail_stack_get_visible (DoorstepDetailStack *self)
{
  GtkWidget *visible;

  g_return_val_if_fail (DOORSTEP_IS_DETAIL_STACK (self), NULL);

  visible = adw_leaflet_get_visible_child (self->leaflet);
  return visible != self->base ? visible : NULL;
}

/* Shows the base, and loads the details that are sections for @scope. */
void
doorstep_detail_stack_load (DoorstepDetailStack *self,
                            DoorstepScope       *scope)
{
  g_return_if_fail (DOORSTEP_IS_DETAIL_STACK (self));

  adw_leaflet_set_visible_child (self->leaflet, self->base);
  for (guint i = 0; i < self->details->len; i++)
    if (DOORSTEP_IS_SECTION (g_ptr_array_index (self->details, i)))
      doorstep_section_load (g_ptr_array_index (self->details, i), scope);
}

/* Reloads the details that are sections and are shown, or that Back
 * leads to from what is shown. */
void
doorstep_detail_stack_reload (DoorstepDetailStack *self)
{
  g_return_if_fail (DOORSTEP_IS_DETAIL_STACK (self));

  for (guint i = 0; i < self->details->len; i++)
    {
      GtkWidget *detail = g_ptr_array_index (self->details, i);

      if (DOORSTEP_IS_SECTION (detail) && in_back_stack (self, detail))
        doorstep_section_reload (DOORSTEP_SECTION (detail));
    }
}

/* Clears the details that are sections, and shows the base. */
void
doorstep_detail_stack_clear (DoorstepDetailStack *self)
{
  g_return_if_fail (DOORSTEP_IS_DETAIL_STACK (self));

  for (guint i = 0; i < self->details->len; i++)
    if (DOORSTEP_IS_SECTION (g_ptr_array_index (self->details, i)))
      doorstep_section_clear (g_ptr_array_index (self->details, i));
  adw_leaflet_set_visible_child (self->leaflet, self->base);
}

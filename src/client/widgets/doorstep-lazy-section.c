/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-lazy-section.h"
#include "doorstep-section.h"

struct _DoorstepLazySection {
  AdwBin  parent_instance;

  GType   page_type;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepLazySection, doorstep_lazy_section, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

enum {
  PROP_0,
  PROP_PAGE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * doorstep_lazy_section_get_page:
 *
 * Returns: (transfer none): the page, built now if it was not yet
 */
GtkWidget *
doorstep_lazy_section_get_page (DoorstepLazySection *self)
{
  GtkWidget *page;

  g_return_val_if_fail (DOORSTEP_IS_LAZY_SECTION (self), NULL);

  page = adw_bin_get_child (ADW_BIN (self));
  if (page == NULL)
    {
      page = g_object_new (self->page_type, NULL);
      adw_bin_set_child (ADW_BIN (self), page);
    }
  return page;
}

/* DoorstepSection: loading builds the page; a page never built has
 * nothing to reload or clear. */

static void
lazy_load (DoorstepSection *section,
           DoorstepScope   *scope)
{
  doorstep_section_load (DOORSTEP_SECTION (doorstep_lazy_section_get_page (DOORSTEP_LAZY_SECTION (section))), scope);
}

static void
lazy_reload (DoorstepSection *section)
{
  GtkWidget *page = adw_bin_get_child (ADW_BIN (section));

  if (page != NULL)
    doorstep_section_reload (DOORSTEP_SECTION (page));
}

static void
lazy_clear (DoorstepSection *section)
{
  GtkWidget *page = adw_bin_get_child (ADW_BIN (section));

  if (page != NULL)
    doorstep_section_clear (DOORSTEP_SECTION (page));
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = lazy_load;
  iface->reload = lazy_reload;
  iface->clear = lazy_clear;
}

static void
doorstep_lazy_section_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DoorstepLazySection *self = DOORSTEP_LAZY_SECTION (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_string (value, self->page_type != G_TYPE_INVALID ? g_type_name (self->page_type) : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_lazy_section_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DoorstepLazySection *self = DOORSTEP_LAZY_SECTION (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      /* The type must be registered already (g_type_ensure() by the view). */
      self->page_type = g_type_from_name (g_value_get_string (value));
      g_return_if_fail (g_type_is_a (self->page_type, GTK_TYPE_WIDGET) &&
                        g_type_is_a (self->page_type, DOORSTEP_TYPE_SECTION));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_lazy_section_class_init (DoorstepLazySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = doorstep_lazy_section_get_property;
  object_class->set_property = doorstep_lazy_section_set_property;

  /* The name of the page's type, a DoorstepSection widget. */
  properties[PROP_PAGE_TYPE] =
    g_param_spec_string ("page-type", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_lazy_section_init (DoorstepLazySection *self)
{
}

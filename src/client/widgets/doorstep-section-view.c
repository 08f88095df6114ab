/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-primary-menu.h"
#include "doorstep-section.h"
#include "doorstep-section-view.h"

/* The navigation the GNOME HIG gives an app with more views than a view
 * switcher holds well (five): a sidebar in a leaflet (libadwaita 1.2 has
 * no split view). The list of the sidebar is the view stack's pages, so it
 * follows them: each row shows a page's icon and title, activating it
 * shows the page, and the row of the page shown is the selected one. */

struct _DoorstepSectionView {
  AdwBin          parent_instance;

  /* template widgets */
  AdwLeaflet     *leaflet;
  GtkWidget      *sidebar;
  AdwHeaderBar   *sidebar_header;
  AdwWindowTitle *sidebar_title;
  GtkListBox     *section_list;
  GtkWidget      *separator;
  GtkWidget      *content;
  AdwHeaderBar   *content_header;
  AdwWindowTitle *content_title;
  GtkWidget      *back_button;
  GtkMenuButton  *menu_button;
  AdwBin         *banner;
  AdwViewStack   *stack;

  GListModel     *pages;   /* of AdwViewStackPage */

  /* Whose sections are shown (NULL before the first load and after
   * clearing), and which sections have loaded for them: a section loads
   * when first shown, so that starting up fetches only what is in view. */
  DoorstepScope  *scope;
  GHashTable     *loaded;  /* DoorstepSection, unowned: pages of the stack */
};

static void buildable_iface_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepSectionView, doorstep_section_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sidebar shows when there is more than one section; the window
 * buttons go to whichever header bars are at the window's edges. */
static void
update_chrome (DoorstepSectionView *self)
{
  gboolean single = g_list_model_get_n_items (self->pages) <= 1;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->sidebar, !single);
  gtk_widget_set_visible (self->separator, !single);
  gtk_widget_set_visible (self->back_button, folded && !single);
  adw_header_bar_set_show_end_title_buttons (self->sidebar_header, folded);
  adw_header_bar_set_show_start_title_buttons (self->content_header, folded || single);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  AdwViewStackPage *page = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  g_object_bind_property (page, "icon-name", icon, "icon-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "title", label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "visible", row, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* The section shown loads the first time it is shown for a scope. */
static void
load_visible (DoorstepSectionView *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->stack);

  if (self->scope == NULL || !DOORSTEP_IS_SECTION (child) || g_hash_table_contains (self->loaded, child))
    return;
  g_hash_table_add (self->loaded, child);
  doorstep_section_load (DOORSTEP_SECTION (child), self->scope);
}

static void
visible_child_changed_cb (DoorstepSectionView *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->stack);

  load_visible (self);

  for (guint i = 0; self->pages != NULL && i < g_list_model_get_n_items (self->pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (self->pages, i);

      if (adw_view_stack_page_get_child (page) != child)
        continue;
      gtk_list_box_select_row (self->section_list, gtk_list_box_get_row_at_index (self->section_list, (int) i));
      adw_window_title_set_title (self->content_title, adw_view_stack_page_get_title (page));
    }
}

static void
row_activated_cb (DoorstepSectionView *self,
                  GtkListBoxRow       *row)
{
  g_autoptr(AdwViewStackPage) page = g_list_model_get_item (self->pages, (guint) gtk_list_box_row_get_index (row));

  adw_view_stack_set_visible_child (self->stack, adw_view_stack_page_get_child (page));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepSectionView *self = DOORSTEP_SECTION_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* GtkBuildable */

static GObject *
doorstep_section_view_get_internal_child (GtkBuildable *buildable,
                                          GtkBuilder   *builder,
                                          const char   *name)
{
  if (g_strcmp0 (name, "stack") == 0)
    return G_OBJECT (DOORSTEP_SECTION_VIEW (buildable)->stack);
  return parent_buildable_iface->get_internal_child (buildable, builder, name);
}

static void
doorstep_section_view_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  DoorstepSectionView *self = DOORSTEP_SECTION_VIEW (buildable);

  if (g_strcmp0 (type, "start") == 0)
    adw_header_bar_pack_start (self->content_header, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "end") == 0)
    adw_header_bar_pack_end (self->content_header, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "banner") == 0)
    adw_bin_set_child (self->banner, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->get_internal_child = doorstep_section_view_get_internal_child;
  iface->add_child = doorstep_section_view_add_child;
}

/* GObject */

static void
doorstep_section_view_dispose (GObject *object)
{
  DoorstepSectionView *self = DOORSTEP_SECTION_VIEW (object);

  if (self->pages != NULL)
    g_signal_handlers_disconnect_by_data (self->pages, self);
  g_clear_object (&self->pages);
  g_clear_object (&self->scope);
  g_clear_pointer (&self->loaded, g_hash_table_unref);

  G_OBJECT_CLASS (doorstep_section_view_parent_class)->dispose (object);
}

static void
doorstep_section_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DoorstepSectionView *self = DOORSTEP_SECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, adw_window_title_get_title (self->sidebar_title));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, adw_window_title_get_subtitle (self->content_title));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_section_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DoorstepSectionView *self = DOORSTEP_SECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      adw_window_title_set_title (self->sidebar_title, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      adw_window_title_set_subtitle (self->content_title, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_section_view_class_init (DoorstepSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_section_view_dispose;
  object_class->get_property = doorstep_section_view_get_property;
  object_class->set_property = doorstep_section_view_set_property;

  /* Over the sidebar: what the sections are of, such as the business. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Under the title of the section shown. */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-section-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, section_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, separator);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, content);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, content_header);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, content_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, back_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, banner);
  gtk_widget_class_bind_template_child (widget_class, DoorstepSectionView, stack);
  gtk_widget_class_bind_template_callback (widget_class, update_chrome);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "sections.show-list", NULL, show_list_action);
}

static void
doorstep_section_view_init (DoorstepSectionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loaded = g_hash_table_new (NULL, NULL);
  doorstep_primary_menu_button_init (self->menu_button);

  self->pages = G_LIST_MODEL (adw_view_stack_get_pages (self->stack));
  gtk_list_box_bind_model (self->section_list, self->pages, create_row, NULL, NULL);
  g_signal_connect_swapped (self->pages, "items-changed", G_CALLBACK (update_chrome), self);
  g_signal_connect_swapped (self->pages, "items-changed", G_CALLBACK (visible_child_changed_cb), self);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_chrome (self);
}

/**
 * doorstep_section_view_get_stack:
 *
 * Returns: (transfer none): the stack whose pages are the sections
 */
AdwViewStack *
doorstep_section_view_get_stack (DoorstepSectionView *self)
{
  g_return_val_if_fail (DOORSTEP_IS_SECTION_VIEW (self), NULL);
  return self->stack;
}

/* Shows the section @name, over the sidebar when narrow. */
void
doorstep_section_view_show (DoorstepSectionView *self,
                            const char          *name)
{
  g_return_if_fail (DOORSTEP_IS_SECTION_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * doorstep_section_view_load:
 * @first: the name of the section to show
 *
 * Shows @first for @scope and loads it; every other section loads for
 * @scope when it is first shown.
 */
void
doorstep_section_view_load (DoorstepSectionView *self,
                            DoorstepScope       *scope,
                            const char          *first)
{
  g_return_if_fail (DOORSTEP_IS_SECTION_VIEW (self));
  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));

  /* No section loads for the scope before while @first comes into view. */
  g_clear_object (&self->scope);
  g_hash_table_remove_all (self->loaded);
  doorstep_section_view_show (self, first);
  self->scope = g_object_ref (scope);
  load_visible (self);
}

/* Loads again the sections that have loaded; the others load when shown. */
void
doorstep_section_view_reload (DoorstepSectionView *self)
{
  GHashTableIter iter;
  gpointer section;

  g_return_if_fail (DOORSTEP_IS_SECTION_VIEW (self));

  g_hash_table_iter_init (&iter, self->loaded);
  while (g_hash_table_iter_next (&iter, &section, NULL))
    doorstep_section_reload (section);
}

void
doorstep_section_view_clear (DoorstepSectionView *self)
{
  g_return_if_fail (DOORSTEP_IS_SECTION_VIEW (self));
  doorstep_sections_clear (self->stack);
  g_hash_table_remove_all (self->loaded);
  g_clear_object (&self->scope);
}

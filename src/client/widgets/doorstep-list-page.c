/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-detail-stack.h"
#include "doorstep-filter-bar.h"
#include "doorstep-list-loader.h"
#include "doorstep-list-page.h"
#include "doorstep-list-search.h"
#include "doorstep-list-states.h"
#include "doorstep-section.h"

/* The base holds the page together: its template and what a subclass's
 * template sets, and loading as a section. The items and their paging are
 * a DoorstepListLoader; its four states a DoorstepListStates; the filter
 * buttons and their counts a DoorstepFilterBar; the search a
 * DoorstepListSearch; the details over the list a DoorstepDetailStack. */

typedef struct {
  /* template widgets */
  AdwLeaflet          *leaflet;
  GtkWidget           *list_side;
  GtkBox              *header;
  GtkWidget           *search_row;
  GtkBox              *search_box;
  DoorstepFilterBar   *filter_bar;
  GtkSearchEntry      *search_entry;
  GtkStack            *state_stack;
  GtkSpinner          *spinner;
  GtkScrolledWindow   *scrolled_window;
  GtkListView         *list_view;
  AdwClampScrollable  *clamp;
  AdwStatusPage       *empty_page;
  AdwStatusPage       *error_page;
  GtkWidget           *detail;         /* the first detail, from the subclass's template */
  GtkWidget           *header_end;     /* likewise */
  GtkWidget           *above_filters;  /* likewise */

  /* owned references */
  DoorstepListLoader  *loader;
  DoorstepListStates  *states;
  DoorstepListSearch  *search;
  DoorstepDetailStack *details;
  DoorstepScope       *scope;
} DoorstepListPagePrivate;

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (DoorstepListPage, doorstep_list_page, ADW_TYPE_BIN,
                                  G_ADD_PRIVATE (DoorstepListPage)
                                  G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

enum {
  PROP_0,
  PROP_FACTORY,
  PROP_SEARCHABLE,
  PROP_SEARCH_PLACEHOLDER,
  PROP_SEARCH_LABEL,
  PROP_LIST_LABEL,
  PROP_LOADING_LABEL,
  PROP_EMPTY_ICON_NAME,
  PROP_ERROR_TITLE,
  PROP_HEADER_END,
  PROP_EMPTY_CHILD,
  PROP_DETAIL,
  PROP_ABOVE_FILTERS,
  PROP_FILTER,
  PROP_FILTERS,
  PROP_ITEMS,
  PROP_EDITABLE,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
describe_empty (gpointer   user_data,
                char     **title,
                char     **description)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (user_data);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  g_autofree char *search = doorstep_list_search_dup_terms (priv->search);

  DOORSTEP_LIST_PAGE_GET_CLASS (self)->describe_empty (self, doorstep_filter_bar_get_filter (priv->filter_bar),
                                                       search, title, description);
}

static void
start_query (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  DoorstepListPageClass *klass = DOORSTEP_LIST_PAGE_GET_CLASS (self);
  g_autofree char *search = doorstep_list_search_dup_terms (priv->search);
  const char *filter = doorstep_filter_bar_get_filter (priv->filter_bar);

  if (priv->scope == NULL)
    return;

  doorstep_list_loader_start (priv->loader, priv->scope, klass->endpoint, filter, search,
                              klass->shows_grid != NULL && klass->shows_grid (self, filter));
  doorstep_list_states_update (priv->states);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS]);
}

static char *
describe_count (const char *label,
                guint       count,
                gpointer    user_data)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (user_data);

  return DOORSTEP_LIST_PAGE_GET_CLASS (self)->describe_count (self, label, count);
}

/* Counted as the list is narrowed: by its search and what the subclass
 * adds, not by the filters being counted. */
static void
load_counts (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  g_autofree char *search = doorstep_list_search_dup_terms (priv->search);
  const DoorstepListEndpoint *endpoint = DOORSTEP_LIST_PAGE_GET_CLASS (self)->endpoint;
  g_autoptr(GPtrArray) query = doorstep_list_loader_build_query (priv->loader, endpoint, NULL, search);

  doorstep_filter_bar_load_counts (priv->filter_bar, endpoint, priv->scope, (const char * const *) query->pdata);
}

static void
filter_changed_cb (DoorstepListPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
  start_query (self);
}

static void
search_changed_cb (DoorstepListPage *self)
{
  start_query (self);
  load_counts (self);
}

static void
retry_cb (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  DoorstepPagedList *list = doorstep_list_loader_get_list (priv->loader);

  if (list != NULL && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
    doorstep_paged_list_load_more (list);
  else
    doorstep_list_page_refresh (self);
}

static void
activate_cb (DoorstepListPage *self,
             GObject          *item)
{
  if (DOORSTEP_LIST_PAGE_GET_CLASS (self)->activate != NULL)
    DOORSTEP_LIST_PAGE_GET_CLASS (self)->activate (self, item);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (DOORSTEP_LIST_PAGE (widget));

  doorstep_detail_stack_back (priv->details);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (DOORSTEP_LIST_PAGE (widget));

  doorstep_list_search_focus (priv->search);
}

/* DoorstepSection */

static void
doorstep_list_page_load (DoorstepSection *section,
                         DoorstepScope   *scope)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (section);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_set_object (&priv->scope, scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
  doorstep_filter_bar_reset (priv->filter_bar);
  doorstep_detail_stack_load (priv->details, scope);
  if (DOORSTEP_IS_SECTION (priv->above_filters))
    doorstep_section_load (DOORSTEP_SECTION (priv->above_filters), scope);
  doorstep_list_page_refresh (self);
}

static void
doorstep_list_page_reload (DoorstepSection *section)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (section);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  if (priv->scope == NULL)
    return;
  doorstep_list_page_refresh (self);
  doorstep_detail_stack_reload (priv->details);
}

static void
doorstep_list_page_clear (DoorstepSection *section)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (section);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  doorstep_list_loader_clear (priv->loader);
  g_clear_object (&priv->scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
  doorstep_filter_bar_clear_counts (priv->filter_bar);
  doorstep_list_search_clear (priv->search);
  doorstep_detail_stack_clear (priv->details);
  if (DOORSTEP_IS_SECTION (priv->above_filters))
    doorstep_section_clear (DOORSTEP_SECTION (priv->above_filters));
  doorstep_list_states_update (priv->states);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS]);
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_list_page_load;
  iface->reload = doorstep_list_page_reload;
  iface->clear = doorstep_list_page_clear;
}

/* GObject */

static void
doorstep_list_page_dispose (GObject *object)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (object);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_clear_object (&priv->loader);
  g_clear_object (&priv->states);
  g_clear_object (&priv->search);
  g_clear_object (&priv->scope);
  g_clear_object (&priv->details);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself. */

  G_OBJECT_CLASS (doorstep_list_page_parent_class)->dispose (object);
}

static void
doorstep_list_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (object);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_HEADER_END:
      g_value_set_object (value, priv->header_end);
      break;
    case PROP_FILTER:
      g_value_set_string (value, doorstep_filter_bar_get_filter (priv->filter_bar));
      break;
    case PROP_FILTERS:
      g_value_set_object (value, doorstep_filter_bar_get_filters (priv->filter_bar));
      break;
    case PROP_ITEMS:
      g_value_set_object (value, doorstep_list_loader_get_list (priv->loader));
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, priv->scope == NULL || !doorstep_scope_get_read_only (priv->scope));
      break;
    case PROP_SCOPE:
      g_value_set_object (value, priv->scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_accessible_label (gpointer      widget,
                      const GValue *value)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, g_value_get_string (value), -1);
}

static void
doorstep_list_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (object);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_FACTORY:
      gtk_list_view_set_factory (priv->list_view, g_value_get_object (value));
      break;
    case PROP_SEARCHABLE:
      doorstep_list_search_set_searchable (priv->search, g_value_get_boolean (value));
      break;
    case PROP_SEARCH_PLACEHOLDER:
      g_object_set_property (G_OBJECT (priv->search_entry), "placeholder-text", value);
      break;
    case PROP_SEARCH_LABEL:
      set_accessible_label (priv->search_entry, value);
      break;
    case PROP_LIST_LABEL:
      set_accessible_label (priv->list_view, value);
      break;
    case PROP_LOADING_LABEL:
      set_accessible_label (priv->spinner, value);
      break;
    case PROP_EMPTY_ICON_NAME:
      adw_status_page_set_icon_name (priv->empty_page, g_value_get_string (value));
      break;
    case PROP_ERROR_TITLE:
      adw_status_page_set_title (priv->error_page, g_value_get_string (value));
      break;
    case PROP_HEADER_END:
      g_assert (priv->header_end == NULL);
      priv->header_end = g_value_get_object (value);
      gtk_box_append (priv->header, priv->header_end);
      break;
    case PROP_EMPTY_CHILD:
      adw_status_page_set_child (priv->empty_page, g_value_get_object (value));
      break;
    case PROP_DETAIL:
      g_assert (priv->detail == NULL);
      priv->detail = g_value_get_object (value);
      doorstep_list_page_add_detail (self, priv->detail);
      break;
    case PROP_ABOVE_FILTERS:
      g_assert (priv->above_filters == NULL);
      priv->above_filters = g_value_get_object (value);
      gtk_box_prepend (GTK_BOX (priv->list_side), priv->above_filters);
      break;
    case PROP_FILTER:
      doorstep_list_page_set_filter (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_list_page_class_init (DoorstepListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags write_only = G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags read_write = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = doorstep_list_page_dispose;
  object_class->get_property = doorstep_list_page_get_property;
  object_class->set_property = doorstep_list_page_set_property;

  /* What a subclass's template sets: its row factory, its texts, and the
   * widgets that go in its slots; of these only header-end is read back. */
  properties[PROP_FACTORY] = g_param_spec_object ("factory", NULL, NULL, GTK_TYPE_LIST_ITEM_FACTORY, write_only);
  properties[PROP_SEARCHABLE] = g_param_spec_boolean ("searchable", NULL, NULL, FALSE, write_only);
  properties[PROP_SEARCH_PLACEHOLDER] = g_param_spec_string ("search-placeholder", NULL, NULL, NULL, write_only);
  properties[PROP_SEARCH_LABEL] = g_param_spec_string ("search-label", NULL, NULL, NULL, write_only);
  properties[PROP_LIST_LABEL] = g_param_spec_string ("list-label", NULL, NULL, NULL, write_only);
  properties[PROP_LOADING_LABEL] = g_param_spec_string ("loading-label", NULL, NULL, NULL, write_only);
  properties[PROP_EMPTY_ICON_NAME] = g_param_spec_string ("empty-icon-name", NULL, NULL, NULL, write_only);
  properties[PROP_ERROR_TITLE] = g_param_spec_string ("error-title", NULL, NULL, NULL, write_only);
  properties[PROP_HEADER_END] = g_param_spec_object ("header-end", NULL, NULL, GTK_TYPE_WIDGET, read_write);
  properties[PROP_EMPTY_CHILD] = g_param_spec_object ("empty-child", NULL, NULL, GTK_TYPE_WIDGET, write_only);
  properties[PROP_DETAIL] = g_param_spec_object ("detail", NULL, NULL, GTK_TYPE_WIDGET, write_only);
  /* Above the filters, not scrolled with the list; a DoorstepSection
   * there is loaded, reloaded and cleared with the page. */
  properties[PROP_ABOVE_FILTERS] = g_param_spec_object ("above-filters", NULL, NULL, GTK_TYPE_WIDGET, write_only);

  /* The state of the page */
  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL, NULL, read_write | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILTERS] =
    g_param_spec_object ("filters", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the scope may change things: false for staff previewing. */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whose list it is: set by loading, dropped by clearing. */
  properties[PROP_SCOPE] =
    g_param_spec_object ("scope", NULL, NULL, DOORSTEP_TYPE_SCOPE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOORSTEP_TYPE_FILTER_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-list-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, leaflet);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, list_side);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, header);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, filter_bar);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, search_entry);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, search_row);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, search_box);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, state_stack);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, spinner);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, scrolled_window);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, list_view);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, clamp);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, empty_page);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);

  gtk_widget_class_install_action (widget_class, "list.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "list.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "list.back", NULL);
}

static void
doorstep_list_page_init (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->loader = doorstep_list_loader_new (priv->clamp, priv->list_view, priv->scrolled_window);
  g_signal_connect_object (priv->loader, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  priv->states = doorstep_list_states_new (priv->loader, priv->state_stack, priv->empty_page, priv->error_page,
                                           describe_empty, self);
  priv->search = doorstep_list_search_new (priv->search_entry, priv->header, GTK_WIDGET (priv->filter_bar),
                                           priv->search_box, priv->search_row);
  g_signal_connect_object (priv->search, "changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  priv->details = doorstep_detail_stack_new (priv->leaflet, priv->list_side);
  if (DOORSTEP_LIST_PAGE_GET_CLASS (self)->describe_count != NULL)
    doorstep_filter_bar_set_describe_count (priv->filter_bar, describe_count, self);
}

/**
 * doorstep_list_page_set_grid_factory:
 * @factory: makes the cells of the grid the filters for which the class's
 *   shows_grid() says so are shown in
 */
void
doorstep_list_page_set_grid_factory (DoorstepListPage   *self,
                                     GtkListItemFactory *factory)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  doorstep_list_loader_set_grid_factory (priv->loader, factory);
}

/* The list or the grid, whichever shows the items now. */
GtkWidget *
doorstep_list_page_get_view (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  return doorstep_list_loader_get_view (priv->loader);
}

/**
 * doorstep_list_page_class_set_endpoint:
 * @endpoint: the list the page shows, from its resource's API file
 */
void
doorstep_list_page_class_set_endpoint (DoorstepListPageClass      *klass,
                                       const DoorstepListEndpoint *endpoint)
{
  g_return_if_fail (DOORSTEP_IS_LIST_PAGE_CLASS (klass));
  klass->endpoint = endpoint;
}

/**
 * doorstep_list_page_add_filter:
 * @name: the filter's value of the endpoint's filter parameter
 * @label: the filter's button label
 *
 * Adds a filter button; the first one added is the one shown at first.
 */
void
doorstep_list_page_add_filter (DoorstepListPage *self,
                               const char       *name,
                               const char       *label)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));

  doorstep_filter_bar_add_filter (priv->filter_bar, name, label);
  doorstep_list_search_place (priv->search);
}

/**
 * doorstep_list_page_get_scope:
 *
 * Returns: (transfer none) (nullable): whose data the page shows
 */
DoorstepScope *
doorstep_list_page_get_scope (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);
  return priv->scope;
}

/**
 * doorstep_list_page_get_items:
 *
 * Returns: (transfer none) (nullable): the list shown, a
 *   #DoorstepPagedList
 */
GListModel *
doorstep_list_page_get_items (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);
  return G_LIST_MODEL (doorstep_list_loader_get_list (priv->loader));
}

/**
 * doorstep_list_page_get_filters:
 *
 * Returns: (transfer none): the filters, #DoorstepListFilter, with their
 *   counts
 */
GListModel *
doorstep_list_page_get_filters (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);
  return doorstep_filter_bar_get_filters (priv->filter_bar);
}

const char *
doorstep_list_page_get_filter (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);
  return doorstep_filter_bar_get_filter (priv->filter_bar);
}

/* Shows the filter named @filter, as if its button were pressed. */
void
doorstep_list_page_set_filter (DoorstepListPage *self,
                               const char       *filter)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));
  doorstep_filter_bar_set_filter (priv->filter_bar, filter);
}

/**
 * doorstep_list_page_add_detail:
 * @detail: a page to push over the list, beside the template's detail
 *
 * A #DoorstepSection among them is loaded, reloaded and cleared with the
 * list page.
 */
void
doorstep_list_page_add_detail (DoorstepListPage *self,
                               GtkWidget        *detail)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));
  doorstep_detail_stack_add (priv->details, detail, priv->scope);
}

/**
 * doorstep_list_page_push:
 * @detail: one of the page's details, filled in by the subclass
 *
 * Shows @detail over what is shown now, which Back (list.back, Alt+Left, a
 * swipe) then returns to: a job opened from a project goes back to the
 * project, the same job opened from the list goes back to the list.
 */
void
doorstep_list_page_push (DoorstepListPage *self,
                         GtkWidget        *detail)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));
  doorstep_detail_stack_push (priv->details, detail);
}

/* Pushes the template's detail over the list; the subclass has filled it
 * in. */
void
doorstep_list_page_show_detail (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));
  g_return_if_fail (priv->detail != NULL);

  doorstep_list_page_push (self, priv->detail);
}

/**
 * doorstep_list_page_get_visible_detail:
 *
 * Returns: (transfer none) (nullable): the detail shown, or %NULL when
 *   the list is
 */
GtkWidget *
doorstep_list_page_get_visible_detail (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);
  return doorstep_detail_stack_get_visible (priv->details);
}

/* Whether the template's detail is the one shown. */
gboolean
doorstep_list_page_get_showing_detail (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), FALSE);
  return priv->detail != NULL && doorstep_list_page_get_visible_detail (self) == priv->detail;
}

/* Loads the counts, the list and what is above the filters again, for
 * something that changed them; the details stay as they are. */
void
doorstep_list_page_refresh (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));

  load_counts (self);
  start_query (self);
  if (priv->scope != NULL && DOORSTEP_IS_SECTION (priv->above_filters))
    doorstep_section_reload (DOORSTEP_SECTION (priv->above_filters));
}

/**
 * doorstep_list_page_get_search:
 *
 * Returns: what the search holds, "" when the page is not searchable
 */
const char *
doorstep_list_page_get_search (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), "");
  return doorstep_list_search_get_text (priv->search);
}

/**
 * doorstep_list_page_set_query:
 * @name: a parameter of the page's endpoint beyond its filter and search
 * @value: (nullable): its value; %NULL or "" leaves it out
 *
 * Narrows the list further (the Documents page's dates and property) and
 * reloads it.
 */
void
doorstep_list_page_set_query (DoorstepListPage *self,
                              const char       *name,
                              const char       *value)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));

  doorstep_list_loader_set_query (priv->loader, name, value);
  start_query (self);
  load_counts (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-list-filter.h"
#include "doorstep-list-page.h"
#include "doorstep-section.h"

/* The model pipeline:
 *
 *   scope + endpoint + filter + search ──▶ DoorstepPagedList ──▶ GtkNoSelection ──▶ GtkListView
 *                                              ▲  load_more() as the view nears its end
 *
 * A new filter or search makes a new list; the old one goes at once and
 * cancels its request. Counts come from the endpoint's counts path. */

typedef struct {
  /* template widgets */
  AdwLeaflet        *leaflet;
  GtkWidget         *list_side;
  GtkBox            *header;
  GtkWidget         *search_row;
  GtkBox            *search_box;
  GtkScrolledWindow *filter_scroll;
  GtkBox            *filter_box;
  GtkSearchEntry    *search_entry;
  GtkStack          *state_stack;
  GtkSpinner        *spinner;
  GtkScrolledWindow *scrolled_window;
  GtkListView       *list_view;
  AdwClampScrollable *clamp;
  GtkGridView       *grid_view;     /* made when a subclass gives a grid factory */
  GtkWidget         *list_view_ref; /* owned while the two views take turns */
  AdwStatusPage     *empty_page;
  AdwStatusPage     *error_page;
  GtkWidget         *detail;        /* the first detail, from the subclass's template */
  GtkWidget         *header_end;    /* likewise */
  GtkWidget         *above_filters;    /* likewise */

  /* owned references */
  GPtrArray         *details;       /* every page that can be pushed over the list */
  DoorstepScope     *scope;
  DoorstepPagedList *list;
  GListStore        *filters;       /* of DoorstepListFilter */
  GPtrArray         *filter_buttons;
  char              *filter;
  GPtrArray         *extra_query;   /* pairs of name and value a subclass adds */
  GCancellable      *counts_cancellable;
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

/* With filters as well, the search moves to a row of its own below them,
 * so that neither squeezes the other in a narrow window. */
static void
place_search (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  gboolean apart = gtk_widget_get_visible (GTK_WIDGET (priv->filter_scroll)) &&
                   gtk_widget_get_visible (GTK_WIDGET (priv->search_entry));
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (priv->search_entry));
  GtkWidget *wanted = apart ? GTK_WIDGET (priv->search_box) : GTK_WIDGET (priv->header);

  if (parent != wanted)
    {
      g_object_ref (priv->search_entry);
      gtk_box_remove (GTK_BOX (parent), GTK_WIDGET (priv->search_entry));
      if (apart)
        gtk_box_append (priv->search_box, GTK_WIDGET (priv->search_entry));
      else
        gtk_box_insert_child_after (priv->header, GTK_WIDGET (priv->search_entry), GTK_WIDGET (priv->filter_scroll));
      g_object_unref (priv->search_entry);
    }
  gtk_widget_set_visible (priv->search_row, apart);
}

static const char *
get_search (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  return gtk_widget_get_visible (GTK_WIDGET (priv->search_entry))
         ? gtk_editable_get_text (GTK_EDITABLE (priv->search_entry)) : "";
}

static void
update_state (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  g_autofree char *search = g_strstrip (g_strdup (get_search (self)));
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  const GError *error;

  if (priv->list == NULL)
    {
      gtk_stack_set_visible_child_name (priv->state_stack, "loading");
      return;
    }

  error = doorstep_paged_list_get_error (priv->list);
  if (g_list_model_get_n_items (G_LIST_MODEL (priv->list)) > 0)
    gtk_stack_set_visible_child_name (priv->state_stack, "list");
  else if (error != NULL)
    {
      adw_status_page_set_description (priv->error_page, error->message);
      gtk_stack_set_visible_child_name (priv->state_stack, "error");
    }
  else if (!doorstep_paged_list_get_loaded (priv->list))
    gtk_stack_set_visible_child_name (priv->state_stack, "loading");
  else
    {
      DOORSTEP_LIST_PAGE_GET_CLASS (self)->describe_empty (self, priv->filter, search, &title, &description);
      adw_status_page_set_title (priv->empty_page, title);
      adw_status_page_set_description (priv->empty_page, description);
      gtk_stack_set_visible_child_name (priv->state_stack, "empty");
    }
}

static void
drop_list (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  if (priv->list != NULL)
    g_signal_handlers_disconnect_by_data (priv->list, self);
  g_clear_object (&priv->list);
}

static void
start_query (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  const DoorstepListEndpoint *endpoint = DOORSTEP_LIST_PAGE_GET_CLASS (self)->endpoint;
  g_autofree char *search = g_strstrip (g_strdup (get_search (self)));
  g_autoptr(GPtrArray) query = g_ptr_array_new ();
  g_autoptr(GtkSelectionModel) selection = NULL;

  if (priv->scope == NULL)
    return;

  /* Pairs of name and value; an empty value is left out. */
  if (endpoint->filter_param != NULL && priv->filter != NULL)
    {
      g_ptr_array_add (query, (gpointer) endpoint->filter_param);
      g_ptr_array_add (query, priv->filter);
    }
  if (endpoint->search_param != NULL)
    {
      g_ptr_array_add (query, (gpointer) endpoint->search_param);
      g_ptr_array_add (query, search);
    }
  for (guint i = 0; priv->extra_query != NULL && i < priv->extra_query->len; i++)
    g_ptr_array_add (query, g_ptr_array_index (priv->extra_query, i));
  g_ptr_array_add (query, NULL);

  drop_list (self);
  priv->list = doorstep_paged_list_new (priv->scope, endpoint, (const char * const *) query->pdata);
  g_signal_connect_swapped (priv->list, "items-changed", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (priv->list, "notify::loaded", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (priv->list, "notify::error", G_CALLBACK (update_state), self);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (priv->list))));
  if (priv->grid_view != NULL && DOORSTEP_LIST_PAGE_GET_CLASS (self)->shows_grid != NULL &&
      DOORSTEP_LIST_PAGE_GET_CLASS (self)->shows_grid (self, priv->filter))
    {
      gtk_list_view_set_model (priv->list_view, NULL);
      gtk_grid_view_set_model (priv->grid_view, selection);
      adw_clamp_scrollable_set_child (priv->clamp, GTK_WIDGET (priv->grid_view));
    }
  else
    {
      if (priv->grid_view != NULL)
        gtk_grid_view_set_model (priv->grid_view, NULL);
      gtk_list_view_set_model (priv->list_view, selection);
      adw_clamp_scrollable_set_child (priv->clamp, GTK_WIDGET (priv->list_view));
    }

  doorstep_paged_list_load_more (priv->list);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS]);
}

static char *
doorstep_list_page_real_describe_count (DoorstepListPage *self,
                                        const char       *label,
                                        guint             count)
{
  /* Translators: a filter and how many items it holds, "Open, 3" */
  return g_strdup_printf (_("%s, %u"), label, count);
}

static void
show_count (DoorstepListPage   *self,
            DoorstepListFilter *filter,
            GtkWidget          *button,
            gboolean            counted,
            guint               count)
{
  g_autofree char *accessible = counted
                                ? DOORSTEP_LIST_PAGE_GET_CLASS (self)->describe_count (self, doorstep_list_filter_get_label (filter), count)
                                : g_strdup (doorstep_list_filter_get_label (filter));

  doorstep_list_filter_set_count (filter, counted, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
counts_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepListPage *self;
  DoorstepListPagePrivate *priv;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCounts) counts = NULL;

  counts = doorstep_list_endpoint_get_counts_finish (DOORSTEP_SCOPE (source_object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_LIST_PAGE (user_data);
  priv = doorstep_list_page_get_instance_private (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (priv->filters)); i++)
    {
      g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (G_LIST_MODEL (priv->filters), i);
      guint count = 0;
      gboolean counted = counts != NULL && doorstep_counts_lookup (counts, doorstep_list_filter_get_name (filter),
                                                                  &count);

      show_count (self, filter, g_ptr_array_index (priv->filter_buttons, i), counted, count);
    }
}

static void
load_counts (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  const DoorstepListEndpoint *endpoint = DOORSTEP_LIST_PAGE_GET_CLASS (self)->endpoint;

  g_cancellable_cancel (priv->counts_cancellable);
  g_clear_object (&priv->counts_cancellable);
  if (priv->scope == NULL || endpoint->counts_path == NULL)
    return;

  priv->counts_cancellable = g_cancellable_new ();

  /* Counted as the list is narrowed: by its search and what the subclass
   * adds, not by the filters being counted. */
  {
    g_autofree char *search = g_strstrip (g_strdup (get_search (self)));
    g_autoptr(GPtrArray) query = g_ptr_array_new ();

    if (endpoint->search_param != NULL)
      {
        g_ptr_array_add (query, (gpointer) endpoint->search_param);
        g_ptr_array_add (query, search);
      }
    for (guint i = 0; priv->extra_query != NULL && i < priv->extra_query->len; i++)
      g_ptr_array_add (query, g_ptr_array_index (priv->extra_query, i));
    g_ptr_array_add (query, NULL);
    doorstep_list_endpoint_get_counts_async (endpoint, priv->scope, (const char * const *) query->pdata,
                                             priv->counts_cancellable, counts_cb, self);
  }
}

static void
filter_toggled_cb (GtkToggleButton  *button,
                   DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  guint index;

  if (!gtk_toggle_button_get_active (button) ||
      !g_ptr_array_find (priv->filter_buttons, button, &index))
    return;

  {
    g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (G_LIST_MODEL (priv->filters), index);

    if (g_strcmp0 (priv->filter, doorstep_list_filter_get_name (filter)) == 0)
      return;
    g_free (priv->filter);
    priv->filter = g_strdup (doorstep_list_filter_get_name (filter));
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
  start_query (self);
}

static void load_counts (DoorstepListPage *self);

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

  if (priv->list != NULL && g_list_model_get_n_items (G_LIST_MODEL (priv->list)) > 0)
    doorstep_paged_list_load_more (priv->list);
  else
    doorstep_list_page_refresh (self);
}

static void
scrolled_cb (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  doorstep_paged_list_load_more_near_end (priv->list, priv->scrolled_window);
}

static void
activate_cb (DoorstepListPage *self,
             guint             position)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  g_autoptr(GObject) item = priv->list != NULL ? g_list_model_get_item (G_LIST_MODEL (priv->list), position) : NULL;

  if (item != NULL && DOORSTEP_LIST_PAGE_GET_CLASS (self)->activate != NULL)
    DOORSTEP_LIST_PAGE_GET_CLASS (self)->activate (self, item);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (DOORSTEP_LIST_PAGE (widget));

  adw_leaflet_navigate (priv->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (DOORSTEP_LIST_PAGE (widget));

  if (gtk_widget_get_visible (GTK_WIDGET (priv->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (priv->search_entry));
}

/* Whether @detail is shown, or is one a Back leads to from what is
 * shown: the pages from the list up to the visible one. */
static gboolean
in_back_stack (DoorstepListPage *self,
               GtkWidget        *detail)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);
  GtkWidget *visible = adw_leaflet_get_visible_child (priv->leaflet);
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_leaflet_get_pages (priv->leaflet));

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
  adw_leaflet_set_visible_child (priv->leaflet, priv->list_side);
  if (priv->filter_buttons->len > 0)
    gtk_toggle_button_set_active (g_ptr_array_index (priv->filter_buttons, 0), TRUE);
  for (guint i = 0; i < priv->details->len; i++)
    if (DOORSTEP_IS_SECTION (g_ptr_array_index (priv->details, i)))
      doorstep_section_load (g_ptr_array_index (priv->details, i), scope);
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
  for (guint i = 0; i < priv->details->len; i++)
    {
      GtkWidget *detail = g_ptr_array_index (priv->details, i);

      if (DOORSTEP_IS_SECTION (detail) && in_back_stack (self, detail))
        doorstep_section_reload (DOORSTEP_SECTION (detail));
    }
}

static void
doorstep_list_page_clear (DoorstepSection *section)
{
  DoorstepListPage *self = DOORSTEP_LIST_PAGE (section);
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  drop_list (self);
  g_cancellable_cancel (priv->counts_cancellable);
  g_clear_object (&priv->scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
  gtk_list_view_set_model (priv->list_view, NULL);
  if (priv->grid_view != NULL)
    gtk_grid_view_set_model (priv->grid_view, NULL);
  for (guint i = 0; i < priv->filter_buttons->len; i++)
    {
      g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (G_LIST_MODEL (priv->filters), i);
      show_count (self, filter, g_ptr_array_index (priv->filter_buttons, i), FALSE, 0);
    }
  g_signal_handlers_block_by_func (priv->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (priv->search_entry), "");
  g_signal_handlers_unblock_by_func (priv->search_entry, search_changed_cb, self);
  for (guint i = 0; i < priv->details->len; i++)
    if (DOORSTEP_IS_SECTION (g_ptr_array_index (priv->details, i)))
      doorstep_section_clear (g_ptr_array_index (priv->details, i));
  if (DOORSTEP_IS_SECTION (priv->above_filters))
    doorstep_section_clear (DOORSTEP_SECTION (priv->above_filters));
  adw_leaflet_set_visible_child (priv->leaflet, priv->list_side);
  update_state (self);
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

  drop_list (self);
  g_cancellable_cancel (priv->counts_cancellable);
  g_clear_object (&priv->counts_cancellable);
  g_clear_object (&priv->scope);
  g_clear_object (&priv->filters);
  g_clear_pointer (&priv->filter_buttons, g_ptr_array_unref);
  g_clear_pointer (&priv->details, g_ptr_array_unref);
  g_clear_object (&priv->grid_view);
  g_clear_object (&priv->list_view_ref);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself. */

  G_OBJECT_CLASS (doorstep_list_page_parent_class)->dispose (object);
}

static void
doorstep_list_page_finalize (GObject *object)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (DOORSTEP_LIST_PAGE (object));

  g_clear_pointer (&priv->extra_query, g_ptr_array_unref);
  g_free (priv->filter);
  G_OBJECT_CLASS (doorstep_list_page_parent_class)->finalize (object);
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
    case PROP_FACTORY:
      g_value_set_object (value, gtk_list_view_get_factory (priv->list_view));
      break;
    case PROP_SEARCHABLE:
      g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (priv->search_entry)));
      break;
    case PROP_SEARCH_PLACEHOLDER:
      g_object_get_property (G_OBJECT (priv->search_entry), "placeholder-text", value);
      break;
    case PROP_EMPTY_ICON_NAME:
      g_value_set_string (value, adw_status_page_get_icon_name (priv->empty_page));
      break;
    case PROP_ERROR_TITLE:
      g_value_set_string (value, adw_status_page_get_title (priv->error_page));
      break;
    case PROP_HEADER_END:
      g_value_set_object (value, priv->header_end);
      break;
    case PROP_EMPTY_CHILD:
      g_value_set_object (value, adw_status_page_get_child (priv->empty_page));
      break;
    case PROP_DETAIL:
      g_value_set_object (value, priv->detail);
      break;
    case PROP_ABOVE_FILTERS:
      g_value_set_object (value, priv->above_filters);
      break;
    case PROP_FILTER:
      g_value_set_string (value, priv->filter);
      break;
    case PROP_FILTERS:
      g_value_set_object (value, priv->filters);
      break;
    case PROP_ITEMS:
      g_value_set_object (value, priv->list);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_value_get_string (value), -1);
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
      gtk_widget_set_visible (GTK_WIDGET (priv->search_entry), g_value_get_boolean (value));
      place_search (self);
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
  object_class->finalize = doorstep_list_page_finalize;
  object_class->get_property = doorstep_list_page_get_property;
  object_class->set_property = doorstep_list_page_set_property;
  klass->describe_count = doorstep_list_page_real_describe_count;

  /* What a subclass's template sets */
  properties[PROP_FACTORY] =
    g_param_spec_object ("factory", NULL, NULL, GTK_TYPE_LIST_ITEM_FACTORY, read_write);
  properties[PROP_SEARCHABLE] =
    g_param_spec_boolean ("searchable", NULL, NULL, FALSE, read_write);
  properties[PROP_SEARCH_PLACEHOLDER] =
    g_param_spec_string ("search-placeholder", NULL, NULL, NULL, read_write);
  properties[PROP_SEARCH_LABEL] =
    g_param_spec_string ("search-label", NULL, NULL, NULL, write_only);
  properties[PROP_LIST_LABEL] =
    g_param_spec_string ("list-label", NULL, NULL, NULL, write_only);
  properties[PROP_LOADING_LABEL] =
    g_param_spec_string ("loading-label", NULL, NULL, NULL, write_only);
  properties[PROP_EMPTY_ICON_NAME] =
    g_param_spec_string ("empty-icon-name", NULL, NULL, NULL, read_write);
  properties[PROP_ERROR_TITLE] =
    g_param_spec_string ("error-title", NULL, NULL, NULL, read_write);
  properties[PROP_HEADER_END] =
    g_param_spec_object ("header-end", NULL, NULL, GTK_TYPE_WIDGET, read_write);
  properties[PROP_EMPTY_CHILD] =
    g_param_spec_object ("empty-child", NULL, NULL, GTK_TYPE_WIDGET, read_write);
  properties[PROP_DETAIL] =
    g_param_spec_object ("detail", NULL, NULL, GTK_TYPE_WIDGET, read_write);
  /* Above the filters, not scrolled with the list; a DoorstepSection
   * there is loaded, reloaded and cleared with the page. */
  properties[PROP_ABOVE_FILTERS] =
    g_param_spec_object ("above-filters", NULL, NULL, GTK_TYPE_WIDGET, read_write);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-list-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, leaflet);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, list_side);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, header);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, filter_scroll);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepListPage, filter_box);
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
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, scrolled_cb);

  gtk_widget_class_install_action (widget_class, "list.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "list.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "list.back", NULL);
}

static void
doorstep_list_page_init (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->filters = g_list_store_new (DOORSTEP_TYPE_LIST_FILTER);
  priv->filter_buttons = g_ptr_array_new ();
  priv->details = g_ptr_array_new ();
  /* The list is the clamp's child from the template; the grid, when there
   * is one, takes turns with it, so both are kept here. */
  priv->list_view_ref = g_object_ref (GTK_WIDGET (priv->list_view));
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

  g_return_if_fail (priv->grid_view == NULL);

  priv->grid_view = GTK_GRID_VIEW (gtk_grid_view_new (NULL, g_object_ref (factory)));
  g_object_ref_sink (priv->grid_view);
  gtk_grid_view_set_single_click_activate (priv->grid_view, TRUE);
  gtk_grid_view_set_min_columns (priv->grid_view, 2);
  gtk_grid_view_set_max_columns (priv->grid_view, 6);
  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (priv->grid_view), GTK_SCROLL_NATURAL);
  gtk_widget_add_css_class (GTK_WIDGET (priv->grid_view), "list-page-grid");
  g_signal_connect_swapped (priv->grid_view, "activate", G_CALLBACK (activate_cb), self);
}

/* The list or the grid, whichever shows the items now. */
GtkWidget *
doorstep_list_page_get_view (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  return adw_clamp_scrollable_get_child (priv->clamp);
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
  g_autoptr(DoorstepListFilter) filter = doorstep_list_filter_new (name, label);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_add_css_class (count, "filter-count");
  gtk_widget_add_css_class (count, "numeric");
  g_object_bind_property (filter, "count-text", count, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (filter, "counted", count, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (content), gtk_label_new (label));
  gtk_box_append (GTK_BOX (content), count);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "filter-button");
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (priv->filter_buttons->len > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), g_ptr_array_index (priv->filter_buttons, 0));
  else
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      priv->filter = g_strdup (name);
    }
  g_signal_connect (button, "toggled", G_CALLBACK (filter_toggled_cb), self);

  gtk_box_append (priv->filter_box, button);
  gtk_widget_set_visible (GTK_WIDGET (priv->filter_scroll), TRUE);
  place_search (self);
  g_ptr_array_add (priv->filter_buttons, button);
  g_list_store_append (priv->filters, filter);
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
  return G_LIST_MODEL (priv->list);
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
  return G_LIST_MODEL (priv->filters);
}

const char *
doorstep_list_page_get_filter (DoorstepListPage *self)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);
  return priv->filter;
}

/* Shows the filter named @filter, as if its button were pressed. */
void
doorstep_list_page_set_filter (DoorstepListPage *self,
                               const char       *filter)
{
  DoorstepListPagePrivate *priv = doorstep_list_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));

  for (guint i = 0; i < priv->filter_buttons->len; i++)
    {
      g_autoptr(DoorstepListFilter) item = g_list_model_get_item (G_LIST_MODEL (priv->filters), i);

      if (g_strcmp0 (doorstep_list_filter_get_name (item), filter) == 0)
        gtk_toggle_button_set_active (g_ptr_array_index (priv->filter_buttons, i), TRUE);
    }
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
  g_return_if_fail (GTK_IS_WIDGET (detail));

  adw_leaflet_append (priv->leaflet, detail);
  g_ptr_array_add (priv->details, detail);
  if (priv->scope != NULL && DOORSTEP_IS_SECTION (detail))
    doorstep_section_load (DOORSTEP_SECTION (detail), priv->scope);
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
  GtkWidget *visible;

  g_return_if_fail (DOORSTEP_IS_LIST_PAGE (self));
  g_return_if_fail (g_ptr_array_find (priv->details, detail, NULL));

  visible = adw_leaflet_get_visible_child (priv->leaflet);
  if (visible == detail)
    return;
  /* The leaflet goes back to the previous child: put @detail right after
   * what is shown. */
  adw_leaflet_reorder_child_after (priv->leaflet, detail, visible);
  adw_leaflet_set_visible_child (priv->leaflet, detail);
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
  GtkWidget *visible;

  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), NULL);

  visible = adw_leaflet_get_visible_child (priv->leaflet);
  return visible != priv->list_side ? visible : NULL;
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
  g_return_val_if_fail (DOORSTEP_IS_LIST_PAGE (self), "");
  return get_search (self);
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

  if (priv->extra_query == NULL)
    priv->extra_query = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < priv->extra_query->len; i += 2)
    if (g_str_equal (g_ptr_array_index (priv->extra_query, i), name))
      {
        g_ptr_array_remove_range (priv->extra_query, i, 2);
        break;
      }
  if (value != NULL && *value != '\0')
    {
      g_ptr_array_add (priv->extra_query, g_strdup (name));
      g_ptr_array_add (priv->extra_query, g_strdup (value));
    }
  start_query (self);
  load_counts (self);
}

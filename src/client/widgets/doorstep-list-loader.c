/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-list-loader.h"

/* The model pipeline:
 *
 *   scope + endpoint + filter + search ──▶ DoorstepPagedList ──▶ GtkNoSelection ──▶ GtkListView
 *                                              ▲  load_more() as the view nears its end
 *
 * A new query makes a new list; the old one goes at once and cancels its
 * request. */

struct _DoorstepListLoader {
  GObject             parent_instance;

  /* the page's, which outlive this */
  AdwClampScrollable *clamp;
  GtkScrolledWindow  *scrolled_window;

  /* owned references */
  GtkWidget          *list_view;    /* the clamp's child from the template, taking turns with the grid */
  GtkGridView        *grid_view;    /* made when a subclass gives a grid factory */
  DoorstepPagedList  *list;
  GPtrArray          *extra_query;  /* pairs of name and value a subclass adds */
};

G_DEFINE_FINAL_TYPE (DoorstepListLoader, doorstep_list_loader, G_TYPE_OBJECT)

enum {
  CHANGED,
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
list_changed_cb (DoorstepListLoader *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* An item was activated in the list or the grid. */
static void
view_activate_cb (DoorstepListLoader *self,
                  guint               position)
{
  g_autoptr(GObject) item = self->list != NULL ? g_list_model_get_item (G_LIST_MODEL (self->list), position) : NULL;

  if (item != NULL)
    g_signal_emit (self, signals[ACTIVATE], 0, item);
}

static void
scrolled_cb (DoorstepListLoader *self)
{
  if (self->list != NULL)
    doorstep_paged_list_load_more_near_end (self->list, self->scrolled_window);
}

static void
drop_list (DoorstepListLoader *self)
{
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
}

static void
doorstep_list_loader_dispose (GObject *object)
{
  DoorstepListLoader *self = DOORSTEP_LIST_LOADER (object);

  drop_list (self);
  g_clear_object (&self->grid_view);
  g_clear_object (&self->list_view);
  G_OBJECT_CLASS (doorstep_list_loader_parent_class)->dispose (object);
}

static void
doorstep_list_loader_finalize (GObject *object)
{
  g_clear_pointer (&DOORSTEP_LIST_LOADER (object)->extra_query, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_list_loader_parent_class)->finalize (object);
}

static void
doorstep_list_loader_class_init (DoorstepListLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_list_loader_dispose;
  object_class->finalize = doorstep_list_loader_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * DoorstepListLoader::activate:
   * @item: the item activated, in the list or the grid
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
}

static void
doorstep_list_loader_init (DoorstepListLoader *self)
{
}

/**
 * doorstep_list_loader_new:
 * @clamp: the page's, whose child is the view that shows the items
 * @list_view: its child in the page's template
 * @scrolled_window: the page's, around @clamp, whose scrolling loads ahead
 */
DoorstepListLoader *
doorstep_list_loader_new (AdwClampScrollable *clamp,
                          GtkListView        *list_view,
                          GtkScrolledWindow  *scrolled_window)
{
  DoorstepListLoader *self = g_object_new (DOORSTEP_TYPE_LIST_LOADER, NULL);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled_window);

  self->clamp = clamp;
  self->scrolled_window = scrolled_window;
  /* Kept, so that the list view outlives its turns out of the clamp. */
  self->list_view = g_object_ref (GTK_WIDGET (list_view));
  g_signal_connect_object (list_view, "activate", G_CALLBACK (view_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * doorstep_list_loader_set_grid_factory:
 * @factory: makes the cells of the grid
 *
 * Makes the grid, which shows the items when the query asks for it.
 */
void
doorstep_list_loader_set_grid_factory (DoorstepListLoader *self,
                                       GtkListItemFactory *factory)
{
  g_return_if_fail (DOORSTEP_IS_LIST_LOADER (self));
  g_return_if_fail (self->grid_view == NULL);

  self->grid_view = GTK_GRID_VIEW (gtk_grid_view_new (NULL, g_object_ref (factory)));
  g_object_ref_sink (self->grid_view);
  gtk_grid_view_set_single_click_activate (self->grid_view, TRUE);
  gtk_grid_view_set_min_columns (self->grid_view, 2);
  gtk_grid_view_set_max_columns (self->grid_view, 6);
  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (self->grid_view), GTK_SCROLL_NATURAL);
  gtk_widget_add_css_class (GTK_WIDGET (self->grid_view), "list-page-grid");
  g_signal_connect_object (self->grid_view, "activate", G_CALLBACK (view_activate_cb), self, G_CONNECT_SWAPPED);
}

/**
 * doorstep_list_loader_set_query:
 * @name: a parameter of the endpoint beyond its filter and search
 * @value: (nullable): its value; %NULL or "" leaves it out
 *
 * Narrows every query from now on; the caller starts a new one.
 */
void
doorstep_list_loader_set_query (DoorstepListLoader *self,
                                const char         *name,
                                const char         *value)
{
  g_return_if_fail (DOORSTEP_IS_LIST_LOADER (self));

  if (self->extra_query == NULL)
    self->extra_query = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->extra_query->len; i += 2)
    if (g_str_equal (g_ptr_array_index (self->extra_query, i), name))
      {
        g_ptr_array_remove_range (self->extra_query, i, 2);
        break;
      }
  if (value != NULL && *value != '\0')
    {
      g_ptr_array_add (self->extra_query, g_strdup (name));
      g_ptr_array_add (self->extra_query, g_strdup (value));
    }
}

/**
 * doorstep_list_loader_build_query:
 * @filter: (nullable): the filter shown; %NULL leaves it out (the counts
 *   are of every filter)
 * @search: what the search holds
 *
 * Returns: (transfer container): pairs of name and value, then %NULL;
 *   the strings are the arguments' and the loader's
 */
GPtrArray *
doorstep_list_loader_build_query (DoorstepListLoader         *self,
                                  const DoorstepListEndpoint *endpoint,
                                  const char                 *filter,
                                  const char                 *search)
{
  GPtrArray *query = g_ptr_array_new ();

  g_return_val_if_fail (DOORSTEP_IS_LIST_LOADER (self), query);

  /* An empty value is left out, by the list. */
  if (endpoint->filter_param != NULL && filter != NULL)
    {
      g_ptr_array_add (query, (gpointer) endpoint->filter_param);
      g_ptr_array_add (query, (gpointer) filter);
    }
  if (endpoint->search_param != NULL)
    {
      g_ptr_array_add (query, (gpointer) endpoint->search_param);
      g_ptr_array_add (query, (gpointer) search);
    }
  for (guint i = 0; self->extra_query != NULL && i < self->extra_query->len; i++)
    g_ptr_array_add (query, g_ptr_array_index (self->extra_query, i));
  g_ptr_array_add (query, NULL);
  return query;
}

/**
 * doorstep_list_loader_start:
 * @grid: whether the items show in the grid, when there is one
 *
 * Drops the list shown and shows a new one for the query, its first page
 * on its way.
 */
void
doorstep_list_loader_start (DoorstepListLoader         *self,
                            DoorstepScope              *scope,
                            const DoorstepListEndpoint *endpoint,
                            const char                 *filter,
                            const char                 *search,
                            gboolean                    grid)
{
  g_autoptr(GPtrArray) query = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  g_return_if_fail (DOORSTEP_IS_LIST_LOADER (self));

  query = doorstep_list_loader_build_query (self, endpoint, filter, search);
  drop_list (self);
  self->list = doorstep_paged_list_new (scope, endpoint, (const char * const *) query->pdata);
  g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (list_changed_cb), self);
  g_signal_connect_swapped (self->list, "notify::loaded", G_CALLBACK (list_changed_cb), self);
  g_signal_connect_swapped (self->list, "notify::error", G_CALLBACK (list_changed_cb), self);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->list))));
  if (self->grid_view != NULL && grid)
    {
      gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view), NULL);
      gtk_grid_view_set_model (self->grid_view, selection);
      adw_clamp_scrollable_set_child (self->clamp, GTK_WIDGET (self->grid_view));
    }
  else
    {
      if (self->grid_view != NULL)
        gtk_grid_view_set_model (self->grid_view, NULL);
      gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view), selection);
      adw_clamp_scrollable_set_child (self->clamp, self->list_view);
    }

  doorstep_paged_list_load_more (self->list);
}

/* Drops the list, and the views' items with it. */
void
doorstep_list_loader_clear (DoorstepListLoader *self)
{
  g_return_if_fail (DOORSTEP_IS_LIST_LOADER (self));

  drop_list (self);
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view), NULL);
  if (self->grid_view != NULL)
    gtk_grid_view_set_model (self->grid_view, NULL);
}

/**
 * doorstep_list_loader_get_list:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
DoorstepPagedList *
doorstep_list_loader_get_list (DoorstepListLoader *self)
{
  g_return_val_if_fail (DOORSTEP_IS_LIST_LOADER (self), NULL);
  return self->list;
}

/**
 * doorstep_list_loader_get_view:
 *
 * Returns: (transfer none): the list or the grid, whichever shows the
 *   items now
 */
GtkWidget *
doorstep_list_loader_get_view (DoorstepListLoader *self)
{
  g_return_val_if_fail (DOORSTEP_IS_LIST_LOADER (self), NULL);
  return adw_clamp_scrollable_get_child (self->clamp);
}

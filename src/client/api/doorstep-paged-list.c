/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-api-call.h"
#include "doorstep-page.h"
#include "doorstep-paged-list.h"

#define LOAD_AHEAD_PX 600

/* A GListModel over one paginated API list. It holds the pages loaded so
 * far; a view asks for the next with doorstep_paged_list_load_more() as the
 * user scrolls near the end. Any change of filter makes a new list, so a
 * late page of an old query can never land in a new one. A page under way
 * holds no reference to the list: a list dropped for a new query goes at
 * once, and cancels its request as it goes.
 *
 *   API pages ──load_more()──▶ GListStore ──items-changed──▶ GtkListView
 */

struct _DoorstepPagedList {
  GObject                     parent_instance;

  DoorstepScope              *scope;
  const DoorstepListEndpoint *endpoint;
  char                       *path;      /* the endpoint's, its id filled in */
  GStrv                       query;

  GListStore                 *items;
  GCancellable               *cancellable;
  char                       *next_cursor;
  GError                     *error;
  gboolean                    loading;
  gboolean                    loaded;     /* the first page arrived */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepPagedList, doorstep_paged_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_LOADED,
  PROP_HAS_MORE,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_loading (DoorstepPagedList *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* @user_data is the list, unowned: a list disposed meanwhile cancelled
 * the call, so nothing here touches it before the check. */
static void
page_loaded_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DoorstepPagedList *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepPage) page = NULL;
  GListModel *items;
  guint position, n;

  page = doorstep_api_call_finish (source_object, result, page_loaded_cb, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_PAGED_LIST (user_data);
  if (page == NULL)
    {
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      set_loading (self, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
      return;
    }

  g_clear_error (&self->error);
  g_free (self->next_cursor);
  self->next_cursor = g_strdup (doorstep_page_get_next_cursor (page));

  items = doorstep_page_get_items (page);
  position = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_list_store_append (self->items, item);
    }
  /* Told before anything else, so whoever reads the list on a notify
   * below has already seen these items arrive, and never twice. */
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n);

  set_loading (self, FALSE);
  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static GType
doorstep_paged_list_get_item_type (GListModel *model)
{
  return DOORSTEP_PAGED_LIST (model)->endpoint->item_type ();
}

static guint
doorstep_paged_list_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (DOORSTEP_PAGED_LIST (model)->items));
}

static gpointer
doorstep_paged_list_get_item (GListModel *model,
                              guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (DOORSTEP_PAGED_LIST (model)->items), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = doorstep_paged_list_get_item_type;
  iface->get_n_items = doorstep_paged_list_get_n_items;
  iface->get_item = doorstep_paged_list_get_item;
}

static void
doorstep_paged_list_dispose (GObject *object)
{
  DoorstepPagedList *self = DOORSTEP_PAGED_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (doorstep_paged_list_parent_class)->dispose (object);
}

static void
doorstep_paged_list_finalize (GObject *object)
{
  DoorstepPagedList *self = DOORSTEP_PAGED_LIST (object);

  g_free (self->path);
  g_strfreev (self->query);
  g_free (self->next_cursor);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (doorstep_paged_list_parent_class)->finalize (object);
}

static void
doorstep_paged_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DoorstepPagedList *self = DOORSTEP_PAGED_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_HAS_MORE:
      g_value_set_boolean (value, doorstep_paged_list_get_has_more (self));
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_paged_list_class_init (DoorstepPagedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_paged_list_dispose;
  object_class->finalize = doorstep_paged_list_finalize;
  object_class->get_property = doorstep_paged_list_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_MORE] =
    g_param_spec_boolean ("has-more", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_paged_list_init (DoorstepPagedList *self)
{
  self->cancellable = g_cancellable_new ();
}

static DoorstepPagedList *
paged_list_new (DoorstepScope              *scope,
                const DoorstepListEndpoint *endpoint,
                char                       *path,
                const char * const         *query)
{
  DoorstepPagedList *self = g_object_new (DOORSTEP_TYPE_PAGED_LIST, NULL);

  self->scope = g_object_ref (scope);
  self->endpoint = endpoint;
  self->path = path;
  self->query = g_strdupv ((char **) query);
  self->items = g_list_store_new (endpoint->item_type ());

  return self;
}

/**
 * doorstep_paged_list_new:
 * @endpoint: the list, as its resource's API file describes it; its path
 *   names no record (doorstep_paged_list_new_for_id() fills one in)
 * @query: (nullable) (array zero-terminated=1): name, value pairs, such
 *   as the filter and the search; an empty value is left out
 *
 * Returns: (transfer full): an empty list; call
 *   doorstep_paged_list_load_more() for its first page
 */
DoorstepPagedList *
doorstep_paged_list_new (DoorstepScope              *scope,
                         const DoorstepListEndpoint *endpoint,
                         const char * const         *query)
{
  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (endpoint != NULL, NULL);
  g_return_val_if_fail (strstr (endpoint->path, "%s") == NULL, NULL);

  return paged_list_new (scope, endpoint, g_strdup (endpoint->path), query);
}

/**
 * doorstep_paged_list_new_for_id:
 * @endpoint: a list of one record's, whose path has a "%s" where the
 *   record's id goes: "/customers/%s/notes"
 * @id: the record's id, URI-escaped into the path as one segment
 * @query: (nullable) (array zero-terminated=1): as for
 *   doorstep_paged_list_new()
 *
 * Returns: (transfer full): an empty list of what @id has
 */
DoorstepPagedList *
doorstep_paged_list_new_for_id (DoorstepScope              *scope,
                                const DoorstepListEndpoint *endpoint,
                                const char                 *id,
                                const char * const         *query)
{
  const char *hole;
  GString *path;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (endpoint != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  hole = strstr (endpoint->path, "%s");
  g_return_val_if_fail (hole != NULL && strstr (hole + 2, "%s") == NULL, NULL);

  path = g_string_new_len (endpoint->path, hole - endpoint->path);
  g_string_append_uri_escaped (path, id, NULL, FALSE);
  g_string_append (path, hole + 2);
  return paged_list_new (scope, endpoint, g_string_free (path, FALSE), query);
}

/**
 * doorstep_paged_list_load_more:
 *
 * Loads the next page, if there is one and none is loading. After an
 * error it tries that same page again.
 */
void
doorstep_paged_list_load_more (DoorstepPagedList *self)
{
  DoorstepApiCall *call;

  g_return_if_fail (DOORSTEP_IS_PAGED_LIST (self));

  if (self->loading || !doorstep_paged_list_get_has_more (self))
    return;

  set_loading (self, TRUE);
  call = doorstep_api_call_new_for_path (doorstep_scope_get_client (self->scope), "GET", DOORSTEP_CALL_SIGNED_IN,
                                         self->path);
  doorstep_api_call_set_scope (call, self->scope);
  for (guint i = 0; self->query != NULL && self->query[i] != NULL && self->query[i + 1] != NULL; i += 2)
    doorstep_api_call_add_query (call, self->query[i], self->query[i + 1]);
  doorstep_api_call_add_query (call, "cursor", self->next_cursor);
  doorstep_api_call_read_page (call, self->endpoint->item_type ());
  doorstep_api_call_send (call, page_loaded_cb, self->cancellable, page_loaded_cb, self);
}

/**
 * doorstep_paged_list_splice:
 * @additions: (array length=n_additions) (nullable): items of the list's
 *   item type
 *
 * Changes the items loaded as the app itself changed the server's list
 * (an item it added, changed or removed), so that the list need not be
 * loaded again. Pages still to come are unaffected: they continue after
 * the last item the server sent (keyset paging), so an item added at
 * the top does not come again with them.
 */
void
doorstep_paged_list_splice (DoorstepPagedList *self,
                            guint              position,
                            guint              n_removals,
                            gpointer          *additions,
                            guint              n_additions)
{
  g_return_if_fail (DOORSTEP_IS_PAGED_LIST (self));
  g_return_if_fail (position + n_removals <= g_list_model_get_n_items (G_LIST_MODEL (self->items)));

  g_list_store_splice (self->items, position, n_removals, additions, n_additions);
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

/**
 * doorstep_paged_list_load_more_near_end:
 * @self: (nullable): the list shown, if any
 * @scrolled_window: where it is shown
 *
 * Loads the next page once the view is scrolled within LOAD_AHEAD_PX of
 * the end, so rows are there before the user reaches them. Call it when
 * the vertical adjustment changes.
 */
void
doorstep_paged_list_load_more_near_end (DoorstepPagedList *self,
                                        GtkScrolledWindow *scrolled_window)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled_window);
  double remaining = gtk_adjustment_get_upper (adjustment)
                     - gtk_adjustment_get_value (adjustment)
                     - gtk_adjustment_get_page_size (adjustment);

  if (self != NULL && remaining < LOAD_AHEAD_PX)
    doorstep_paged_list_load_more (self);
}

gboolean
doorstep_paged_list_get_loading (DoorstepPagedList *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAGED_LIST (self), FALSE);
  return self->loading;
}

gboolean
doorstep_paged_list_get_loaded (DoorstepPagedList *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAGED_LIST (self), FALSE);
  return self->loaded;
}

gboolean
doorstep_paged_list_get_has_more (DoorstepPagedList *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAGED_LIST (self), FALSE);
  return !self->loaded || self->next_cursor != NULL;
}

const GError *
doorstep_paged_list_get_error (DoorstepPagedList *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAGED_LIST (self), NULL);
  return self->error;
}

/**
 * doorstep_list_endpoint_get_counts_async:
 * @query: (nullable) (array zero-terminated=1): what narrows the counts,
 *   pairs of name and value; an empty value is left out
 *
 * Asks how many items each filter of the list holds.
 */
void
doorstep_list_endpoint_get_counts_async (const DoorstepListEndpoint *endpoint,
                                         DoorstepScope              *scope,
                                         const char * const         *query,
                                         GCancellable               *cancellable,
                                         GAsyncReadyCallback         callback,
                                         gpointer                    user_data)
{
  DoorstepApiCall *call;

  g_return_if_fail (endpoint->counts_path != NULL);

  call = doorstep_api_call_new_for_path (doorstep_scope_get_client (scope), "GET", DOORSTEP_CALL_SIGNED_IN,
                                         endpoint->counts_path);
  for (guint i = 0; query != NULL && query[i] != NULL && query[i + 1] != NULL; i += 2)
    if (*query[i + 1] != '\0')
      doorstep_api_call_add_query (call, query[i], query[i + 1]);
  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_with (call, doorstep_api_read_counts, G_TYPE_NONE);
  doorstep_api_call_send (call, doorstep_list_endpoint_get_counts_async, cancellable, callback, user_data);
}

DoorstepCounts *
doorstep_list_endpoint_get_counts_finish (DoorstepScope  *scope,
                                          GAsyncResult   *result,
                                          GError        **error)
{
  return doorstep_api_call_finish (scope, result,
                                   doorstep_list_endpoint_get_counts_async, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-json.h"
#include "doorstep-page.h"
#include "doorstep-record.h"

struct _DoorstepPage {
  GObject     parent_instance;
  GListModel *items;
  char       *next_cursor;  /* NULL on the last page */
};

G_DEFINE_FINAL_TYPE (DoorstepPage, doorstep_page, G_TYPE_OBJECT)

static void
doorstep_page_finalize (GObject *object)
{
  DoorstepPage *self = DOORSTEP_PAGE (object);

  g_clear_object (&self->items);
  g_free (self->next_cursor);
  G_OBJECT_CLASS (doorstep_page_parent_class)->finalize (object);
}

static void
doorstep_page_class_init (DoorstepPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_page_finalize;
}

static void
doorstep_page_init (DoorstepPage *self)
{
}

/**
 * doorstep_page_new_from_json:
 * @item_type: the #DoorstepRecord subclass of the items
 *
 * Reads {"items": [...], "next_cursor": ...}.
 *
 * Returns: (transfer full) (nullable): the page, or %NULL with @error set
 */
DoorstepPage *
doorstep_page_new_from_json (JsonObject  *object,
                             GType        item_type,
                             GError     **error)
{
  g_autoptr(DoorstepPage) self = g_object_new (DOORSTEP_TYPE_PAGE, NULL);
  JsonArray *items = doorstep_json_get_array (object, "items");

  if (!doorstep_json_require (items != NULL, "list", error))
    return NULL;

  self->items = doorstep_record_list_from_json (item_type, items, error);
  if (self->items == NULL)
    return NULL;
  self->next_cursor = g_strdup (doorstep_json_get_string (object, "next_cursor"));
  return g_steal_pointer (&self);
}

GListModel *doorstep_page_get_items (DoorstepPage *self) { return self->items; }
const char *doorstep_page_get_next_cursor (DoorstepPage *self) { return self->next_cursor; }

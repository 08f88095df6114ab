/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-counts.h"
#include "doorstep-json.h"

struct _DoorstepCounts {
  GObject     parent_instance;
  GHashTable *counts;  /* filter name → count */
};

G_DEFINE_FINAL_TYPE (DoorstepCounts, doorstep_counts, G_TYPE_OBJECT)

static void
doorstep_counts_finalize (GObject *object)
{
  g_clear_pointer (&DOORSTEP_COUNTS (object)->counts, g_hash_table_unref);
  G_OBJECT_CLASS (doorstep_counts_parent_class)->finalize (object);
}

static void
doorstep_counts_class_init (DoorstepCountsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_counts_finalize;
}

static void
doorstep_counts_init (DoorstepCounts *self)
{
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * doorstep_counts_new_from_json:
 *
 * Returns: (transfer full) (nullable): the counts, or %NULL with @error set
 *   when a count is not a whole number from 0 up
 */
DoorstepCounts *
doorstep_counts_new_from_json (JsonObject  *object,
                               GError     **error)
{
  g_autoptr(DoorstepCounts) self = g_object_new (DOORSTEP_TYPE_COUNTS, NULL);
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      gint64 count = doorstep_json_get_int (object, l->data, -1);

      if (!doorstep_json_require (count >= 0 && count <= G_MAXUINT, "counts", error))
        return NULL;
      g_hash_table_insert (self->counts, g_strdup (l->data), GUINT_TO_POINTER ((guint) count));
    }
  return g_steal_pointer (&self);
}

/* Returns: whether the answer counted @filter at all */
gboolean
doorstep_counts_lookup (DoorstepCounts *self,
                        const char     *filter,
                        guint          *count)
{
  gpointer value;

  g_return_val_if_fail (DOORSTEP_IS_COUNTS (self), FALSE);

  if (!g_hash_table_lookup_extended (self->counts, filter, NULL, &value))
    return FALSE;
  *count = GPOINTER_TO_UINT (value);
  return TRUE;
}

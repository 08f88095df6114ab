/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-activity-store.h"
#include "ds-error.h"
#include "ds-tag-store.h"

/* Tags (migration 26), listed by name. Putting one on a customer or
 * taking it off is on the customer's activity list; doing what is already
 * done changes nothing and writes nothing. */

#define TAG_COLUMNS "t.id, t.name, t.colour, t.warns"

static const DsListSpec list_spec = {
  .columns = TAG_COLUMNS,
  .from = "tags t WHERE TRUE",
  .key = "t.name",
  .id = "t.id",
  .descending = FALSE,
  .n_params = 0,
};

void
ds_tag_free (DsTag *tag)
{
  if (tag == NULL)
    return;
  g_free (tag->id);
  g_free (tag->name);
  g_free (tag->colour);
  g_free (tag);
}

static gpointer
read_tag (DsStmt *stmt)
{
  DsTag *tag = g_new0 (DsTag, 1);

  tag->id = ds_stmt_dup_text (stmt, 0);
  tag->name = ds_stmt_dup_text (stmt, 1);
  tag->colour = ds_stmt_dup_text (stmt, 2);
  tag->warns = ds_stmt_get_int64 (stmt, 3) != 0;
  return tag;
}

/**
 * ds_tag_store_list:
 *
 * Returns: (transfer full) (nullable): a page of the business's #DsTag, by
 *   name
 */
DsPage *
ds_tag_store_list (DsDb                *db,
                   const DsPageRequest *request,
                   GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  return ds_list_read_page (stmt, request, read_tag, (GDestroyNotify) ds_tag_free, error);
}

/**
 * ds_tag_store_get:
 *
 * Returns: (transfer full) (nullable): the tag; %NULL with a not-found
 *   problem in @error when there is none
 */
DsTag *
ds_tag_store_get (DsDb        *db,
                  const char  *tag_id,
                  GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT " TAG_COLUMNS " FROM tags t WHERE t.id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, tag_id);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return NULL;
  if (!found)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such tag.");
      return NULL;
    }
  return read_tag (stmt);
}

/**
 * ds_tag_store_create:
 * @name: checked by the caller: one line, trimmed
 *
 * Returns: (transfer full) (nullable): the new tag's id; %NULL with a
 *   conflict problem in @error when a tag has that name, whatever its case
 */
char *
ds_tag_store_create (DsDb        *db,
                     const char  *name,
                     const char  *colour,
                     gboolean     warns,
                     GError     **error)
{
  g_autofree char *id = ds_new_id ("tag");
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) stmt = NULL;
  gboolean taken;

  if (!ds_db_exists (db, "SELECT 1 FROM tags WHERE lower(name) = lower(?)", name, NULL, &taken, error))
    return NULL;
  if (taken)
    {
      ds_set_problem_printf (error, DS_ERROR_CONFLICT, NULL, "There is a tag named “%s” already.", name);
      ds_error_add_field (*error, "name", "Another tag has this name.");
      return NULL;
    }
  stmt = ds_db_prepare (db, "INSERT INTO tags (id, name, colour, warns, created_at) VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, name);
  ds_stmt_bind_text (stmt, 3, colour);
  ds_stmt_bind_int64 (stmt, 4, warns ? 1 : 0);
  ds_stmt_bind_text (stmt, 5, now);
  if (!ds_stmt_run (stmt, error))
    return NULL;
  return g_steal_pointer (&id);
}

/**
 * ds_tag_store_of_customers:
 * @customer_ids: (array length=n_customers): whose tags, at most a page of
 *   customers
 *
 * Returns: (transfer full) (nullable): customer id -> #GPtrArray of their
 *   #DsTag by name; a customer with none is not in it
 */
GHashTable *
ds_tag_store_of_customers (DsDb               *db,
                           const char * const *customer_ids,
                           guint               n_customers,
                           GError            **error)
{
  g_autoptr(GHashTable) tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) sql = g_string_new ("SELECT ct.customer_id, " TAG_COLUMNS
                                         " FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                                         " WHERE ct.customer_id IN (");
  g_autoptr(DsStmt) stmt = NULL;
  DsStep step;

  if (n_customers == 0)
    return g_steal_pointer (&tags);
  /* Placeholders only, one per customer: the ids are bound. */
  for (guint i = 0; i < n_customers; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append (sql, ") ORDER BY ct.customer_id, t.name, t.id");
  if ((stmt = ds_db_prepare (db, sql->str, error)) == NULL)
    return NULL;
  for (guint i = 0; i < n_customers; i++)
    ds_stmt_bind_text (stmt, (int) i + 1, customer_ids[i]);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      const char *customer_id = ds_stmt_get_text (stmt, 0);
      GPtrArray *theirs = g_hash_table_lookup (tags, customer_id);
      DsTag *tag = g_new0 (DsTag, 1);

      if (theirs == NULL)
        {
          theirs = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_tag_free);
          g_hash_table_insert (tags, g_strdup (customer_id), theirs);
        }
      tag->id = ds_stmt_dup_text (stmt, 1);
      tag->name = ds_stmt_dup_text (stmt, 2);
      tag->colour = ds_stmt_dup_text (stmt, 3);
      tag->warns = ds_stmt_get_int64 (stmt, 4) != 0;
      g_ptr_array_add (theirs, tag);
    }
  if (step == DS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&tags);
}

/**
 * ds_tag_store_set:
 * @on: whether @customer_id has @tag after this
 *
 * Puts @tag on @customer_id or takes it off, with an entry on their
 * activity list when that changes anything.
 */
gboolean
ds_tag_store_set (DsDb         *db,
                  const char   *customer_id,
                  const DsTag  *tag,
                  gboolean      on,
                  const char   *actor_id,
                  GError      **error)
{
  g_autoptr(DsStmt) stmt = NULL;

  stmt = ds_db_prepare (db,
                        on ? "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
                           : "DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, tag->id);
  if (!ds_stmt_run (stmt, error))
    return FALSE;
  if (ds_db_changes (db) == 0)
    return TRUE;
  return ds_activity_store_record (db, customer_id, actor_id, on ? DS_ACTIVITY_TAG_ADDED : DS_ACTIVITY_TAG_REMOVED,
                                   NULL, on ? NULL : tag->name, on ? tag->name : NULL, 0, error);
}

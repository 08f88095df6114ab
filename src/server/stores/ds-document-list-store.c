/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-document-list-store.h"

/* Every document of the customer's, as one relation, kept ready by
 * triggers (document_entries, migration 20: quotes once priced, invoices,
 * receipts, plans' contracts, photos and uploaded documents), so that a
 * page is one range of one index. Days are "YYYY-MM-DD" text on both
 * backends; the business's name is filled in as it is now. A narrowing
 * not asked for costs nothing: its parameter's empty value short-cuts
 * its test. */
#define COLUMNS \
  "d.kind, d.name, d.title, d.day, d.property_label, d.content_type, d.size_bytes, d.shared_by," \
  " COALESCE(d.shared_by_name, (SELECT name FROM company)), d.job_title, d.has_thumbnail"

#define NARROWING \
  " AND (?3 = '' OR d.search_text LIKE ?3 ESCAPE '\\')" \
  " AND (?4 = '' OR d.day >= ?4) AND (?5 = '' OR d.day <= ?5)" \
  " AND (?6 = '' OR d.property_id = ?6)"

/* Newest first; ?1 is the customer, ?2 the kind or 'all', ?3 what the
 * name or title must contain, as a LIKE pattern ('' for anything), ?4 and
 * ?5 the first and last day ('' for open-ended), ?6 the property ('' for
 * any). */
static const DsListSpec list_spec = {
  .columns = COLUMNS,
  .from = "document_entries d WHERE d.customer_id = ?1 AND (?2 = 'all' OR d.kind = ?2)" NARROWING,
  .key = "d.day",
  .id = "d.id",
  .descending = TRUE,
  .n_params = 6,
};

static const struct {
  const char *filter;
  const char *kind;
} kinds[] = {
  { "all", "all" },
  { "photos", "photo" },
  { "documents", "document" },
  { "quotes", "quote" },
  { "invoices", "invoice" },
  { "receipts", "receipt" },
  { "plans", "plan" },
};

gboolean
ds_document_kind_from_filter (const char  *filter,
                              const char **kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].filter, filter != NULL ? filter : "all") == 0)
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

void
ds_document_free (DsDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->kind);
  g_free (document->id);
  g_free (document->name);
  g_free (document->title);
  g_free (document->day);
  g_free (document->property_label);
  g_free (document->content_type);
  g_free (document->shared_by);
  g_free (document->shared_by_name);
  g_free (document->job_title);
  g_free (document);
}

static gpointer
read_document (DsStmt *stmt)
{
  DsDocument *document = g_new0 (DsDocument, 1);

  document->kind = ds_stmt_dup_text (stmt, 0);
  document->name = ds_stmt_dup_text (stmt, 1);
  document->title = ds_stmt_dup_text (stmt, 2);
  document->day = ds_stmt_dup_text (stmt, 3);
  document->property_label = ds_stmt_dup_text (stmt, 4);
  document->content_type = ds_stmt_dup_text (stmt, 5);
  document->size_bytes = ds_stmt_is_null (stmt, 6) ? -1 : ds_stmt_get_int64 (stmt, 6);
  document->shared_by = ds_stmt_dup_text (stmt, 7);
  document->shared_by_name = ds_stmt_dup_text (stmt, 8);
  document->job_title = ds_stmt_dup_text (stmt, 9);
  document->has_thumbnail = ds_stmt_get_int64 (stmt, 10) != 0;
  document->id = ds_stmt_dup_text (stmt, 12);
  return document;
}

/* "%furnace%", lowercased, with LIKE's own characters escaped; "" when
 * nothing is searched for. */
static char *
like_pattern (const char *search)
{
  g_autofree char *lower = g_utf8_strdown (search != NULL ? search : "", -1);
  GString *pattern;

  if (*g_strstrip (lower) == '\0')
    return g_strdup ("");
  pattern = g_string_new ("%");
  for (const char *c = lower; *c != '\0'; c++)
    {
      if (*c == '%' || *c == '_' || *c == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *c);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/**
 * ds_document_store_list:
 * @kind: a kind from ds_document_kind_from_filter(), or "all"
 * @search: (nullable): what the name or title must contain
 * @since: (nullable): the first day, "YYYY-MM-DD"
 * @until: (nullable): the last day
 * @property_id: (nullable): one property's only
 *
 * Returns: (transfer full) (nullable): a page of #DsDocument, newest first
 */
DsPage *
ds_document_store_list (DsDb                *db,
                        const char          *customer_id,
                        const char          *kind,
                        const char          *search,
                        const char          *since,
                        const char          *until,
                        const char          *property_id,
                        const DsPageRequest *request,
                        GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);
  g_autofree char *pattern = like_pattern (search);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, kind);
  ds_stmt_bind_text (stmt, 3, pattern);
  ds_stmt_bind_text (stmt, 4, since != NULL ? since : "");
  ds_stmt_bind_text (stmt, 5, until != NULL ? until : "");
  ds_stmt_bind_text (stmt, 6, property_id != NULL ? property_id : "");
  return ds_list_read_page (stmt, request, read_document, (GDestroyNotify) ds_document_free, error);
}

/**
 * ds_document_store_count:
 * @counts: filter name → count, filled in for every filter
 *
 * Counts what ds_document_store_list() would list of each kind, narrowed
 * the same way.
 */
gboolean
ds_document_store_count (DsDb        *db,
                         const char  *customer_id,
                         const char  *search,
                         const char  *since,
                         const char  *until,
                         const char  *property_id,
                         GHashTable  *counts,
                         GError     **error)
{
  /* ?2 is unused here, so that NARROWING's parameters are the list's. */
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT d.kind, COUNT(*) FROM document_entries d"
                                          " WHERE d.customer_id = ?1 AND CAST(?2 AS TEXT) IS NULL" NARROWING
                                          " GROUP BY d.kind",
                                          error);
  g_autofree char *pattern = like_pattern (search);
  gint64 all = 0;
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_hash_table_insert (counts, (gpointer) kinds[i].filter, GINT_TO_POINTER (0));
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_null (stmt, 2);
  ds_stmt_bind_text (stmt, 3, pattern);
  ds_stmt_bind_text (stmt, 4, since != NULL ? since : "");
  ds_stmt_bind_text (stmt, 5, until != NULL ? until : "");
  ds_stmt_bind_text (stmt, 6, property_id != NULL ? property_id : "");
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      const char *kind = ds_stmt_get_text (stmt, 0);
      gint64 n = ds_stmt_get_int64 (stmt, 1);

      for (guint i = 1; i < G_N_ELEMENTS (kinds); i++)
        if (g_strcmp0 (kinds[i].kind, kind) == 0)
          g_hash_table_insert (counts, (gpointer) kinds[i].filter, GINT_TO_POINTER ((int) MIN (n, G_MAXINT)));
      all += n;
    }
  g_hash_table_insert (counts, (gpointer) "all", GINT_TO_POINTER ((int) MIN (all, G_MAXINT)));
  return step == DS_STEP_DONE;
}

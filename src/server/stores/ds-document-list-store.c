/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-document-list-store.h"

/* Every document of the customer's, as one relation; dates as text on
 * both backends ("YYYY-MM-DD"). The business draws the first four on
 * request; files were uploaded, by the business or the customer. */
#define BUSINESS "(SELECT name FROM company)"
#define DOCUMENTS \
  "(SELECT 'quote' AS kind, q.id, q.customer_id, 'Quote ' || q.number AS name, q.title," \
  "        COALESCE(CAST(q.issued_on AS TEXT), substr(CAST(q.created_at AS TEXT), 1, 10)) AS day," \
  "        pr.label AS property_label, q.property_id, 'application/pdf' AS content_type," \
  "        CAST(NULL AS BIGINT) AS size_bytes, 'business' AS shared_by, " BUSINESS " AS shared_by_name," \
  "        CAST(NULL AS TEXT) AS job_title, 0 AS has_thumbnail" \
  "   FROM quotes q LEFT JOIN properties pr ON pr.id = q.property_id WHERE q.status <> 'requested'" \
  " UNION ALL" \
  " SELECT 'invoice', i.id, i.customer_id, 'Invoice ' || i.number, i.title," \
  "        COALESCE(CAST(i.issued_on AS TEXT), substr(CAST(i.created_at AS TEXT), 1, 10)), pr.label, i.property_id," \
  "        'application/pdf', NULL, 'business', " BUSINESS ", NULL, 0" \
  "   FROM invoices i LEFT JOIN properties pr ON pr.id = i.property_id" \
  " UNION ALL" \
  " SELECT 'receipt', p.id, p.customer_id, 'Receipt ' || p.receipt_number, COALESCE(i.title, q.title)," \
  "        substr(CAST(p.paid_at AS TEXT), 1, 10), COALESCE(ipr.label, qpr.label)," \
  "        COALESCE(i.property_id, q.property_id), 'application/pdf', NULL, 'business', " BUSINESS ", NULL, 0" \
  "   FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id LEFT JOIN quotes q ON q.id = p.quote_id" \
  "   LEFT JOIN properties ipr ON ipr.id = i.property_id LEFT JOIN properties qpr ON qpr.id = q.property_id" \
  " UNION ALL" \
  " SELECT 'plan', pl.id, pl.customer_id, pl.name," \
  "        CASE pl.kind WHEN 'warranty' THEN 'Warranty' ELSE 'Service plan' END," \
  "        CAST(pl.starts_on AS TEXT), pr.label, pl.property_id, 'application/pdf', NULL, 'business', " BUSINESS "," \
  "        NULL, 0" \
  "   FROM plans pl LEFT JOIN properties pr ON pr.id = pl.property_id" \
  " UNION ALL" \
  " SELECT f.kind, f.id, f.customer_id, f.name, j.title, substr(CAST(f.created_at AS TEXT), 1, 10), pr.label," \
  "        COALESCE(f.property_id, j.property_id), f.content_type, f.size_bytes, f.shared_by," \
  "        CASE f.shared_by WHEN 'business' THEN " BUSINESS " ELSE u.display_name END, j.title," \
  "        CASE WHEN f.thumbnail_blob IS NULL THEN 0 ELSE 1 END" \
  "   FROM files f LEFT JOIN jobs j ON j.id = f.job_id LEFT JOIN users u ON u.id = f.uploaded_by" \
  "   LEFT JOIN properties pr ON pr.id = COALESCE(f.property_id, j.property_id)) x"

/* Newest first; ?1 is the customer, ?2 the kind or 'all', ?3 what the
 * name or title must contain, as a LIKE pattern, ?4 and ?5 the first and
 * last day ('' for open-ended), ?6 the property ('' for any). */
static const DsListSpec list_spec = {
  .columns = "x.kind, x.name, x.title, x.day, x.property_label, x.content_type, x.size_bytes, x.shared_by,"
             " x.shared_by_name, x.job_title, x.has_thumbnail",
  .from = DOCUMENTS
          " WHERE x.customer_id = ?1 AND (?2 = 'all' OR x.kind = ?2)"
          " AND LOWER(x.name || ' ' || COALESCE(x.title, '')) LIKE ?3 ESCAPE '\\'"
          " AND (?4 = '' OR x.day >= ?4) AND (?5 = '' OR x.day <= ?5)"
          " AND (?6 = '' OR x.property_id = ?6)",
  .key = "x.day",
  .id = "x.id",
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

/* "%furnace%", lowercased, with LIKE's own characters escaped. */
static char *
like_pattern (const char *search)
{
  g_autofree char *lower = g_utf8_strdown (search != NULL ? search : "", -1);
  GString *pattern = g_string_new ("%");

  for (const char *c = g_strstrip (lower); *c != '\0'; c++)
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
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT x.kind, COUNT(*) FROM " DOCUMENTS
                                          " WHERE x.customer_id = ?1"
                                          " AND LOWER(x.name || ' ' || COALESCE(x.title, '')) LIKE ?2 ESCAPE '\\'"
                                          " AND (?3 = '' OR x.day >= ?3) AND (?4 = '' OR x.day <= ?4)"
                                          " AND (?5 = '' OR x.property_id = ?5)"
                                          " GROUP BY x.kind",
                                          error);
  g_autofree char *pattern = like_pattern (search);
  gint64 all = 0;
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_hash_table_insert (counts, (gpointer) kinds[i].filter, GINT_TO_POINTER (0));
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, pattern);
  ds_stmt_bind_text (stmt, 3, since != NULL ? since : "");
  ds_stmt_bind_text (stmt, 4, until != NULL ? until : "");
  ds_stmt_bind_text (stmt, 5, property_id != NULL ? property_id : "");
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

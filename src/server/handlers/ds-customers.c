/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-paging.h"

#include "ds-customers.h"

/**
 * ds_like_pattern:
 * @text: what a person searched for
 *
 * Returns: (transfer full): "%text%" with LIKE's own wildcards escaped by
 *   "\", for use with ESCAPE '\'
 */
char *
ds_like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

#define LIST_SQL(cursor_condition)                                            \
  "SELECT c.id, c.display_name, c.customer_type, c.email, c.phone, c.sort_key,"  \
  "  (SELECT p.city FROM properties p WHERE p.customer_id = c.id"              \
  "   ORDER BY p.position, p.id LIMIT 1),"                                     \
  "  (SELECT COUNT(*) FROM properties p WHERE p.customer_id = c.id)"           \
  " FROM customers c"                                                          \
  " WHERE (?1 IS NULL OR c.display_name LIKE ?1 ESCAPE '\\'"                   \
  "        OR c.email LIKE ?1 ESCAPE '\\' OR c.phone LIKE ?1 ESCAPE '\\')"     \
  "   " cursor_condition                                                       \
  " ORDER BY c.sort_key, c.id"                                                 \
  " LIMIT ?4"

static void
write_customer (JsonBuilder *builder,
                DsStmt      *stmt)
{
  json_builder_begin_object (builder);
  ds_json_add_string (builder, "id", ds_stmt_get_text (stmt, 0));
  ds_json_add_string (builder, "display_name", ds_stmt_get_text (stmt, 1));
  ds_json_add_string (builder, "customer_type", ds_stmt_get_text (stmt, 2));
  ds_json_add_string (builder, "email", ds_stmt_get_text (stmt, 3));
  ds_json_add_string (builder, "phone", ds_stmt_get_text (stmt, 4));
  ds_json_add_string (builder, "city", ds_stmt_get_text (stmt, 6));
  json_builder_set_member_name (builder, "property_count");
  json_builder_add_int_value (builder, ds_stmt_get_int64 (stmt, 7));
  json_builder_end_object (builder);
}

void
ds_customers_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_auto(GStrv) after = NULL;
  g_autofree char *pattern = NULL;
  const char *query = ds_context_get_query (ctx, "q");
  guint limit;

  if (!ds_context_get_limit (ctx, &limit) || !ds_context_get_cursor (ctx, &after))
    return;

  if (query != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (query));

      if (g_utf8_strlen (trimmed, -1) > DOORSTEP_SEARCH_QUERY_MAX)
        {
          g_autoptr(GHashTable) errors = ds_field_errors_new ();
          ds_field_errors_add (errors, "q", "Search for at most 200 characters.");
          ds_context_respond_invalid (ctx, errors);
          return;
        }
      if (*trimmed != '\0')
        pattern = ds_like_pattern (trimmed);
    }

  /* The cursor condition is there only with a cursor: written as
   * "?2 IS NULL OR …" it would stop SQLite from seeking the index, and
   * every page would scan from the first customer. */
  stmt = ds_db_prepare (ds_context_get_db (ctx),
                        after != NULL ? LIST_SQL ("AND (c.sort_key, c.id) > (?2, ?3)") : LIST_SQL (""),
                        &error);
  if (stmt == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_stmt_bind_text (stmt, 1, pattern);
  ds_stmt_bind_text (stmt, 2, after != NULL ? after[0] : NULL);
  ds_stmt_bind_text (stmt, 3, after != NULL ? after[1] : NULL);
  /* One more than asked tells whether another page follows. */
  ds_stmt_bind_int64 (stmt, 4, limit + 1);

  ds_context_respond_rows (ctx, stmt, limit, 5, 0, write_customer);
}

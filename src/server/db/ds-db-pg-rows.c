/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ds-db-pg-private.h"

/* The PostgreSQL backend's text work: the storage layer's placeholders
 * as PostgreSQL's, and a row's values read back as SQLite would give them
 * (booleans as 1 and 0, timestamps in RFC 3339 with a "Z", byteas as
 * their bytes). */

/* "?" and "?N" outside quotes become "$N", as SQLite numbers them: a bare
 * "?" takes the number after the highest so far. */
char *
ds_pg_translate_placeholders (const char *sql,
                        int        *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  int highest = 0;
  char quote = 0;

  for (const char *p = sql; *p; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
          g_string_append_c (out, *p);
        }
      else if (*p == '\'' || *p == '"')
        {
          quote = *p;
          g_string_append_c (out, *p);
        }
      else if (*p == '?')
        {
          int number;

          if (g_ascii_isdigit (p[1]))
            {
              char *end;

              number = (int) strtol (p + 1, &end, 10);
              p = end - 1;
            }
          else
            number = highest + 1;
          highest = MAX (highest, number);
          g_string_append_printf (out, "$%d", number);
        }
      else
        g_string_append_c (out, *p);
    }

  *n_params = highest;
  return g_string_free (out, FALSE);
}

gboolean
ds_pg_is_null (DsStmt *stmt,
            int     column)
{
  DsPgStmt *self = STMT (stmt);

  g_return_val_if_fail (self->result != NULL && self->row < PQntuples (self->result), TRUE);
  return PQgetisnull (self->result, self->row, column);
}

/* "2026-11-23 07:19:41+00" (ISO style, UTC session) as "2026-11-23T07:19:41Z". */
static char *
rfc3339_from_pg (const char *value)
{
  GString *text = g_string_new (value);

  if (text->len > 10 && text->str[10] == ' ')
    text->str[10] = 'T';
  if (g_str_has_suffix (text->str, "+00"))
    {
      g_string_truncate (text, text->len - 3);
      g_string_append_c (text, 'Z');
    }
  return g_string_free (text, FALSE);
}

const char *
ds_pg_get_text (DsStmt *stmt,
             int     column)
{
  DsPgStmt *self = STMT (stmt);
  const char *value;

  if (ds_pg_is_null (stmt, column))
    return NULL;
  value = PQgetvalue (self->result, self->row, column);
  if (PQftype (self->result, column) == TIMESTAMPTZ_OID)
    {
      char *converted = rfc3339_from_pg (value);

      g_ptr_array_add (self->converted, converted);
      return converted;
    }
  return value;
}

gint64
ds_pg_get_int64 (DsStmt *stmt,
              int     column)
{
  DsPgStmt *self = STMT (stmt);
  const char *value;

  if (ds_pg_is_null (stmt, column))
    return 0;
  value = PQgetvalue (self->result, self->row, column);
  if (PQftype (self->result, column) == BOOL_OID)
    return value[0] == 't';
  return g_ascii_strtoll (value, NULL, 10);
}

GBytes *
ds_pg_get_bytes (DsStmt *stmt,
              int     column)
{
  DsPgStmt *self = STMT (stmt);
  unsigned char *data;
  size_t size = 0;
  GBytes *bytes;

  if (ds_pg_is_null (stmt, column))
    return NULL;
  data = PQunescapeBytea ((const unsigned char *) PQgetvalue (self->result, self->row, column), &size);
  if (data == NULL)
    return NULL;
  bytes = g_bytes_new (data, size);
  PQfreemem (data);
  return bytes;
}

int
ds_pg_column_count (DsStmt *stmt)
{
  return STMT (stmt)->prepared->n_columns;
}

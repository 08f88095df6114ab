/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-address.h"

/**
 * ds_address_from_columns:
 * @first_column: where line 1 is; city, region and postal code follow
 *
 * Returns: (transfer full) (nullable): "2218 SE Salmon St, Portland, OR
 *   97214", or %NULL without a line 1 (no property)
 */
char *
ds_address_from_columns (DsStmt *stmt,
                         int     first_column)
{
  const char *line1 = ds_stmt_get_text (stmt, first_column);
  const char *city = ds_stmt_get_text (stmt, first_column + 1);
  const char *region = ds_stmt_get_text (stmt, first_column + 2);
  const char *postal_code = ds_stmt_get_text (stmt, first_column + 3);
  GString *address;

  if (line1 == NULL)
    return NULL;
  address = g_string_new (line1);
  if (city != NULL)
    g_string_append_printf (address, ", %s", city);
  if (region != NULL)
    g_string_append_printf (address, ", %s", region);
  if (postal_code != NULL)
    g_string_append_printf (address, " %s", postal_code);
  return g_string_free (address, FALSE);
}

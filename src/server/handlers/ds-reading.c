/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-reading.h"

/**
 * ds_begin_reading:
 * @customer_id: (out): whose documents: the signed-in customer's, or the
 *   one staff name with customer_id
 * @today: (out): the business's day, which decides what has expired or is
 *   overdue
 *
 * Answers itself and returns %FALSE when it cannot.
 */
gboolean
ds_begin_reading (DsContext  *ctx,
                  char      **customer_id,
                  char      **today)
{
  g_autoptr(GError) error = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, customer_id))
    return FALSE;
  if (!ds_company_store_get_today (ds_context_get_db (ctx), today, NULL, &error))
    {
      ds_context_respond_error (ctx, error);
      return FALSE;
    }
  return TRUE;
}

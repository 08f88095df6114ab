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

/**
 * ds_respond_pdf:
 * @file_name: what a browser or the app saves it as, "Quote Q-1001.pdf";
 *   built from a document's number, so it needs no quoting
 *
 * Answers @pdf to be shown inline.
 */
void
ds_respond_pdf (DsContext  *ctx,
                GBytes     *pdf,
                const char *file_name)
{
  g_autofree char *disposition = g_strdup_printf ("inline; filename=\"%s\"", file_name);

  ds_context_set_header (ctx, "Content-Disposition", disposition);
  ds_context_respond_bytes (ctx, 200, "application/pdf", pdf);
}

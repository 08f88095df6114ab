/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-quote-store.h"
#include "ds-request-store.h"

/* Requests for a job or a quote, sent from the (+) button. A quote request
 * is also the quote it asks for, which shows under Requested at once. */

#define COLUMNS \
  "r.id, r.customer_id, r.kind, r.service_type_id, s.name, r.property_id, p.label," \
  " r.description, r.preferred_timing, r.status, r.created_at"
#define FROM \
  "requests r" \
  " JOIN service_types s ON s.id = r.service_type_id" \
  " JOIN properties p ON p.id = r.property_id"

/* Newest first; ?1 names the customer, or is NULL for everyone's. */
static const DsListSpec list_spec = {
  .columns = COLUMNS,
  .from = FROM " WHERE (CAST(?1 AS TEXT) IS NULL OR r.customer_id = ?1)",
  .key = "r.created_at",
  .id = "r.id",
  .descending = TRUE,
  .n_params = 1,
};

void
ds_request_free (DsRequest *request)
{
  if (request == NULL)
    return;
  g_free (request->id);
  g_free (request->customer_id);
  g_free (request->kind);
  g_free (request->service_type_id);
  g_free (request->service_type_name);
  g_free (request->property_id);
  g_free (request->property_label);
  g_free (request->description);
  g_free (request->preferred_timing);
  g_free (request->status);
  g_free (request->created_at);
  g_free (request);
}

static gpointer
read_request (DsStmt *stmt)
{
  DsRequest *request = g_new0 (DsRequest, 1);

  request->id = ds_stmt_dup_text (stmt, 0);
  request->customer_id = ds_stmt_dup_text (stmt, 1);
  request->kind = ds_stmt_dup_text (stmt, 2);
  request->service_type_id = ds_stmt_dup_text (stmt, 3);
  request->service_type_name = ds_stmt_dup_text (stmt, 4);
  request->property_id = ds_stmt_dup_text (stmt, 5);
  request->property_label = ds_stmt_dup_text (stmt, 6);
  request->description = ds_stmt_dup_text (stmt, 7);
  request->preferred_timing = ds_stmt_dup_text (stmt, 8);
  request->status = ds_stmt_dup_text (stmt, 9);
  request->created_at = ds_stmt_dup_text (stmt, 10);
  return request;
}

/**
 * ds_request_store_create:
 *
 * Records a new request, and for a quote request the requested quote too.
 * Call it inside a transaction, so that both or neither are there.
 *
 * Returns: (transfer full) (nullable): the new request's id
 */
char *
ds_request_store_create (DsDb                *db,
                         const DsNewRequest  *request,
                         GError             **error)
{
  g_autofree char *id = ds_new_id ("req");
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) insert = ds_db_prepare (db,
                                            "INSERT INTO requests (id, customer_id, property_id, kind,"
                                            " service_type_id, description, preferred_timing, status,"
                                            " created_by, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
                                            error);
  if (insert == NULL)
    return NULL;
  ds_stmt_bind_text (insert, 1, id);
  ds_stmt_bind_text (insert, 2, request->customer_id);
  ds_stmt_bind_text (insert, 3, request->property_id);
  ds_stmt_bind_text (insert, 4, request->kind);
  ds_stmt_bind_text (insert, 5, request->service_type_id);
  ds_stmt_bind_text (insert, 6, request->description);
  ds_stmt_bind_text (insert, 7, request->preferred_timing);
  ds_stmt_bind_text (insert, 8, request->created_by);
  ds_stmt_bind_text (insert, 9, now);
  if (!ds_stmt_run (insert, error))
    return NULL;

  if (g_str_equal (request->kind, "quote") && !ds_quote_store_create_for_request (db, id, error))
    return NULL;

  return g_steal_pointer (&id);
}

/**
 * ds_request_store_get:
 *
 * Returns: (transfer full) (nullable): the request; %NULL with @error set
 *   when there is none
 */
DsRequest *
ds_request_store_get (DsDb        *db,
                      const char  *request_id,
                      GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT " COLUMNS " FROM " FROM " WHERE r.id = ?", error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, request_id);
  if (!ds_stmt_step_row (stmt, error))
    return NULL;
  return read_request (stmt);
}

/**
 * ds_request_store_list:
 * @customer_id: (nullable): whose requests; %NULL for everyone's
 *
 * Returns: (transfer full) (nullable): a page of #DsRequest, newest first
 */
DsPage *
ds_request_store_list (DsDb                *db,
                       const char          *customer_id,
                       const DsPageRequest *request,
                       GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_request, (GDestroyNotify) ds_request_free, error);
}

/* Requests still with the team: every one not closed. */
gboolean
ds_request_store_count_open (DsDb        *db,
                             const char  *customer_id,
                             gint64      *count,
                             GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*) FROM requests"
                                          " WHERE customer_id = ? AND status != 'closed'",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *count = ds_stmt_get_int64 (stmt, 0);
  return TRUE;
}

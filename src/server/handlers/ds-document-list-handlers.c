/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-common.h"
#include "ds-document-list-handlers.h"
#include "ds-document-list-store.h"
#include "ds-file-store.h"
#include "ds-paging.h"

/* The documents list (/documents): everything shared with the customer in
 * one place: quotes, invoices, receipts, plans' contracts, photos and
 * uploaded documents, newest first, narrowed by kind, day, property and
 * what the name or title contains, with a count per kind. Each is fetched
 * from its own resource's route (a file's from /files/{id}/content, whose
 * handlers are in ds-file-handlers.c). */

#define SEARCH_MAX 200

/* A day given as a query parameter: absent, or a real "YYYY-MM-DD". */
static gboolean
day_is_valid (const char *day)
{
  GDate date;

  return day == NULL || (strlen (day) == 10 && doorstep_local_date_parse (day, &date));
}

static void
write_document (DsJsonWriter  *builder,
                gconstpointer  item,
                gpointer       user_data)
{
  const DsDocument *document = item;
  gboolean is_customer = GPOINTER_TO_INT (user_data);
  gboolean file = g_str_equal (document->kind, "photo") || g_str_equal (document->kind, "document");

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "kind", document->kind);
  ds_json_add_string (builder, "id", document->id);
  ds_json_add_string (builder, "name", document->name);
  ds_json_add_string (builder, "title", document->title);
  ds_json_add_string (builder, "date", document->day);
  ds_json_add_string (builder, "property_label", document->property_label);
  ds_json_add_string (builder, "content_type", document->content_type);
  if (document->size_bytes >= 0)
    ds_json_add_int (builder, "size_bytes", document->size_bytes);
  ds_json_add_string (builder, "shared_by", document->shared_by);
  ds_json_add_string (builder, "shared_by_name", document->shared_by_name);
  ds_json_add_string (builder, "job_title", document->job_title);
  ds_json_add_boolean (builder, "has_thumbnail", document->has_thumbnail);
  ds_json_add_boolean (builder, "can_delete", file && ds_file_may_delete (document->shared_by, is_customer));
  ds_json_writer_end_object (builder);
}

/* The narrowing both the list and its counts take. */
typedef struct {
  const char *search;
  const char *since;
  const char *until;
  const char *property_id;
} Narrowing;

static gboolean
read_narrowing (DsCall     *call,
                Narrowing  *narrowing,
                GError    **error)
{
  narrowing->search = ds_call_get_query (call, "q");
  narrowing->since = ds_call_get_query (call, "since");
  narrowing->until = ds_call_get_query (call, "until");
  narrowing->property_id = ds_call_get_query (call, "property_id");

  if (narrowing->search != NULL && g_utf8_strlen (narrowing->search, -1) > SEARCH_MAX)
    {
      ds_set_field_error (error, "q", "Search for at most 200 characters.");
      return FALSE;
    }
  if (!day_is_valid (narrowing->since) || !day_is_valid (narrowing->until))
    {
      ds_set_field_error (error, !day_is_valid (narrowing->since) ? "since" : "until",
                          "Give a day as YYYY-MM-DD, such as 2026-11-01.");
      return FALSE;
    }
  if (narrowing->property_id != NULL && strlen (narrowing->property_id) > 64)
    {
      ds_set_field_error (error, "property_id", "There is no such property.");
      return FALSE;
    }
  return TRUE;
}

DsReply *
ds_documents_list_handler (DsCall   *call,
                           gpointer  input,
                           GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  const char *kind = NULL;
  Narrowing narrowing;

  if (!ds_document_kind_from_filter (ds_call_get_query (call, "kind"), &kind))
    {
      ds_set_field_error (error, "kind", "Use all, photos, documents, quotes, invoices, receipts or plans.");
      return NULL;
    }
  if (!read_narrowing (call, &narrowing, error) || !ds_call_read_page (call, &request, error) ||
      (page = ds_document_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), kind,
                                      narrowing.search, narrowing.since, narrowing.until, narrowing.property_id,
                                      &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_document, GINT_TO_POINTER (ds_call_is_customer (call)));
}

DsReply *
ds_documents_counts_handler (DsCall   *call,
                             gpointer  input,
                             GError  **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  const char * const order[] = { "all", "photos", "documents", "quotes", "invoices", "receipts", "plans" };
  Narrowing narrowing;

  if (!read_narrowing (call, &narrowing, error) ||
      !ds_document_store_count (ds_call_get_db (call), ds_call_get_customer_id (call), narrowing.search,
                                narrowing.since, narrowing.until, narrowing.property_id, counts, error))
    return NULL;
  ds_json_writer_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    ds_json_add_int (builder, order[i], GPOINTER_TO_INT (g_hash_table_lookup (counts, order[i])));
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

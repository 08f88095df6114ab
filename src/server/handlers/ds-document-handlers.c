/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-common.h"
#include "ds-document-handlers.h"
#include "ds-document-store.h"
#include "ds-paging.h"
#include "ds-reading.h"

/* Everything shared with the customer in one place: quotes, invoices,
 * receipts, plans' contracts, photos and uploaded documents, newest first,
 * narrowed by kind, day, property and what the name or title contains,
 * with a count per kind. Each is fetched from its own resource's route
 * (a file's from /files/{id}/content). */

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
  ds_json_add_boolean (builder, "can_delete", file && is_customer && g_str_equal (document->shared_by, "customer"));
  ds_json_writer_end_object (builder);
}

/* The narrowing both the list and its counts take; answers 422 itself
 * and returns %FALSE when a parameter is not one. */
typedef struct {
  const char *search;
  const char *since;
  const char *until;
  const char *property_id;
} Narrowing;

static gboolean
read_narrowing (DsContext *ctx,
                Narrowing *narrowing)
{
  narrowing->search = ds_context_get_query (ctx, "q");
  narrowing->since = ds_context_get_query (ctx, "since");
  narrowing->until = ds_context_get_query (ctx, "until");
  narrowing->property_id = ds_context_get_query (ctx, "property_id");

  if (narrowing->search != NULL &&
      (!g_utf8_validate (narrowing->search, -1, NULL) || g_utf8_strlen (narrowing->search, -1) > SEARCH_MAX))
    {
      ds_context_respond_field_error (ctx, "q", "Search for at most 200 characters.");
      return FALSE;
    }
  if (!day_is_valid (narrowing->since) || !day_is_valid (narrowing->until))
    {
      ds_context_respond_field_error (ctx, !day_is_valid (narrowing->since) ? "since" : "until",
                                      "Give a day as YYYY-MM-DD, such as 2026-11-01.");
      return FALSE;
    }
  if (narrowing->property_id != NULL && strlen (narrowing->property_id) > 64)
    {
      ds_context_respond_field_error (ctx, "property_id", "There is no such property.");
      return FALSE;
    }
  return TRUE;
}

void
ds_documents_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;
  const char *kind = NULL;
  Narrowing narrowing;

  if (!ds_document_kind_from_filter (ds_context_get_query (ctx, "kind"), &kind))
    {
      ds_context_respond_field_error (ctx, "kind", "Use all, photos, documents, quotes, invoices, receipts or plans.");
      return;
    }
  if (!read_narrowing (ctx, &narrowing) || !ds_context_get_page_request (ctx, &request) ||
      !ds_begin_reading (ctx, &customer_id, &today))
    return;
  page = ds_document_store_list (ds_context_get_db (ctx), customer_id, kind, narrowing.search, narrowing.since,
                                 narrowing.until, narrowing.property_id, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_document,
                           GINT_TO_POINTER (ds_context_get_identity (ctx)->customer_id != NULL));
}

void
ds_documents_counts_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;
  const char * const order[] = { "all", "photos", "documents", "quotes", "invoices", "receipts", "plans" };
  Narrowing narrowing;

  if (!read_narrowing (ctx, &narrowing) || !ds_begin_reading (ctx, &customer_id, &today))
    return;
  if (!ds_document_store_count (ds_context_get_db (ctx), customer_id, narrowing.search, narrowing.since,
                                narrowing.until, narrowing.property_id, counts, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_json_writer_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    ds_json_add_int (builder, order[i], GPOINTER_TO_INT (g_hash_table_lookup (counts, order[i])));
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

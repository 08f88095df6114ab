/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-customer-store.h"
#include "ds-idempotency.h"
#include "ds-paging.h"
#include "ds-request-handlers.h"
#include "ds-request-store.h"

/* A customer's requests for a job or a quote, sent from the (+) button. */

static void
write_request (DsJsonWriter   *builder,
               gconstpointer  item,
               gpointer       user_data)
{
  const DsRequest *request = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", request->id);
  ds_json_add_string (builder, "customer_id", request->customer_id);
  ds_json_add_string (builder, "kind", request->kind);
  ds_json_add_string (builder, "service_type_id", request->service_type_id);
  ds_json_add_string (builder, "service_type_name", request->service_type_name);
  ds_json_add_string (builder, "property_id", request->property_id);
  ds_json_add_string (builder, "property_label", request->property_label);
  ds_json_add_string (builder, "description", request->description);
  ds_json_add_string (builder, "preferred_timing", request->preferred_timing);
  ds_json_add_string (builder, "status", request->status);
  ds_json_add_string (builder, "created_at", request->created_at);
  ds_json_writer_end_object (builder);
}

/* Reads and checks the body of a new request; answers 422 itself and
 * returns %FALSE when anything is wrong with it. */
static gboolean
read_new_request (DsContext     *ctx,
                  JsonObject    *body,
                  const char    *customer_id,
                  DsNewRequest  *request,
                  char         **description)
{
  g_autoptr(GHashTable) errors = ds_field_errors_new ();
  g_autoptr(GError) error = NULL;
  const char *raw_description;
  gboolean exists = TRUE;
  DsDb *db = ds_context_get_db (ctx);

  request->customer_id = customer_id;
  request->created_by = ds_context_get_identity (ctx)->user_id;
  request->kind = ds_json_require_string (body, "kind", errors, "Choose a job or a quote.");
  request->service_type_id = ds_json_require_string (body, "service_type_id", errors, "Choose a service.");
  request->property_id = ds_json_require_string (body, "property_id", errors, "Choose the property.");
  raw_description = ds_json_require_string (body, "description", errors, "Describe what you need.");
  request->preferred_timing = ds_json_require_string (body, "preferred_timing", errors, "Choose when suits you.");

  if (request->kind != NULL && !doorstep_request_kind_from_string (request->kind, NULL))
    ds_field_errors_add (errors, "kind", "Must be “job” or “quote”.");
  if (request->preferred_timing != NULL && !doorstep_timing_from_string (request->preferred_timing, NULL))
    ds_field_errors_add (errors, "preferred_timing", "Choose one of the offered timings.");
  if (raw_description != NULL)
    {
      *description = g_strstrip (g_strdup (raw_description));
      request->description = *description;
      if (!doorstep_validate_text (*description, DOORSTEP_REQUEST_DESCRIPTION_MAX))
        ds_field_errors_add (errors, "description",
                             **description == '\0' ? "Describe what you need."
                                                   : "Keep the description under 4,000 characters.");
    }

  if (request->service_type_id != NULL)
    {
      if (!ds_company_store_has_service_type (db, request->service_type_id, &exists, &error))
        goto fail;
      if (!exists)
        ds_field_errors_add (errors, "service_type_id", "Choose one of the offered services.");
    }
  if (request->property_id != NULL)
    {
      if (!ds_customer_store_owns_property (db, customer_id, request->property_id, &exists, &error))
        goto fail;
      if (!exists)
        ds_field_errors_add (errors, "property_id", "Choose one of your properties.");
    }

  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return FALSE;
    }
  return TRUE;

fail:
  ds_context_respond_error (ctx, error);
  return FALSE;
}

/* Creating a request needs an Idempotency-Key: a retry after a lost
 * answer gets the first answer again and never makes a second request. */
void
ds_requests_create_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsIdempotency) idem = NULL;
  g_autoptr(DsRequest) created = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *description = NULL;
  g_autofree char *id = NULL;
  g_autofree char *location = NULL;
  DsNewRequest request = { 0 };
  DsDb *db = ds_context_get_db (ctx);

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_WRITE, &customer_id) ||
      (body = ds_context_read_json (ctx)) == NULL ||
      (idem = ds_idempotency_begin (ctx)) == NULL ||
      !read_new_request (ctx, body, customer_id, &request, &description))
    return;

  if ((id = ds_request_store_create (db, &request, &error)) == NULL ||
      (created = ds_request_store_get (db, id, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  write_request (builder, created, NULL);
  location = g_strconcat ("/api/v1/requests/", id, NULL);
  ds_idempotency_respond (idem, 201, location, builder);
}

void
ds_requests_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ_ALL_STAFF, &customer_id) ||
      !ds_context_get_page_request (ctx, &request))
    return;

  page = ds_request_store_list (ds_context_get_db (ctx), customer_id, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_request, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-customer-store.h"
#include "ds-paging.h"
#include "ds-request-handlers.h"
#include "ds-request-store.h"

/* A customer's requests for a job or a quote, sent from the (+) button.
 * Creating one needs an Idempotency-Key: a retry after a lost answer
 * gets the first answer again and never makes a second request. */

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

/* A new request, as sent. */
typedef struct {
  char *kind;
  char *service_type_id;
  char *property_id;
  char *description;
  char *preferred_timing;
} NewRequest;

static void
new_request_free (gpointer data)
{
  NewRequest *request = data;

  g_free (request->kind);
  g_free (request->service_type_id);
  g_free (request->property_id);
  g_free (request->description);
  g_free (request->preferred_timing);
  g_free (request);
}

static gpointer
read_new_request (JsonObject *body,
                  GHashTable *errors)
{
  NewRequest *request = g_new0 (NewRequest, 1);
  const char *description;

  request->kind = g_strdup (ds_json_require_string (body, "kind", errors, "Choose a job or a quote."));
  request->service_type_id = g_strdup (ds_json_require_string (body, "service_type_id", errors,
                                                               "Choose a service."));
  request->property_id = g_strdup (ds_json_require_string (body, "property_id", errors, "Choose the property."));
  description = ds_json_require_string (body, "description", errors, "Describe what you need.");
  request->preferred_timing = g_strdup (ds_json_require_string (body, "preferred_timing", errors,
                                                                "Choose when suits you."));

  if (request->kind != NULL && !doorstep_request_kind_from_string (request->kind, NULL))
    ds_field_errors_add (errors, "kind", "Must be “job” or “quote”.");
  if (request->preferred_timing != NULL && !doorstep_timing_from_string (request->preferred_timing, NULL))
    ds_field_errors_add (errors, "preferred_timing", "Choose one of the offered timings.");
  if (description != NULL)
    {
      request->description = g_strstrip (g_strdup (description));
      if (!doorstep_validate_text (request->description, DOORSTEP_REQUEST_DESCRIPTION_MAX))
        ds_field_errors_add (errors, "description",
                             *request->description == '\0' ? "Describe what you need."
                                                           : "Keep the description under 4,000 characters.");
    }
  return request;
}

/* The service is one the business offers, the property the customer's. */
static gboolean
check_new_request (DsCall      *call,
                   gpointer     input,
                   GHashTable  *errors,
                   GError     **error)
{
  NewRequest *request = input;
  DsDb *db = ds_call_get_db (call);
  gboolean exists = TRUE;

  if (request->service_type_id != NULL)
    {
      if (!ds_company_store_has_service_type (db, request->service_type_id, &exists, error))
        return FALSE;
      if (!exists)
        ds_field_errors_add (errors, "service_type_id", "Choose one of the offered services.");
    }
  if (request->property_id != NULL)
    {
      if (!ds_customer_store_owns_property (db, ds_call_get_customer_id (call), request->property_id, &exists,
                                            error))
        return FALSE;
      if (!exists)
        ds_field_errors_add (errors, "property_id", "Choose one of your properties.");
    }
  return TRUE;
}

const DsInput ds_new_request_input = { read_new_request, new_request_free, check_new_request };

DsReply *
ds_requests_create_handler (DsCall   *call,
                            gpointer  input,
                            GError  **error)
{
  NewRequest *sent = input;
  g_autoptr(DsRequest) created = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *id = NULL;
  g_autofree char *location = NULL;
  DsNewRequest request = {
    .customer_id = ds_call_get_customer_id (call),
    .property_id = sent->property_id,
    .kind = sent->kind,
    .service_type_id = sent->service_type_id,
    .description = sent->description,
    .preferred_timing = sent->preferred_timing,
    .created_by = ds_call_get_identity (call)->user_id,
  };
  DsReply *reply;
  DsDb *db = ds_call_get_db (call);

  if ((id = ds_request_store_create (db, &request, error)) == NULL ||
      (created = ds_request_store_get (db, id, error)) == NULL)
    return NULL;

  write_request (builder, created, NULL);
  location = g_strconcat ("/api/v1/requests/", id, NULL);
  reply = ds_reply_json (201, builder);
  ds_reply_set_header (reply, "Location", location);
  return reply;
}

DsReply *
ds_requests_list_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_page (call, &request, error) ||
      (page = ds_request_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_request, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-customer-handlers.h"
#include "ds-customer-store.h"
#include "ds-paging.h"

/* The staff's customers. */

static void
write_customer (DsJsonWriter   *builder,
                gconstpointer  item,
                gpointer       user_data)
{
  const DsCustomerSummary *customer = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", customer->id);
  ds_json_add_string (builder, "display_name", customer->display_name);
  ds_json_add_string (builder, "customer_type", customer->customer_type);
  ds_json_add_string (builder, "email", customer->email);
  ds_json_add_string (builder, "phone", customer->phone);
  ds_json_add_string (builder, "city", customer->city);
  ds_json_add_int (builder, "property_count", customer->property_count);
  ds_json_writer_end_object (builder);
}

DsReply *
ds_customers_list_handler (DsCall   *call,
                           gpointer  input,
                           GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *search = NULL;
  const char *query = ds_call_get_query (call, "q");

  if (!ds_call_read_page (call, &request, error))
    return NULL;
  if (query != NULL)
    {
      search = g_strstrip (g_strdup (query));
      if (g_utf8_strlen (search, -1) > DOORSTEP_SEARCH_QUERY_MAX)
        {
          ds_set_field_error (error, "q", "Search for at most 200 characters.");
          return NULL;
        }
    }
  if ((page = ds_customer_store_list (ds_call_get_db (call), search, &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_customer, NULL);
}

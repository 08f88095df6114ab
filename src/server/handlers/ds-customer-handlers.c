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

void
ds_customers_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *search = NULL;
  const char *query = ds_context_get_query (ctx, "q");

  if (!ds_context_get_page_request (ctx, &request))
    return;

  if (query != NULL)
    {
      search = g_strstrip (g_strdup (query));
      if (g_utf8_strlen (search, -1) > DOORSTEP_SEARCH_QUERY_MAX)
        {
          ds_context_respond_field_error (ctx, "q", "Search for at most 200 characters.");
          return;
        }
    }

  page = ds_customer_store_list (ds_context_get_db (ctx), search, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_customer, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-customer-handlers.h"
#include "ds-customer-store.h"
#include "ds-invoice-store.h"
#include "ds-paging.h"
#include "ds-payment-store.h"
#include "ds-property-json.h"
#include "ds-quote-store.h"

/* The staff's customers: the list, and one customer's profile (who they
 * are, what they are worth to the business, what they owe) with their
 * properties a page at a time. The customer of {id} is the dispatcher's
 * to check (DS_SCOPE_PATH_CUSTOMER). */

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

/* The day @timestamp fell on where the business is. */
static char *
local_day (const char *timestamp,
           const char *timezone)
{
  g_autoptr(GDateTime) moment = doorstep_timestamp_parse (timestamp);
  g_autoptr(GTimeZone) zone = timezone != NULL ? g_time_zone_new_identifier (timezone) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return NULL;
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (moment, zone);
  return g_date_time_format (local, "%Y-%m-%d");
}

DsReply *
ds_customers_get_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(DsCustomerProfile) profile = NULL;
  g_autofree char *today = NULL;
  g_autofree char *since = NULL;
  const char *customer_id = ds_call_get_customer_id (call);
  gint64 received, quotes, quotes_total;
  DsBalance balance;
  DsDb *db = ds_call_get_db (call);

  if ((company = ds_company_store_require (db, error)) == NULL ||
      (profile = ds_customer_store_get_profile (db, customer_id, error)) == NULL)
    return NULL;
  today = ds_company_dup_today (company);
  if (!ds_payment_store_sum_received (db, customer_id, &received, error) ||
      !ds_invoice_store_get_balance (db, customer_id, today, &balance, error) ||
      !ds_quote_store_sum_awaiting (db, customer_id, today, &quotes, &quotes_total, error))
    return NULL;
  since = local_day (profile->created_at, company->timezone);

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", profile->id);
  ds_json_add_string (builder, "display_name", profile->display_name);
  ds_json_add_string (builder, "first_name", profile->first_name);
  ds_json_add_string (builder, "last_name", profile->last_name);
  ds_json_add_string (builder, "company_name", profile->company_name);
  ds_json_add_string (builder, "customer_type", profile->customer_type);
  ds_json_add_string (builder, "email", profile->email);
  ds_json_add_string (builder, "phone", profile->phone);
  ds_json_add_string (builder, "customer_since", since);
  ds_json_add_int (builder, "property_count", profile->property_count);
  ds_json_add_money (builder, "lifetime_value", received, company->currency);

  ds_json_writer_set_member_name (builder, "balance_due");
  ds_json_writer_begin_object (builder);
  ds_json_add_money (builder, "total", balance.total_minor, company->currency);
  ds_json_add_int (builder, "invoice_count", balance.invoice_count);
  ds_json_add_money (builder, "overdue", balance.overdue_minor, company->currency);
  ds_json_add_int (builder, "overdue_count", balance.overdue_count);
  ds_json_writer_end_object (builder);

  ds_json_writer_set_member_name (builder, "open_quotes");
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "count", quotes);
  ds_json_add_money (builder, "total", quotes_total, company->currency);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

static void
write_property (DsJsonWriter   *builder,
                gconstpointer  item,
                gpointer       user_data)
{
  ds_property_json_write (builder, item);
}

DsReply *
ds_customers_properties_handler (DsCall   *call,
                                 gpointer  input,
                                 GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_page (call, &request, error) ||
      (page = ds_customer_store_list_properties (ds_call_get_db (call), ds_call_get_customer_id (call), &request,
                                                 error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_property, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-customer-store.h"
#include "ds-dashboard-handlers.h"
#include "ds-equipment-store.h"
#include "ds-invoice-store.h"
#include "ds-property-json.h"
#include "ds-quote-store.h"
#include "ds-request-store.h"
#include "ds-visit-json.h"
#include "ds-visit-store.h"

/* A customer's summary of what they have with the business (GET
 * /dashboard): who they are and their properties, the quotes awaiting
 * them, the next visit, the balance due, open requests and maintenance
 * due. Each resource's store answers its part. */

static void
write_customer (DsJsonWriter      *builder,
                const DsCustomer *customer)
{
  ds_json_writer_set_member_name (builder, "customer");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", customer->id);
  ds_json_add_string (builder, "display_name", customer->display_name);
  ds_json_writer_set_member_name (builder, "properties");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < customer->properties->len; i++)
    ds_property_json_write (builder, g_ptr_array_index (customer->properties, i));
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
}

static void
write_next_visit (DsJsonWriter       *builder,
                  const DsVisit      *visit,
                  const DsVisitRules *rules)
{
  ds_json_writer_set_member_name (builder, "next_visit");
  if (visit == NULL)
    ds_json_writer_add_null_value (builder);
  else
    ds_visit_json_write (builder, visit, rules);
}

DsReply *
ds_dashboard_get_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autoptr(DsCustomer) customer = NULL;
  g_autoptr(DsVisit) visit = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(DsEquipment) due_first = NULL;
  g_autofree char *today = NULL;
  g_autofree char *now = ds_now_timestamp ();
  const char *customer_id = ds_call_get_customer_id (call);
  const char *currency;
  gint64 quotes, quotes_total, requests, due;
  DsBalance balance;
  DsVisitRules rules;
  DsDb *db = ds_call_get_db (call);

  /* The business once: its day, currency and notice period. */
  if ((company = ds_company_store_require (db, error)) == NULL)
    return NULL;
  today = ds_company_dup_today (company);
  currency = company->currency;
  ds_visit_rules_init (&rules, company, ds_call_is_customer (call));

  if ((customer = ds_customer_store_get (db, customer_id, error)) == NULL ||
      !ds_quote_store_sum_awaiting (db, customer_id, today, &quotes, &quotes_total, error) ||
      !ds_visit_store_next (db, customer_id, now, &visit, error) ||
      !ds_invoice_store_get_balance (db, customer_id, today, &balance, error) ||
      !ds_request_store_count_open (db, customer_id, &requests, error) ||
      !ds_equipment_store_count_due (db, customer_id, today, &due, &due_first, error))
    return NULL;
  ds_json_writer_begin_object (builder);
  write_customer (builder, customer);

  ds_json_writer_set_member_name (builder, "open_quotes");
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "count", quotes);
  ds_json_add_money (builder, "total", quotes_total, currency);
  ds_json_writer_end_object (builder);

  write_next_visit (builder, visit, &rules);

  ds_json_writer_set_member_name (builder, "balance_due");
  ds_json_writer_begin_object (builder);
  ds_json_add_money (builder, "total", balance.total_minor, currency);
  ds_json_add_int (builder, "invoice_count", balance.invoice_count);
  ds_json_add_int (builder, "overdue_count", balance.overdue_count);
  ds_json_writer_end_object (builder);

  ds_json_writer_set_member_name (builder, "open_requests");
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "count", requests);
  ds_json_writer_end_object (builder);

  /* Equipment whose maintenance is due within 30 days, or overdue. */
  ds_json_writer_set_member_name (builder, "maintenance_due");
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "count", due);
  ds_json_writer_set_member_name (builder, "first");
  if (due_first != NULL)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "equipment_id", due_first->id);
      ds_json_add_string (builder, "type", due_first->type);
      ds_json_add_string (builder, "property_label", due_first->property_label);
      ds_json_add_string (builder, "next_due_on", due_first->next_service_on);
      ds_json_add_int (builder, "days_until_due", due_first->days_until_service);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-equipment-store.h"
#include "ds-company-store.h"
#include "ds-paging.h"
#include "ds-plan-pdf.h"
#include "ds-plan-handlers.h"
#include "ds-plan-store.h"
#include "ds-reading.h"

/* Warranties and service plans: the list, active first, and one plan with
 * its terms, this plan year's visits, the jobs done under it and the
 * equipment it covers. Equipment: per property, with the warranty
 * covering it and its maintenance; one item with its service history.
 * Customers read their own; staff a customer's with customer_id. */

static void
write_summary (DsJsonWriter *builder,
               const DsPlan *plan)
{
  ds_json_add_string (builder, "id", plan->id);
  ds_json_add_string (builder, "kind", plan->kind);
  ds_json_add_string (builder, "name", plan->name);
  ds_json_writer_set_member_name (builder, "property");
  if (plan->property_id != NULL)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", plan->property_id);
      ds_json_add_string (builder, "label", plan->property_label);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  ds_json_add_string (builder, "status", plan->status);
  ds_json_add_string (builder, "starts_on", plan->starts_on);
  ds_json_add_string (builder, "ends_on", plan->ends_on);
  ds_json_add_string (builder, "renews_on", plan->renews_on);
  ds_json_add_string (builder, "cancelled_on", plan->cancelled_on);
  ds_json_add_int (builder, "days_left", plan->days_left);
  if (plan->has_price)
    ds_json_add_money (builder, "price", plan->price_minor, plan->currency);
  else
    {
      ds_json_writer_set_member_name (builder, "price");
      ds_json_writer_add_null_value (builder);
    }
  ds_json_add_string (builder, "billing_period", plan->billing_period);
  ds_json_add_int (builder, "visits_per_year", plan->visits_per_year);
}

/* The jobs a plan or an item links to, newest first. */
static void
write_job_links (DsJsonWriter    *builder,
                 const GPtrArray *links)
{
  ds_json_writer_set_member_name (builder, "jobs");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      const DsJobLink *job = g_ptr_array_index ((GPtrArray *) links, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", job->id);
      ds_json_add_string (builder, "title", job->title);
      ds_json_add_string (builder, "status", job->status);
      ds_json_add_string (builder, "last_visit_at", job->last_visit_at);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
}

static void
write_item (DsJsonWriter  *builder,
            gconstpointer  item,
            gpointer       user_data)
{
  ds_json_writer_begin_object (builder);
  write_summary (builder, item);
  ds_json_writer_end_object (builder);
}

void
ds_plans_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;

  if (!ds_context_get_page_request (ctx, &request) || !ds_begin_reading (ctx, &customer_id, &today))
    return;
  page = ds_plan_store_list (ds_context_get_db (ctx), customer_id, today, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_item, NULL);
}

static void
write_visits (DsJsonWriter *builder,
              const DsPlan *plan)
{
  ds_json_writer_set_member_name (builder, "visits");
  if (plan->year_starts_on == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "included", plan->visits_per_year);
  ds_json_add_int (builder, "used", plan->visits_used);
  ds_json_add_string (builder, "year_starts_on", plan->year_starts_on);
  ds_json_add_string (builder, "year_ends_on", plan->year_ends_on);
  ds_json_add_string (builder, "next_due_on", plan->next_visit_due_on);
  ds_json_writer_end_object (builder);
}

/* The plan named in the path, in full, for its customer; answers 404 (or
 * the error) itself and returns %NULL when it cannot. */
static DsPlan *
load_for_reading (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;
  DsPlan *plan;

  if (!ds_begin_reading (ctx, &customer_id, &today))
    return NULL;
  if (!ds_plan_store_get (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id, today, &plan,
                          &error))
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }
  if (plan == NULL)
    ds_context_respond_not_found (ctx, "There is no such plan.");
  return plan;
}

void
ds_plans_get_handler (DsContext *ctx)
{
  g_autoptr(DsPlan) plan = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if ((plan = load_for_reading (ctx)) == NULL)
    return;

  ds_json_writer_begin_object (builder);
  write_summary (builder, plan);
  ds_json_add_string (builder, "summary", plan->summary);
  ds_json_add_string (builder, "covered", plan->covered);
  ds_json_add_string (builder, "not_covered", plan->not_covered);
  write_visits (builder, plan);

  write_job_links (builder, plan->jobs);

  ds_json_writer_set_member_name (builder, "equipment");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < plan->equipment->len; i++)
    {
      DsPlanEquipment *equipment = g_ptr_array_index (plan->equipment, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", equipment->id);
      ds_json_add_string (builder, "type", equipment->type);
      ds_json_add_string (builder, "make", equipment->make);
      ds_json_add_string (builder, "model", equipment->model);
      ds_json_add_string (builder, "location", equipment->location);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

void
ds_plans_contract_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPlan) plan = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((plan = load_for_reading (ctx)) == NULL)
    return;
  if (!ds_company_store_get (ds_context_get_db (ctx), &company, &error) ||
      (pdf = ds_plan_pdf_render (plan, company, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  /* A plan's name is the business's words: the file is named by its id,
   * which needs no quoting. */
  file_name = g_strdup_printf ("Plan %s.pdf", plan->id);
  ds_respond_pdf (ctx, pdf, file_name);
}

/* Equipment */

static void
write_equipment (DsJsonWriter      *builder,
                 const DsEquipment *equipment)
{
  const char *due = NULL;

  ds_json_add_string (builder, "id", equipment->id);
  ds_json_add_string (builder, "type", equipment->type);
  ds_json_add_string (builder, "make", equipment->make);
  ds_json_add_string (builder, "model", equipment->model);
  ds_json_add_string (builder, "serial_number", equipment->serial_number);
  ds_json_add_string (builder, "installed_on", equipment->installed_on);
  ds_json_add_string (builder, "location", equipment->location);
  ds_json_writer_set_member_name (builder, "property");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", equipment->property_id);
  ds_json_add_string (builder, "label", equipment->property_label);
  ds_json_writer_end_object (builder);
  ds_json_writer_set_member_name (builder, "warranty");
  if (equipment->warranty_name != NULL)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", equipment->warranty_id);
      ds_json_add_string (builder, "name", equipment->warranty_name);
      ds_json_add_string (builder, "ends_on", equipment->warranty_ends_on);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);

  ds_json_writer_set_member_name (builder, "maintenance");
  if (equipment->next_service_on == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  if (equipment->days_until_service < 0)
    due = "overdue";
  else if (equipment->days_until_service <= DS_EQUIPMENT_DUE_SOON_DAYS)
    due = "due_soon";
  else
    due = "ok";
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "interval_months", equipment->service_interval_months);
  ds_json_add_string (builder, "last_serviced_at", equipment->last_serviced_at);
  ds_json_add_string (builder, "next_due_on", equipment->next_service_on);
  ds_json_add_int (builder, "days_until_due", equipment->days_until_service);
  ds_json_add_string (builder, "state", due);
  ds_json_writer_end_object (builder);
}

static void
write_equipment_item (DsJsonWriter  *builder,
                      gconstpointer  item,
                      gpointer       user_data)
{
  ds_json_writer_begin_object (builder);
  write_equipment (builder, item);
  ds_json_writer_end_object (builder);
}

void
ds_equipment_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;

  if (!ds_context_get_page_request (ctx, &request) || !ds_begin_reading (ctx, &customer_id, &today))
    return;
  page = ds_equipment_store_list (ds_context_get_db (ctx), customer_id, ds_context_get_query (ctx, "property_id"),
                                  today, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_equipment_item, NULL);
}

void
ds_equipment_get_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEquipment) equipment = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *customer_id = NULL;
  g_autofree char *today = NULL;

  if (!ds_begin_reading (ctx, &customer_id, &today))
    return;
  if (!ds_equipment_store_get (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id, today,
                               &equipment, &error))
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  if (equipment == NULL)
    {
      ds_context_respond_not_found (ctx, "There is no such equipment.");
      return;
    }

  ds_json_writer_begin_object (builder);
  write_equipment (builder, equipment);
  write_job_links (builder, equipment->jobs);
  ds_json_writer_set_member_name (builder, "plans");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < equipment->plans->len; i++)
    {
      DsEquipmentPlan *plan = g_ptr_array_index (equipment->plans, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", plan->id);
      ds_json_add_string (builder, "kind", plan->kind);
      ds_json_add_string (builder, "name", plan->name);
      ds_json_add_string (builder, "ends_on", plan->ends_on);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-paging.h"
#include "ds-plan-handlers.h"
#include "ds-plan-pdf.h"
#include "ds-plan-store.h"

/* Warranties and service plans: the list, active first, and one plan with
 * its terms, this plan year's visits, the jobs done under it and the
 * equipment it covers, and its contract as a PDF. Customers read their
 * own; staff a customer's with customer_id. Equipment is next door, in
 * ds-equipment-handlers.c. */

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

/* The jobs a plan or an item of equipment links to, newest first. */
void
ds_write_job_links (DsJsonWriter    *builder,
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

DsReply *
ds_plans_list_handler (DsCall   *call,
                       gpointer  input,
                       GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  const char *today;

  if (!ds_call_read_page (call, &request, error) || (today = ds_call_get_today (call, error)) == NULL ||
      (page = ds_plan_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), today, &request,
                                  error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_item, NULL);
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

/* The plan the path names, in full, of the call's customer. */
static DsPlan *
load_plan (DsCall  *call,
           GError **error)
{
  const char *today = ds_call_get_today (call, error);

  if (today == NULL)
    return NULL;
  return ds_plan_store_require (ds_call_get_db (call), ds_call_get_param (call, "id"),
                                ds_call_get_customer_id (call), today, error);
}

DsReply *
ds_plans_get_handler (DsCall   *call,
                      gpointer  input,
                      GError  **error)
{
  g_autoptr(DsPlan) plan = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if ((plan = load_plan (call, error)) == NULL)
    return NULL;

  ds_json_writer_begin_object (builder);
  write_summary (builder, plan);
  ds_json_add_string (builder, "summary", plan->summary);
  ds_json_add_string (builder, "covered", plan->covered);
  ds_json_add_string (builder, "not_covered", plan->not_covered);
  write_visits (builder, plan);

  ds_write_job_links (builder, plan->jobs);

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
  return ds_reply_json (200, builder);
}

DsReply *
ds_plans_contract_handler (DsCall   *call,
                           gpointer  input,
                           GError  **error)
{
  g_autoptr(DsPlan) plan = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((plan = load_plan (call, error)) == NULL ||
      (company = ds_company_store_require (ds_call_get_db (call), error)) == NULL ||
      (pdf = ds_plan_pdf_render (plan, company, error)) == NULL)
    return NULL;
  /* A plan's name is the business's words: the file is named by its id,
   * which needs no quoting. */
  file_name = g_strdup_printf ("Plan %s.pdf", plan->id);
  return ds_reply_pdf (pdf, file_name);
}

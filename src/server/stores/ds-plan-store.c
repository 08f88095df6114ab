/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-error.h"
#include "ds-plan-store.h"

#define COLUMNS \
  "p.id, p.kind, p.name, p.property_id, pr.label, CAST(p.starts_on AS TEXT), CAST(p.ends_on AS TEXT)," \
  " CAST(p.renews_on AS TEXT), CAST(p.cancelled_on AS TEXT), p.currency, p.price_minor, p.billing_period," \
  " p.visits_per_year"
#define FROM "plans p LEFT JOIN properties pr ON pr.id = p.property_id"

/* Active plans first, then expired and cancelled ones, each by the day
 * they end; ?1 is the customer, ?2 the business's today. */
static const DsListSpec list_spec = {
  .columns = COLUMNS,
  .from = FROM " WHERE p.customer_id = ?1",
  .key = "(CASE WHEN p.cancelled_on IS NULL AND p.ends_on >= ?2 THEN '0' ELSE '1' END"
         " || CAST(p.ends_on AS TEXT))",
  .id = "p.id",
  .n_params = 2,
};

static void
plan_equipment_free (DsPlanEquipment *equipment)
{
  g_free (equipment->id);
  g_free (equipment->type);
  g_free (equipment->make);
  g_free (equipment->model);
  g_free (equipment->location);
  g_free (equipment);
}

void
ds_plan_free (DsPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->id);
  g_free (plan->kind);
  g_free (plan->name);
  g_free (plan->property_id);
  g_free (plan->property_label);
  g_free (plan->starts_on);
  g_free (plan->ends_on);
  g_free (plan->renews_on);
  g_free (plan->cancelled_on);
  g_free (plan->currency);
  g_free (plan->billing_period);
  g_free (plan->customer_name);
  g_free (plan->summary);
  g_free (plan->covered);
  g_free (plan->not_covered);
  g_free (plan->year_starts_on);
  g_free (plan->year_ends_on);
  g_free (plan->next_visit_due_on);
  g_clear_pointer (&plan->jobs, g_ptr_array_unref);
  g_clear_pointer (&plan->equipment, g_ptr_array_unref);
  g_free (plan);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Status and days left, against @today. */
static void
work_out_status (DsPlan     *plan,
                 const char *today)
{
  GDate ends, now;

  plan->status = "active";
  plan->days_left = 0;
  if (plan->cancelled_on != NULL)
    plan->status = "cancelled";
  else if (doorstep_local_date_parse (plan->ends_on, &ends) && doorstep_local_date_parse (today, &now))
    {
      if (g_date_compare (&ends, &now) < 0)
        plan->status = "expired";
      else
        plan->days_left = g_date_days_between (&now, &ends);
    }
}

static gpointer
read_plan (DsStmt *stmt)
{
  DsPlan *plan = g_new0 (DsPlan, 1);

  plan->id = ds_stmt_dup_text (stmt, 0);
  plan->kind = ds_stmt_dup_text (stmt, 1);
  plan->name = ds_stmt_dup_text (stmt, 2);
  plan->property_id = ds_stmt_dup_text (stmt, 3);
  plan->property_label = ds_stmt_dup_text (stmt, 4);
  plan->starts_on = ds_stmt_dup_text (stmt, 5);
  plan->ends_on = ds_stmt_dup_text (stmt, 6);
  plan->renews_on = ds_stmt_dup_text (stmt, 7);
  plan->cancelled_on = ds_stmt_dup_text (stmt, 8);
  plan->currency = ds_stmt_dup_text (stmt, 9);
  plan->has_price = !ds_stmt_is_null (stmt, 10) && plan->currency != NULL;
  plan->price_minor = MAX (ds_stmt_get_int64 (stmt, 10), 0);
  plan->billing_period = ds_stmt_dup_text (stmt, 11);
  plan->visits_per_year = CLAMP (ds_stmt_get_int64 (stmt, 12), 0, 52);
  return plan;
}

/**
 * ds_plan_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsPlan, active first
 */
DsPage *
ds_plan_store_list (DsDb                *db,
                    const char          *customer_id,
                    const char          *today,
                    const DsPageRequest *request,
                    GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);
  DsPage *page;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  page = ds_list_read_page (stmt, request, read_plan, (GDestroyNotify) ds_plan_free, error);
  for (guint i = 0; page != NULL && i < page->items->len; i++)
    work_out_status (g_ptr_array_index (page->items, i), today);
  return page;
}

/* The plan year @today is in (from the last anniversary of the start),
 * how many visits were used in it, and when the next one is due: the
 * year's visits spread evenly over it. */
static gboolean
work_out_visits (DsDb        *db,
                 DsPlan      *plan,
                 const char  *today,
                 GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate start, now, year_start, year_end, due;
  guint years;

  if (plan->visits_per_year == 0 || !doorstep_local_date_parse (plan->starts_on, &start) ||
      !doorstep_local_date_parse (today, &now))
    return TRUE;

  year_start = start;
  if (g_date_compare (&now, &start) > 0)
    {
      years = g_date_get_year (&now) - g_date_get_year (&start);
      g_date_add_years (&year_start, years);
      if (g_date_compare (&year_start, &now) > 0)
        g_date_subtract_years (&year_start, 1);
    }
  year_end = year_start;
  g_date_add_years (&year_end, 1);
  plan->year_starts_on = format_date (&year_start);
  plan->year_ends_on = format_date (&year_end);

  from = g_strdup_printf ("%sT00:00:00Z", plan->year_starts_on);
  to = g_strdup_printf ("%sT00:00:00Z", plan->year_ends_on);
  stmt = ds_db_prepare (db,
                        "SELECT COUNT(*) FROM visits v JOIN jobs j ON j.id = v.job_id"
                        " WHERE j.plan_id = ?1 AND v.status = 'completed' AND v.starts_at >= ?2 AND v.starts_at < ?3",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, plan->id);
  ds_stmt_bind_text (stmt, 2, from);
  ds_stmt_bind_text (stmt, 3, to);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  plan->visits_used = ds_stmt_get_int64 (stmt, 0);

  if (plan->visits_used < plan->visits_per_year && g_str_equal (plan->status, "active"))
    {
      due = year_start;
      g_date_add_months (&due, (guint) (plan->visits_used * 12 / plan->visits_per_year));
      plan->next_visit_due_on = format_date (&due);
    }
  return TRUE;
}

static gboolean
load_equipment (DsDb     *db,
                DsPlan   *plan,
                GError  **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT e.id, e.type, e.make, e.model, e.location"
                                          " FROM plan_equipment pe JOIN equipment e ON e.id = pe.equipment_id"
                                          " WHERE pe.plan_id = ?1 ORDER BY e.type, e.id",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, plan->id);
  plan->equipment = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_equipment_free);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsPlanEquipment *equipment = g_new0 (DsPlanEquipment, 1);

      equipment->id = ds_stmt_dup_text (stmt, 0);
      equipment->type = ds_stmt_dup_text (stmt, 1);
      equipment->make = ds_stmt_dup_text (stmt, 2);
      equipment->model = ds_stmt_dup_text (stmt, 3);
      equipment->location = ds_stmt_dup_text (stmt, 4);
      g_ptr_array_add (plan->equipment, equipment);
    }
  return step == DS_STEP_DONE;
}

/**
 * ds_plan_store_get:
 * @customer_id: whose plan it must be; another customer's is as unknown
 *   as one that does not exist
 * @plan: (out) (transfer full) (nullable): the plan in full, or %NULL
 *
 * Returns: %FALSE on error
 */
gboolean
ds_plan_store_get (DsDb        *db,
                   const char  *plan_id,
                   const char  *customer_id,
                   const char  *today,
                   DsPlan     **plan,
                   GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " COLUMNS ", p.summary, p.covered, p.not_covered, c.display_name"
                                          " FROM " FROM " JOIN customers c ON c.id = p.customer_id"
                                          " WHERE p.id = ?1 AND p.customer_id = ?2",
                                          error);
  g_autoptr(DsPlan) found = NULL;
  gboolean has_row;

  *plan = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, plan_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  found = read_plan (stmt);
  found->summary = ds_stmt_dup_text (stmt, 13);
  found->covered = ds_stmt_dup_text (stmt, 14);
  found->not_covered = ds_stmt_dup_text (stmt, 15);
  found->customer_name = ds_stmt_dup_text (stmt, 16);
  g_clear_pointer (&stmt, ds_stmt_free);

  work_out_status (found, today);
  if (!work_out_visits (db, found, today, error) ||
      (found->jobs = ds_job_store_list_plan_links (db, found->id, error)) == NULL ||
      !load_equipment (db, found, error))
    return FALSE;
  *plan = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_plan_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's plan in full, or
 *   %NULL with @error (DS_ERROR_NOT_FOUND when it is not theirs)
 */
DsPlan *
ds_plan_store_require (DsDb        *db,
                       const char  *plan_id,
                       const char  *customer_id,
                       const char  *today,
                       GError     **error)
{
  DsPlan *plan;

  if (!ds_plan_store_get (db, plan_id, customer_id, today, &plan, error))
    return NULL;
  if (plan == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such plan.");
  return plan;
}

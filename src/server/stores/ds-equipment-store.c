/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-equipment-store.h"
#include "ds-error.h"

#define LAST_SERVICED \
  "(SELECT MAX(v.starts_at) FROM equipment_jobs ej JOIN visits v ON v.job_id = ej.job_id" \
  "  WHERE ej.equipment_id = e.id AND v.status = 'completed')"

#define COLUMNS \
  "e.id, e.type, e.make, e.model, e.serial_number, CAST(e.installed_on AS TEXT), e.location, e.property_id," \
  " pr.label, e.service_interval_months, " LAST_SERVICED "," \
  " (SELECT w.id FROM plan_equipment pe JOIN plans w ON w.id = pe.plan_id WHERE pe.equipment_id = e.id" \
  "   AND w.kind = 'warranty' AND w.cancelled_on IS NULL AND w.ends_on >= ?2 ORDER BY w.ends_on DESC, w.id" \
  "   LIMIT 1)"
#define FROM "equipment e JOIN properties pr ON pr.id = e.property_id"

/* The same columns, with only what the next service needs: the rest, the
 * warranty above all (a sort per item), NULL. */
#define DUE_COLUMNS \
  "e.id, e.type, NULL, NULL, NULL, CAST(e.installed_on AS TEXT), NULL, e.property_id," \
  " pr.label, e.service_interval_months, " LAST_SERVICED ", NULL"

/* By property, then by type; ?1 is the customer, ?2 the business's today
 * (for the warranty still running). */
static const DsListSpec list_spec = {
  .columns = COLUMNS,
  .from = FROM " WHERE e.customer_id = ?1",
  .key = "(e.property_id || ' ' || e.type)",
  .id = "e.id",
  .n_params = 2,
};

static void
equipment_plan_free (DsEquipmentPlan *plan)
{
  g_free (plan->id);
  g_free (plan->kind);
  g_free (plan->name);
  g_free (plan->ends_on);
  g_free (plan);
}

void
ds_equipment_free (DsEquipment *equipment)
{
  if (equipment == NULL)
    return;
  g_free (equipment->id);
  g_free (equipment->type);
  g_free (equipment->make);
  g_free (equipment->model);
  g_free (equipment->serial_number);
  g_free (equipment->installed_on);
  g_free (equipment->location);
  g_free (equipment->property_id);
  g_free (equipment->property_label);
  g_free (equipment->last_serviced_at);
  g_free (equipment->warranty_id);
  g_free (equipment->warranty_name);
  g_free (equipment->warranty_ends_on);
  g_free (equipment->next_service_on);
  g_clear_pointer (&equipment->jobs, g_ptr_array_unref);
  g_clear_pointer (&equipment->plans, g_ptr_array_unref);
  g_free (equipment);
}

static gpointer
read_equipment (DsStmt *stmt)
{
  DsEquipment *equipment = g_new0 (DsEquipment, 1);

  equipment->id = ds_stmt_dup_text (stmt, 0);
  equipment->type = ds_stmt_dup_text (stmt, 1);
  equipment->make = ds_stmt_dup_text (stmt, 2);
  equipment->model = ds_stmt_dup_text (stmt, 3);
  equipment->serial_number = ds_stmt_dup_text (stmt, 4);
  equipment->installed_on = ds_stmt_dup_text (stmt, 5);
  equipment->location = ds_stmt_dup_text (stmt, 6);
  equipment->property_id = ds_stmt_dup_text (stmt, 7);
  equipment->property_label = ds_stmt_dup_text (stmt, 8);
  equipment->service_interval_months = CLAMP (ds_stmt_get_int64 (stmt, 9), 0, 120);
  equipment->last_serviced_at = ds_stmt_dup_text (stmt, 10);
  equipment->warranty_id = ds_stmt_dup_text (stmt, 11);
  return equipment;
}

/* The next service: the interval after the last one (or after the
 * installation), and how many days away it is (negative: overdue). */
static void
work_out_service (DsEquipment *equipment,
                  const char  *today)
{
  GDate from, now;
  g_autofree char *day = NULL;

  if (equipment->service_interval_months == 0 || !doorstep_local_date_parse (today, &now))
    return;
  day = equipment->last_serviced_at != NULL ? g_strndup (equipment->last_serviced_at, 10)
                                            : g_strdup (equipment->installed_on);
  if (day == NULL || !doorstep_local_date_parse (day, &from))
    return;
  g_date_add_months (&from, (guint) equipment->service_interval_months);
  equipment->next_service_on = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&from),
                                                g_date_get_month (&from), g_date_get_day (&from));
  equipment->days_until_service = g_date_days_between (&now, &from);
}

/* The warranty's name and end, for the one the row named. */
static gboolean
load_warranty (DsDb         *db,
               DsEquipment  *equipment,
               GError      **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  gboolean found;

  if (equipment->warranty_id == NULL)
    return TRUE;
  stmt = ds_db_prepare (db, "SELECT name, CAST(ends_on AS TEXT) FROM plans WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, equipment->warranty_id);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return FALSE;
  if (found)
    {
      equipment->warranty_name = ds_stmt_dup_text (stmt, 0);
      equipment->warranty_ends_on = ds_stmt_dup_text (stmt, 1);
    }
  return TRUE;
}

/**
 * ds_equipment_store_list:
 * @property_id: (nullable): one property's, or every property's
 *
 * Returns: (transfer full) (nullable): a page of #DsEquipment
 */
DsPage *
ds_equipment_store_list (DsDb                *db,
                         const char          *customer_id,
                         const char          *property_id,
                         const char          *today,
                         const DsPageRequest *request,
                         GError             **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  DsPage *page;

  /* The property joins the customer's in the condition, as its ?3. */
  if (property_id != NULL)
    {
      DsListSpec spec = list_spec;

      spec.n_params = 3;
      stmt = ds_list_prepare (db, &spec, "e.property_id = ?3", request, error);
    }
  else
    stmt = ds_list_prepare (db, &list_spec, NULL, request, error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, today);
  if (property_id != NULL)
    ds_stmt_bind_text (stmt, 3, property_id);
  page = ds_list_read_page (stmt, request, read_equipment, (GDestroyNotify) ds_equipment_free, error);
  for (guint i = 0; page != NULL && i < page->items->len; i++)
    {
      DsEquipment *equipment = g_ptr_array_index (page->items, i);

      work_out_service (equipment, today);
      if (!load_warranty (db, equipment, error))
        {
          ds_page_free (page);
          return NULL;
        }
    }
  return page;
}

static gboolean
load_history (DsDb         *db,
              DsEquipment  *equipment,
              GError      **error)
{
  g_autoptr(DsStmt) plans = NULL;
  DsStep step;

  equipment->jobs = ds_job_store_list_equipment_links (db, equipment->id, error);
  if (equipment->jobs == NULL)
    return FALSE;

  plans = ds_db_prepare (db,
                         "SELECT p.id, p.kind, p.name, CAST(p.ends_on AS TEXT)"
                         " FROM plan_equipment pe JOIN plans p ON p.id = pe.plan_id"
                         " WHERE pe.equipment_id = ?1 ORDER BY p.ends_on DESC, p.id",
                         error);
  if (plans == NULL)
    return FALSE;
  ds_stmt_bind_text (plans, 1, equipment->id);
  equipment->plans = g_ptr_array_new_with_free_func ((GDestroyNotify) equipment_plan_free);
  while ((step = ds_stmt_step (plans, error)) == DS_STEP_ROW)
    {
      DsEquipmentPlan *plan = g_new0 (DsEquipmentPlan, 1);

      plan->id = ds_stmt_dup_text (plans, 0);
      plan->kind = ds_stmt_dup_text (plans, 1);
      plan->name = ds_stmt_dup_text (plans, 2);
      plan->ends_on = ds_stmt_dup_text (plans, 3);
      g_ptr_array_add (equipment->plans, plan);
    }
  return step == DS_STEP_DONE;
}

/**
 * ds_equipment_store_get:
 * @equipment: (out) (transfer full) (nullable): the item with its
 *   history, or %NULL when the customer has no such item
 */
gboolean
ds_equipment_store_get (DsDb         *db,
                        const char   *equipment_id,
                        const char   *customer_id,
                        const char   *today,
                        DsEquipment **equipment,
                        GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " COLUMNS " FROM " FROM
                                          " WHERE e.id = ?1 AND e.customer_id = ?3",
                                          error);
  g_autoptr(DsEquipment) found = NULL;
  gboolean has_row;

  *equipment = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, equipment_id);
  ds_stmt_bind_text (stmt, 2, today);
  ds_stmt_bind_text (stmt, 3, customer_id);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  found = read_equipment (stmt);
  g_clear_pointer (&stmt, ds_stmt_free);
  work_out_service (found, today);
  if (!load_warranty (db, found, error) || !load_history (db, found, error))
    return FALSE;
  *equipment = g_steal_pointer (&found);
  return TRUE;
}

/**
 * ds_equipment_store_count_due:
 * @count: (out): how many items are due within %DS_EQUIPMENT_DUE_SOON_DAYS
 *   or overdue
 * @soonest: (out) (transfer full) (nullable): the one due first
 *
 * For the dashboard. A customer has a handful of items, so they are all
 * read and worked out here, by the same rule as the list. @soonest has
 * what the dashboard shows: id, type, property, next service; not the
 * make, model, serial number, location or warranty.
 */
gboolean
ds_equipment_store_count_due (DsDb         *db,
                              const char   *customer_id,
                              const char   *today,
                              gint64       *count,
                              DsEquipment **soonest,
                              GError      **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " DUE_COLUMNS " FROM " FROM
                                          " WHERE e.customer_id = ?1 AND e.service_interval_months IS NOT NULL",
                                          error);
  DsStep step;

  *count = 0;
  *soonest = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsEquipment *equipment = read_equipment (stmt);

      work_out_service (equipment, today);
      if (equipment->next_service_on == NULL || equipment->days_until_service > DS_EQUIPMENT_DUE_SOON_DAYS)
        {
          ds_equipment_free (equipment);
          continue;
        }
      (*count)++;
      if (*soonest == NULL || equipment->days_until_service < (*soonest)->days_until_service)
        {
          ds_equipment_free (*soonest);
          *soonest = equipment;
        }
      else
        ds_equipment_free (equipment);
    }
  if (step != DS_STEP_DONE)
    {
      g_clear_pointer (soonest, ds_equipment_free);
      return FALSE;
    }
  return TRUE;
}

/**
 * ds_equipment_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's item with its
 *   history and plans, or %NULL with @error (DS_ERROR_NOT_FOUND when it is
 *   not theirs)
 */
DsEquipment *
ds_equipment_store_require (DsDb        *db,
                            const char  *equipment_id,
                            const char  *customer_id,
                            const char  *today,
                            GError     **error)
{
  DsEquipment *equipment;

  if (!ds_equipment_store_get (db, equipment_id, customer_id, today, &equipment, error))
    return NULL;
  if (equipment == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such equipment.");
  return equipment;
}

/**
 * ds_equipment_get_maintenance_state:
 *
 * Returns: (nullable): "overdue", "due_soon" (within
 *   %DS_EQUIPMENT_DUE_SOON_DAYS) or "ok"; %NULL for an item without a
 *   maintenance schedule
 */
const char *
ds_equipment_get_maintenance_state (const DsEquipment *equipment)
{
  if (equipment->next_service_on == NULL)
    return NULL;
  if (equipment->days_until_service < 0)
    return "overdue";
  if (equipment->days_until_service <= DS_EQUIPMENT_DUE_SOON_DAYS)
    return "due_soon";
  return "ok";
}

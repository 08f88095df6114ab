/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-equipment-handlers.h"
#include "ds-equipment-store.h"
#include "ds-paging.h"
#include "ds-plan-handlers.h"

/* Equipment: per property, with the warranty covering it and its
 * maintenance; one item with its service history and the plans covering
 * it. Customers read their own; staff a customer's with customer_id. */

static void
write_equipment (DsJsonWriter      *builder,
                 const DsEquipment *equipment)
{
  const char *state = ds_equipment_get_maintenance_state (equipment);

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
  if (state == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "interval_months", equipment->service_interval_months);
  ds_json_add_string (builder, "last_serviced_at", equipment->last_serviced_at);
  ds_json_add_string (builder, "next_due_on", equipment->next_service_on);
  ds_json_add_int (builder, "days_until_due", equipment->days_until_service);
  ds_json_add_string (builder, "state", state);
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

DsReply *
ds_equipment_list_handler (DsCall   *call,
                           gpointer  input,
                           GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  const char *today;

  if (!ds_call_read_page (call, &request, error) || (today = ds_call_get_today (call, error)) == NULL ||
      (page = ds_equipment_store_list (ds_call_get_db (call), ds_call_get_customer_id (call),
                                       ds_call_get_query (call, "property_id"), today, &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_equipment_item, NULL);
}

DsReply *
ds_equipment_get_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsEquipment) equipment = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  const char *today = ds_call_get_today (call, error);

  if (today == NULL ||
      (equipment = ds_equipment_store_require (ds_call_get_db (call), ds_call_get_param (call, "id"),
                                               ds_call_get_customer_id (call), today, error)) == NULL)
    return NULL;

  ds_json_writer_begin_object (builder);
  write_equipment (builder, equipment);
  ds_write_job_links (builder, equipment->jobs);
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
  return ds_reply_json (200, builder);
}

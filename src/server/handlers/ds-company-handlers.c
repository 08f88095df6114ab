/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-handlers.h"
#include "ds-company-store.h"

/* The business itself (GET /company): who it is, where, its hours, and the
 * services it offers. */

static void
write_company (DsJsonWriter     *builder,
               const DsCompany *company,
               GArray          *hours,
               GPtrArray       *service_types)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "name", company->name);
  ds_json_add_string (builder, "phone", company->phone);
  ds_json_add_string (builder, "sms_phone", company->sms_phone);
  ds_json_add_string (builder, "email", company->email);
  ds_json_add_string (builder, "website", company->website);

  ds_json_writer_set_member_name (builder, "address");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "line1", company->address_line1);
  ds_json_add_string (builder, "line2", company->address_line2);
  ds_json_add_string (builder, "city", company->city);
  ds_json_add_string (builder, "region", company->region);
  ds_json_add_string (builder, "postal_code", company->postal_code);
  ds_json_add_string (builder, "country", company->country);
  ds_json_writer_end_object (builder);

  ds_json_add_string (builder, "timezone", company->timezone);
  ds_json_add_string (builder, "currency", company->currency);

  ds_json_writer_set_member_name (builder, "hours");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < hours->len; i++)
    {
      const DoorstepHoursSpan *span = &g_array_index (hours, DoorstepHoursSpan, i);
      g_autofree char *opens = doorstep_clock_time_format (span->opens);
      g_autofree char *closes = doorstep_clock_time_format (span->closes);

      ds_json_writer_begin_object (builder);
      ds_json_add_int (builder, "weekday", span->weekday);
      ds_json_add_string (builder, "opens", opens);
      ds_json_add_string (builder, "closes", closes);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);

  ds_json_writer_set_member_name (builder, "service_types");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < service_types->len; i++)
    {
      const DsServiceType *type = g_ptr_array_index (service_types, i);

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", type->id);
      ds_json_add_string (builder, "name", type->name);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
}

DsReply *
ds_company_get_handler (DsCall   *call,
                        gpointer  input,
                        GError  **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GArray) hours = NULL;
  g_autoptr(GPtrArray) service_types = NULL;
  DsDb *db = ds_call_get_db (call);

  if (!ds_company_store_get (db, &company, error))
    return NULL;
  if (company == NULL)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "This server has no business set up yet.");
      return NULL;
    }
  if ((hours = ds_company_store_list_hours (db, error)) == NULL ||
      (service_types = ds_company_store_list_service_types (db, error)) == NULL)
    return NULL;

  write_company (builder, company, hours, service_types);
  return ds_reply_json (200, builder);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-json.h"
#include "ds-visit-json.h"

static char *
format_utc (gint64 seconds)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (seconds);

  return doorstep_timestamp_format (at);
}

/**
 * ds_visit_json_write:
 * @rules: the business's, for whoever asks: whether they may still ask to
 *   change the visit ("can_change") and until when
 */
void
ds_visit_json_write (DsJsonWriter       *builder,
                     const DsVisit      *visit,
                     const DsVisitRules *rules)
{
  g_autofree char *deadline = format_utc (ds_visit_change_deadline (visit, rules));

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", visit->id);
  ds_json_add_string (builder, "job_id", visit->job_id);
  ds_json_add_string (builder, "job_title", visit->job_title);
  ds_json_add_string (builder, "service_name", visit->service_name);
  ds_json_add_string (builder, "property_id", visit->property_id);
  ds_json_add_string (builder, "property_label", visit->property_label);
  ds_json_add_string (builder, "property_address", visit->property_address);
  ds_json_add_string (builder, "starts_at", visit->starts_at);
  ds_json_add_string (builder, "ends_at", visit->ends_at);
  ds_json_add_string (builder, "time_zone", rules->timezone);
  ds_json_add_string (builder, "status", visit->status);
  ds_json_add_string (builder, "notes", visit->notes);
  ds_json_writer_set_member_name (builder, "technicians");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; visit->technicians != NULL && i < visit->technicians->len; i++)
    {
      const DsTechnician *technician = g_ptr_array_index (visit->technicians, i);
      g_autofree char *photo = technician->has_photo
                               ? g_strdup_printf ("/api/v1/technicians/%s/photo", technician->id) : NULL;

      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", technician->id);
      ds_json_add_string (builder, "display_name", technician->display_name);
      ds_json_add_string (builder, "photo_url", photo);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_end_array (builder);
  ds_json_add_int (builder, "technician_count", visit->technician_count);
  ds_json_add_boolean (builder, "can_change", ds_visit_can_change (visit, rules));
  ds_json_add_string (builder, "change_deadline", deadline);
  ds_json_writer_end_object (builder);
}

void
ds_job_json_write (DsJsonWriter       *builder,
                   const DsJob        *job,
                   const DsVisitRules *rules)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", job->id);
  ds_json_add_string (builder, "title", job->title);
  ds_json_add_string (builder, "status", job->status);
  ds_json_add_string (builder, "service_name", job->service_name);
  ds_json_add_string (builder, "description", job->description);
  ds_json_add_string (builder, "business_notes", job->business_notes);
  ds_json_add_string (builder, "work_performed", job->work_performed);
  ds_json_add_string (builder, "equipment_notes", job->equipment_notes);
  ds_json_add_string (builder, "property_id", job->property_id);
  ds_json_add_string (builder, "property_label", job->property_label);
  ds_json_add_string (builder, "property_address", job->property_address);
  ds_json_add_string (builder, "created_at", job->created_at);
  ds_json_add_link (builder, "quote", job->quote_id, "number", job->quote_number);
  ds_json_writer_set_member_name (builder, "project");
  if (job->project_id == NULL)
    ds_json_writer_add_null_value (builder);
  else
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", job->project_id);
      ds_json_add_string (builder, "title", job->project_title);
      ds_json_add_string (builder, "stage_title", job->stage_title);
      ds_json_writer_end_object (builder);
    }
  ds_json_writer_set_member_name (builder, "visits");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; job->visits != NULL && i < job->visits->len; i++)
    ds_visit_json_write (builder, g_ptr_array_index (job->visits, i), rules);
  ds_json_writer_end_array (builder);
  ds_json_writer_end_object (builder);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>

#include "doorstep-common.h"
#include "ds-demo-private.h"

/* Maya's work, past and to come: a furnace tune-up tomorrow morning with
 * Luis Ortega, the approved sink replacement (Q-1004) as a job of two
 * visits next week, five completed jobs over the last two years, a
 * cancelled wasp visit, and the "Duplex heating upgrade" project (from
 * Q-1006) in five stages, two done. Daniel has one visit coming. Every
 * time is a wall time in the business's zone, Portland's. */

#define TECHNICIAN "usr_demo0technician"

typedef struct {
  const char *id;
  const char *customer_id;
  const char *property_id;
  const char *service_type_id;
  const char *title;
  const char *status;
  const char *description;
  const char *business_notes;
  const char *work_performed;
  const char *equipment_notes;
  const char *quote_id;
  const char *stage_id;
  int         created_days;
} DemoJob;

typedef struct {
  const char *id;
  const char *job_id;
  int         days;          /* from today, in Portland */
  int         start_hour;
  int         end_hour;
  const char *status;
  const char *notes;
} DemoVisit;

static const DemoJob jobs[] = {
  { "job_demo0tuneup", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "svc_maintenance",
    "Furnace tune-up before winter", "scheduled",
    "Yearly tune-up of the gas furnace: burners, flame sensor, igniter, filter and a carbon monoxide test.",
    "Side gate code 4417. The furnace is in the basement, stairs behind the kitchen.",
    NULL, NULL, NULL, NULL, -10 },
  { "job_demo0sink", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "svc_plumbing",
    "Kitchen sink and garbage disposal replacement", "scheduled",
    "Remove the old sink and disposal; fit the new undermount sink, disposal, faucet and supply lines.",
    "Two visits: the old sink out and the counter templated first, the new one in once it is cut.",
    NULL, NULL, "quo_demo0sink", NULL, -15 },
  { "job_demo0wasps", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "svc_pest",
    "Wasp nest under the back porch", "cancelled",
    "A paper wasp nest under the back porch steps.", NULL, NULL, NULL, NULL, NULL, -6 },
  { "job_demo0past1", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "svc_waterheater",
    "Water heater flush and anode check", "completed", NULL, NULL,
    "Flushed the tank (moderate sediment), replaced the magnesium anode rod, tested the T&P valve.",
    "50-gallon gas water heater, Bradford White RG250T6N", NULL, NULL, -700 },
  { "job_demo0past2", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "svc_heating",
    "Annual furnace service", "completed", NULL, NULL,
    "Cleaned burners and flame sensor, new 16x25x4 filter, checked heat exchanger: no cracks. CO 0 ppm.",
    "Gas furnace, Carrier 59SC5A (2015)", NULL, NULL, -540 },
  { "job_demo0past3", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "svc_pest",
    "Ant treatment, both units", "completed", NULL, NULL,
    "Treated the foundation perimeter and both kitchens for odorous house ants; sealed two entry points.",
    NULL, NULL, NULL, -400 },
  { "job_demo0past4", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "svc_drains",
    "Main line drain cleaning", "completed", NULL, NULL,
    "Cabled the main line from the cleanout (roots at 42 ft); camera inspection shows the line intact.",
    NULL, NULL, NULL, -200 },
  { "job_demo0past5", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "svc_heating",
    "Annual furnace service", "completed", NULL, NULL,
    "Cleaned burners, replaced the igniter (cracked), new filter. Furnace runs clean; CO 0 ppm.",
    "Gas furnace, Carrier 59SC5A (2015); igniter replaced", NULL, NULL, -60 },
  { "job_demo0survey", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "svc_cooling",
    "Site survey for the heat pumps", "completed", NULL, NULL,
    "Measured every room of both units, planned head and condenser positions, checked the panel capacity.",
    NULL, NULL, "stg_demo0duplex_1", -42 },
  { "job_demo0unita", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "svc_cooling",
    "Unit A heat pump install", "scheduled",
    "Five ductless heads and one condenser for unit A; electrical circuits; remove the baseboards.",
    "The tenant of unit A works from home; knock at the side door.", NULL, NULL, NULL,
    "stg_demo0duplex_3", -30 },
  { "job_demo0unitb", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "svc_cooling",
    "Unit B heat pump install", "scheduled",
    "Five ductless heads and one condenser for unit B; electrical circuits; remove the baseboards.",
    NULL, NULL, NULL, NULL, "stg_demo0duplex_4", -30 },
  { "job_demo0daniel", "cus_demo0daniel0reyes", "prp_demo0daniel0reyes_1", "svc_cooling",
    "Heat pump maintenance", "scheduled",
    "Spring maintenance of the heat pump and its electric backup.", NULL, NULL, NULL, NULL, NULL, -5 },
};

static const DemoVisit visits[] = {
  { "vis_demo0tuneup", "job_demo0tuneup", 1, 8, 10, "scheduled", NULL },
  { "vis_demo0sink1", "job_demo0sink", 7, 13, 15, "scheduled", "Old sink out, counter templated." },
  { "vis_demo0sink2", "job_demo0sink", 9, 9, 12, "scheduled", "New sink, disposal and faucet in." },
  { "vis_demo0wasps", "job_demo0wasps", 3, 14, 15, "cancelled", NULL },
  { "vis_demo0past1", "job_demo0past1", -700, 10, 12, "completed", NULL },
  { "vis_demo0past2", "job_demo0past2", -540, 8, 10, "completed", NULL },
  { "vis_demo0past3", "job_demo0past3", -400, 13, 15, "completed", NULL },
  { "vis_demo0past4", "job_demo0past4", -200, 9, 11, "completed", NULL },
  { "vis_demo0past5", "job_demo0past5", -60, 8, 10, "completed", NULL },
  { "vis_demo0survey", "job_demo0survey", -42, 9, 12, "completed", NULL },
  { "vis_demo0unita", "job_demo0unita", 5, 8, 16, "scheduled", NULL },
  { "vis_demo0unitb", "job_demo0unitb", 12, 8, 16, "scheduled", NULL },
  { "vis_demo0daniel", "job_demo0daniel", 2, 10, 12, "scheduled", NULL },
};

typedef struct {
  const char *id;
  const char *title;
  const char *status;
  int         starts_days;
  int         ends_days;
} DemoStage;

static const DemoStage stages[] = {
  { "stg_demo0duplex_1", "Site survey", "done", -42, -42 },
  { "stg_demo0duplex_2", "Permits", "done", -35, -21 },
  { "stg_demo0duplex_3", "Unit A install", "in_progress", 5, 5 },
  { "stg_demo0duplex_4", "Unit B install", "pending", 12, 12 },
  { "stg_demo0duplex_5", "City inspection", "pending", 20, 20 },
};

/* @hour o'clock in Portland, @days from today there, in UTC as stored. */
static char *
local_time (int days,
            int hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GTimeZone) fallback = g_time_zone_new_utc ();
  GTimeZone *tz = zone != NULL ? zone : fallback;
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);
  g_autoptr(GDateTime) at = g_date_time_new (tz, g_date_time_get_year (day), g_date_time_get_month (day),
                                             g_date_time_get_day_of_month (day), hour, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (at);

  return doorstep_timestamp_format (utc);
}

static gboolean
seed_project (DsDb    *db,
              GError **error)
{
  g_autofree char *created = ds_demo_timestamp (-45);

  if (!ds_demo_run_sql (db, error,
                        "INSERT INTO projects (id, customer_id, property_id, quote_id, title, description,"
                        " status, created_at) VALUES ('prj_demo0duplex', 'cus_demo0maya0okafor',"
                        " 'prp_demo0maya0okafor_2', 'quo_demo0heatpumps', 'Duplex heating upgrade', ?,"
                        " 'open', ?)",
                        2, "Ductless heat pumps in both units of the rental duplex, replacing the electric "
                           "baseboard heaters: survey, permits, one install per unit, and the city's inspection.",
                        created))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autofree char *position = g_strdup_printf ("%u", i);
      g_autofree char *starts = ds_demo_date (stages[i].starts_days);
      g_autofree char *ends = ds_demo_date (stages[i].ends_days);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO project_stages (id, project_id, position, title, status, starts_on, ends_on)"
                            " VALUES (?, 'prj_demo0duplex', ?, ?, ?, ?, ?)",
                            6, stages[i].id, position, stages[i].title, stages[i].status, starts, ends))
        return FALSE;
    }
  return TRUE;
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Luis's picture for the visits that show him: a drawn head and
 * shoulders (the demo has no real photographs), a PNG as staff upload. */
static gboolean
seed_technician_photo (DsDb    *db,
                       GError **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 128, 128);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  cairo_pattern_t *sky = cairo_pattern_create_linear (0, 0, 0, 128);

  cairo_pattern_add_color_stop_rgb (sky, 0, 0.60, 0.76, 0.92);
  cairo_pattern_add_color_stop_rgb (sky, 1, 0.36, 0.55, 0.78);
  cairo_set_source (cr, sky);
  cairo_paint (cr);
  cairo_pattern_destroy (sky);
  /* Work shirt */
  cairo_set_source_rgb (cr, 0.18, 0.33, 0.22);
  cairo_arc (cr, 64, 142, 56, G_PI, 2 * G_PI);
  cairo_fill (cr);
  /* Neck and face */
  cairo_set_source_rgb (cr, 0.72, 0.53, 0.40);
  cairo_rectangle (cr, 55, 72, 18, 18);
  cairo_fill (cr);
  cairo_arc (cr, 64, 56, 24, 0, 2 * G_PI);
  cairo_fill (cr);
  /* Cap */
  cairo_set_source_rgb (cr, 0.85, 0.45, 0.12);
  cairo_arc (cr, 64, 50, 25, G_PI, 2 * G_PI);
  cairo_fill (cr);
  cairo_rectangle (cr, 60, 46, 34, 6);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));
  if ((stmt = ds_db_prepare (db, "UPDATE users SET photo_png = ? WHERE id = '" TECHNICIAN "'", error)) == NULL)
    return FALSE;
  ds_stmt_bind_bytes (stmt, 1, bytes);
  return ds_stmt_run (stmt, error);
}

gboolean
ds_demo_seed_jobs (DsDb    *db,
                   GError **error)
{
  g_autofree char *now = ds_demo_timestamp (0);

  if (!seed_project (db, error) || !seed_technician_photo (db, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      const DemoJob *j = &jobs[i];
      g_autofree char *created = ds_demo_timestamp (j->created_days);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO jobs (id, customer_id, property_id, service_type_id, title, status,"
                            " description, business_notes, work_performed, equipment_notes, quote_id, stage_id,"
                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            13, j->id, j->customer_id, j->property_id, j->service_type_id, j->title, j->status,
                            j->description, j->business_notes, j->work_performed, j->equipment_notes,
                            j->quote_id, j->stage_id, created))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (visits); i++)
    {
      const DemoVisit *v = &visits[i];
      g_autofree char *starts = local_time (v->days, v->start_hour);
      g_autofree char *ends = local_time (v->days, v->end_hour);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO visits (id, job_id, starts_at, ends_at, status, notes, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)",
                            7, v->id, v->job_id, starts, ends, v->status, v->notes, now) ||
          !ds_demo_run_sql (db, error,
                            "INSERT INTO visit_technicians (visit_id, user_id) VALUES (?, '" TECHNICIAN "')",
                            1, v->id))
        return FALSE;
    }
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-demo-private.h"

/* The business: who, where, when it is open and what it offers. */

static const char *const service_types[][2] = {
  { "svc_heating",     "Heating and furnace" },
  { "svc_cooling",     "Air conditioning and heat pumps" },
  { "svc_plumbing",    "Plumbing repair" },
  { "svc_waterheater", "Water heater" },
  { "svc_drains",      "Drain cleaning" },
  { "svc_pest",        "Pest control" },
  { "svc_maintenance", "Seasonal maintenance visit" },
};

/* Monday to Friday 7:30 to 18:00, Saturday 9:00 to 14:00, Sunday closed. */
static const DoorstepHoursSpan hours[] = {
  { 1, 450, 1080 }, { 2, 450, 1080 }, { 3, 450, 1080 }, { 4, 450, 1080 },
  { 5, 450, 1080 }, { 6, 540, 840 },
};

gboolean
ds_demo_seed_company (DsDb    *db,
                      GError **error)
{
  if (!ds_demo_run_sql (db, error,
                "INSERT INTO company (id, name, phone, sms_phone, email, website,"
                " address_line1, address_line2, city, region, postal_code, country, timezone, currency,"
                " partial_payment_minimum_minor, tips_allowed)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 5000, 1)",
                13, "Northwind Home Services", "+1 503 555 0142", "+1 503 555 0143",
                "hello@northwind-home.example", "https://northwind-home.example",
                "1450 SE Alder St", "Suite 200", "Portland", "OR", "97214", "US",
                "America/Los_Angeles", "USD"))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
    {
      g_autofree char *weekday = g_strdup_printf ("%u", hours[i].weekday);
      g_autofree char *opens = g_strdup_printf ("%u", hours[i].opens);
      g_autofree char *closes = g_strdup_printf ("%u", hours[i].closes);

      if (!ds_demo_run_sql (db, error, "INSERT INTO company_hours (weekday, opens, closes) VALUES (?, ?, ?)",
                    3, weekday, opens, closes))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (service_types); i++)
    {
      g_autofree char *position = g_strdup_printf ("%u", i);

      if (!ds_demo_run_sql (db, error, "INSERT INTO service_types (id, name, position) VALUES (?, ?, ?)",
                    3, service_types[i][0], service_types[i][1], position))
        return FALSE;
    }

  return TRUE;
}


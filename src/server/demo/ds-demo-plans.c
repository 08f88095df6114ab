/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-demo-private.h"

/* Plans and equipment: Maya has a service plan for her home (two
 * tune-ups a plan year, one used, the furnace's last service done under
 * it and its next tune-up booked under it), the furnace's parts and labour
 * warranty, and a water heater warranty that expired; Daniel a heat pump
 * plan. Her furnace, water heater (its yearly service long overdue) and
 * the duplex's sump pump (due in about three weeks) are equipment, each
 * with the jobs that serviced it. */

#define MAYA   "cus_demo0maya0okafor"
#define DANIEL "cus_demo0daniel0reyes"
#define HOME   "prp_demo0maya0okafor_1"

typedef struct {
  const char *id;
  const char *customer_id;
  const char *property_id;
  const char *kind;
  const char *name;
  int         starts;      /* days from today */
  int         ends;
  gboolean    renews;
  const char *price;       /* minor units, or NULL */
  const char *period;
  const char *visits;
  const char *summary;
  const char *covered;
  const char *not_covered;
} DemoPlan;

static const DemoPlan plans[] = {
  { "pln_demo0comfort", MAYA, HOME, "service_plan", "Home Comfort Plan", -150, 215, TRUE, "1900", "month", "2",
    "Two tune-ups a year for the furnace and the air conditioning, with priority booking and 15% off repairs.",
    "A spring cooling and a fall heating tune-up: burners, flame sensor, igniter, coils, refrigerant level, "
    "filters and a carbon monoxide test. Priority booking within 48 hours. 15% off parts and labour on repairs. "
    "No overtime charges on weekends.",
    "Replacement equipment, ductwork, and damage from floods, fire or freezing." },
  { "pln_demo0furnace", MAYA, HOME, "warranty", "Furnace parts and labour warranty", -3000, 650, FALSE, NULL, NULL,
    "0",
    "The manufacturer's 10-year parts warranty on the Carrier furnace, with our labour included.",
    "Every part of the furnace that fails in normal use (heat exchanger, blower motor, control board, igniter, "
    "gas valve) and the labour to replace it.",
    "Filters, wear from lack of yearly maintenance, and damage from power surges." },
  { "pln_demo0heater", MAYA, HOME, "warranty", "Water heater tank warranty", -2200, -265, FALSE, NULL, NULL, "0",
    "Six years on the tank and its parts.",
    "Tank leaks, the gas valve, the thermostat and the T&P valve.",
    "Sediment damage, anode rods and labour after the first year." },
  { "pln_demo0daniel", DANIEL, "prp_demo0daniel0reyes_1", "service_plan", "Heat Pump Care Plan", -30, 335, TRUE,
    "14900", "year", "1", "A yearly heat pump service with priority booking.",
    "A yearly service of the heat pump and its electric backup: coils, refrigerant, defrost and controls.",
    "Replacement equipment." },
};

typedef struct {
  const char *id;
  const char *customer_id;
  const char *property_id;
  const char *type;
  const char *make;
  const char *model;
  const char *serial;
  int         installed;
  const char *location;
  const char *interval;
} DemoEquipment;

static const DemoEquipment equipment[] = {
  { "eqp_demo0furnace", MAYA, HOME, "Gas furnace", "Carrier", "59SC5A080E17", "2315A45021", -3000, "Basement", "12" },
  { "eqp_demo0heater", MAYA, HOME, "Water heater", "Bradford White", "RG250T6N", "BW1907Z113", -2200, "Garage",
    "12" },
  { "eqp_demo0softener", MAYA, HOME, "Water softener", "Fleck", "5600SXT", "FL5600-40117", -100, "Garage", "12" },
  { "eqp_demo0sump", MAYA, "prp_demo0maya0okafor_2", "Sump pump", "Zoeller", "M53", "Z53-88214", -340,
    "Basement, unit A", "12" },
  { "eqp_demo0dehumidifier", MAYA, "prp_demo0maya0okafor_2", "Dehumidifier", "Aprilaire", "1830", "AP1830-2291",
    -60, "Basement, unit B", "12" },
  { "eqp_demo0tankless", MAYA, "prp_demo0maya0okafor_2", "Tankless water heater", "Rinnai", "RE199iN",
    "RN199-77310", -150, "Utility closet, unit B", "12" },
  { "eqp_demo0heatpump", DANIEL, "prp_demo0daniel0reyes_1", "Heat pump", "Mitsubishi", "MXZ-3C24NA", "51M09873",
    -900, "Side yard", "12" },
};

static const char * const links[][2] = {
  /* which plan covers what */
  { "pln_demo0comfort", "eqp_demo0furnace" },
  { "pln_demo0furnace", "eqp_demo0furnace" },
  { "pln_demo0heater", "eqp_demo0heater" },
  { "pln_demo0daniel", "eqp_demo0heatpump" },
};

static const char * const serviced[][2] = {
  /* which job touched what */
  { "eqp_demo0furnace", "job_demo0past2" },
  { "eqp_demo0furnace", "job_demo0past5" },
  { "eqp_demo0furnace", "job_demo0tuneup" },
  { "eqp_demo0heater", "job_demo0past1" },
  { "eqp_demo0heatpump", "job_demo0daniel" },
};

static const char * const under_plan[][2] = {
  { "job_demo0past5", "pln_demo0comfort" },
  { "job_demo0tuneup", "pln_demo0comfort" },
  { "job_demo0daniel", "pln_demo0daniel" },
};

gboolean
ds_demo_seed_plans (DsDb    *db,
                    GError **error)
{
  g_autofree char *now = ds_demo_timestamp (0);

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      const DemoPlan *p = &plans[i];
      g_autofree char *starts = ds_demo_date (p->starts);
      g_autofree char *ends = ds_demo_date (p->ends);
      g_autofree char *renews = p->renews ? ds_demo_date (p->ends) : NULL;

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO plans (id, customer_id, property_id, kind, name, summary, covered, not_covered,"
                            " starts_on, ends_on, renews_on, currency, price_minor, billing_period, visits_per_year,"
                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            16, p->id, p->customer_id, p->property_id, p->kind, p->name, p->summary, p->covered,
                            p->not_covered, starts, ends, renews, p->price != NULL ? "USD" : NULL, p->price,
                            p->period, p->visits, now))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (equipment); i++)
    {
      const DemoEquipment *e = &equipment[i];
      g_autofree char *installed = ds_demo_date (e->installed);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO equipment (id, customer_id, property_id, type, make, model, serial_number,"
                            " installed_on, location, service_interval_months, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            11, e->id, e->customer_id, e->property_id, e->type, e->make, e->model, e->serial,
                            installed, e->location, e->interval, now))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    if (!ds_demo_run_sql (db, error, "INSERT INTO plan_equipment (plan_id, equipment_id) VALUES (?, ?)", 2,
                          links[i][0], links[i][1]))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (serviced); i++)
    if (!ds_demo_run_sql (db, error, "INSERT INTO equipment_jobs (equipment_id, job_id) VALUES (?, ?)", 2,
                          serviced[i][0], serviced[i][1]))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (under_plan); i++)
    if (!ds_demo_run_sql (db, error, "UPDATE jobs SET plan_id = ? WHERE id = ?", 2, under_plan[i][1],
                          under_plan[i][0]))
      return FALSE;
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-demo-private.h"

/* Eight customers with their properties, two of them with a portal
 * account, each a customer for a while, the staff accounts, and Maya's
 * open quote request. */

typedef struct {
  const char *label;
  const char *line1;
  const char *city;
  const char *postal_code;
  int         year_built;
  const char *details;
} DemoProperty;

typedef struct {
  const char   *id;
  const char   *first_name;
  const char   *last_name;
  const char   *company_name;
  const char   *type;
  const char   *email;
  const char   *phone;
  const char   *login;   /* portal account, or NULL */
  int           since;   /* a customer for this many days */
  DemoProperty  properties[3];
} DemoCustomer;

static const DemoCustomer customers[] = {
  { "cus_demo0maya0okafor", "Maya", "Okafor", NULL, "homeowner",
    "maya.okafor@example.com", "+1 503 555 0187", "customer@example.com", 1180,
    { { "Home", "2218 SE Salmon St", "Portland", "97214", 1926,
        "Two-storey Craftsman bungalow, 1,850 sq ft; gas forced-air furnace (2015); 50-gallon gas water heater; full basement" },
      { "Rental duplex", "745 N Killingsworth St", "Portland", "97217", 1978,
        "Side-by-side duplex, 2 × 900 sq ft; electric baseboard heat; tenants in both units" } } },
  { "cus_demo0daniel0reyes", "Daniel", "Reyes", NULL, "homeowner",
    "daniel.reyes@example.com", "+1 503 555 0133", "customer2@example.com", 410,
    { { "Home", "9012 SW Canyon Rd", "Beaverton", "97225", 2004,
        "Single-storey ranch, 2,200 sq ft; heat pump with electric backup; crawl space" } } },
  { "cus_demo0harbor0bakery", NULL, NULL, "Harbor Bakery", "business",
    "orders@harborbakery.example", "+1 503 555 0160", NULL, 2150,
    { { "Bakery", "310 NW 10th Ave", "Portland", "97209", 1912,
        "Ground-floor retail in a brick warehouse; commercial kitchen with two floor drains; rooftop RTU" } } },
  { "cus_demo0priya0natarajan", "Priya", "Natarajan", NULL, "homeowner",
    "priya.n@example.com", "+1 971 555 0112", NULL, 95,
    { { "Home", "4127 NE Going St", "Portland", "97211", 1951,
        "One-and-a-half-storey Cape Cod, 1,400 sq ft; oil furnace converted to gas (2019)" } } },
  { "cus_demo0brennan0family", "Alice", "Brennan", NULL, "homeowner",
    "brennans@example.com", "+1 503 555 0199", NULL, 760,
    { { "Home", "1630 SW Vista Ave", "Portland", "97201", 1939,
        "Three-storey hillside home, 3,100 sq ft; boiler with cast-iron radiators; two water heaters" },
      { "Cabin", "88 E Lolo Pass Rd", "Zigzag", "97049", 1968,
        "Seasonal cabin, 800 sq ft; well water with pressure tank; wood stove" } } },
  { "cus_demo0greenleaf0apts", NULL, NULL, "Greenleaf Apartments LLC", "business",
    "manager@greenleaf.example", "+1 503 555 0175", NULL, 1460,
    { { "Building A", "5500 SE Foster Rd", "Portland", "97206", 1988,
        "24-unit garden apartments; central boiler room; laundry room with 6 machines" },
      { "Building B", "5520 SE Foster Rd", "Portland", "97206", 1988,
        "24-unit garden apartments; individual electric furnaces" } } },
  { "cus_demo0samuel0osei", "Samuel", "Osei", NULL, "buyer",
    "sam.osei@example.com", "+1 360 555 0141", NULL, 21,
    { { "New home (closing in May)", "2901 NE 32nd Ave", "Portland", "97212", 1914,
        "Foursquare, 2,400 sq ft; inspection noted an older gas furnace and galvanized supply lines" } } },
  { "cus_demo0ruth0lindqvist", "Ruth", "Lindqvist", NULL, "homeowner",
    "ruth.lindqvist@example.com", "+1 503 555 0108", NULL, 530,
    { { "Home", "7715 N Syracuse St", "Portland", "97203", 1947,
        "Single-storey bungalow, 1,100 sq ft; ductless mini-split (2021); tankless water heater" } } },
};

typedef struct {
  const char *id;
  const char *email;
  const char *display_name;
  const char *role;
} DemoStaff;

static const DemoStaff staff[] = {
  { "usr_demo0admin",      "admin@example.com",      "Jordan Avery", "admin" },
  { "usr_demo0operator",   "operator@example.com",   "Casey Morgan", "operator" },
  { "usr_demo0technician", "technician@example.com", "Luis Ortega",  "technician" },
};

static char *
sort_key_for (const DemoCustomer *c)
{
  g_autofree char *key = c->last_name != NULL
                         ? g_strdup_printf ("%s %s", c->last_name, c->first_name)
                         : g_strdup (c->company_name);
  return g_utf8_casefold (key, -1);
}

gboolean
ds_demo_seed_customers (DsDb       *db,
                        const char *password_hash,
                        const char *now,
                        GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (customers); i++)
    {
      const DemoCustomer *c = &customers[i];
      g_autofree char *display_name = c->company_name != NULL
                                      ? g_strdup (c->company_name)
                                      : g_strdup_printf ("%s %s", c->first_name, c->last_name);
      g_autofree char *sort_key = sort_key_for (c);
      g_autofree char *since = ds_demo_timestamp (-c->since);

      if (!ds_demo_run_sql (db, error,
                    "INSERT INTO customers (id, display_name, first_name, last_name, company_name,"
                    " customer_type, email, phone, sort_key, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    10, c->id, display_name, c->first_name, c->last_name, c->company_name,
                    c->type, c->email, c->phone, sort_key, since))
        return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (c->properties) && c->properties[j].label != NULL; j++)
        {
          const DemoProperty *p = &c->properties[j];
          g_autofree char *id = g_strdup_printf ("prp_%s_%u", c->id + 4, j + 1);
          g_autofree char *year = g_strdup_printf ("%d", p->year_built);
          g_autofree char *position = g_strdup_printf ("%u", j);

          if (!ds_demo_run_sql (db, error,
                        "INSERT INTO properties (id, customer_id, label, address_line1, city,"
                        " region, postal_code, year_built, building_details, position)"
                        " VALUES (?, ?, ?, ?, ?, 'OR', ?, ?, ?, ?)",
                        9, id, c->id, p->label, p->line1, p->city, p->postal_code, year,
                        p->details, position))
            return FALSE;
        }

      if (c->login != NULL)
        {
          g_autofree char *user_id = g_strdup_printf ("usr_%s", c->id + 4);

          if (!ds_demo_run_sql (db, error,
                        "INSERT INTO users (id, email, password_hash, display_name, role, customer_id, created_at)"
                        " VALUES (?, ?, ?, ?, 'customer', ?, ?)",
                        6, user_id, c->login, password_hash, display_name, c->id, now))
            return FALSE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    if (!ds_demo_run_sql (db, error,
                  "INSERT INTO users (id, email, password_hash, display_name, role, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)",
                  6, staff[i].id, staff[i].email, password_hash, staff[i].display_name,
                  staff[i].role, now))
      return FALSE;

  /* Maya asked about her rental's water heater last week. */
  return ds_demo_run_sql (db, error,
                  "INSERT INTO requests (id, customer_id, property_id, kind, service_type_id,"
                  " description, preferred_timing, status, created_by, created_at)"
                  " VALUES ('req_demo0rental0heater', 'cus_demo0maya0okafor',"
                  " 'prp_demo0maya0okafor_2', 'quote', 'svc_waterheater',"
                  " 'The tenants in unit B say the hot water runs out after ten minutes. "
                  "Could you quote a replacement, maybe a tankless one?', 'next_two_weeks',"
                  " 'in_review', 'usr_demo0maya0okafor', ?)",
                  1, now);
}


/**
 * ds_demo_get_account_emails:
 *
 * Returns: (transfer full): the emails the demo accounts sign in with
 */
GStrv
ds_demo_get_account_emails (void)
{
  g_autoptr(GStrvBuilder) emails = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (customers); i++)
    if (customers[i].login != NULL)
      g_strv_builder_add (emails, customers[i].login);
  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    g_strv_builder_add (emails, staff[i].email);
  return g_strv_builder_end (emails);
}

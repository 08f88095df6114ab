/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>

#include "doorstep-common.h"
#include "ds-user-store.h"
#include "ds-demo.h"
#include "ds-png.h"
#include "ds-quote-store.h"

/* Northwind Home Services: a heating, plumbing and pest-control business in
 * Portland, Oregon, with customers, their properties and staff accounts. */

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
  DemoProperty  properties[3];
} DemoCustomer;

static const DemoCustomer customers[] = {
  { "cus_demo0maya0okafor", "Maya", "Okafor", NULL, "homeowner",
    "maya.okafor@example.com", "+1 503 555 0187", "customer@example.com",
    { { "Home", "2218 SE Salmon St", "Portland", "97214", 1926,
        "Two-storey Craftsman bungalow, 1,850 sq ft; gas forced-air furnace (2015); 50-gallon gas water heater; full basement" },
      { "Rental duplex", "745 N Killingsworth St", "Portland", "97217", 1978,
        "Side-by-side duplex, 2 × 900 sq ft; electric baseboard heat; tenants in both units" } } },
  { "cus_demo0daniel0reyes", "Daniel", "Reyes", NULL, "homeowner",
    "daniel.reyes@example.com", "+1 503 555 0133", "customer2@example.com",
    { { "Home", "9012 SW Canyon Rd", "Beaverton", "97225", 2004,
        "Single-storey ranch, 2,200 sq ft; heat pump with electric backup; crawl space" } } },
  { "cus_demo0harbor0bakery", NULL, NULL, "Harbor Bakery", "business",
    "orders@harborbakery.example", "+1 503 555 0160", NULL,
    { { "Bakery", "310 NW 10th Ave", "Portland", "97209", 1912,
        "Ground-floor retail in a brick warehouse; commercial kitchen with two floor drains; rooftop RTU" } } },
  { "cus_demo0priya0natarajan", "Priya", "Natarajan", NULL, "homeowner",
    "priya.n@example.com", "+1 971 555 0112", NULL,
    { { "Home", "4127 NE Going St", "Portland", "97211", 1951,
        "One-and-a-half-storey Cape Cod, 1,400 sq ft; oil furnace converted to gas (2019)" } } },
  { "cus_demo0brennan0family", "Alice", "Brennan", NULL, "homeowner",
    "brennans@example.com", "+1 503 555 0199", NULL,
    { { "Home", "1630 SW Vista Ave", "Portland", "97201", 1939,
        "Three-storey hillside home, 3,100 sq ft; boiler with cast-iron radiators; two water heaters" },
      { "Cabin", "88 E Lolo Pass Rd", "Zigzag", "97049", 1968,
        "Seasonal cabin, 800 sq ft; well water with pressure tank; wood stove" } } },
  { "cus_demo0greenleaf0apts", NULL, NULL, "Greenleaf Apartments LLC", "business",
    "manager@greenleaf.example", "+1 503 555 0175", NULL,
    { { "Building A", "5500 SE Foster Rd", "Portland", "97206", 1988,
        "24-unit garden apartments; central boiler room; laundry room with 6 machines" },
      { "Building B", "5520 SE Foster Rd", "Portland", "97206", 1988,
        "24-unit garden apartments; individual electric furnaces" } } },
  { "cus_demo0samuel0osei", "Samuel", "Osei", NULL, "buyer",
    "sam.osei@example.com", "+1 360 555 0141", NULL,
    { { "New home (closing in May)", "2901 NE 32nd Ave", "Portland", "97212", 1914,
        "Foursquare, 2,400 sq ft; inspection noted an older gas furnace and galvanized supply lines" } } },
  { "cus_demo0ruth0lindqvist", "Ruth", "Lindqvist", NULL, "homeowner",
    "ruth.lindqvist@example.com", "+1 503 555 0108", NULL,
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

static gboolean
run_sql (DsDb        *db,
         GError     **error,
         const char  *sql,
         guint        n_values,
         ...)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;

  /* Every value here is text (or NULL); numbers are bound as text too and
   * SQLite's column affinity stores them as integers. */
  va_start (args, n_values);
  for (guint i = 0; i < n_values; i++)
    ds_stmt_bind_text (stmt, (int) i + 1, va_arg (args, const char *));
  va_end (args);

  return ds_stmt_run (stmt, error);
}

static char *
sort_key_for (const DemoCustomer *c)
{
  g_autofree char *key = c->last_name != NULL
                         ? g_strdup_printf ("%s %s", c->last_name, c->first_name)
                         : g_strdup (c->company_name);
  return g_utf8_casefold (key, -1);
}

static gboolean
seed_company (DsDb    *db,
              GError **error)
{
  if (!run_sql (db, error,
                "INSERT INTO company (id, name, phone, sms_phone, email, website,"
                " address_line1, address_line2, city, region, postal_code, country, timezone, currency)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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

      if (!run_sql (db, error, "INSERT INTO company_hours (weekday, opens, closes) VALUES (?, ?, ?)",
                    3, weekday, opens, closes))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (service_types); i++)
    {
      g_autofree char *position = g_strdup_printf ("%u", i);

      if (!run_sql (db, error, "INSERT INTO service_types (id, name, position) VALUES (?, ?, ?)",
                    3, service_types[i][0], service_types[i][1], position))
        return FALSE;
    }

  return TRUE;
}

static gboolean
seed_people (DsDb       *db,
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

      if (!run_sql (db, error,
                    "INSERT INTO customers (id, display_name, first_name, last_name, company_name,"
                    " customer_type, email, phone, sort_key, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    10, c->id, display_name, c->first_name, c->last_name, c->company_name,
                    c->type, c->email, c->phone, sort_key, now))
        return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (c->properties) && c->properties[j].label != NULL; j++)
        {
          const DemoProperty *p = &c->properties[j];
          g_autofree char *id = g_strdup_printf ("prp_%s_%u", c->id + 4, j + 1);
          g_autofree char *year = g_strdup_printf ("%d", p->year_built);
          g_autofree char *position = g_strdup_printf ("%u", j);

          if (!run_sql (db, error,
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

          if (!run_sql (db, error,
                        "INSERT INTO users (id, email, password_hash, display_name, role, customer_id, created_at)"
                        " VALUES (?, ?, ?, ?, 'customer', ?, ?)",
                        6, user_id, c->login, password_hash, display_name, c->id, now))
            return FALSE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    if (!run_sql (db, error,
                  "INSERT INTO users (id, email, password_hash, display_name, role, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)",
                  6, staff[i].id, staff[i].email, password_hash, staff[i].display_name,
                  staff[i].role, now))
      return FALSE;

  /* Maya asked about her rental's water heater last week. */
  return run_sql (db, error,
                  "INSERT INTO requests (id, customer_id, property_id, kind, service_type_id,"
                  " description, preferred_timing, status, created_by, created_at)"
                  " VALUES ('req_demo0rental0heater', 'cus_demo0maya0okafor',"
                  " 'prp_demo0maya0okafor_2', 'quote', 'svc_waterheater',"
                  " 'The tenants in unit B say the hot water runs out after ten minutes. "
                  "Could you quote a replacement, maybe a tankless one?', 'next_two_weeks',"
                  " 'in_review', 'usr_demo0maya0okafor', ?)",
                  1, now);
}

/* Quotes in every state: open with and without a deposit and with
 * optional items, one expired, one approved and signed, one declined, one
 * long enough for a second PDF page, and the requested one that Maya's
 * quote request stands for. */

typedef struct {
  const char *description;
  gint64      quantity_milli;
  gint64      unit_price_minor;
  gboolean    optional;
  gboolean    selected;
} DemoItem;

typedef struct {
  const char *id;
  const char *customer_id;
  const char *property_id;
  const char *number;
  const char *title;
  const char *status;
  int         issued_days_ago;
  int         valid_days;        /* from the issue date */
  gint64      discount_minor;
  guint       tax_rate_bp;
  gint64      deposit_minor;
  gint64      deposit_paid_minor;
  const char *notes;
  const char *decline_reason;
  DemoItem    items[8];
} DemoQuote;

#define DEMO_TERMS \
  "Prices hold until the valid-until date. We schedule the work once the quote is approved and any " \
  "deposit is paid; the balance is due when the work is complete. Northwind Home Services guarantees " \
  "its workmanship for one year from completion. Equipment carries its manufacturer's warranty."

static const DemoQuote demo_quotes[] = {
  { "quo_demo0furnace", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "Q-1001",
    "High-efficiency gas furnace replacement", "open", 4, 30, 25000, 500, 150000, 0,
    "Your 2015 furnace's heat exchanger shows cracking near the burners. We recommend replacing it "
    "before the cold months. The smart thermostat and the extended warranty are up to you.",
    NULL,
    { { "Carrier 59SC5 96% AFUE gas furnace, 80,000 BTU", 1000, 485000, FALSE, TRUE },
      { "Installation labour, two technicians (hours)", 10000, 12500, FALSE, TRUE },
      { "Remove and dispose of the old furnace", 1000, 18000, FALSE, TRUE },
      { "City of Portland mechanical permit and inspection", 1000, 14500, FALSE, TRUE },
      { "ecobee Premium smart thermostat, installed", 1000, 38900, TRUE, FALSE },
      { "10-year parts and labour protection plan", 1000, 65000, TRUE, TRUE } } },
  { "quo_demo0drain", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "Q-1002",
    "Camera inspection of the main drain line", "open", 2, 14, 0, 500, 0, 0,
    "Unit A reported slow drains in the kitchen and the bathroom. A camera inspection shows whether "
    "roots or a belly in the line are the cause before anything is dug up.",
    NULL,
    { { "Video camera inspection of the main sewer line", 1000, 29500, FALSE, TRUE },
      { "Clean-out access and line location", 1000, 8500, FALSE, TRUE },
      { "Hydro-jetting of the main line (if the inspection calls for it)", 1500, 22000, TRUE, FALSE } } },
  { "quo_demo0pest", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "Q-1003",
    "Year-round pest protection plan", "open", 50, 30, 0, 500, 0, 0,
    "Quarterly visits cover ants, spiders, rodents and wasps, inside and out.",
    NULL,
    { { "Quarterly exterior and interior treatment (visits)", 4000, 12900, FALSE, TRUE },
      { "Rodent exclusion: seal entry points in the basement", 1000, 34500, FALSE, TRUE } } },
  { "quo_demo0sink", "cus_demo0maya0okafor", "prp_demo0maya0okafor_1", "Q-1004",
    "Kitchen sink and garbage disposal replacement", "approved", 20, 30, 0, 500, 30000, 15000,
    "Includes new supply lines and a new P-trap.",
    NULL,
    { { "Undermount stainless steel sink, 32 inch", 1000, 42900, FALSE, TRUE },
      { "InSinkErator Evolution garbage disposal, 3/4 HP", 1000, 32900, FALSE, TRUE },
      { "Plumbing labour (hours)", 3500, 11500, FALSE, TRUE },
      { "Pull-down kitchen faucet, brushed nickel", 1000, 27900, TRUE, TRUE } } },
  { "quo_demo0repipe", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "Q-1005",
    "Whole-house repipe with PEX, both units", "declined", 35, 30, 50000, 500, 200000, 0,
    "Replaces the galvanized supply lines in both units. Each unit is without water for one day.",
    "We'd rather wait until the tenants in unit B move out next summer.",
    { { "PEX-A supply piping and fittings, both units", 1000, 385000, FALSE, TRUE },
      { "Repipe labour, three technicians (hours)", 48000, 11500, FALSE, TRUE },
      { "Drywall patching after the repipe", 1000, 145000, FALSE, TRUE } } },
  { "quo_demo0daniel", "cus_demo0daniel0reyes", "prp_demo0daniel0reyes_1", "Q-1007",
    "Heat pump tune-up and coil cleaning", "open", 3, 30, 0, 500, 0, 0,
    NULL, NULL,
    { { "Heat pump performance check and tune-up", 1000, 18900, FALSE, TRUE },
      { "Outdoor coil chemical cleaning", 1000, 14500, FALSE, TRUE } } },
};

/* The long one: a room-by-room heating upgrade of the duplex, long
 * enough to run over two PDF pages. */
static const char * const duplex_rooms[] = {
  "Unit A living room", "Unit A kitchen", "Unit A bedroom 1", "Unit A bedroom 2", "Unit A bathroom",
  "Unit B living room", "Unit B kitchen", "Unit B bedroom 1", "Unit B bedroom 2", "Unit B bathroom",
};

static char *
demo_date (int days_from_today)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GDateTime) now = g_date_time_new_now (tz != NULL ? tz : g_time_zone_new_utc ());
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_from_today);

  return g_date_time_format (day, "%Y-%m-%d");
}

static char *
demo_timestamp (int days_from_today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days_from_today);

  return doorstep_timestamp_format (then);
}

static gboolean
insert_item (DsDb        *db,
             const char  *quote_id,
             guint        position,
             const char  *description,
             gint64       quantity_milli,
             gint64       unit_price_minor,
             gboolean     optional,
             gboolean     selected,
             GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "INSERT INTO quote_items (id, quote_id, position, description,"
                                          " quantity_milli, unit_price_minor, optional, selected)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                          error);
  g_autofree char *id = g_strdup_printf ("qit_%s_%02u", quote_id + 4, position + 1);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, quote_id);
  ds_stmt_bind_int64 (stmt, 3, position);
  ds_stmt_bind_text (stmt, 4, description);
  ds_stmt_bind_int64 (stmt, 5, quantity_milli);
  ds_stmt_bind_int64 (stmt, 6, unit_price_minor);
  ds_stmt_bind_int64 (stmt, 7, optional);
  ds_stmt_bind_int64 (stmt, 8, selected);
  return ds_stmt_run (stmt, error);
}

static gboolean
insert_quote (DsDb             *db,
              const DemoQuote  *q,
              GError          **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *created_at = demo_timestamp (-q->issued_days_ago);
  g_autofree char *issued_on = demo_date (-q->issued_days_ago);
  g_autofree char *valid_until = demo_date (q->valid_days - q->issued_days_ago);

  stmt = ds_db_prepare (db,
                        "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor,"
                        " property_id, created_at, issued_on, valid_until, discount_minor, tax_rate_bp,"
                        " deposit_minor, notes, terms)"
                        " VALUES (?, ?, ?, ?, ?, 'USD', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, q->id);
  ds_stmt_bind_text (stmt, 2, q->customer_id);
  ds_stmt_bind_text (stmt, 3, q->number);
  ds_stmt_bind_text (stmt, 4, q->title);
  ds_stmt_bind_text (stmt, 5, q->status);
  ds_stmt_bind_text (stmt, 6, q->property_id);
  ds_stmt_bind_text (stmt, 7, created_at);
  ds_stmt_bind_text (stmt, 8, issued_on);
  ds_stmt_bind_text (stmt, 9, valid_until);
  ds_stmt_bind_int64 (stmt, 10, q->discount_minor);
  ds_stmt_bind_int64 (stmt, 11, q->tax_rate_bp);
  ds_stmt_bind_int64 (stmt, 12, q->deposit_minor);
  ds_stmt_bind_text (stmt, 13, q->notes);
  ds_stmt_bind_text (stmt, 14, DEMO_TERMS);
  if (!ds_stmt_run (stmt, error))
    return FALSE;

  if (q->deposit_paid_minor > 0)
    {
      g_autofree char *payment_id = g_strdup_printf ("dep_%s", q->id + 4);
      g_autofree char *paid_at = demo_timestamp (-q->issued_days_ago + 3);
      g_autoptr(DsStmt) payment = ds_db_prepare (db,
                                                 "INSERT INTO quote_deposit_payments (id, quote_id,"
                                                 " amount_minor, paid_at) VALUES (?, ?, ?, ?)",
                                                 error);
      if (payment == NULL)
        return FALSE;
      ds_stmt_bind_text (payment, 1, payment_id);
      ds_stmt_bind_text (payment, 2, q->id);
      ds_stmt_bind_int64 (payment, 3, q->deposit_paid_minor);
      ds_stmt_bind_text (payment, 4, paid_at);
      if (!ds_stmt_run (payment, error))
        return FALSE;
    }
  return TRUE;
}

/* A handwritten-looking stroke for the approved demo quote. */
static GBytes *
demo_signature (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 160);
  cairo_t *cr = cairo_create (surface);
  GBytes *png;

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.25);
  cairo_set_line_width (cr, 4);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, 30, 120);
  cairo_curve_to (cr, 50, 20, 80, 20, 90, 110);
  cairo_curve_to (cr, 100, 40, 130, 30, 140, 105);
  cairo_curve_to (cr, 160, 60, 190, 60, 200, 100);
  cairo_curve_to (cr, 215, 70, 240, 75, 250, 98);
  cairo_curve_to (cr, 270, 40, 300, 50, 310, 95);
  cairo_curve_to (cr, 330, 70, 360, 72, 380, 92);
  cairo_curve_to (cr, 400, 60, 420, 70, 440, 85);
  cairo_move_to (cr, 60, 135);
  cairo_curve_to (cr, 180, 120, 300, 145, 450, 118);
  cairo_stroke (cr);
  cairo_destroy (cr);
  png = ds_png_encode (surface);
  cairo_surface_destroy (surface);
  return png;
}

static gboolean
seed_quotes (DsDb    *db,
             GError **error)
{
  static const DemoQuote duplex = {
    "quo_demo0heatpumps", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "Q-1006",
    "Duplex heating upgrade: ductless heat pumps in both units", "open", 1, 45, 100000, 500, 300000, 0,
    "Replaces the electric baseboard heat in both units with ductless heat pumps, room by room. "
    "Energy Trust of Oregon incentives may cover part of the cost; we handle the paperwork.",
    NULL, { { NULL } } };
  g_autoptr(GBytes) signature = demo_signature ();
  g_autofree char *approved_at = demo_timestamp (-15);
  g_autofree char *declined_at = demo_timestamp (-30);
  guint position = 0;

  for (guint i = 0; i < G_N_ELEMENTS (demo_quotes); i++)
    {
      const DemoQuote *q = &demo_quotes[i];

      if (!insert_quote (db, q, error))
        return FALSE;
      for (guint j = 0; j < G_N_ELEMENTS (q->items) && q->items[j].description != NULL; j++)
        if (!insert_item (db, q->id, j, q->items[j].description, q->items[j].quantity_milli,
                          q->items[j].unit_price_minor, q->items[j].optional, q->items[j].selected, error))
          return FALSE;
    }

  if (!insert_quote (db, &duplex, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (duplex_rooms); i++)
    {
      g_autofree char *head = g_strdup_printf ("%s: ductless indoor head, 9,000 BTU", duplex_rooms[i]);
      g_autofree char *lineset = g_strdup_printf ("%s: line set, wall sleeve and cover", duplex_rooms[i]);
      g_autofree char *labour = g_strdup_printf ("%s: installation labour (hours)", duplex_rooms[i]);

      if (!insert_item (db, duplex.id, position++, head, 1000, 89500, FALSE, TRUE, error) ||
          !insert_item (db, duplex.id, position++, lineset, 1000, 21500, FALSE, TRUE, error) ||
          !insert_item (db, duplex.id, position++, labour, 4500, 12500, FALSE, TRUE, error))
        return FALSE;
    }
  if (!insert_item (db, duplex.id, position++, "Outdoor condenser, 5-zone, 42,000 BTU (one per unit)",
                    2000, 465000, FALSE, TRUE, error) ||
      !insert_item (db, duplex.id, position++, "Electrical: dedicated 240 V circuits and disconnects",
                    2000, 78000, FALSE, TRUE, error) ||
      !insert_item (db, duplex.id, position++, "Remove the electric baseboard heaters and patch the walls",
                    1000, 160000, FALSE, TRUE, error) ||
      !insert_item (db, duplex.id, position++, "Wi-Fi controllers for remote scheduling, all rooms",
                    10000, 9500, TRUE, FALSE, error))
    return FALSE;

  /* The approved one carries Maya's signature; the declined one her reason. */
  if (!run_sql (db, error,
                "INSERT INTO quote_approvals (quote_id, user_id, signer_name, signature_png,"
                " selected_item_ids, total_minor, approved_at)"
                " VALUES ('quo_demo0sink', 'usr_demo0maya0okafor', 'Maya Okafor', x'00', '[]', 0, ?)",
                1, approved_at))
    return FALSE;
  {
    g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                            "UPDATE quote_approvals SET signature_png = ?,"
                                            " selected_item_ids = (SELECT json_group_array(id) FROM quote_items"
                                            "   WHERE quote_id = 'quo_demo0sink' AND selected = 1)"
                                            " WHERE quote_id = 'quo_demo0sink'",
                                            error);
    if (stmt == NULL)
      return FALSE;
    ds_stmt_bind_bytes (stmt, 1, signature);
    if (!ds_stmt_run (stmt, error))
      return FALSE;
  }
  if (!run_sql (db, error,
                "INSERT INTO quote_declines (quote_id, user_id, reason, declined_at)"
                " VALUES ('quo_demo0repipe', 'usr_demo0maya0okafor', ?, ?)",
                2, demo_quotes[4].decline_reason, declined_at))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_quotes); i++)
    if (!ds_quote_store_refresh_total (db, demo_quotes[i].id, error))
      return FALSE;
  if (!ds_quote_store_refresh_total (db, duplex.id, error) ||
      !run_sql (db, error,
                "UPDATE quote_approvals SET total_minor ="
                " (SELECT total_minor FROM quotes WHERE id = quote_approvals.quote_id)",
                0))
    return FALSE;

  /* Maya's quote request is the requested quote, Q-1008. */
  return ds_quote_store_create_for_request (db, "req_demo0rental0heater", error);
}

/**
 * ds_demo_seed:
 * @seeded: (out): whether this call added the demo business
 *
 * Fills an empty database with the demo business. A database that already
 * has a business, demo or real, is left exactly as it is.
 */
gboolean
ds_demo_seed (DsDb     *db,
              gboolean *seeded,
              GError  **error)
{
  g_autoptr(DsStmt) check = NULL;
  g_autofree char *password_hash = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) week_ago = NULL;
  g_autoptr(DsTransaction) tx = NULL;

  *seeded = FALSE;

  check = ds_db_prepare (db, "SELECT 1 FROM company", error);
  if (check == NULL)
    return FALSE;
  switch (ds_stmt_step (check, error))
    {
    case DS_STEP_ROW:
      return TRUE;
    case DS_STEP_ERROR:
      return FALSE;
    case DS_STEP_DONE:
      break;
    }
  g_clear_pointer (&check, ds_stmt_free);

  /* Every demo account shares the one published demo password; hashing it
   * once keeps start-up quick. */
  password_hash = ds_password_hash (DS_DEMO_PASSWORD);
  {
    g_autoptr(GDateTime) utc_now = g_date_time_new_now_utc ();
    week_ago = g_date_time_add_days (utc_now, -7);
    now = doorstep_timestamp_format (week_ago);
  }

  if ((tx = ds_transaction_begin (db, error)) == NULL)
    return FALSE;

  if (!seed_company (db, error) ||
      !seed_people (db, password_hash, now, error) ||
      !seed_quotes (db, error) ||
      !run_sql (db, error, "INSERT INTO settings (key, value) VALUES ('demo', '1')", 0) ||
      !ds_transaction_commit (tx, error))
    return FALSE;

  *seeded = TRUE;
  return TRUE;
}

gboolean
ds_demo_is_demo (DsDb *db)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT value FROM settings WHERE key = 'demo'", NULL);

  return stmt != NULL && ds_stmt_step (stmt, NULL) == DS_STEP_ROW && g_strcmp0 (ds_stmt_get_text (stmt, 0), "1") == 0;
}

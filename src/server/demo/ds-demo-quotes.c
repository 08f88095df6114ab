/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>

#include "ds-demo-private.h"
#include "ds-png.h"
#include "ds-quote-store.h"

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
  g_autofree char *created_at = ds_demo_timestamp (-q->issued_days_ago);
  g_autofree char *issued_on = ds_demo_date (-q->issued_days_ago);
  g_autofree char *valid_until = ds_demo_date (q->valid_days - q->issued_days_ago);

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

  /* The deposit paid, as a payment with its receipt, by her Visa. */
  if (q->deposit_paid_minor > 0)
    {
      g_autofree char *charge_id = g_strdup_printf ("chg_dep_%s", q->id + 4);
      g_autofree char *gateway_id = g_strdup_printf ("ch_demo_dep_%s", q->id + 4);
      g_autofree char *payment_id = g_strdup_printf ("pay_dep_%s", q->id + 4);
      g_autofree char *paid_at = ds_demo_timestamp (-q->issued_days_ago + 3);
      g_autofree char *amount = g_strdup_printf ("%" G_GINT64_FORMAT, q->deposit_paid_minor);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO payment_charges (id, customer_id, gateway, gateway_charge_id, currency,"
                            " amount_minor, card_brand, card_last4, created_at)"
                            " VALUES (?, ?, 'demo', ?, 'USD', ?, 'Visa', '4242', ?)",
                            5, charge_id, q->customer_id, gateway_id, amount, paid_at) ||
          !ds_demo_run_sql (db, error, "UPDATE counters SET value = value + 1 WHERE name = 'receipt'", 0) ||
          !ds_demo_run_sql (db, error,
                            "INSERT INTO payments (id, charge_id, customer_id, quote_id, amount_minor,"
                            " receipt_number, paid_at)"
                            " SELECT ?, ?, ?, ?, ?, 'R-' || value, ? FROM counters WHERE name = 'receipt'",
                            6, payment_id, charge_id, q->customer_id, q->id, amount, paid_at))
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

/* An approval as the customer would have signed it: the items selected
 * when it was, the total filled in once the totals are. */
static gboolean
insert_approval (DsDb        *db,
                 const char  *quote_id,
                 const char  *user_id,
                 const char  *signer_name,
                 GBytes      *signature,
                 const char  *approved_at,
                 GError     **error)
{
  g_autoptr(DsStmt) items = NULL;
  g_autoptr(DsStmt) insert = NULL;
  g_autoptr(GString) selection = g_string_new (NULL);
  DsStep step;

  items = ds_db_prepare (db,
                         "SELECT id FROM quote_items WHERE quote_id = ? AND selected = 1"
                         " ORDER BY position, id",
                         error);
  if (items == NULL)
    return FALSE;
  ds_stmt_bind_text (items, 1, quote_id);
  /* As ds_quote_store_approve() keeps them: ids separated by spaces. */
  while ((step = ds_stmt_step (items, error)) == DS_STEP_ROW)
    g_string_append_printf (selection, "%s%s", selection->len > 0 ? " " : "", ds_stmt_get_text (items, 0));
  if (step == DS_STEP_ERROR)
    return FALSE;

  insert = ds_db_prepare (db,
                          "INSERT INTO quote_approvals (quote_id, user_id, signer_name, signature_png,"
                          " selected_item_ids, total_minor, approved_at) VALUES (?, ?, ?, ?, ?, 0, ?)",
                          error);
  if (insert == NULL)
    return FALSE;
  ds_stmt_bind_text (insert, 1, quote_id);
  ds_stmt_bind_text (insert, 2, user_id);
  ds_stmt_bind_text (insert, 3, signer_name);
  ds_stmt_bind_bytes (insert, 4, signature);
  ds_stmt_bind_text (insert, 5, selection->str);
  ds_stmt_bind_text (insert, 6, approved_at);
  return ds_stmt_run (insert, error);
}

gboolean
ds_demo_seed_quotes (DsDb    *db,
                     GError **error)
{
  static const DemoQuote duplex = {
    "quo_demo0heatpumps", "cus_demo0maya0okafor", "prp_demo0maya0okafor_2", "Q-1006",
    "Duplex heating upgrade: ductless heat pumps in both units", "open", 1, 45, 100000, 500, 300000, 0,
    "Replaces the electric baseboard heat in both units with ductless heat pumps, room by room. "
    "Energy Trust of Oregon incentives may cover part of the cost; we handle the paperwork.",
    NULL, { { NULL } } };
  g_autoptr(GBytes) signature = demo_signature ();
  g_autofree char *approved_at = ds_demo_timestamp (-15);
  g_autofree char *declined_at = ds_demo_timestamp (-30);
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
  if (!insert_approval (db, "quo_demo0sink", "usr_demo0maya0okafor", "Maya Okafor", signature,
                        approved_at, error))
    return FALSE;
  if (!ds_demo_run_sql (db, error,
                "INSERT INTO quote_declines (quote_id, user_id, reason, declined_at)"
                " VALUES ('quo_demo0repipe', 'usr_demo0maya0okafor', ?, ?)",
                2, demo_quotes[4].decline_reason, declined_at))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_quotes); i++)
    if (!ds_quote_store_refresh_total (db, demo_quotes[i].id, error))
      return FALSE;
  if (!ds_quote_store_refresh_total (db, duplex.id, error) ||
      !ds_demo_run_sql (db, error,
                "UPDATE quote_approvals SET total_minor ="
                " (SELECT total_minor FROM quotes WHERE id = quote_approvals.quote_id)",
                0))
    return FALSE;

  /* Maya's quote request is the requested quote, Q-1008. */
  /* The numbers above run to Q-1007; the next quote made takes Q-1008. */
  return ds_demo_run_sql (db, error, "UPDATE counters SET value = 1007 WHERE name = 'quote'", 0) &&
         ds_quote_store_create_for_request (db, "req_demo0rental0heater", error);
}


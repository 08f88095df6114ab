/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-demo-private.h"

/* Invoices: Maya has six paid over the past year, each with its payment
 * and receipt, one partly paid, one open and one twelve days overdue;
 * Daniel has one open. Maya has two saved cards, the Visa the default. Totals are worked out here by the rule the store
 * uses, and balances are totals less what was paid. */

typedef struct {
  const char *description;
  gint64      quantity_milli;
  gint64      unit_price_minor;
} DemoLine;

typedef struct {
  const char *id;
  const char *customer_id;
  const char *property_id;
  const char *job_id;
  const char *title;
  int         issued_days;     /* from today; negative is past */
  int         due_days;        /* from the issue day */
  int         paid_days;       /* from today, when paid; 0 for none */
  gint64      paid_minor;      /* -1: all of it */
  const char *card_brand;
  const char *card_last4;
  const char *notes;
  DemoLine    lines[4];
} DemoInvoice;

#define MAYA   "cus_demo0maya0okafor"
#define DANIEL "cus_demo0daniel0reyes"
#define HOME   "prp_demo0maya0okafor_1"
#define DUPLEX "prp_demo0maya0okafor_2"

static const DemoInvoice invoices[] = {
  { "inv_demo0gutters", MAYA, HOME, NULL, "Gutter guards", -330, 30, -325, -1, "Visa", "4242", NULL,
    { { "Gutter guard, aluminium, per foot", 140000, 850 }, { "Gutter cleaning before install", 1000, 12500 } } },
  { "inv_demo0flush", MAYA, HOME, NULL, "Water heater flush", -280, 30, -270, -1, "Visa", "4242", NULL,
    { { "Tank flush and anode check", 1000, 14900 } } },
  { "inv_demo0smoke", MAYA, DUPLEX, NULL, "Smoke alarms for both units", -250, 30, -240, -1, "Mastercard", "4444",
    NULL, { { "Interconnected smoke and CO alarm", 6000, 5900 }, { "Labour, per hour", 2500, 9500 } } },
  { "inv_demo0drain", MAYA, DUPLEX, "job_demo0past4", "Main line drain cleaning", -198, 30, -190, -1, "Visa",
    "4242", NULL, { { "Main line cabling from the cleanout", 1000, 28900 }, { "Camera inspection", 1000, 14900 } } },
  { "inv_demo0furnace", MAYA, HOME, "job_demo0past5", "Annual furnace service", -58, 30, -50, -1, "Visa", "4242",
    NULL, { { "Furnace service", 1000, 16900 }, { "Hot surface igniter", 1000, 8400 } } },
  { "inv_demo0survey", MAYA, DUPLEX, "job_demo0survey", "Site survey for the heat pumps", -40, 30, -35, -1,
    "Mastercard", "4444", NULL, { { "Site survey and load calculation", 1000, 25000 } } },
  { "inv_demo0pests", MAYA, DUPLEX, NULL, "Quarterly pest control", -42, 30, 0, 0, NULL, NULL,
    "Quarterly service for both units: interior and exterior treatment.",
    { { "Quarterly service, per unit", 2000, 8900 } } },
  { "inv_demo0fan", MAYA, HOME, NULL, "Bathroom fan replacement", -20, 30, -18, 10000, "Visa", "4242",
    "Paid in part at the visit; the rest is due by the due date.",
    { { "Quiet bathroom fan, 110 CFM", 1000, 21900 }, { "Labour, per hour", 1500, 9500 },
      { "Roof vent cap", 1000, 2650 } } },
  { "inv_demo0duplex1", MAYA, DUPLEX, NULL, "Duplex heating upgrade: first progress bill", -5, 30, 0, 0, NULL,
    NULL, "The first of three progress bills for the heat pump project.",
    { { "Survey and permits, as quoted", 1000, 95000 } } },
  { "inv_demo0daniel", DANIEL, "prp_demo0daniel0reyes_1", NULL, "Heat pump filter and coil cleaning", -3, 30, 0,
    0, NULL, NULL, NULL, { { "Coil cleaning", 1000, 13900 }, { "Filter, MERV 11", 2000, 2400 } } },
};

static gint64
compute_total (const DemoInvoice *invoice)
{
  DoorstepQuoteLine lines[G_N_ELEMENTS (invoice->lines)] = { { 0 } };
  DoorstepQuoteTotals totals;
  guint n = 0;

  while (n < G_N_ELEMENTS (invoice->lines) && invoice->lines[n].description != NULL)
    {
      lines[n].quantity_milli = invoice->lines[n].quantity_milli;
      lines[n].unit_price_minor = invoice->lines[n].unit_price_minor;
      n++;
    }
  doorstep_quote_compute_lines (lines, n, 0, 0, &totals);
  return totals.total;
}

gboolean
ds_demo_seed_invoices (DsDb    *db,
                       GError **error)
{
  guint number = 2000;
  guint receipt;

  {
    /* after the receipts of the quotes' deposits */
    g_autoptr(DsStmt) counter = ds_db_prepare (db, "SELECT value FROM counters WHERE name = 'receipt'", error);

    if (counter == NULL || !ds_stmt_step_row (counter, error))
      return FALSE;
    receipt = (guint) ds_stmt_get_int64 (counter, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (invoices); i++)
    {
      const DemoInvoice *inv = &invoices[i];
      gint64 total = compute_total (inv);
      gint64 paid = inv->paid_days == 0 ? 0 : inv->paid_minor < 0 ? total : MIN (inv->paid_minor, total);
      g_autofree char *number_text = g_strdup_printf ("I-%u", ++number);
      g_autofree char *issued = ds_demo_date (inv->issued_days);
      g_autofree char *due = ds_demo_date (inv->issued_days + inv->due_days);
      g_autofree char *created = ds_demo_timestamp (inv->issued_days);
      g_autofree char *total_text = g_strdup_printf ("%" G_GINT64_FORMAT, total);
      g_autofree char *balance_text = g_strdup_printf ("%" G_GINT64_FORMAT, total - paid);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor,"
                            " balance_minor, due_date, title, job_id, property_id, issued_on, created_at, notes)"
                            " VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            13, inv->id, inv->customer_id, number_text, paid == total ? "paid" : "open",
                            total_text, balance_text, due, inv->title, inv->job_id, inv->property_id, issued,
                            created, inv->notes))
        return FALSE;

      for (guint l = 0; l < G_N_ELEMENTS (inv->lines) && inv->lines[l].description != NULL; l++)
        {
          g_autofree char *item_id = g_strdup_printf ("ini_%s_%u", inv->id + 4, l + 1);
          g_autofree char *position = g_strdup_printf ("%u", l);
          g_autofree char *quantity = g_strdup_printf ("%" G_GINT64_FORMAT, inv->lines[l].quantity_milli);
          g_autofree char *price = g_strdup_printf ("%" G_GINT64_FORMAT, inv->lines[l].unit_price_minor);

          if (!ds_demo_run_sql (db, error,
                                "INSERT INTO invoice_items (id, invoice_id, position, description, quantity_milli,"
                                " unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)",
                                6, item_id, inv->id, position, inv->lines[l].description, quantity, price))
            return FALSE;
        }

      if (paid > 0)
        {
          g_autofree char *charge_id = g_strdup_printf ("chg_%s", inv->id + 4);
          g_autofree char *gateway_id = g_strdup_printf ("ch_demo_%s", inv->id + 4);
          g_autofree char *payment_id = g_strdup_printf ("pay_%s", inv->id + 4);
          g_autofree char *receipt_text = g_strdup_printf ("R-%u", ++receipt);
          g_autofree char *paid_at = ds_demo_timestamp (inv->paid_days);
          g_autofree char *paid_text = g_strdup_printf ("%" G_GINT64_FORMAT, paid);

          if (!ds_demo_run_sql (db, error,
                                "INSERT INTO payment_charges (id, customer_id, gateway, gateway_charge_id, currency,"
                                " amount_minor, card_brand, card_last4, created_at)"
                                " VALUES (?, ?, 'demo', ?, 'USD', ?, ?, ?, ?)",
                                7, charge_id, inv->customer_id, gateway_id, paid_text, inv->card_brand,
                                inv->card_last4, paid_at) ||
              !ds_demo_run_sql (db, error,
                                "INSERT INTO payments (id, charge_id, customer_id, invoice_id, amount_minor,"
                                " receipt_number, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                7, payment_id, charge_id, inv->customer_id, inv->id, paid_text, receipt_text,
                                paid_at))
            return FALSE;
        }
    }

  /* Her saved cards, as the demo gateway's tokenization would leave them. */
  {
    g_autofree char *now = ds_demo_timestamp (0);
    g_autofree char *earlier = ds_demo_timestamp (-330);
    g_autofree char *year = ds_demo_date (3 * 365);

    year[4] = '\0';
    if (!ds_demo_run_sql (db, error,
                          "INSERT INTO demo_gateway_tokens (token, brand, last4, exp_month, exp_year, outcome,"
                          " created_at) VALUES ('tok_demo0maya0visa', 'Visa', '4242', 8, ?, 'succeeded', ?),"
                          " ('tok_demo0maya0master', 'Mastercard', '4444', 3, ?, 'succeeded', ?)",
                          4, year, earlier, year, now) ||
        !ds_demo_run_sql (db, error,
                          "INSERT INTO payment_methods (id, customer_id, gateway, token, brand, last4, exp_month,"
                          " exp_year, is_default, created_at) VALUES"
                          " ('pm_demo0maya0visa', '" MAYA "', 'demo', 'tok_demo0maya0visa', 'Visa', '4242', 8, ?,"
                          " 1, ?),"
                          " ('pm_demo0maya0master', '" MAYA "', 'demo', 'tok_demo0maya0master', 'Mastercard',"
                          " '4444', 3, ?, 0, ?)",
                          4, year, earlier, year, now))
      return FALSE;
  }

  {
    g_autofree char *last_number = g_strdup_printf ("%u", number);
    g_autofree char *last_receipt = g_strdup_printf ("%u", receipt);

    return ds_demo_run_sql (db, error, "UPDATE counters SET value = ? WHERE name = 'invoice'", 1, last_number) &&
           ds_demo_run_sql (db, error, "UPDATE counters SET value = ? WHERE name = 'receipt'", 1, last_receipt);
  }
}

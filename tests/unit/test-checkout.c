/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "doorstep-checkout.h"
#include "doorstep-payment-rules.h"
#include "doorstep-validate.h"

/* The pay dialog's model without widgets or a server: lines from
 * payables as the API sends them, what is ticked and typed, the tip, the
 * totals, the review with each fault in the rules' words, and the
 * attempt's Idempotency-Key. */

static gpointer
record_from_json (GType       type,
                  const char *json)
{
  g_autoptr(JsonObject) object = doorstep_json_parse_object (json, strlen (json), NULL);
  g_autoptr(GError) error = NULL;
  gpointer record;

  g_assert_nonnull (object);
  record = doorstep_record_new_from_json (type, object, &error);
  g_assert_no_error (error);
  return record;
}

/* USD; part payments from @minimum (0: none); tips of 10, 15 and 20%, or
 * none. */
static DoorstepPaymentConfig *
config_new (gint64   minimum,
            gboolean tips)
{
  g_autofree char *partial = minimum > 0
    ? g_strdup_printf ("{\"minimum\": {\"amount_minor\": %" G_GINT64_FORMAT ", \"currency\": \"USD\"}}", minimum)
    : g_strdup ("null");
  g_autofree char *json = g_strdup_printf ("{\"tokenize_url\": \"http://localhost/tokens\", \"currency\": \"USD\","
                                           " \"partial_payments\": %s, \"tips\": %s}",
                                           partial, tips ? "{\"presets_percent\": [10, 15, 20]}" : "null");

  return record_from_json (DOORSTEP_TYPE_PAYMENT_CONFIG, json);
}

static DoorstepPayable *
payable_new (const char *kind,
             const char *id,
             const char *number,
             gint64      due)
{
  g_autofree char *json = g_strdup_printf ("{\"kind\": \"%s\", \"id\": \"%s\", \"number\": \"%s\","
                                           " \"title\": \"Fan repair\", \"days_overdue\": 3,"
                                           " \"total\": {\"amount_minor\": %" G_GINT64_FORMAT ", \"currency\": \"USD\"},"
                                           " \"amount_due\": {\"amount_minor\": %" G_GINT64_FORMAT ","
                                           " \"currency\": \"USD\"}}",
                                           kind, id, number, due, due);

  return record_from_json (DOORSTEP_TYPE_PAYABLE, json);
}

/* Two invoices, $220.00 and $178.00, and a deposit of $300.00. */
static GListStore *
payables_new (void)
{
  GListStore *store = g_list_store_new (DOORSTEP_TYPE_PAYABLE);
  g_autoptr(DoorstepPayable) fan = payable_new ("invoice", "inv_fan", "I-2008", 22000);
  g_autoptr(DoorstepPayable) pests = payable_new ("invoice", "inv_pests", "I-2005", 17800);
  g_autoptr(DoorstepPayable) sink = payable_new ("deposit", "quo_sink", "Q-1004", 30000);

  g_list_store_append (store, fan);
  g_list_store_append (store, pests);
  g_list_store_append (store, sink);
  return store;
}

static DoorstepCheckoutLine *
line_at (DoorstepCheckout *checkout,
         guint             position)
{
  g_autoptr(DoorstepCheckoutLine) line = g_list_model_get_item (doorstep_checkout_get_lines (checkout), position);

  /* The checkout holds its lines. */
  return line;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_lines (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (5000, TRUE);
  g_autoptr(GListStore) payables = payables_new ();
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new (NULL);
  DoorstepCheckoutLine *fan, *pests, *sink;
  guint totals = 0;

  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  g_signal_connect (checkout, "notify::total", G_CALLBACK (count_cb), &totals);
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_checkout_get_lines (checkout)), ==, 3);
  fan = line_at (checkout, 0);
  pests = line_at (checkout, 1);
  sink = line_at (checkout, 2);

  /* What a check list shows of each. */
  g_assert_cmpstr (doorstep_checkout_line_get_id (fan), ==, "inv_fan");
  g_assert_cmpstr (doorstep_checkout_line_get_title (fan), ==, "Invoice I-2008");
  g_assert_cmpstr (doorstep_checkout_line_get_subtitle (fan), ==, "Fan repair · Overdue by 3 days");
  g_assert_cmpstr (doorstep_checkout_line_get_amount (fan), ==, "$220.00");
  g_assert_cmpstr (doorstep_checkout_line_get_amount_text (fan), ==, "$220.00");
  g_assert_true (doorstep_checkout_line_get_amount_editable (fan));
  g_assert_cmpstr (doorstep_checkout_line_get_title (sink), ==, "Deposit on quote Q-1004");
  g_assert_cmpstr (doorstep_checkout_line_get_subtitle (sink), ==, "Fan repair · Due before the work starts");
  g_assert_false (doorstep_checkout_line_get_amount_editable (sink));

  /* Everything is ticked at first, each at what is due. */
  g_assert_cmpuint (doorstep_checkout_get_n_selected (checkout), ==, 3);
  g_assert_true (doorstep_checkout_get_valid (checkout));
  g_assert_cmpint (doorstep_checkout_get_subtotal (checkout), ==, 69800);
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 69800);

  /* Unticking, lowering an amount and a 10% tip move the totals. */
  g_object_set (sink, "active", FALSE, NULL);
  g_assert_cmpuint (doorstep_checkout_get_n_selected (checkout), ==, 2);
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 39800);
  g_assert_cmpuint (totals, ==, 1);
  g_object_set (fan, "amount-text", "100", NULL);
  g_assert_cmpint (doorstep_checkout_get_subtotal (checkout), ==, 27800);
  doorstep_checkout_set_tip (checkout, 0);
  g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, 2780);
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 30580);
  g_assert_cmpuint (totals, ==, 3);

  /* An amount the rules refuse, or not an amount: no total. */
  doorstep_checkout_line_set_amount_text (fan, "20");
  g_assert_false (doorstep_checkout_get_valid (checkout));
  doorstep_checkout_line_set_amount_text (fan, "abc");
  g_assert_false (doorstep_checkout_get_valid (checkout));
  doorstep_checkout_line_set_amount_text (fan, "$100.00");
  g_assert_true (doorstep_checkout_get_valid (checkout));
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 30580);

  /* A line unticked is not checked, whatever is typed for it. */
  doorstep_checkout_line_set_active (pests, FALSE);
  doorstep_checkout_line_set_amount_text (pests, "abc");
  g_assert_true (doorstep_checkout_get_valid (checkout));
  g_assert_cmpint (doorstep_checkout_get_subtotal (checkout), ==, 10000);
  doorstep_checkout_line_set_amount_text (pests, "$178.00");
  doorstep_checkout_line_set_active (pests, TRUE);
  g_assert_cmpint (doorstep_checkout_get_subtotal (checkout), ==, 27800);
}

static void
test_review (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (5000, TRUE);
  g_autoptr(GListStore) payables = payables_new ();
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new (NULL);
  DoorstepCheckoutLine *fan, *pests, *sink;
  const struct {
    const char *typed;
    const char *message;
  } faults[] = {
    { "20", "Pay at least $50.00 towards invoice I-2008, or all of it." },
    { "49.99", "Pay at least $50.00 towards invoice I-2008, or all of it." },
    { "220.01", "Invoice I-2008 has $220.00 left to pay; pay no more than that." },
    { "abc", "Type an amount to pay for Invoice I-2008, such as 50.00." },
    { "0", "Type an amount to pay for Invoice I-2008, such as 50.00." },
    { "", "Type an amount to pay for Invoice I-2008, such as 50.00." },
  };
  const DoorstepPayLine *pay_lines;
  guint n_lines;
  gint64 amount = 0;

  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  fan = line_at (checkout, 0);
  pests = line_at (checkout, 1);
  sink = line_at (checkout, 2);
  doorstep_checkout_line_set_active (sink, FALSE);
  doorstep_checkout_set_tip (checkout, 0);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      DoorstepCheckoutLine *at_fault = NULL;
      g_autofree char *message = NULL;

      g_test_message ("typed “%s”", faults[i].typed);
      doorstep_checkout_line_set_amount_text (fan, faults[i].typed);
      g_assert_cmpint (doorstep_checkout_review (checkout, &at_fault, &message), ==, DOORSTEP_CHECKOUT_FAULT_LINE);
      g_assert_true (at_fault == fan);
      g_assert_cmpstr (message, ==, faults[i].message);
      g_assert_cmpuint (doorstep_checkout_get_n_charged (checkout), ==, 0);
    }

  /* What is charged, fixed as reviewed, in the order shown. */
  {
    g_autofree char *message = NULL;

    doorstep_checkout_line_set_amount_text (fan, "50");
    g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
    g_assert_null (message);
  }
  doorstep_checkout_line_set_amount_text (fan, "100");
  {
    g_autofree char *message = NULL;

    g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
  }
  pay_lines = doorstep_checkout_get_pay_lines (checkout, &n_lines);
  g_assert_cmpuint (n_lines, ==, 2);
  g_assert_cmpstr (pay_lines[0].invoice_id, ==, "inv_fan");
  g_assert_null (pay_lines[0].quote_id);
  g_assert_cmpint (pay_lines[0].amount_minor, ==, 10000);
  g_assert_cmpstr (pay_lines[1].invoice_id, ==, "inv_pests");
  g_assert_cmpint (pay_lines[1].amount_minor, ==, 17800);
  g_assert_cmpuint (doorstep_checkout_get_n_charged (checkout), ==, 2);
  g_assert_true (doorstep_checkout_get_charged (checkout, 1, &amount) == pests);
  g_assert_cmpint (amount, ==, 17800);
  g_assert_cmpint (doorstep_checkout_get_charged_tip (checkout), ==, 2780);
  g_assert_cmpint (doorstep_checkout_get_charged_total (checkout), ==, 30580);

  /* Changing the choice afterwards does not change what was reviewed. */
  doorstep_checkout_line_set_amount_text (fan, "200");
  g_assert_cmpint (doorstep_checkout_get_charged_total (checkout), ==, 30580);

  /* The server's field names the line it refused. */
  g_assert_true (doorstep_checkout_find_charged (checkout, "lines[0]") == fan);
  g_assert_true (doorstep_checkout_find_charged (checkout, "lines[1].amount_minor") == pests);
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines[2]"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines[]"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines[1"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines[1]x"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines[-1]"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines[ 1]"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "lines"));
  g_assert_null (doorstep_checkout_find_charged (checkout, "tip_minor"));

  /* A deposit goes as the quote's. */
  {
    g_autofree char *message = NULL;

    doorstep_checkout_line_set_active (fan, FALSE);
    doorstep_checkout_line_set_active (pests, FALSE);
    doorstep_checkout_line_set_active (sink, TRUE);
    g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
    pay_lines = doorstep_checkout_get_pay_lines (checkout, &n_lines);
    g_assert_cmpuint (n_lines, ==, 1);
    g_assert_null (pay_lines[0].invoice_id);
    g_assert_cmpstr (pay_lines[0].quote_id, ==, "quo_sink");
    g_assert_cmpint (pay_lines[0].amount_minor, ==, 30000);
    g_assert_cmpint (doorstep_checkout_get_charged_total (checkout), ==, 33000);
  }

  /* Nothing ticked. */
  {
    g_autofree char *message = NULL;

    doorstep_checkout_line_set_active (sink, FALSE);
    g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_LINES);
    g_assert_cmpstr (message, ==, "Tick at least one invoice or deposit to pay.");
    g_assert_cmpuint (doorstep_checkout_get_n_charged (checkout), ==, 0);
  }
}

/* More lines than one payment takes: the rules' words, before sending. */
static void
test_too_many_lines (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (0, FALSE);
  g_autoptr(GListStore) payables = g_list_store_new (DOORSTEP_TYPE_PAYABLE);
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new (NULL);
  g_autofree char *message = NULL;
  g_autofree char *none = NULL;

  for (guint i = 0; i < DOORSTEP_PAYMENT_MAX_LINES + 1; i++)
    {
      g_autofree char *id = g_strdup_printf ("inv_%u", i);
      g_autofree char *number = g_strdup_printf ("I-%u", 3000 + i);
      g_autoptr(DoorstepPayable) payable = payable_new ("invoice", id, number, 1000);

      g_list_store_append (payables, payable);
    }
  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  g_assert_cmpuint (doorstep_checkout_get_n_selected (checkout), ==, 21);
  g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_LINES);
  g_assert_cmpstr (message, ==, "Pay at most 20 invoices and deposits at once.");
  g_assert_cmpuint (doorstep_checkout_get_n_charged (checkout), ==, 0);

  doorstep_checkout_line_set_active (line_at (checkout, 20), FALSE);
  g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &none), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
  g_assert_cmpuint (doorstep_checkout_get_n_charged (checkout), ==, 20);
}

static void
test_tip (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (5000, TRUE);
  g_autoptr(GListStore) payables = payables_new ();
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new ("inv_pests");
  const struct {
    const char *typed;
    gboolean    valid;
    gint64      tip;
  } typed[] = {
    { "", TRUE, 0 },
    { "20", TRUE, 2000 },
    { "$2.50", TRUE, 250 },
    { "1,000,000", TRUE, 100000000 },
    { "1000000.01", FALSE, 0 },
    { "abc", FALSE, 0 },
    { "-5", FALSE, 0 },
    { "2.505", FALSE, 0 },
  };

  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  g_assert_cmpint (doorstep_checkout_get_subtotal (checkout), ==, 17800);

  /* Presets are of the subtotal, rounded half up. */
  g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, 0);
  doorstep_checkout_set_tip (checkout, 1);
  g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, 2670);
  doorstep_checkout_line_set_amount_text (line_at (checkout, 1), "50.03");
  g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, 750);  /* 750.45 */
  doorstep_checkout_line_set_amount_text (line_at (checkout, 1), "50.10");
  g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, 752);  /* 751.5 */
  doorstep_checkout_line_set_amount_text (line_at (checkout, 1), "178");

  /* A custom tip as typed; the cap is the rules'. */
  doorstep_checkout_set_tip (checkout, DOORSTEP_CHECKOUT_TIP_CUSTOM);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *message = NULL;
      DoorstepCheckoutFault fault;

      g_test_message ("typed “%s”", typed[i].typed);
      doorstep_checkout_set_custom_tip (checkout, typed[i].typed);
      g_assert_cmpint (doorstep_checkout_get_valid (checkout), ==, typed[i].valid);
      fault = doorstep_checkout_review (checkout, NULL, &message);
      if (typed[i].valid)
        {
          g_assert_cmpint (fault, ==, DOORSTEP_CHECKOUT_FAULT_NONE);
          g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, typed[i].tip);
          g_assert_cmpint (doorstep_checkout_get_charged_tip (checkout), ==, typed[i].tip);
          g_assert_cmpint (doorstep_checkout_get_charged_total (checkout), ==, 17800 + typed[i].tip);
        }
      else
        {
          g_assert_cmpint (fault, ==, DOORSTEP_CHECKOUT_FAULT_TIP);
          g_assert_cmpstr (message, ==, "Type the tip as an amount, such as 20.00.");
          g_assert_cmpuint (doorstep_checkout_get_n_charged (checkout), ==, 0);
        }
    }

  /* No tip: whatever was typed does not count. */
  doorstep_checkout_set_tip (checkout, DOORSTEP_CHECKOUT_TIP_NONE);
  g_assert_true (doorstep_checkout_get_valid (checkout));
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 17800);
}

/* A business without tips or part payments: neither counts. */
static void
test_terms (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (0, FALSE);
  g_autoptr(GListStore) payables = payables_new ();
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new (NULL);
  DoorstepCheckoutLine *fan;
  g_autofree char *message = NULL;
  const DoorstepPayLine *pay_lines;
  guint n_lines;

  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  fan = line_at (checkout, 0);
  g_assert_false (doorstep_checkout_line_get_amount_editable (fan));
  doorstep_checkout_line_set_amount_text (fan, "20");
  doorstep_checkout_set_tip (checkout, 0);
  g_assert_true (doorstep_checkout_get_valid (checkout));
  g_assert_cmpint (doorstep_checkout_get_tip_amount (checkout), ==, 0);
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 69800);
  g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
  pay_lines = doorstep_checkout_get_pay_lines (checkout, &n_lines);
  g_assert_cmpint (pay_lines[0].amount_minor, ==, 22000);
  g_assert_cmpint (doorstep_checkout_get_charged_tip (checkout), ==, 0);
}

/* One line ticked when the dialog opens for it; lines that page in later
 * are not; a line read again keeps what was ticked and typed. */
static void
test_preselect (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (5000, TRUE);
  g_autoptr(GListStore) payables = payables_new ();
  g_autoptr(GListStore) again = payables_new ();
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new ("quo_sink");
  g_autoptr(DoorstepCheckout) all = doorstep_checkout_new ("");
  g_autoptr(DoorstepPayable) later = payable_new ("invoice", "inv_later", "I-2010", 5000);
  g_autoptr(DoorstepPayable) fan_again = payable_new ("invoice", "inv_fan", "I-2008", 12000);
  DoorstepCheckoutLine *fan;
  guint amounts = 0;

  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  g_assert_false (doorstep_checkout_line_get_active (line_at (checkout, 0)));
  g_assert_false (doorstep_checkout_line_get_active (line_at (checkout, 1)));
  g_assert_true (doorstep_checkout_line_get_active (line_at (checkout, 2)));
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 30000);

  g_list_store_append (payables, later);
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_checkout_get_lines (checkout)), ==, 4);
  g_assert_false (doorstep_checkout_line_get_active (line_at (checkout, 3)));

  fan = line_at (checkout, 0);
  doorstep_checkout_line_set_active (fan, TRUE);
  doorstep_checkout_line_set_amount_text (fan, "60");
  g_signal_connect (fan, "notify::amount", G_CALLBACK (count_cb), &amounts);
  g_list_store_splice (again, 0, 1, (gpointer *) &fan_again, 1);
  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (again));
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_checkout_get_lines (checkout)), ==, 3);
  g_assert_true (line_at (checkout, 0) == fan);
  g_assert_true (doorstep_checkout_line_get_active (fan));
  g_assert_cmpstr (doorstep_checkout_line_get_amount_text (fan), ==, "60");
  g_assert_cmpstr (doorstep_checkout_line_get_amount (fan), ==, "$120.00");
  g_assert_cmpuint (amounts, ==, 1);
  g_assert_cmpint (doorstep_checkout_get_total (checkout), ==, 36000);

  doorstep_checkout_set_source (all, config, G_LIST_MODEL (payables));
  for (guint i = 0; i < 4; i++)
    g_assert_true (doorstep_checkout_line_get_active (line_at (all, i)));
}

/* The key of an attempt holds until it ends or the choice is reviewed
 * again, so a retry after a lost answer charges once. */
static void
test_attempt (void)
{
  g_autoptr(DoorstepPaymentConfig) config = config_new (5000, TRUE);
  g_autoptr(GListStore) payables = payables_new ();
  g_autoptr(DoorstepCheckout) checkout = doorstep_checkout_new (NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *message = NULL;

  doorstep_checkout_set_source (checkout, config, G_LIST_MODEL (payables));
  g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
  first = g_strdup (doorstep_checkout_get_idempotency_key (checkout));
  g_assert_true (g_uuid_string_is_valid (first));
  g_assert_cmpstr (doorstep_checkout_get_idempotency_key (checkout), ==, first);
  doorstep_checkout_end_attempt (checkout);
  second = g_strdup (doorstep_checkout_get_idempotency_key (checkout));
  g_assert_cmpstr (second, !=, first);
  g_assert_cmpstr (doorstep_checkout_get_idempotency_key (checkout), ==, second);
  g_assert_cmpint (doorstep_checkout_review (checkout, NULL, &message), ==, DOORSTEP_CHECKOUT_FAULT_NONE);
  g_assert_cmpstr (doorstep_checkout_get_idempotency_key (checkout), !=, second);
}

int
main (int    argc,
      char **argv)
{
  /* Dates, amounts and messages in English, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checkout/lines", test_lines);
  g_test_add_func ("/checkout/review", test_review);
  g_test_add_func ("/checkout/too-many-lines", test_too_many_lines);
  g_test_add_func ("/checkout/tip", test_tip);
  g_test_add_func ("/checkout/terms", test_terms);
  g_test_add_func ("/checkout/preselect", test_preselect);
  g_test_add_func ("/checkout/attempt", test_attempt);

  return g_test_run ();
}

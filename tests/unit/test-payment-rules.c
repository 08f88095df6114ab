/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "doorstep-common.h"

/* The rules of paying (src/common/doorstep-payment-rules.c), each at its
 * edges, with the words both the server and the app show. */

typedef struct {
  DoorstepPayableKind kind;
  gint64              amount;
  gint64              due;
  gint64              minimum;
  const char         *message;   /* NULL: may be paid */
} LineCase;

static void
test_line (void)
{
  const LineCase cases[] = {
    /* An invoice, $220.00 due, part payments from $50.00. */
    { DOORSTEP_PAYABLE_INVOICE, 22000, 22000, 5000, NULL },
    { DOORSTEP_PAYABLE_INVOICE, 22001, 22000, 5000,
      "Invoice I-2008 has $220.00 left to pay; pay no more than that." },
    { DOORSTEP_PAYABLE_INVOICE, 5000, 22000, 5000, NULL },
    { DOORSTEP_PAYABLE_INVOICE, 4999, 22000, 5000, "Pay at least $50.00 towards invoice I-2008, or all of it." },
    { DOORSTEP_PAYABLE_INVOICE, 21999, 22000, 5000, NULL },
    { DOORSTEP_PAYABLE_INVOICE, 1, 22000, 5000, "Pay at least $50.00 towards invoice I-2008, or all of it." },
    { DOORSTEP_PAYABLE_INVOICE, 0, 22000, 5000, "Pay at least $50.00 towards invoice I-2008, or all of it." },
    { DOORSTEP_PAYABLE_INVOICE, -100, 22000, 5000, "Pay at least $50.00 towards invoice I-2008, or all of it." },
    /* Less left than the minimum: all of it, and only all of it. */
    { DOORSTEP_PAYABLE_INVOICE, 3000, 3000, 5000, NULL },
    { DOORSTEP_PAYABLE_INVOICE, 2999, 3000, 5000, "Pay at least $50.00 towards invoice I-2008, or all of it." },
    { DOORSTEP_PAYABLE_INVOICE, 3001, 3000, 5000,
      "Invoice I-2008 has $30.00 left to pay; pay no more than that." },
    /* A business that takes no part payments. */
    { DOORSTEP_PAYABLE_INVOICE, 22000, 22000, 0, NULL },
    { DOORSTEP_PAYABLE_INVOICE, 21999, 22000, 0, "Invoice I-2008 can only be paid in full." },
    { DOORSTEP_PAYABLE_INVOICE, 1, 22000, 0, "Invoice I-2008 can only be paid in full." },
    { DOORSTEP_PAYABLE_INVOICE, 22001, 22000, 0,
      "Invoice I-2008 has $220.00 left to pay; pay no more than that." },
    /* A deposit, in full whatever the minimum. */
    { DOORSTEP_PAYABLE_DEPOSIT, 30000, 30000, 5000, NULL },
    { DOORSTEP_PAYABLE_DEPOSIT, 29999, 30000, 5000, "The deposit of quote Q-1004 can only be paid in full." },
    { DOORSTEP_PAYABLE_DEPOSIT, 5000, 30000, 5000, "The deposit of quote Q-1004 can only be paid in full." },
    { DOORSTEP_PAYABLE_DEPOSIT, 29999, 30000, 0, "The deposit of quote Q-1004 can only be paid in full." },
    { DOORSTEP_PAYABLE_DEPOSIT, 30001, 30000, 5000,
      "The deposit of quote Q-1004 has $300.00 left to pay; pay no more than that." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *number = cases[i].kind == DOORSTEP_PAYABLE_DEPOSIT ? "Q-1004" : "I-2008";
      const char *field = NULL;
      g_autofree char *message = doorstep_payment_check_line (cases[i].kind, number, cases[i].amount, cases[i].due,
                                                              cases[i].minimum, "USD", &field);

      g_test_message ("case %u", i);
      g_assert_cmpstr (message, ==, cases[i].message);
      if (message != NULL)
        g_assert_cmpstr (field, ==, "amount_minor");
    }

  /* Amounts in the line's own currency. */
  {
    const char *field = NULL;
    g_autofree char *message = doorstep_payment_check_line (DOORSTEP_PAYABLE_INVOICE, "I-7", 100, 50000, 1000, "JPY",
                                                            &field);

    g_assert_cmpstr (message, ==, "Pay at least ¥1,000 towards invoice I-7, or all of it.");
  }
}

static void
test_n_lines (void)
{
  const char *field = NULL;
  g_autofree char *over = NULL;

  for (guint n = 0; n <= DOORSTEP_PAYMENT_MAX_LINES; n++)
    g_assert_null (doorstep_payment_check_n_lines (n, &field));
  g_assert_cmpuint (DOORSTEP_PAYMENT_MAX_LINES, ==, 20);
  over = doorstep_payment_check_n_lines (DOORSTEP_PAYMENT_MAX_LINES + 1, &field);
  g_assert_cmpstr (over, ==, "Pay at most 20 invoices and deposits at once.");
  g_assert_cmpstr (field, ==, "lines");
}

static void
test_tip (void)
{
  const struct {
    gint64      tip;
    gboolean    allowed;
    const char *message;
  } cases[] = {
    { 0, TRUE, NULL },
    { 0, FALSE, NULL },
    { 1, TRUE, NULL },
    { 1, FALSE, "This business does not take tips online." },
    { 100000000, TRUE, NULL },
    { 100000001, TRUE, "A tip is an amount of zero or more, in cents." },
    { -1, TRUE, "A tip is an amount of zero or more, in cents." },
    { G_MININT64, FALSE, "A tip is an amount of zero or more, in cents." },
  };

  g_assert_cmpint (DOORSTEP_PAYMENT_TIP_MAX, ==, 100000000);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *field = NULL;
      g_autofree char *message = doorstep_payment_check_tip (cases[i].tip, cases[i].allowed, &field);

      g_test_message ("case %u", i);
      g_assert_cmpstr (message, ==, cases[i].message);
      if (message != NULL)
        g_assert_cmpstr (field, ==, "tip_minor");
    }
}

/* Half a cent and more goes up, less goes down, as the app always did. */
static void
test_preset_tip (void)
{
  g_assert_cmpint (doorstep_payment_preset_tip (27800, 10), ==, 2780);
  g_assert_cmpint (doorstep_payment_preset_tip (0, 15), ==, 0);
  g_assert_cmpint (doorstep_payment_preset_tip (10, 15), ==, 2);   /* 1.5 */
  g_assert_cmpint (doorstep_payment_preset_tip (9, 15), ==, 1);    /* 1.35 */
  g_assert_cmpint (doorstep_payment_preset_tip (3, 15), ==, 0);    /* 0.45 */
  g_assert_cmpint (doorstep_payment_preset_tip (30, 15), ==, 5);   /* 4.5 */
  g_assert_cmpint (doorstep_payment_preset_tip (12345, 20), ==, 2469);
  g_assert_cmpint (doorstep_payment_preset_tip (12345, 100), ==, 12345);
  g_assert_cmpint (doorstep_payment_preset_tip (12399, 1), ==, 124);  /* 123.99 */
  g_assert_cmpint (doorstep_payment_preset_tip (12349, 1), ==, 123);  /* 123.49 */
  /* No overflow for any subtotal. */
  g_assert_cmpint (doorstep_payment_preset_tip (G_MAXINT64, 100), ==, G_MAXINT64);
  g_assert_cmpint (doorstep_payment_preset_tip (G_MAXINT64, 50), ==, G_MAXINT64 / 2 + 1);

  /* The same as the plain formula wherever that does not overflow. */
  for (gint64 subtotal = 0; subtotal < 1000; subtotal += 7)
    for (guint percent = 1; percent <= 100; percent++)
      g_assert_cmpint (doorstep_payment_preset_tip (subtotal, percent), ==, (subtotal * percent + 50) / 100);
}

static void
test_total (void)
{
  const gint64 amounts[] = { 17800, 10000 };

  g_assert_cmpint (doorstep_payment_total (amounts, G_N_ELEMENTS (amounts), 2780), ==, 30580);
  g_assert_cmpint (doorstep_payment_total (amounts, 1, 0), ==, 17800);
  g_assert_cmpint (doorstep_payment_total (NULL, 0, 500), ==, 500);
}

int
main (int    argc,
      char **argv)
{
  /* The messages in English, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payment-rules/line", test_line);
  g_test_add_func ("/payment-rules/n-lines", test_n_lines);
  g_test_add_func ("/payment-rules/tip", test_tip);
  g_test_add_func ("/payment-rules/preset-tip", test_preset_tip);
  g_test_add_func ("/payment-rules/total", test_total);

  return g_test_run ();
}

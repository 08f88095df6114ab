/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Paying, against the demo business and its demo gateway: several
 * invoices and a tip in one charge with a payment and receipt each, a
 * quote's deposit, every refusal leaving nothing charged or recorded,
 * retries that never charge twice, payments of one invoice racing from
 * eight threads, and no card number kept anywhere. */

static TestServer *server;
static char *maya;
static char *daniel;
static char *operator;

#define PAY "/api/v1/payments"
#define TOKENS "/api/v1/gateway/demo/tokens"

static char *
tokenize (const char *token,
          const char *number)
{
  g_autofree char *body = g_strdup_printf ("{\"number\": \"%s\", \"exp_month\": 12, \"exp_year\": 2031,"
                                           " \"cvc\": \"123\"}", number);
  g_autoptr(TestResponse) response = test_http_write (server, TOKENS, token, body);

  g_assert_cmpuint (response->status, ==, 201);
  return g_strdup (test_json_string (test_response_object (response), "token"));
}

static gint64
money_of (JsonObject *object,
          const char *member)
{
  return json_object_get_int_member (test_json_object (object, member), "amount_minor");
}

static gint64
query (const char *format,
       ...) G_GNUC_PRINTF (1, 2);

static gint64
query (const char *format,
       ...)
{
  va_list args;
  g_autofree char *sql = NULL;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return test_server_query_int (server, sql);
}

static gint64
balance_of (const char *invoice_id)
{
  return query ("SELECT balance_minor FROM invoices WHERE id = '%s'", invoice_id);
}

/* What a refusal must leave as it was. */
typedef struct {
  gint64 charges;
  gint64 gateway_charges;
  gint64 payments;
  gint64 balances;
} Books;

static Books
books (void)
{
  return (Books) {
    query ("SELECT COUNT(*) FROM payment_charges"),
    query ("SELECT COUNT(*) FROM demo_gateway_charges"),
    query ("SELECT COUNT(*) FROM payments"),
    query ("SELECT COALESCE(SUM(balance_minor), 0) FROM invoices"),
  };
}

static void
assert_books_unchanged (const Books *before)
{
  Books after = books ();

  g_assert_cmpint (after.charges, ==, before->charges);
  g_assert_cmpint (after.gateway_charges, ==, before->gateway_charges);
  g_assert_cmpint (after.payments, ==, before->payments);
  g_assert_cmpint (after.balances, ==, before->balances);
}

/* An open invoice of Maya's for @amount, for a test of its own. */
static void
add_invoice (const char *id,
             gint64      amount)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO invoices (id, customer_id, number, status, currency, total_minor, balance_minor, due_date,"
    " title, issued_on, created_at)"
    " VALUES ('%s', '" MAYA_ID "', 'T-%s', 'open', 'USD', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ","
    " '2999-01-01', 'Test', '2026-01-01', '2026-01-01T00:00:00Z')",
    id, id, amount, amount);

  test_server_exec_sql (server, sql);
}

static char *
pay_body (const char *invoice_id,
          gint64      amount)
{
  return g_strdup_printf ("{\"lines\": [{\"invoice_id\": \"%s\", \"amount_minor\": %" G_GINT64_FORMAT "}],"
                          " \"payment_method_id\": \"pm_demo0maya0visa\"}", invoice_id, amount);
}

static void
test_config (void)
{
  g_autoptr(TestResponse) config = test_http (server, "GET", "/api/v1/payments/config", maya, NULL);
  JsonObject *object = test_response_object (config);
  JsonArray *presets;

  g_assert_cmpuint (config->status, ==, 200);
  g_assert_cmpstr (test_json_string (object, "currency"), ==, "USD");
  g_assert_cmpint (money_of (test_json_object (object, "partial_payments"), "minimum"), ==, 5000);
  presets = json_object_get_array_member (test_json_object (object, "tips"), "presets_percent");
  g_assert_cmpuint (json_array_get_length (presets), ==, 3);
  g_assert_cmpint (json_array_get_int_element (presets, 1), ==, 15);
}

/* What can be paid: the deposit pending first, then open invoices by due
 * date, a page at a time; another customer's are not there. */
static void
test_payable (void)
{
  g_autoptr(TestResponse) first = test_http (server, "GET", "/api/v1/payments/payable?limit=2", maya, NULL);
  g_autoptr(TestResponse) rest = NULL;
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/payments/payable", daniel, NULL);
  g_autofree char *next = NULL;
  JsonArray *items = json_object_get_array_member (test_response_object (first), "items");
  JsonObject *item;

  g_assert_cmpuint (first->status, ==, 200);
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  item = json_array_get_object_element (items, 0);
  g_assert_cmpstr (test_json_string (item, "kind"), ==, "deposit");
  g_assert_cmpstr (test_json_string (item, "number"), ==, "Q-1004");
  g_assert_cmpint (money_of (item, "amount_due"), ==, 15000);
  g_assert_cmpint (money_of (item, "total"), ==, 30000);
  item = json_array_get_object_element (items, 1);
  g_assert_cmpstr (test_json_string (item, "kind"), ==, "invoice");
  g_assert_cmpstr (test_json_string (item, "number"), ==, "I-2007");
  g_assert_cmpint (json_object_get_int_member (item, "days_overdue"), ==, 12);
  g_assert_cmpint (money_of (item, "amount_due"), ==, 17800);

  next = g_strdup_printf ("/api/v1/payments/payable?limit=2&cursor=%s",
                          test_json_string (test_response_object (first), "next_cursor"));
  rest = test_http (server, "GET", next, maya, NULL);
  items = json_object_get_array_member (test_response_object (rest), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "number"), ==, "I-2008");
  g_assert_cmpint (money_of (json_array_get_object_element (items, 0), "amount_due"), ==, 28800);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 1), "number"), ==, "I-2009");

  items = json_object_get_array_member (test_response_object (his), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "number"), ==, "I-2010");
}

/* Two invoices, one in part, and a tip, with a new card saved: one
 * charge, a payment and a receipt per invoice, the tip on the charge. */
static void
test_bulk (void)
{
  g_autofree char *card = tokenize (maya, "4242424242424242");
  g_autofree char *body = g_strdup_printf ("{\"lines\": ["
                                           "  {\"invoice_id\": \"inv_demo0pests\", \"amount_minor\": 17800},"
                                           "  {\"invoice_id\": \"inv_demo0fan\", \"amount_minor\": 5000}],"
                                           " \"tip_minor\": 1000, \"token\": \"%s\", \"save_card\": true}",
                                           card);
  gint64 fan_before = balance_of ("inv_demo0fan");
  gint64 cards_before = query ("SELECT COUNT(*) FROM payment_methods WHERE customer_id = '" MAYA_ID "'");
  g_autoptr(TestResponse) paid = test_http_idempotent (server, PAY, maya, "bulk-1", body);
  g_autoptr(TestResponse) history = test_http (server, "GET", "/api/v1/payments", maya, NULL);
  g_autoptr(TestResponse) receipt = NULL;
  g_autofree char *receipt_path = NULL;
  JsonObject *object = test_response_object (paid);
  JsonArray *payments = json_object_get_array_member (object, "payments");
  JsonObject *first, *second;
  const char *charge_id;

  g_assert_cmpuint (paid->status, ==, 201);
  g_assert_cmpint (money_of (object, "amount"), ==, 17800 + 5000 + 1000);
  g_assert_cmpint (money_of (object, "tip"), ==, 1000);
  g_assert_cmpstr (test_json_string (test_json_object (object, "card"), "last4"), ==, "4242");
  g_assert_cmpuint (json_array_get_length (payments), ==, 2);
  first = json_array_get_object_element (payments, 0);
  second = json_array_get_object_element (payments, 1);
  g_assert_cmpstr (test_json_string (test_json_object (first, "invoice"), "number"), ==, "I-2007");
  g_assert_cmpint (money_of (first, "amount"), ==, 17800);
  g_assert_cmpstr (test_json_string (test_json_object (second, "invoice"), "number"), ==, "I-2008");
  g_assert_cmpint (money_of (second, "amount"), ==, 5000);
  g_assert_cmpstr (test_json_string (first, "receipt_number"), !=, test_json_string (second, "receipt_number"));

  /* The books: one charge of the lot, the tip apart; balances lowered by
   * what each line paid, never by the tip. */
  charge_id = test_json_string (object, "id");
  g_assert_cmpint (query ("SELECT amount_minor FROM payment_charges WHERE id = '%s'", charge_id), ==, 23800);
  g_assert_cmpint (query ("SELECT tip_minor FROM payment_charges WHERE id = '%s'", charge_id), ==, 1000);
  g_assert_cmpint (query ("SELECT COUNT(*) FROM payments WHERE charge_id = '%s'", charge_id), ==, 2);
  g_assert_cmpint (query ("SELECT COUNT(*) FROM demo_gateway_charges WHERE amount_minor = 23800"), ==, 1);
  g_assert_cmpint (balance_of ("inv_demo0pests"), ==, 0);
  g_assert_cmpint (query ("SELECT COUNT(*) FROM invoices WHERE id = 'inv_demo0pests' AND status = 'paid'"), ==, 1);
  g_assert_cmpint (balance_of ("inv_demo0fan"), ==, fan_before - 5000);
  g_assert_cmpint (query ("SELECT COUNT(*) FROM invoices WHERE id = 'inv_demo0fan' AND status = 'open'"), ==, 1);
  g_assert_cmpint (query ("SELECT COUNT(*) FROM payment_methods WHERE customer_id = '" MAYA_ID "'"), ==,
                   cards_before + 1);
  /* Saved, but not made the default. */
  g_assert_cmpint (query ("SELECT COUNT(*) FROM payment_methods WHERE id = 'pm_demo0maya0visa'"
                          " AND is_default = 1"), ==, 1);

  /* Both in the history, newest first, each with a receipt to open. */
  g_assert_cmpuint (history->status, ==, 200);
  receipt_path = g_strdup_printf ("/api/v1/payments/%s/receipt", test_json_string (second, "id"));
  receipt = test_http (server, "GET", receipt_path, maya, NULL);
  g_assert_cmpuint (receipt->status, ==, 200);
  g_assert_cmpstr (receipt->content_type, ==, "application/pdf");

  /* The log and the database know the card by its last four only. */
  g_assert_null (strstr (server->output->str, "4242424242424242"));
  if (server->db_uri == NULL)
    {
      const char * const suffixes[] = { "", "-wal" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *path = g_strconcat (server->db_path, suffixes[i], NULL);
          g_autofree char *bytes = NULL;
          gsize length = 0;

          if (g_file_get_contents (path, &bytes, &length, NULL))
            g_assert_null (g_strstr_len (bytes, (gssize) length, "4242424242424242"));
        }
    }
}

/* Every way a payment is refused, each leaving nothing charged and
 * nothing recorded. */
static void
test_refusals (void)
{
  g_autofree char *declined = tokenize (maya, "4000000000000002");
  g_autofree char *poor = tokenize (maya, "4000000000009995");
  g_autofree char *expired = tokenize (maya, "4000000000000069");
  g_autofree char *confirm = tokenize (maya, "4000000000003220");
  g_autofree char *daniels = tokenize (daniel, "4242424242424242");
  g_autofree char *daniels_saved = NULL;
  Books before;
  const struct {
    const char *token;
    const char *body;
    guint       status;
    const char *field;     /* in "errors", when the refusal names one */
  } refused[] = {
    { NULL, "{\"lines\": []}", 422, "lines" },
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 0}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 422, "lines[0].amount_minor" },
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"quote_id\": \"quo_demo0sink\","
            " \"amount_minor\": 100}], \"payment_method_id\": \"pm_demo0maya0visa\"}", 422, "lines[0]" },
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000},"
            " {\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 422, "lines[1]" },
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000}],"
            " \"tip_minor\": -5, \"payment_method_id\": \"pm_demo0maya0visa\"}", 422, "tip_minor" },
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000}]}", 422,
      "payment_method_id" },
    /* below the $50 minimum of a part payment */
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 4999}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 422, "lines[0].amount_minor" },
    /* more than the balance */
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95001}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 409, "lines[0].amount_minor" },
    /* paid already */
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000},"
            " {\"invoice_id\": \"inv_demo0gutters\", \"amount_minor\": 100}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 409, "lines[1]" },
    /* someone else's */
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0daniel\", \"amount_minor\": 100}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 404, "lines[0]" },
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_nothing\", \"amount_minor\": 100}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 404, "lines[0]" },
    /* a deposit: only of an approved quote, only all of it */
    { NULL, "{\"lines\": [{\"quote_id\": \"quo_demo0furnace\", \"amount_minor\": 150000}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 409, "lines[0]" },
    { NULL, "{\"lines\": [{\"quote_id\": \"quo_demo0sink\", \"amount_minor\": 10000}],"
            " \"payment_method_id\": \"pm_demo0maya0visa\"}", 422, "lines[0].amount_minor" },
    /* cards that are not hers */
    { NULL, "{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000}],"
            " \"payment_method_id\": \"pm_nothing\"}", 422, "payment_method_id" },
    { "daniels-saved", NULL, 422, "token" },
    /* cards the gateway refuses */
    { "declined", NULL, 402, NULL },
    { "poor", NULL, 402, NULL },
    { "expired", NULL, 402, NULL },
    { "confirm", NULL, 402, NULL },
  };
  const char * const types[] = { "card-declined", "insufficient-funds", "card-expired", "payment-requires-action" };

  /* Daniel saves his card: its token is then his alone. */
  {
    g_autofree char *body = g_strdup_printf ("{\"token\": \"%s\"}", daniels);
    g_autoptr(TestResponse) saved = test_http_write (server, "/api/v1/payment-methods", daniel, body);

    g_assert_cmpuint (saved->status, ==, 201);
    daniels_saved = g_strdup (daniels);
  }

  before = books ();
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *body = NULL;
      g_autofree char *key = g_strdup_printf ("refused-%u", i);
      g_autoptr(TestResponse) response = NULL;
      JsonObject *problem;

      if (refused[i].token != NULL)
        {
          const char *token = g_str_equal (refused[i].token, "declined") ? declined
                              : g_str_equal (refused[i].token, "poor") ? poor
                              : g_str_equal (refused[i].token, "expired") ? expired
                              : g_str_equal (refused[i].token, "confirm") ? confirm
                              : daniels_saved;

          body = g_strdup_printf ("{\"lines\": [{\"invoice_id\": \"inv_demo0duplex1\", \"amount_minor\": 95000}],"
                                  " \"token\": \"%s\"}", token);
        }
      else
        body = g_strdup (refused[i].body);

      response = test_http_idempotent (server, PAY, maya, key, body);
      test_assert_problem (response, refused[i].status);
      problem = test_response_object (response);
      if (refused[i].field != NULL)
        g_assert_true (json_object_has_member (test_json_object (problem, "errors"), refused[i].field));
      if (refused[i].status == 402)
        {
          const char *type = test_json_string (problem, "type");
          guint which = i - (G_N_ELEMENTS (refused) - G_N_ELEMENTS (types));

          g_assert_true (g_str_has_suffix (type, types[which]));
          g_assert_nonnull (strstr (test_json_string (problem, "detail"), "Nothing was charged"));
          if (which == 3)
            g_assert_true (g_str_has_prefix (test_json_string (problem, "action_url"), "https://"));
        }
      assert_books_unchanged (&before);
    }

  /* Without a key; from staff previewing her; a key used for another
   * payment before. */
  {
    g_autofree char *body = pay_body ("inv_demo0duplex1", 95000);
    g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
    g_autoptr(TestResponse) keyless = test_http_full (server, "POST", PAY, maya, "application/json", bytes);
    g_autoptr(TestResponse) staff = test_http_idempotent (server, PAY "?customer_id=" MAYA_ID, operator,
                                                          "staff-1", body);
    g_autoptr(TestResponse) reused = test_http_idempotent (server, PAY, maya, "bulk-1", body);

    test_assert_problem (keyless, 400);
    test_assert_problem (staff, 403);
    test_assert_problem (reused, 422);
    assert_books_unchanged (&before);
  }

  /* A refusal is not kept: the same key with another card then pays. */
  {
    g_autofree char *body = pay_body ("inv_demo0duplex1", 95000);
    g_autoptr(TestResponse) again = NULL;
    g_autofree char *key = g_strdup_printf ("refused-%" G_GSIZE_FORMAT, G_N_ELEMENTS (refused) - 4);

    again = test_http_idempotent (server, PAY, maya, key, body);
    g_assert_cmpuint (again->status, ==, 201);
    g_assert_cmpint (balance_of ("inv_demo0duplex1"), ==, 0);
  }
}

/* A quote's deposit pays like an invoice, with its receipt, and the quote
 * shows it paid. */
static void
test_deposit (void)
{
  const char *body = "{\"lines\": [{\"quote_id\": \"quo_demo0sink\", \"amount_minor\": 15000}],"
                     " \"payment_method_id\": \"pm_demo0maya0master\"}";
  g_autoptr(TestResponse) before = test_http (server, "GET", "/api/v1/quotes/quo_demo0sink", maya, NULL);
  g_autoptr(TestResponse) paid = test_http_idempotent (server, PAY, maya, "deposit-1", body);
  g_autoptr(TestResponse) after = test_http (server, "GET", "/api/v1/quotes/quo_demo0sink", maya, NULL);
  g_autoptr(TestResponse) twice = test_http_idempotent (server, PAY, maya, "deposit-2", body);
  JsonObject *payment;

  g_assert_cmpint (money_of (test_json_object (test_response_object (before), "deposit"), "pending"), ==, 15000);
  g_assert_cmpuint (paid->status, ==, 201);
  payment = json_array_get_object_element (json_object_get_array_member (test_response_object (paid), "payments"),
                                           0);
  g_assert_cmpstr (test_json_string (test_json_object (payment, "quote"), "number"), ==, "Q-1004");
  g_assert_true (json_object_get_null_member (payment, "invoice"));
  g_assert_cmpint (money_of (test_json_object (test_response_object (after), "deposit"), "pending"), ==, 0);
  g_assert_cmpint (money_of (test_json_object (test_response_object (after), "deposit"), "paid"), ==, 30000);
  test_assert_problem (twice, 409);
}

/* The same key again, after an answer: the same answer, no new charge. */
static void
test_retry (void)
{
  g_autofree char *body = NULL;
  g_autoptr(TestResponse) first = NULL;
  g_autoptr(TestResponse) again = NULL;
  gint64 gateway_before;

  add_invoice ("inv_retry", 4200);
  body = pay_body ("inv_retry", 4200);
  gateway_before = query ("SELECT COUNT(*) FROM demo_gateway_charges");
  first = test_http_idempotent (server, PAY, maya, "retry-1", body);
  again = test_http_idempotent (server, PAY, maya, "retry-1", body);
  g_assert_cmpuint (first->status, ==, 201);
  g_assert_cmpuint (again->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_one (again->headers, "Idempotent-Replayed"), ==, "true");
  g_assert_true (g_bytes_equal (first->body, again->body));
  g_assert_cmpint (query ("SELECT COUNT(*) FROM demo_gateway_charges"), ==, gateway_before + 1);
  g_assert_cmpint (query ("SELECT COUNT(*) FROM payments WHERE invoice_id = 'inv_retry'"), ==, 1);
}

/* Eight payments of one invoice's whole balance at once, each under its
 * own key: one is charged, seven hear 409 and are not. */
static void
test_race_keys (void)
{
  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *id = g_strdup_printf ("inv_race%u", round);
      TestRacer racers[8] = { { 0 } };
      guint successes = 0, conflicts = 0;
      gint64 gateway_before = query ("SELECT COUNT(*) FROM demo_gateway_charges");

      add_invoice (id, 12300);
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        racers[i] = (TestRacer) { server, PAY, maya, g_strdup_printf ("race-%u-%u", round, i),
                                  pay_body (id, 12300), NULL };
      test_race_run (racers, G_N_ELEMENTS (racers));
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        {
          if (racers[i].response->status == 201)
            successes++;
          else if (racers[i].response->status == 409)
            conflicts++;
          else
            g_error ("A racing payment got %u", racers[i].response->status);
        }
      g_assert_cmpuint (successes, ==, 1);
      g_assert_cmpuint (conflicts, ==, G_N_ELEMENTS (racers) - 1);
      g_assert_cmpint (balance_of (id), ==, 0);
      g_assert_cmpint (query ("SELECT COUNT(*) FROM payments WHERE invoice_id = '%s'", id), ==, 1);
      g_assert_cmpint (query ("SELECT COUNT(*) FROM demo_gateway_charges"), ==, gateway_before + 1);
      test_racers_clear (racers, G_N_ELEMENTS (racers));
    }
}

/* Eight sends of one payment under one key at once (a client retrying
 * while the first is in flight): one charge, eight identical answers. */
static void
test_race_one_key (void)
{
  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *id = g_strdup_printf ("inv_same%u", round);
      TestRacer racers[8] = { { 0 } };
      gint64 gateway_before = query ("SELECT COUNT(*) FROM demo_gateway_charges");

      add_invoice (id, 6600);
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        racers[i] = (TestRacer) { server, PAY, maya, g_strdup_printf ("same-%u", round), pay_body (id, 6600), NULL };
      test_race_run (racers, G_N_ELEMENTS (racers));
      for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
        {
          g_assert_cmpuint (racers[i].response->status, ==, 201);
          g_assert_true (g_bytes_equal (racers[i].response->body, racers[0].response->body));
        }
      g_assert_cmpint (query ("SELECT COUNT(*) FROM demo_gateway_charges"), ==, gateway_before + 1);
      g_assert_cmpint (query ("SELECT COUNT(*) FROM payments WHERE invoice_id = '%s'", id), ==, 1);
      test_racers_clear (racers, G_N_ELEMENTS (racers));
    }
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  server = test_server_start (TRUE);
  maya = test_login (server, "customer@example.com", NULL);
  daniel = test_login (server, "customer2@example.com", NULL);
  operator = test_login (server, "operator@example.com", NULL);

  g_test_add_func ("/checkout/config", test_config);
  g_test_add_func ("/checkout/payable", test_payable);
  g_test_add_func ("/checkout/bulk", test_bulk);
  g_test_add_func ("/checkout/refusals", test_refusals);
  g_test_add_func ("/checkout/deposit", test_deposit);
  g_test_add_func ("/checkout/retry", test_retry);
  g_test_add_func ("/checkout/race-keys", test_race_keys);
  g_test_add_func ("/checkout/race-one-key", test_race_one_key);
  result = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (operator);
  test_server_stop (server);
  return result;
}

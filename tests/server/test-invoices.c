/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "test-server-fixture.h"

/* Invoices and payments against the demo business: the filters, their
 * counts and pages, an invoice with its items, totals, payments and
 * balance, the payment history and a receipt, who sees what, and the
 * PDFs read back with poppler. */

/* poppler-glib 22 (Debian 12) does not declare it yet. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

static TestServer *server;
static char *maya;
static char *daniel;
static char *operator;

static JsonArray *
items_of (TestResponse *response)
{
  g_assert_cmpuint (response->status, ==, 200);
  return json_object_get_array_member (test_response_object (response), "items");
}

static char *
numbers_of (JsonArray *items)
{
  GString *numbers = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (items); i++)
    g_string_append_printf (numbers, "%s%s", i > 0 ? " " : "",
                            test_json_string (json_array_get_object_element (items, i), "number"));
  return g_string_free (numbers, FALSE);
}

static gint64
money_of (JsonObject *object,
          const char *member)
{
  return json_object_get_int_member (test_json_object (object, member), "amount_minor");
}

static void
test_lists (void)
{
  g_autoptr(TestResponse) counts = test_http (server, "GET", "/api/v1/invoices/counts", maya, NULL);
  g_autoptr(TestResponse) open = test_http (server, "GET", "/api/v1/invoices", maya, NULL);
  g_autoptr(TestResponse) overdue = test_http (server, "GET", "/api/v1/invoices?status=overdue", maya, NULL);
  g_autoptr(TestResponse) paid = test_http (server, "GET", "/api/v1/invoices?status=paid", maya, NULL);
  g_autoptr(TestResponse) all = test_http (server, "GET", "/api/v1/invoices?status=all", maya, NULL);
  g_autoptr(TestResponse) bad = test_http (server, "GET", "/api/v1/invoices?status=unpaid", maya, NULL);
  g_autofree char *open_numbers = numbers_of (items_of (open));
  g_autofree char *overdue_numbers = numbers_of (items_of (overdue));
  g_autofree char *paid_numbers = numbers_of (items_of (paid));
  g_autofree char *all_numbers = numbers_of (items_of (all));
  JsonObject *object = test_response_object (counts);
  JsonObject *late;

  g_assert_cmpint (json_object_get_int_member (object, "open"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (object, "overdue"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "paid"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (object, "all"), ==, 9);
  /* Newest first; open is the default and holds the overdue one. */
  g_assert_cmpstr (open_numbers, ==, "I-2009 I-2008 I-2007");
  g_assert_cmpstr (overdue_numbers, ==, "I-2007");
  g_assert_cmpstr (paid_numbers, ==, "I-2006 I-2005 I-2004 I-2003 I-2002 I-2001");
  g_assert_cmpstr (all_numbers, ==, "I-2009 I-2008 I-2006 I-2007 I-2005 I-2004 I-2003 I-2002 I-2001");
  test_assert_problem (bad, 422);

  late = json_array_get_object_element (items_of (overdue), 0);
  g_assert_cmpint (json_object_get_int_member (late, "days_overdue"), ==, 12);
  g_assert_cmpint (money_of (late, "total"), ==, 17800);
  g_assert_cmpint (money_of (late, "balance"), ==, 17800);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (items_of (open), 0), "days_overdue"),
                   ==, 0);

  /* Page by page, as the app scrolls: the same rows, none twice. */
  {
    GString *walked = g_string_new (NULL);
    g_autofree char *cursor = NULL;
    g_autofree char *joined = NULL;

    do
      {
        g_autofree char *escaped = cursor != NULL ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
        g_autofree char *path = g_strdup_printf ("/api/v1/invoices?status=all&limit=4%s%s",
                                                 escaped != NULL ? "&cursor=" : "", escaped != NULL ? escaped : "");
        g_autoptr(TestResponse) page = test_http (server, "GET", path, maya, NULL);
        g_autofree char *numbers = numbers_of (items_of (page));
        JsonObject *page_object = test_response_object (page);

        g_string_append_printf (walked, "%s%s", walked->len > 0 ? " " : "", numbers);
        g_free (cursor);
        cursor = json_object_get_null_member (page_object, "next_cursor") ? NULL
                 : g_strdup (json_object_get_string_member (page_object, "next_cursor"));
      }
    while (cursor != NULL);
    joined = g_string_free (walked, FALSE);
    g_assert_cmpstr (joined, ==, all_numbers);
  }
}

static void
test_invoice (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/invoices/inv_demo0fan", maya, NULL);
  JsonObject *invoice = test_response_object (response);
  JsonArray *items = json_object_get_array_member (invoice, "items");
  JsonArray *payments = json_object_get_array_member (invoice, "payments");
  JsonObject *payment;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (test_json_string (invoice, "number"), ==, "I-2008");
  g_assert_cmpstr (test_json_string (invoice, "status"), ==, "open");
  g_assert_cmpstr (test_json_string (invoice, "property_label"), ==, "Home");
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  /* 1.5 hours at $95.00 */
  g_assert_cmpint (money_of (json_array_get_object_element (items, 1), "amount"), ==, 14250);
  g_assert_cmpint (money_of (invoice, "subtotal"), ==, 38800);
  g_assert_cmpint (money_of (invoice, "total"), ==, 38800);
  g_assert_cmpint (money_of (invoice, "paid"), ==, 10000);
  g_assert_cmpint (money_of (invoice, "balance"), ==, 28800);
  g_assert_cmpuint (json_array_get_length (payments), ==, 1);
  payment = json_array_get_object_element (payments, 0);
  g_assert_cmpint (money_of (payment, "amount"), ==, 10000);
  g_assert_true (g_str_has_prefix (test_json_string (payment, "receipt_number"), "R-"));
  g_assert_cmpstr (test_json_string (test_json_object (payment, "card"), "last4"), ==, "4242");

  /* A paid one names its job; nothing is left on it. */
  {
    g_autoptr(TestResponse) drain = test_http (server, "GET", "/api/v1/invoices/inv_demo0drain", maya, NULL);
    JsonObject *paid = test_response_object (drain);

    g_assert_cmpstr (test_json_string (paid, "status"), ==, "paid");
    g_assert_cmpstr (test_json_string (test_json_object (paid, "job"), "id"), ==, "job_demo0past4");
    g_assert_cmpint (money_of (paid, "balance"), ==, 0);
    g_assert_cmpint (money_of (paid, "paid"), ==, money_of (paid, "total"));
  }
}

static void
test_isolation (void)
{
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/invoices?status=all", daniel, NULL);
  g_autoptr(TestResponse) not_his = test_http (server, "GET", "/api/v1/invoices/inv_demo0fan", daniel, NULL);
  g_autoptr(TestResponse) not_his_pdf = test_http (server, "GET", "/api/v1/invoices/inv_demo0fan/pdf", daniel, NULL);
  g_autoptr(TestResponse) missing = test_http (server, "GET", "/api/v1/invoices/inv_nothing", maya, NULL);
  g_autoptr(TestResponse) preview = test_http (server, "GET", "/api/v1/invoices?status=all&customer_id=" MAYA_ID,
                                               operator, NULL);
  g_autoptr(TestResponse) unnamed = test_http (server, "GET", "/api/v1/invoices", operator, NULL);
  g_autoptr(TestResponse) anonymous = test_http (server, "GET", "/api/v1/invoices", NULL, NULL);
  g_autofree char *his_numbers = numbers_of (items_of (his));

  g_assert_cmpstr (his_numbers, ==, "I-2010");
  test_assert_problem (not_his, 404);
  test_assert_problem (not_his_pdf, 404);
  test_assert_problem (missing, 404);
  g_assert_cmpuint (json_array_get_length (items_of (preview)), ==, 9);
  test_assert_problem (unnamed, 422);
  test_assert_problem (anonymous, 401);
}

/* All the text, without whitespace: poppler may break a line where the
 * layout has none, right-aligned figures especially. */
static char *
document_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (document, i));
      g_autofree char *page_text = poppler_page_get_text (POPPLER_PAGE (page));

      for (const char *p = page_text; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
test_pdf (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", "/api/v1/invoices/inv_demo0fan/pdf", maya, NULL);
  g_autoptr(TestResponse) staff = test_http (server, "GET", "/api/v1/invoices/inv_demo0fan/pdf?customer_id=" MAYA_ID,
                                             operator, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (response->content_type, ==, "application/pdf");
  g_assert_cmpuint (staff->status, ==, 200);
  document = poppler_document_new_from_bytes (response->body, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "INVOICE"));
  g_assert_nonnull (strstr (text, "No.I-2008"));
  g_assert_nonnull (strstr (text, "MayaOkafor"));
  g_assert_nonnull (strstr (text, "Labour,perhour"));
  g_assert_nonnull (strstr (text, "Total$388.00"));
  g_assert_nonnull (strstr (text, "Visa4242"));
  g_assert_nonnull (strstr (text, "Balancedue$288.00"));
  g_assert_nonnull (strstr (text, "Page1of1"));
}

static void
test_payments (void)
{
  g_autoptr(TestResponse) history = test_http (server, "GET", "/api/v1/payments", maya, NULL);
  g_autoptr(TestResponse) his = test_http (server, "GET", "/api/v1/payments", daniel, NULL);
  g_autoptr(TestResponse) one = test_http (server, "GET", "/api/v1/payments/pay_demo0fan", maya, NULL);
  g_autoptr(TestResponse) not_his = test_http (server, "GET", "/api/v1/payments/pay_demo0fan", daniel, NULL);
  g_autoptr(TestResponse) not_his_receipt = test_http (server, "GET", "/api/v1/payments/pay_demo0fan/receipt",
                                                       daniel, NULL);
  g_autoptr(TestResponse) preview = test_http (server, "GET", "/api/v1/payments?customer_id=" MAYA_ID, operator, NULL);
  g_autoptr(TestResponse) receipt = test_http (server, "GET", "/api/v1/payments/pay_demo0fan/receipt", maya, NULL);
  JsonArray *items = items_of (history);
  JsonObject *newest = json_array_get_object_element (items, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;

  /* Eight: six paid invoices, the part payment and a quote's deposit,
   * newest first. */
  g_assert_cmpuint (json_array_get_length (items), ==, 8);
  g_assert_cmpstr (test_json_string (newest, "id"), ==, "pay_dep_demo0sink");
  g_assert_cmpstr (test_json_string (test_json_object (newest, "quote"), "number"), ==, "Q-1004");
  g_assert_true (json_object_get_null_member (newest, "invoice"));
  g_assert_cmpint (money_of (newest, "amount"), ==, 15000);
  newest = json_array_get_object_element (items, 1);
  g_assert_cmpstr (test_json_string (newest, "id"), ==, "pay_demo0fan");
  g_assert_cmpstr (test_json_string (test_json_object (newest, "invoice"), "number"), ==, "I-2008");
  g_assert_cmpint (money_of (newest, "amount"), ==, 10000);
  g_assert_cmpuint (json_array_get_length (items_of (his)), ==, 0);
  g_assert_cmpuint (json_array_get_length (items_of (preview)), ==, 8);
  g_assert_cmpuint (one->status, ==, 200);
  g_assert_cmpstr (test_json_string (test_response_object (one), "receipt_number"), ==,
                   test_json_string (newest, "receipt_number"));
  test_assert_problem (not_his, 404);
  test_assert_problem (not_his_receipt, 404);

  g_assert_cmpuint (receipt->status, ==, 200);
  g_assert_cmpstr (receipt->content_type, ==, "application/pdf");
  document = poppler_document_new_from_bytes (receipt->body, NULL, &error);
  g_assert_no_error (error);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "RECEIPT"));
  g_assert_nonnull (strstr (text, "InvoiceI-2008"));
  g_assert_nonnull (strstr (text, "Amountreceived$100.00"));
  g_assert_nonnull (strstr (text, "Visaendingin4242"));
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

  g_test_add_func ("/invoices/lists", test_lists);
  g_test_add_func ("/invoices/invoice", test_invoice);
  g_test_add_func ("/invoices/isolation", test_isolation);
  g_test_add_func ("/invoices/pdf", test_pdf);
  g_test_add_func ("/invoices/payments", test_payments);
  result = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (operator);
  test_server_stop (server);
  return result;
}

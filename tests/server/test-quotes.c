/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <poppler.h>
#include <string.h>

#include "doorstep-common.h"
#include "test-server-fixture.h"

/* Quotes against a real demo server: the list and its filters, totals in
 * minor units, approving and declining with every refusal, idempotency
 * (with racing duplicates), isolation between customers, and the PDF read
 * back with poppler. Tests run in order and build on each other: the
 * furnace quote is approved, the drain quote declined. */

/* poppler-glib 22 (Debian 12) does not declare it yet. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

static TestServer *server;
static char *maya;
static char *daniel;
static char *admin;

#define FURNACE "/api/v1/quotes/quo_demo0furnace"
#define DRAIN   "/api/v1/quotes/quo_demo0drain"
#define PEST    "/api/v1/quotes/quo_demo0pest"
#define SINK    "/api/v1/quotes/quo_demo0sink"
#define REPIPE  "/api/v1/quotes/quo_demo0repipe"
#define DUPLEX  "/api/v1/quotes/quo_demo0heatpumps"
#define DANIELS "/api/v1/quotes/quo_demo0daniel"

static gint64
get_money (JsonObject *object,
           const char *member)
{
  return json_object_get_int_member (json_object_get_object_member (object, member), "amount_minor");
}

static const char *
problem_type (TestResponse *response)
{
  return test_json_string (test_response_object (response), "type");
}

static const char *
field_error (TestResponse *response,
             const char   *field)
{
  JsonObject *errors = json_object_get_object_member (test_response_object (response), "errors");

  return errors != NULL ? test_json_string (errors, field) : NULL;
}

static gint64
approvals_of (const char *quote_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM quote_approvals WHERE quote_id = '%s'", quote_id);

  return test_server_query_int (server, sql);
}

static gint64
count_in_list (const char *token,
               const char *status)
{
  g_autofree char *path = g_strdup_printf ("/api/v1/quotes?status=%s&limit=200", status);
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);

  g_assert_cmpuint (response->status, ==, 200);
  return json_array_get_length (json_object_get_array_member (test_response_object (response), "items"));
}

static void
test_list_and_counts (void)
{
  g_autoptr(TestResponse) counts = test_http (server, "GET", "/api/v1/quotes/counts", maya, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  JsonObject *object = test_response_object (counts);
  guint pages = 0;

  g_assert_cmpuint (counts->status, ==, 200);
  /* Every status of the demo is there, and each count is its filter's length. */
  g_assert_cmpint (json_object_get_int_member (object, "all"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (object, "open"), ==, 3);  /* and one expired */
  g_assert_cmpint (json_object_get_int_member (object, "approved"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "declined"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "requested"), ==, 1);
  for (guint i = 0; i < doorstep_quote_filter_get_count (); i++)
    {
      const char *name = doorstep_quote_filter_to_string ((DoorstepQuoteFilter) i);
      g_assert_cmpint (count_in_list (maya, name), ==, json_object_get_int_member (object, name));
    }

  /* Pages of two, newest first, each quote once. */
  do
    {
      g_autofree char *path = cursor != NULL
                              ? g_strdup_printf ("/api/v1/quotes?limit=2&cursor=%s", cursor)
                              : g_strdup ("/api/v1/quotes?limit=2");
      g_autoptr(TestResponse) page = test_http (server, "GET", path, maya, NULL);
      JsonArray *items = json_object_get_array_member (test_response_object (page), "items");

      g_assert_cmpuint (page->status, ==, 200);
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *row = json_array_get_object_element (items, i);
          g_assert_true (g_hash_table_add (seen, g_strdup (test_json_string (row, "id"))));
          if (g_str_equal (test_json_string (row, "id"), "quo_demo0pest"))
            g_assert_true (json_object_get_boolean_member (row, "expired"));
          else
            g_assert_false (json_object_get_boolean_member (row, "expired"));
          g_assert_nonnull (test_json_string (row, "number"));
          g_assert_nonnull (test_json_string (row, "property_label"));
        }
      g_free (cursor);
      cursor = g_strdup (test_json_string (test_response_object (page), "next_cursor"));
      pages++;
    }
  while (cursor != NULL);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 7);
  g_assert_cmpuint (pages, ==, 4);

  /* Daniel sees his own and nothing of Maya's. */
  g_assert_cmpint (count_in_list (daniel, "all"), ==, 1);

  {
    g_autoptr(TestResponse) bad = test_http (server, "GET", "/api/v1/quotes?status=pending", maya, NULL);
    test_assert_problem (bad, 422);
    g_assert_nonnull (field_error (bad, "status"));
  }
}

static void
test_detail_totals (void)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", FURNACE, maya, NULL);
  JsonObject *quote = test_response_object (response);
  JsonArray *items = json_object_get_array_member (quote, "items");
  JsonObject *deposit = json_object_get_object_member (quote, "deposit");

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (test_json_string (quote, "status"), ==, "open");
  g_assert_true (json_object_get_boolean_member (quote, "can_respond"));
  g_assert_cmpuint (json_array_get_length (items), ==, 6);
  /* 10 hours at $125.00 */
  g_assert_cmpint (get_money (json_array_get_object_element (items, 1), "amount"), ==, 125000);
  /* The thermostat is offered but not selected; the warranty is selected. */
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (items, 4), "optional"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (items, 4), "selected"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (items, 5), "selected"));
  /* 4,850 + 1,250 + 180 + 145 + 650 = 7,075.00; less 250.00; 5% of 6,825.00 */
  g_assert_cmpint (get_money (quote, "subtotal"), ==, 707500);
  g_assert_cmpint (get_money (quote, "discount"), ==, 25000);
  g_assert_cmpint (json_object_get_int_member (quote, "tax_rate_bp"), ==, 500);
  g_assert_cmpint (get_money (quote, "tax"), ==, 34125);
  g_assert_cmpint (get_money (quote, "total"), ==, 716625);
  g_assert_cmpint (get_money (deposit, "required"), ==, 150000);
  g_assert_cmpint (get_money (deposit, "paid"), ==, 0);
  g_assert_cmpint (get_money (deposit, "pending"), ==, 150000);
  g_assert_true (json_object_get_null_member (quote, "approval"));

  {
    g_autoptr(TestResponse) sink = test_http (server, "GET", SINK, maya, NULL);
    JsonObject *object = test_response_object (sink);

    g_assert_cmpstr (test_json_string (object, "status"), ==, "approved");
    g_assert_false (json_object_get_boolean_member (object, "can_respond"));
    g_assert_cmpint (get_money (json_object_get_object_member (object, "deposit"), "paid"), ==, 15000);
    g_assert_cmpint (get_money (json_object_get_object_member (object, "deposit"), "pending"), ==, 15000);
    g_assert_cmpstr (test_json_string (json_object_get_object_member (object, "approval"), "signer_name"), ==, "Maya Okafor");
  }
  {
    g_autoptr(TestResponse) drain = test_http (server, "GET", DRAIN, maya, NULL);
    g_assert_true (json_object_get_null_member (test_response_object (drain), "deposit"));
  }
}

static void
test_approve_validation (void)
{
  g_autofree char *signature = test_signature_base64 ();
  g_autofree char *not_png = g_base64_encode ((const guchar *) "GIF89a, not a PNG at all", 24);
  g_autofree char *no_name = test_approve_body (NULL, signature, NULL);
  g_autofree char *blank_name = test_approve_body ("   ", signature, NULL);
  g_autofree char *bad_signature = test_approve_body ("Maya Okafor", not_png, NULL);
  g_autofree char *bad_item = test_approve_body ("Maya Okafor", signature, "[\"qit_demo0furnace_01\"]");
  g_autofree char *good = test_approve_body ("Maya Okafor", signature, NULL);
  g_autofree char *huge = NULL;
  g_autofree char *huge_body = NULL;

  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, DRAIN "/approve", maya, "v-1", no_name);
    test_assert_problem (r, 422);
    g_assert_nonnull (field_error (r, "signer_name"));
  }
  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, DRAIN "/approve", maya, "v-2", blank_name);
    test_assert_problem (r, 422);
    g_assert_nonnull (field_error (r, "signer_name"));
  }
  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, DRAIN "/approve", maya, "v-3", bad_signature);
    test_assert_problem (r, 422);
    g_assert_nonnull (field_error (r, "signature_png"));
  }
  {
    /* Over 1 MB, though it starts like a PNG */
    g_autoptr(GByteArray) big = g_byte_array_sized_new (1100 * 1024);
    static const guchar header[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    g_byte_array_append (big, header, sizeof header);
    g_byte_array_set_size (big, 1100 * 1024);
    huge = g_base64_encode (big->data, big->len);
    huge_body = test_approve_body ("Maya Okafor", huge, NULL);
    {
      g_autoptr(TestResponse) r = test_http_idempotent (server, DRAIN "/approve", maya, "v-4", huge_body);
      test_assert_problem (r, 422);
      g_assert_nonnull (field_error (r, "signature_png"));
    }
  }
  {
    /* An item of another quote */
    g_autoptr(TestResponse) r = test_http_idempotent (server, DRAIN "/approve", maya, "v-5", bad_item);
    test_assert_problem (r, 422);
    g_assert_nonnull (field_error (r, "selected_item_ids"));
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "POST", DRAIN "/approve", maya, good);
    test_assert_problem (r, 400);
    g_assert_cmpstr (problem_type (r), ==, "urn:doorstep:problem:idempotency-key-required");
  }

  /* Nothing of it changed anything. */
  g_assert_cmpint (approvals_of ("quo_demo0drain"), ==, 0);
  g_assert_cmpint (test_server_query_int (server, "SELECT status = 'open' FROM quotes WHERE id = 'quo_demo0drain'"), ==, 1);
}

static void
test_approve (void)
{
  g_autofree char *signature = test_signature_base64 ();
  /* Swap the warranty for the thermostat, and try to name our own prices. */
  g_autofree char *body = g_strdup_printf ("{\"signer_name\": \"  Maya Okafor \", \"signature_png\": \"%s\","
                                           " \"selected_item_ids\": [\"qit_demo0furnace_05\"],"
                                           " \"total\": {\"amount_minor\": 1, \"currency\": \"USD\"},"
                                           " \"items\": [{\"id\": \"qit_demo0furnace_01\", \"unit_price\": 1}]}",
                                           signature);
  g_autofree char *other = test_approve_body ("Someone Else", signature, "[]");
  g_autoptr(TestResponse) first = test_http_idempotent (server, FURNACE "/approve", maya, "approve-furnace-1", body);
  JsonObject *quote = test_response_object (first);
  g_autofree char *first_body = NULL;

  g_assert_cmpuint (first->status, ==, 200);
  g_assert_cmpstr (test_json_string (quote, "status"), ==, "approved");
  g_assert_false (json_object_get_boolean_member (quote, "can_respond"));
  g_assert_cmpstr (test_json_string (json_object_get_object_member (quote, "approval"), "signer_name"), ==, "Maya Okafor");
  /* 7,075 − 650 + 389 = 6,814.00; less 250.00 = 6,564.00; 5% tax 328.20 */
  g_assert_cmpint (get_money (quote, "subtotal"), ==, 681400);
  g_assert_cmpint (get_money (quote, "tax"), ==, 32820);
  g_assert_cmpint (get_money (quote, "total"), ==, 689220);
  g_assert_cmpint (test_server_query_int (server, "SELECT total_minor FROM quotes WHERE id = 'quo_demo0furnace'"), ==, 689220);
  g_assert_cmpint (test_server_query_int (server, "SELECT total_minor FROM quote_approvals WHERE quote_id = 'quo_demo0furnace'"), ==, 689220);
  g_assert_cmpint (test_server_query_int (server, "SELECT selected FROM quote_items WHERE id = 'qit_demo0furnace_06'"), ==, 0);
  g_assert_cmpint (test_server_query_int (server, "SELECT length(signature_png) > 100 FROM quote_approvals WHERE quote_id = 'quo_demo0furnace'"), ==, 1);
  first_body = g_strndup (g_bytes_get_data (first->body, NULL), g_bytes_get_size (first->body));

  /* The retry gets the first answer, word for word, and approves nothing more. */
  {
    g_autoptr(TestResponse) retry = test_http_idempotent (server, FURNACE "/approve", maya, "approve-furnace-1", body);
    g_autofree char *retry_body = g_strndup (g_bytes_get_data (retry->body, NULL), g_bytes_get_size (retry->body));

    g_assert_cmpuint (retry->status, ==, 200);
    g_assert_cmpstr (retry_body, ==, first_body);
    g_assert_cmpstr (soup_message_headers_get_one (retry->headers, "Idempotent-Replayed"), ==, "true");
  }
  g_assert_cmpint (approvals_of ("quo_demo0furnace"), ==, 1);

  /* The same key for something else is refused. */
  {
    g_autoptr(TestResponse) reused = test_http_idempotent (server, FURNACE "/approve", maya, "approve-furnace-1", other);
    test_assert_problem (reused, 422);
    g_assert_cmpstr (problem_type (reused), ==, "urn:doorstep:problem:idempotency-key-reused");
  }
  /* A new attempt finds it approved. */
  {
    g_autoptr(TestResponse) again = test_http_idempotent (server, FURNACE "/approve", maya, "approve-furnace-2", body);
    test_assert_problem (again, 409);
    g_assert_cmpstr (problem_type (again), ==, "urn:doorstep:problem:quote-not-open");
  }
  {
    g_autoptr(TestResponse) decline = test_http_idempotent (server, FURNACE "/decline", maya, "decline-furnace", "{}");
    test_assert_problem (decline, 409);
  }
  g_assert_cmpint (approvals_of ("quo_demo0furnace"), ==, 1);
}

static void
test_decline (void)
{
  g_autoptr(TestResponse) declined = test_http_idempotent (server, DRAIN "/decline", maya, "decline-drain",
                                                           "{\"reason\": \"We found a cheaper option.\"}");
  JsonObject *quote = test_response_object (declined);

  g_assert_cmpuint (declined->status, ==, 200);
  g_assert_cmpstr (test_json_string (quote, "status"), ==, "declined");
  g_assert_cmpstr (test_json_string (json_object_get_object_member (quote, "decline"), "reason"), ==,
                   "We found a cheaper option.");
  {
    g_autoptr(TestResponse) again = test_http_idempotent (server, DRAIN "/decline", maya, "decline-drain-2", "{}");
    test_assert_problem (again, 409);
  }
  {
    g_autoptr(TestResponse) long_reason = NULL;
    g_autofree char *reason = g_strnfill (2001, 'x');
    g_autofree char *body = g_strdup_printf ("{\"reason\": \"%s\"}", reason);

    long_reason = test_http_idempotent (server, DUPLEX "/decline", maya, "decline-long", body);
    test_assert_problem (long_reason, 422);
    g_assert_nonnull (field_error (long_reason, "reason"));
  }
}

static void
test_refusals (void)
{
  g_autofree char *signature = test_signature_base64 ();
  g_autofree char *body = test_approve_body ("Maya Okafor", signature, NULL);

  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, PEST "/approve", maya, "r-1", body);
    test_assert_problem (r, 409);
    g_assert_cmpstr (problem_type (r), ==, "urn:doorstep:problem:quote-expired");
  }
  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, PEST "/decline", maya, "r-2", "{}");
    test_assert_problem (r, 409);
  }
  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, REPIPE "/approve", maya, "r-3", body);
    test_assert_problem (r, 409);
  }
  {
    g_autofree char *path = g_strdup_printf ("/api/v1/quotes/%s/approve",
                                             "quo_demo0sink");
    g_autoptr(TestResponse) r = test_http_idempotent (server, path, maya, "r-4", body);
    test_assert_problem (r, 409);
  }

  /* Another customer's quote does not exist for Daniel, and stays open. */
  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, DUPLEX "/approve", daniel, "r-5", body);
    test_assert_problem (r, 404);
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "GET", DUPLEX, daniel, NULL);
    test_assert_problem (r, 404);
  }
  {
    g_autoptr(TestResponse) r = test_http (server, "GET", DUPLEX "/pdf", daniel, NULL);
    test_assert_problem (r, 404);
  }
  g_assert_cmpint (approvals_of ("quo_demo0heatpumps"), ==, 0);

  /* Staff read a customer's quotes but never decide for them. */
  {
    g_autoptr(TestResponse) r = test_http (server, "GET", DUPLEX "?customer_id=" MAYA_ID, admin, NULL);
    g_assert_cmpuint (r->status, ==, 200);
    g_assert_false (json_object_get_boolean_member (test_response_object (r), "can_respond"));
  }
  {
    g_autoptr(TestResponse) r = test_http_idempotent (server, DUPLEX "/approve?customer_id=" MAYA_ID, admin, "r-6", body);
    test_assert_problem (r, 403);
  }
  g_assert_cmpint (approvals_of ("quo_demo0heatpumps"), ==, 0);
}

typedef struct {
  const char   *path;
  const char   *key;      /* NULL: each thread its own */
  const char   *body;
  guint         index;
  TestResponse *response;
} Racer;

static gpointer
race (gpointer data)
{
  Racer *racer = data;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (racer->body, strlen (racer->body));
  g_autofree char *key = racer->key != NULL ? g_strdup (racer->key) : g_strdup_printf ("racer-%u", racer->index);
  g_autoptr(SoupMessage) msg = test_http_message (server, "POST", racer->path, daniel, key,
                                                  "application/json", bytes);

  racer->response = test_http_send (session, msg);
  return NULL;
}

static void
run_race (Racer *racers,
          guint  n)
{
  GThread *threads[8];

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (threads));
  for (guint i = 0; i < n; i++)
    threads[i] = g_thread_new ("racer", race, &racers[i]);
  for (guint i = 0; i < n; i++)
    g_thread_join (threads[i]);
}

static void
test_concurrent_duplicates (void)
{
  g_autofree char *signature = test_signature_base64 ();
  g_autofree char *body = test_approve_body ("Daniel Reyes", signature, "[]");
  Racer racers[8] = { { 0 } };
  Racer rivals[8] = { { 0 } };
  guint successes = 0, conflicts = 0;

  /* Eight tries at once with one key: one approval, eight equal answers. */
  for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
    racers[i] = (Racer) { DANIELS "/approve", "daniel-approve", body, i, NULL };
  run_race (racers, G_N_ELEMENTS (racers));
  for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
    {
      g_assert_cmpuint (racers[i].response->status, ==, 200);
      g_assert_true (g_bytes_equal (racers[i].response->body, racers[0].response->body));
    }
  for (guint i = 0; i < G_N_ELEMENTS (racers); i++)
    test_response_free (racers[i].response);
  g_assert_cmpint (approvals_of ("quo_demo0daniel"), ==, 1);

  /* Eight at once with eight keys: exactly one wins, the others hear 409. */
  test_server_exec_sql (server,
    "INSERT INTO quotes (id, customer_id, number, title, status, currency, total_minor, property_id,"
    " created_at, issued_on, valid_until)"
    " VALUES ('quo_race', '" DANIEL_ID "', 'Q-9001', 'Race', 'open', 'USD', 1000, 'prp_demo0daniel0reyes_1',"
    " '2026-01-01T00:00:00Z', '2026-01-01', '2999-01-01');"
    "INSERT INTO quote_items (id, quote_id, position, description, quantity_milli, unit_price_minor)"
    " VALUES ('qit_race', 'quo_race', 0, 'Race', 1000, 1000);");
  for (guint i = 0; i < G_N_ELEMENTS (rivals); i++)
    rivals[i] = (Racer) { "/api/v1/quotes/quo_race/approve", NULL, body, i, NULL };
  run_race (rivals, G_N_ELEMENTS (rivals));
  for (guint i = 0; i < G_N_ELEMENTS (rivals); i++)
    {
      if (rivals[i].response->status == 200)
        successes++;
      else if (rivals[i].response->status == 409)
        conflicts++;
      test_response_free (rivals[i].response);
    }
  g_assert_cmpuint (successes, ==, 1);
  g_assert_cmpuint (conflicts, ==, G_N_ELEMENTS (rivals) - 1);
  g_assert_cmpint (approvals_of ("quo_race"), ==, 1);
}

static PopplerDocument *
fetch_pdf (const char *path,
           const char *token)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (response->content_type, ==, "application/pdf");
  document = poppler_document_new_from_bytes (response->body, NULL, &error);
  g_assert_no_error (error);
  return document;
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (document, index));

  return poppler_page_get_text (POPPLER_PAGE (page));
}

/* All the text, without whitespace: poppler's text extraction may break a
 * line where the layout has none, right-aligned figures especially. */
static char *
document_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = page_text (document, i);

      for (const char *p = page; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
test_pdf (void)
{
  {
    g_autoptr(PopplerDocument) document = fetch_pdf (DUPLEX "/pdf", maya);
    g_autoptr(TestResponse) detail = test_http (server, "GET", DUPLEX, maya, NULL);
    g_autofree char *total = doorstep_money_format (get_money (test_response_object (detail), "total"), "USD");
    int n_pages = poppler_document_get_n_pages (document);
    g_autofree char *first = page_text (document, 0);
    g_autofree char *second = page_text (document, 1);
    g_autofree char *all = document_text (document);
    g_autofree char *numbering = g_strdup_printf ("Page 2 of %d", n_pages);

    /* 34 items run over onto more pages, each numbered, each with the table header. */
    g_assert_cmpint (n_pages, >=, 2);
    g_assert_nonnull (strstr (first, "Q-1006"));
    g_assert_nonnull (strstr (first, "Northwind Home Services"));
    g_assert_nonnull (strstr (first, "Maya Okafor"));
    g_assert_nonnull (strstr (second, numbering));
    g_assert_nonnull (strstr (second, "Unit price"));
    g_assert_nonnull (strstr (all, total));
    g_assert_nonnull (strstr (all, "Depositpending"));
    g_assert_null (strstr (all, "Approvedby"));
  }
  {
    /* The quote approved above carries its signer. */
    g_autoptr(PopplerDocument) document = fetch_pdf (FURNACE "/pdf", maya);
    g_autofree char *text = document_text (document);

    g_assert_nonnull (strstr (text, "Q-1001"));
    g_assert_nonnull (strstr (text, "$6,892.20"));
    g_assert_nonnull (strstr (text, "ApprovedbyMayaOkafor"));
  }
  {
    /* Staff previewing the customer may read it too. */
    g_autoptr(PopplerDocument) document = fetch_pdf (SINK "/pdf?customer_id=" MAYA_ID, admin);
    g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  }
}

static void
test_requested_quote (void)
{
  g_autoptr(TestResponse) created = NULL;
  gint64 before = count_in_list (maya, "requested");
  /* Numbers come from the counter, whatever numbers rows have. */
  gint64 last_number = test_server_query_int (server, "SELECT value FROM counters WHERE name = 'quote'");
  g_autofree char *number = g_strdup_printf ("Q-%" G_GINT64_FORMAT, last_number + 1);

  created = test_http_write (server, "/api/v1/requests", maya,
                             "{\"kind\": \"quote\", \"service_type_id\": \"svc_drains\","
                             " \"property_id\": \"prp_demo0maya0okafor_1\","
                             " \"description\": \"The basement floor drain backs up when it rains.\","
                             " \"preferred_timing\": \"flexible\"}");
  g_assert_cmpuint (created->status, ==, 201);
  g_assert_cmpint (count_in_list (maya, "requested"), ==, before + 1);

  {
    g_autoptr(TestResponse) list = test_http (server, "GET", "/api/v1/quotes?status=requested&limit=1", maya, NULL);
    JsonObject *row = json_array_get_object_element (json_object_get_array_member (test_response_object (list), "items"), 0);
    g_autofree char *path = g_strdup_printf ("/api/v1/quotes/%s", test_json_string (row, "id"));
    g_autofree char *pdf_path = g_strdup_printf ("%s/pdf", path);
    g_autoptr(TestResponse) detail = test_http (server, "GET", path, maya, NULL);
    g_autoptr(TestResponse) pdf = test_http (server, "GET", pdf_path, maya, NULL);

    g_assert_cmpstr (test_json_string (row, "title"), ==, "Drain cleaning");
    g_assert_cmpstr (test_json_string (row, "number"), ==, number);
    g_assert_cmpstr (test_json_string (test_response_object (detail), "request_description"), ==,
                     "The basement floor drain backs up when it rains.");
    test_assert_problem (pdf, 409);
  }
  /* A job request is no quote. */
  {
    g_autoptr(TestResponse) job = test_http_write (server, "/api/v1/requests", maya,
                                                   "{\"kind\": \"job\", \"service_type_id\": \"svc_drains\","
                                                   " \"property_id\": \"prp_demo0maya0okafor_1\","
                                                   " \"description\": \"Snake the kitchen sink.\","
                                                   " \"preferred_timing\": \"flexible\"}");
    g_assert_cmpuint (job->status, ==, 201);
    g_assert_cmpint (count_in_list (maya, "requested"), ==, before + 1);
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  server = test_server_start (TRUE);
  maya = test_login (server, "customer@example.com", NULL);
  daniel = test_login (server, "customer2@example.com", NULL);
  admin = test_login (server, "admin@example.com", NULL);

  g_test_add_func ("/quotes/list-and-counts", test_list_and_counts);
  g_test_add_func ("/quotes/detail-totals", test_detail_totals);
  g_test_add_func ("/quotes/approve-validation", test_approve_validation);
  g_test_add_func ("/quotes/approve-idempotent", test_approve);
  g_test_add_func ("/quotes/decline", test_decline);
  g_test_add_func ("/quotes/refusals-and-isolation", test_refusals);
  g_test_add_func ("/quotes/concurrent-duplicates", test_concurrent_duplicates);
  g_test_add_func ("/quotes/pdf", test_pdf);
  g_test_add_func ("/quotes/requested", test_requested_quote);

  status = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (admin);
  test_server_stop (server);
  return status;
}

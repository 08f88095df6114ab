/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-server-fixture.h"

/* Cards: the demo gateway's tokenization and its refusals, saved cards
 * (the first is the default, one default at a time, removing the default
 * hands it on), who may touch whose, and that no card number is kept in
 * the database or written to the log. */

static TestServer *server;
static char *maya;
static char *daniel;
static char *operator;

#define TOKENS "/api/v1/gateway/demo/tokens"
#define METHODS "/api/v1/payment-methods"

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

static JsonObject *
add_card (TestResponse **response,
          const char    *token,
          const char    *card_token,
          gboolean       make_default)
{
  g_autofree char *body = g_strdup_printf ("{\"token\": \"%s\", \"make_default\": %s}", card_token,
                                           make_default ? "true" : "false");

  *response = test_http_write (server, METHODS, token, body);
  g_assert_cmpuint ((*response)->status, ==, 201);
  return test_response_object (*response);
}

static JsonArray *
list_cards (TestResponse **response,
            const char    *token)
{
  *response = test_http (server, "GET", METHODS, token, NULL);
  g_assert_cmpuint ((*response)->status, ==, 200);
  return json_object_get_array_member (test_response_object (*response), "items");
}

static void
test_tokenize (void)
{
  static const struct {
    const char *body;
    const char *field;
  } refused[] = {
    { "{\"number\": \"4242 4242 4242 4241\", \"exp_month\": 12, \"exp_year\": 2031, \"cvc\": \"123\"}", "number" },
    { "{\"number\": \"4111 1111 1111 1111\", \"exp_month\": 12, \"exp_year\": 2031, \"cvc\": \"123\"}", "number" },
    { "{\"number\": \"4242-4242-4242-4242x\", \"exp_month\": 12, \"exp_year\": 2031, \"cvc\": \"123\"}", "number" },
    { "{\"number\": \"4242424242424242\", \"exp_month\": 1, \"exp_year\": 2020, \"cvc\": \"123\"}", "exp_month" },
    { "{\"number\": \"4242424242424242\", \"exp_month\": 13, \"exp_year\": 2031, \"cvc\": \"123\"}", "exp_month" },
    { "{\"number\": \"4242424242424242\", \"exp_month\": 12, \"exp_year\": 2031, \"cvc\": \"12\"}", "cvc" },
    { "{\"number\": \"4242424242424242\", \"exp_month\": 12, \"exp_year\": 2031, \"cvc\": \"12a\"}", "cvc" },
    { "{\"number\": \"4242424242424242\", \"exp_month\": \"12\", \"exp_year\": 2031, \"cvc\": \"123\"}", "exp_month" },
    { "{\"exp_month\": 12, \"exp_year\": 2031, \"cvc\": \"123\"}", "number" },
  };
  g_autoptr(TestResponse) ok = test_http_write (server, TOKENS, maya,
                                                "{\"number\": \"5555 5555 5555 4444\", \"exp_month\": 3,"
                                                " \"exp_year\": 2032, \"cvc\": \"9876\"}");
  g_autoptr(TestResponse) staff = test_http_write (server, TOKENS "?customer_id=" MAYA_ID, operator,
                                                   "{\"number\": \"4242424242424242\", \"exp_month\": 12,"
                                                   " \"exp_year\": 2031, \"cvc\": \"123\"}");
  JsonObject *card;

  g_assert_cmpuint (ok->status, ==, 201);
  g_assert_true (g_str_has_prefix (test_json_string (test_response_object (ok), "token"), "tok_demo_"));
  card = test_json_object (test_response_object (ok), "card");
  g_assert_cmpstr (test_json_string (card, "brand"), ==, "Mastercard");
  g_assert_cmpstr (test_json_string (card, "last4"), ==, "4444");
  g_assert_cmpint (json_object_get_int_member (card, "exp_year"), ==, 2032);
  test_assert_problem (staff, 403);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(TestResponse) response = test_http_write (server, TOKENS, maya, refused[i].body);

      test_assert_problem (response, 422);
      g_assert_true (json_object_has_member (test_json_object (test_response_object (response), "errors"),
                                             refused[i].field));
    }

  /* Nothing of a number is kept or logged but its last four. */
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM demo_gateway_tokens"
                                                  " WHERE last4 = '4444' AND brand = 'Mastercard'"), >=, 1);
  g_assert_null (strstr (server->output->str, "5555555555554444"));
  g_assert_null (strstr (server->output->str, "5555 5555 5555 4444"));
  /* On SQLite, the database file and its write-ahead log, byte by byte. */
  if (server->db_uri == NULL)
    {
      const char * const suffixes[] = { "", "-wal" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *path = g_strconcat (server->db_path, suffixes[i], NULL);
          g_autofree char *bytes = NULL;
          gsize length = 0;

          if (g_file_get_contents (path, &bytes, &length, NULL))
            g_assert_null (g_strstr_len (bytes, (gssize) length, "5555555555554444"));
          else
            g_assert_cmpstr (suffixes[i], ==, "-wal");
        }
    }
}

static void
test_methods (void)
{
  g_autofree char *visa = tokenize (daniel, "4242424242424242");
  g_autofree char *master = tokenize (daniel, "5555555555554444");
  g_autofree char *third = tokenize (daniel, "4242424242424242");
  g_autoptr(TestResponse) first = NULL, second = NULL, third_added = NULL, listed = NULL, relisted = NULL;
  g_autoptr(TestResponse) after = NULL;
  JsonObject *visa_method, *master_method, *third_method;
  JsonArray *items;
  g_autofree char *visa_id = NULL, *master_id = NULL, *third_id = NULL;

  /* The first card is the default even unasked; a second asked to be
   * takes it over. */
  visa_method = add_card (&first, daniel, visa, FALSE);
  g_assert_true (json_object_get_boolean_member (visa_method, "is_default"));
  visa_id = g_strdup (test_json_string (visa_method, "id"));
  master_method = add_card (&second, daniel, master, TRUE);
  g_assert_true (json_object_get_boolean_member (master_method, "is_default"));
  master_id = g_strdup (test_json_string (master_method, "id"));
  third_method = add_card (&third_added, daniel, third, FALSE);
  g_assert_false (json_object_get_boolean_member (third_method, "is_default"));
  third_id = g_strdup (test_json_string (third_method, "id"));

  items = list_cards (&listed, daniel);
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  g_assert_cmpstr (test_json_string (json_array_get_object_element (items, 0), "id"), ==, master_id);
  g_assert_cmpint (test_server_query_int (server, "SELECT COUNT(*) FROM payment_methods"
                                                  " WHERE customer_id = '" DANIEL_ID "' AND is_default = 1"), ==, 1);

  /* Make the Visa the default. */
  {
    g_autofree char *path = g_strdup_printf (METHODS "/%s/default", visa_id);
    g_autoptr(TestResponse) made = test_http_write (server, path, daniel, "{}");

    g_assert_cmpuint (made->status, ==, 200);
    g_assert_true (json_object_get_boolean_member (test_response_object (made), "is_default"));
  }

  /* Removing the default hands it to the newest other card. */
  {
    g_autofree char *path = g_strdup_printf (METHODS "/%s", visa_id);
    g_autoptr(TestResponse) removed = test_http (server, "DELETE", path, daniel, NULL);
    g_autoptr(TestResponse) again = test_http (server, "DELETE", path, daniel, NULL);

    g_assert_cmpuint (removed->status, ==, 204);
    test_assert_problem (again, 404);
  }
  /* (Both were added within the same second: either may be the newest.) */
  items = list_cards (&relisted, daniel);
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (items, 0), "is_default"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (items, 1), "is_default"));
  g_assert_true (g_str_equal (test_json_string (json_array_get_object_element (items, 0), "id"), third_id) ||
                 g_str_equal (test_json_string (json_array_get_object_element (items, 0), "id"), master_id));

  /* Someone else's card, a made-up token, staff writing: nothing moves. */
  {
    g_autofree char *default_path = g_strdup_printf (METHODS "/%s/default", master_id);
    g_autofree char *remove_path = g_strdup_printf (METHODS "/%s", master_id);
    g_autofree char *staff_path = g_strdup_printf (METHODS "/%s?customer_id=" DANIEL_ID, master_id);
    g_autoptr(TestResponse) not_hers = test_http_write (server, default_path, maya, "{}");
    g_autoptr(TestResponse) not_hers_either = test_http (server, "DELETE", remove_path, maya, NULL);
    g_autoptr(TestResponse) made_up = test_http_write (server, METHODS, maya, "{\"token\": \"tok_demo_nothing\"}");
    g_autoptr(TestResponse) staff_remove = test_http (server, "DELETE", staff_path, operator, NULL);
    g_autoptr(TestResponse) staff_read = test_http (server, "GET", METHODS "?customer_id=" DANIEL_ID, operator, NULL);

    test_assert_problem (not_hers, 404);
    test_assert_problem (not_hers_either, 404);
    test_assert_problem (made_up, 422);
    test_assert_problem (staff_remove, 403);
    g_assert_cmpuint (staff_read->status, ==, 200);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (test_response_object (staff_read),
                                                                           "items")), ==, 2);
  }
  items = list_cards (&after, daniel);
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
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

  g_test_add_func ("/payment-methods/tokenize", test_tokenize);
  g_test_add_func ("/payment-methods/methods", test_methods);
  result = g_test_run ();

  g_free (maya);
  g_free (daniel);
  g_free (operator);
  test_server_stop (server);
  return result;
}

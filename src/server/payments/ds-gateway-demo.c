/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-gateway.h"

/* The demo gateway: a card processor's test mode, inside Doorstep. Only
 * the processors' well-known test numbers are accepted, each with the
 * outcome it has in test mode; any future expiry and any CVC. A token
 * keeps the card's brand, last four, expiry and outcome, never its
 * number; a charge is kept by its idempotency key, so a retried charge
 * answers as the first did and never charges twice. */

typedef struct {
  const char *number;
  const char *brand;
  const char *outcome;
} TestCard;

static const TestCard test_cards[] = {
  { "4242424242424242", "Visa",       "succeeded" },
  { "5555555555554444", "Mastercard", "succeeded" },
  { "4000000000000002", "Visa",       "declined" },
  { "4000000000009995", "Visa",       "insufficient_funds" },
  { "4000000000000069", "Visa",       "expired_card" },
  { "4000000000003220", "Visa",       "requires_action" },
};

static const struct {
  const char      *name;
  DsChargeOutcome  outcome;
} outcomes[] = {
  { "succeeded",          DS_CHARGE_SUCCEEDED },
  { "declined",           DS_CHARGE_DECLINED },
  { "insufficient_funds", DS_CHARGE_INSUFFICIENT_FUNDS },
  { "expired_card",       DS_CHARGE_EXPIRED_CARD },
  { "requires_action",    DS_CHARGE_REQUIRES_ACTION },
};

static gboolean
luhn_valid (const char *digits)
{
  gsize n = strlen (digits);
  guint sum = 0;

  for (gsize i = 0; i < n; i++)
    {
      guint d = (guint) (digits[n - 1 - i] - '0');

      if (i % 2 == 1)
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
  return n > 0 && sum % 10 == 0;
}

/* @number without its spaces and dashes, or %NULL when it holds anything
 * else or is not 12 to 19 digits. */
static char *
normalize_number (const char *number)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '-')
        return (g_string_free (digits, TRUE), NULL);
      if (digits->len > 19)
        return (g_string_free (digits, TRUE), NULL);
    }
  if (digits->len < 12)
    return (g_string_free (digits, TRUE), NULL);
  return g_string_free (digits, FALSE);
}

/**
 * ds_demo_gateway_tokenize:
 * @exp_year: four digits
 * @card: (out caller-allocates): what the token stands for
 * @field: (out): on refusal, the field at fault ("number", "exp_month",
 *   "cvc")
 * @message: (out): on refusal, why, for the person typing
 *
 * Returns: (transfer full) (nullable): the token
 */
char *
ds_demo_gateway_tokenize (DsDb         *db,
                          const char   *number,
                          guint         exp_month,
                          guint         exp_year,
                          const char   *cvc,
                          DsCard       *card,
                          const char  **field,
                          const char  **message,
                          GError      **error)
{
  g_autofree char *digits = number != NULL ? normalize_number (number) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *token = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;
  const TestCard *test = NULL;
  gsize cvc_length = cvc != NULL ? strlen (cvc) : 0;
  g_autoptr(DsStmt) stmt = NULL;

  *field = NULL;
  *message = NULL;
  if (digits == NULL || !luhn_valid (digits))
    {
      *field = "number";
      *message = "This card number is not valid.";
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (test_cards); i++)
    if (g_str_equal (test_cards[i].number, digits))
      test = &test_cards[i];
  if (test == NULL)
    {
      *field = "number";
      *message = "The demo gateway takes test cards only, such as 4242 4242 4242 4242.";
      return NULL;
    }
  if (exp_month < 1 || exp_month > 12 || exp_year < 2000 || exp_year > 2100 ||
      exp_year * 12 + exp_month < (guint) g_date_time_get_year (now) * 12 + (guint) g_date_time_get_month (now))
    {
      *field = "exp_month";
      *message = "This card has expired, or its expiry date is not valid.";
      return NULL;
    }
  if (cvc_length < 3 || cvc_length > 4 || strspn (cvc, "0123456789") != cvc_length)
    {
      *field = "cvc";
      *message = "The security code is the 3 or 4 digits on the card.";
      return NULL;
    }

  {
    g_autofree char *secret = ds_new_token ();

    token = g_strconcat ("tok_demo_", secret, NULL);
  }
  stamp = ds_now_timestamp ();
  month = g_strdup_printf ("%u", exp_month);
  year = g_strdup_printf ("%u", exp_year);
  stmt = ds_db_prepare (db,
                        "INSERT INTO demo_gateway_tokens (token, brand, last4, exp_month, exp_year, outcome, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, token);
  ds_stmt_bind_text (stmt, 2, test->brand);
  ds_stmt_bind_text (stmt, 3, digits + strlen (digits) - 4);
  ds_stmt_bind_text (stmt, 4, month);
  ds_stmt_bind_text (stmt, 5, year);
  ds_stmt_bind_text (stmt, 6, test->outcome);
  ds_stmt_bind_text (stmt, 7, stamp);
  if (!ds_stmt_run (stmt, error))
    return NULL;

  card->brand = g_strdup (test->brand);
  card->last4 = g_strdup (digits + strlen (digits) - 4);
  card->exp_month = exp_month;
  card->exp_year = exp_year;
  return g_steal_pointer (&token);
}

static gboolean
demo_describe (DsGateway   *gateway,
               DsDb        *db,
               const char  *token,
               DsCard      *card,
               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT brand, last4, exp_month, exp_year FROM demo_gateway_tokens"
                                          " WHERE token = ?",
                                          error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, token);
  if (!ds_stmt_step_optional (stmt, &found, error) || !found)
    return FALSE;
  card->brand = ds_stmt_dup_text (stmt, 0);
  card->last4 = ds_stmt_dup_text (stmt, 1);
  card->exp_month = (guint) ds_stmt_get_int64 (stmt, 2);
  card->exp_year = (guint) ds_stmt_get_int64 (stmt, 3);
  return TRUE;
}

static DsChargeOutcome
outcome_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_strcmp0 (outcomes[i].name, name) == 0)
      return outcomes[i].outcome;
  return DS_CHARGE_DECLINED;
}

static gboolean
demo_charge (DsGateway             *gateway,
             DsDb                  *db,
             const DsChargeRequest *request,
             DsChargeResult        *result,
             GError               **error)
{
  g_autoptr(DsStmt) replay = NULL;
  g_autoptr(DsStmt) token = NULL;
  g_autoptr(DsStmt) insert = NULL;
  g_autofree char *charge_id = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *outcome = NULL;
  gboolean found;

  /* A retry answers as the first try did. */
  replay = ds_db_prepare (db, "SELECT charge_id, outcome FROM demo_gateway_charges WHERE idempotency_key = ?", error);
  if (replay == NULL)
    return FALSE;
  ds_stmt_bind_text (replay, 1, request->idempotency_key);
  if (!ds_stmt_step_optional (replay, &found, error))
    return FALSE;
  if (found)
    {
      result->outcome = outcome_from_name (ds_stmt_get_text (replay, 1));
      if (result->outcome == DS_CHARGE_SUCCEEDED)
        result->charge_id = ds_stmt_dup_text (replay, 0);
      return TRUE;
    }

  token = ds_db_prepare (db, "SELECT outcome FROM demo_gateway_tokens WHERE token = ?", error);
  if (token == NULL)
    return FALSE;
  ds_stmt_bind_text (token, 1, request->token);
  if (!ds_stmt_step_optional (token, &found, error))
    return FALSE;
  outcome = found ? ds_stmt_dup_text (token, 0) : g_strdup ("declined");

  {
    g_autofree char *random = ds_new_token ();

    charge_id = g_strconcat ("ch_demo_", random, NULL);
  }
  stamp = ds_now_timestamp ();
  amount = g_strdup_printf ("%" G_GINT64_FORMAT, request->amount_minor);
  insert = ds_db_prepare (db,
                          "INSERT INTO demo_gateway_charges (idempotency_key, charge_id, token, amount_minor, currency,"
                          " outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error);
  if (insert == NULL)
    return FALSE;
  ds_stmt_bind_text (insert, 1, request->idempotency_key);
  ds_stmt_bind_text (insert, 2, charge_id);
  ds_stmt_bind_text (insert, 3, request->token);
  ds_stmt_bind_text (insert, 4, amount);
  ds_stmt_bind_text (insert, 5, request->currency);
  ds_stmt_bind_text (insert, 6, outcome);
  ds_stmt_bind_text (insert, 7, stamp);
  if (!ds_stmt_run (insert, error))
    return FALSE;

  result->outcome = outcome_from_name (outcome);
  if (result->outcome == DS_CHARGE_SUCCEEDED)
    result->charge_id = g_steal_pointer (&charge_id);
  else if (result->outcome == DS_CHARGE_REQUIRES_ACTION)
    result->action_url = g_strconcat ("https://gateway.invalid/demo/confirm/", charge_id, NULL);
  return TRUE;
}

const DsGatewayDriver ds_demo_gateway_driver = {
  .name = "demo",
  .describe = demo_describe,
  .charge = demo_charge,
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <locale.h>

#include "doorstep-common.h"

static void
test_enums_round_trip (void)
{
  DoorstepRole role;
  DoorstepTiming timing;
  DoorstepRequestKind kind;
  DoorstepRequestStatus status;
  DoorstepCustomerType type;

  for (guint i = 0; i < doorstep_customer_type_get_count (); i++)
    {
      g_assert_true (doorstep_customer_type_from_string (doorstep_customer_type_to_string (i), &type));
      g_assert_cmpuint (type, ==, i);
      g_assert_nonnull (doorstep_customer_type_get_label (i));
    }
  g_assert_false (doorstep_customer_type_from_string ("Homeowner", &type));
  for (guint i = 0; i < doorstep_tag_colour_get_count (); i++)
    {
      DoorstepTagColour colour;

      g_assert_true (doorstep_tag_colour_from_string (doorstep_tag_colour_to_string (i), &colour));
      g_assert_cmpuint (colour, ==, i);
    }
  g_assert_false (doorstep_tag_colour_from_string ("grey", NULL));

  for (int i = DOORSTEP_ROLE_CUSTOMER; i <= DOORSTEP_ROLE_ADMIN; i++)
    {
      g_assert_true (doorstep_role_from_string (doorstep_role_to_string (i), &role));
      g_assert_cmpint (role, ==, i);
    }
  for (guint i = 0; i < doorstep_timing_get_count (); i++)
    {
      g_assert_true (doorstep_timing_from_string (doorstep_timing_to_string (i), &timing));
      g_assert_cmpuint (timing, ==, i);
    }
  g_assert_true (doorstep_request_kind_from_string ("quote", &kind));
  g_assert_cmpint (kind, ==, DOORSTEP_REQUEST_KIND_QUOTE);
  g_assert_true (doorstep_request_status_from_string ("in_review", &status));
  g_assert_cmpint (status, ==, DOORSTEP_REQUEST_STATUS_IN_REVIEW);

  g_assert_false (doorstep_role_from_string ("Admin", &role));
  g_assert_false (doorstep_role_from_string ("", &role));
  g_assert_false (doorstep_role_from_string (NULL, &role));
  g_assert_false (doorstep_timing_from_string ("tomorrow", NULL));

  g_assert_false (doorstep_role_is_staff (DOORSTEP_ROLE_CUSTOMER));
  g_assert_true (doorstep_role_is_staff (DOORSTEP_ROLE_TECHNICIAN));
  g_assert_true (doorstep_role_is_staff (DOORSTEP_ROLE_OPERATOR));
  g_assert_true (doorstep_role_is_staff (DOORSTEP_ROLE_ADMIN));
  g_assert_cmpstr (doorstep_role_get_label (DOORSTEP_ROLE_ADMIN), ==, "Administrator");
}

static void
test_quote_totals (void)
{
  /* 1/3 of an hour at $100.00 is 33.333…: rounds down; 2.5 × $0.01 is
   * 2.5 cents: rounds half away from zero to 3. */
  g_assert_cmpint (doorstep_quote_line_amount (333, 10000), ==, 3330);
  g_assert_cmpint (doorstep_quote_line_amount (2500, 1), ==, 3);
  g_assert_cmpint (doorstep_quote_line_amount (1500, 1), ==, 2);
  g_assert_cmpint (doorstep_quote_line_amount (DOORSTEP_QUOTE_QUANTITY_MAX, DOORSTEP_QUOTE_PRICE_MAX),
                   ==, G_GINT64_CONSTANT (100000000000000000));

  {
    const DoorstepQuoteLine lines[] = {
      { 1000, 10001, FALSE, TRUE },   /* 100.01 */
      { 1000, 5000, TRUE, FALSE },    /* optional, not chosen */
      { 1000, 2000, TRUE, TRUE },     /* optional, chosen: 20.00 */
      { 1000, 0, FALSE, FALSE },      /* required is always in, even marked unselected */
    };
    DoorstepQuoteTotals totals;

    /* Tax is rounded once on (subtotal − discount): 8.25% of 110.01 = 9.075825 → 9.08 */
    doorstep_quote_compute_lines (lines, G_N_ELEMENTS (lines), 1000, 825, &totals);
    g_assert_cmpint (totals.subtotal, ==, 12001);
    g_assert_cmpint (totals.discount, ==, 1000);
    g_assert_cmpint (totals.tax, ==, 908);
    g_assert_cmpint (totals.total, ==, 11909);

    /* 110.01 × 5% = 5.5005 → 5.50; a half cent rounds up: 0.10 × 5% = 0.005 → 0.01 */
    doorstep_quote_compute_lines (lines, 3, 1000, 500, &totals);
    g_assert_cmpint (totals.tax, ==, 550);
    doorstep_quote_compute_lines ((DoorstepQuoteLine[]) { { 1000, 10, FALSE, TRUE } }, 1, 0, 5000, &totals);
    g_assert_cmpint (totals.tax, ==, 5);
    doorstep_quote_compute_lines ((DoorstepQuoteLine[]) { { 1000, 1, FALSE, TRUE } }, 1, 0, 5000, &totals);
    g_assert_cmpint (totals.tax, ==, 1);

    /* A discount never takes the total below zero. */
    doorstep_quote_compute_lines (lines, 1, 50000, 825, &totals);
    g_assert_cmpint (totals.discount, ==, 10001);
    g_assert_cmpint (totals.total, ==, 0);
  }

  {
    g_autofree char *a = doorstep_quantity_format (2500);
    g_autofree char *b = doorstep_quantity_format (1000);
    g_autofree char *c = doorstep_quantity_format (125);
    g_autofree char *d = doorstep_tax_rate_format (825);
    g_assert_cmpstr (a, ==, "2.5");
    g_assert_cmpstr (b, ==, "1");
    g_assert_cmpstr (c, ==, "0.125");
    g_assert_cmpstr (d, ==, "8.25%");
  }
}

/* What a customer types as an amount, read back in minor units, and
 * what is refused. */
static void
test_money_parse (void)
{
  const struct {
    const char *text;
    const char *currency;
    gboolean    valid;
    gint64      amount;
  } cases[] = {
    { "28", "USD", TRUE, 2800 },
    { "28.5", "USD", TRUE, 2850 },
    { "$1,028.50", "USD", TRUE, 102850 },
    { " 28.05 ", "USD", TRUE, 2805 },
    { ".5", "USD", TRUE, 50 },
    { "USD 12", "USD", TRUE, 1200 },
    { "1200", "JPY", TRUE, 1200 },
    { "1.234", "KWD", TRUE, 1234 },
    { "", "USD", FALSE, 0 },
    { "$", "USD", FALSE, 0 },
    { "-5", "USD", FALSE, 0 },
    { "28.505", "USD", FALSE, 0 },
    { "1.5", "JPY", FALSE, 0 },
    { "12a", "USD", FALSE, 0 },
    { "1.2.3", "USD", FALSE, 0 },
    { ",5", "USD", FALSE, 0 },
    { "99999999999999999999", "USD", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 amount = -1;
      gboolean valid = doorstep_money_parse (cases[i].text, cases[i].currency, &amount);

      g_assert_cmpint (valid, ==, cases[i].valid);
      if (valid)
        g_assert_cmpint (amount, ==, cases[i].amount);
    }
}

static void
test_money_format (void)
{
  const struct { gint64 amount; const char *currency; const char *expected; } cases[] = {
    { 0,                 "USD", "$0.00" },
    { 5,                 "USD", "$0.05" },
    { 123456,            "USD", "$1,234.56" },
    { -2550,             "EUR", "−€25.50" },
    { 100000000,         "GBP", "£1,000,000.00" },
    { 1200,              "JPY", "¥1,200" },
    { 12345,             "KWD", "KWD 12.345" },
    { 1999,              "CHF", "CHF 19.99" },
    { 99,                "CAD", "CA$0.99" },
    { G_MININT64,        "USD", "−$92,233,720,368,547,758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = doorstep_money_format (cases[i].amount, cases[i].currency);
      g_assert_cmpstr (formatted, ==, cases[i].expected);
    }

  g_assert_true (doorstep_currency_is_valid ("USD"));
  g_assert_false (doorstep_currency_is_valid ("usd"));
  g_assert_false (doorstep_currency_is_valid ("US"));
  g_assert_false (doorstep_currency_is_valid (NULL));
  g_assert_cmpuint (doorstep_currency_get_minor_digits ("JPY"), ==, 0);
  g_assert_cmpuint (doorstep_currency_get_minor_digits ("BHD"), ==, 3);
  g_assert_cmpuint (doorstep_currency_get_minor_digits ("SEK"), ==, 2);
}

static void
test_validate_email (void)
{
  const char *good[] = { "a@b.co", "maya.okafor@example.com", "x+tag@sub.example.org", "ü@exämple.de" };
  const char *bad[] = { "", "plain", "@example.com", "a@", "a@b", "a@.com", "a@b.", "a b@c.com",
                        "a@@b.com", "a@b..com", "a@b.com\n" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (doorstep_validate_email (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (doorstep_validate_email (bad[i]));
  g_assert_false (doorstep_validate_email (NULL));
}

static void
test_validate_phone (void)
{
  g_autofree char *a = doorstep_phone_normalize ("+1 (503) 555-0142");
  g_autofree char *b = doorstep_phone_normalize ("503.555.0142");

  g_assert_cmpstr (a, ==, "+15035550142");
  g_assert_cmpstr (b, ==, "5035550142");
  g_assert_true (doorstep_validate_phone ("020 7946 0958"));
  g_assert_false (doorstep_validate_phone ("12345"));                 /* too short */
  g_assert_false (doorstep_validate_phone ("1234567890123456"));      /* too long */
  g_assert_false (doorstep_validate_phone ("555-CALL-NOW"));
  g_assert_false (doorstep_validate_phone ("1+5035550142"));
  g_assert_false (doorstep_validate_phone (NULL));
}

static void
test_validate_text (void)
{
  g_assert_true (doorstep_validate_text ("Leaking tap", 20));
  g_assert_false (doorstep_validate_text ("   \n\t", 20));
  g_assert_false (doorstep_validate_text ("", 20));
  g_assert_true (doorstep_validate_text ("ééé", 3));      /* characters, not bytes */
  g_assert_false (doorstep_validate_text ("éééé", 3));
  g_assert_false (doorstep_validate_text ("\xff\xfe", 20));
  g_assert_false (doorstep_validate_text (NULL, 20));
}

static void
test_check_lines (void)
{
  g_assert_cmpint (doorstep_check_lines ("Gate code 4321.\nDog in the yard.", 40), ==, DOORSTEP_TEXT_OK);
  g_assert_cmpint (doorstep_check_lines ("Filter:\t16×25×1\r\n", 40), ==, DOORSTEP_TEXT_OK);
  g_assert_cmpint (doorstep_check_lines ("ééé", 3), ==, DOORSTEP_TEXT_OK);  /* characters, not bytes */
  g_assert_cmpint (doorstep_check_lines ("éééé", 3), ==, DOORSTEP_TEXT_TOO_LONG);
  g_assert_cmpint (doorstep_check_lines (" \n\t ", 40), ==, DOORSTEP_TEXT_BLANK);
  g_assert_cmpint (doorstep_check_lines ("", 40), ==, DOORSTEP_TEXT_BLANK);
  g_assert_cmpint (doorstep_check_lines (NULL, 40), ==, DOORSTEP_TEXT_BLANK);
  g_assert_cmpint (doorstep_check_lines ("Ring\a twice", 40), ==, DOORSTEP_TEXT_CONTROL);
  g_assert_cmpint (doorstep_check_lines ("A lone\rreturn", 40), ==, DOORSTEP_TEXT_CONTROL);
  g_assert_cmpint (doorstep_check_lines ("Escape \x1b[31m", 40), ==, DOORSTEP_TEXT_CONTROL);
  g_assert_cmpint (doorstep_check_lines ("C1 \xc2\x85 next line", 40), ==, DOORSTEP_TEXT_CONTROL);
  g_assert_cmpint (doorstep_check_lines ("\xff\xfe", 40), ==, DOORSTEP_TEXT_CONTROL);
}

static void
test_json_check (void)
{
  const struct {
    const char        *text;
    DoorstepJsonCheck  expected;
  } cases[] = {
    { "{}", DOORSTEP_JSON_OK },
    { "  {\"a\": [1, {\"b\": 2}]}\n", DOORSTEP_JSON_OK },
    { "{\"a\": \"[[[[{{{{\\\"\"}", DOORSTEP_JSON_OK },
    { "{\"a\": 1,}", DOORSTEP_JSON_OK },  /* invalid, but the parser says so */
    { "", DOORSTEP_JSON_NOT_AN_OBJECT },
    { "[1, 2]", DOORSTEP_JSON_NOT_AN_OBJECT },
    { "2{\"a\": 1}", DOORSTEP_JSON_NOT_AN_OBJECT },
    { "{\"a\": 1}{\"b\": 2}", DOORSTEP_JSON_NOT_AN_OBJECT },
    { "{\"a\": 1} x", DOORSTEP_JSON_NOT_AN_OBJECT },
    { "{\"a\": [[[[[[[[]]]]]]]]}", DOORSTEP_JSON_TOO_DEEP },
    { "{\"a\": -1.5e+3, \"b\": [true, false, null]}", DOORSTEP_JSON_OK },
    /* What json-glib reads and JSON has not, which could hide depth. */
    { "{\"a\": /*\"*/ [[[[[[[[]]]]]]]] /*\"*/}", DOORSTEP_JSON_INVALID },
    { "{\"a\": 1 // \"\n}", DOORSTEP_JSON_INVALID },
    { "{'\"': [[[[[[[[]]]]]]]], \"b\": \"'\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": $ff}", DOORSTEP_JSON_INVALID },
    /* Escapes: JSON's own, and a surrogate only as the first of a pair;
     * json-glib 1.6 leaks what it read when a \u escape after a surrogate
     * is cut short. */
    { "{\"a\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"}", DOORSTEP_JSON_OK },
    { "{\"a\": \"\\u0000\"}", DOORSTEP_JSON_HAS_NUL },
    { "{\"a\": \"\\x41\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\u00g1\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\u00", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\udeak\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\udc00\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\ud800\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\ud800\\u1a\"}", DOORSTEP_JSON_INVALID },
    { "{\"a\": \"\\ud800\\u0041\"}", DOORSTEP_JSON_INVALID },
    { "{\"eak\\udeak\\u1a", DOORSTEP_JSON_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (doorstep_json_check_object (cases[i].text, strlen (cases[i].text), 8), ==, cases[i].expected);
}

static void
test_initials (void)
{
  const char *cases[][2] = {
    { "Northwind Home Services", "NH" },
    { "maya okafor", "MO" },
    { "Ørsted", "Ø" },
    { "  ", "?" },
    { NULL, "?" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *initials = doorstep_initials (cases[i][0]);
      g_assert_cmpstr (initials, ==, cases[i][1]);
    }
}

static void
test_timestamps (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GDateTime) local = g_date_time_new (tz, 2026, 11, 22, 8, 5, 9);
  g_autofree char *formatted = doorstep_timestamp_format (local);
  g_autoptr(GDateTime) parsed = doorstep_timestamp_parse (formatted);
  g_autoptr(GDateTime) offset = doorstep_timestamp_parse ("2026-11-22T17:05:09+01:00");
  GDate date;

  g_assert_cmpstr (formatted, ==, "2026-11-22T16:05:09Z");
  g_assert_nonnull (parsed);
  g_assert_true (g_date_time_equal (parsed, local));
  g_assert_nonnull (offset);
  g_assert_true (g_date_time_equal (offset, local));
  g_assert_null (doorstep_timestamp_parse ("2026-11-22T16:05:09"));   /* no zone */
  g_assert_null (doorstep_timestamp_parse ("2026-11-22"));
  g_assert_null (doorstep_timestamp_parse ("yesterday"));

  g_assert_true (doorstep_local_date_parse ("2028-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_false (doorstep_local_date_parse ("2027-02-29", NULL));
  g_assert_false (doorstep_local_date_parse ("2027-2-28", NULL));
  g_assert_false (doorstep_local_date_parse ("2027-13-01", NULL));
}

static void
test_clock_times (void)
{
  guint minutes;
  g_autofree char *formatted = doorstep_clock_time_format (450);

  g_assert_true (doorstep_clock_time_parse ("07:30", &minutes));
  g_assert_cmpuint (minutes, ==, 450);
  g_assert_true (doorstep_clock_time_parse ("24:00", &minutes));
  g_assert_cmpuint (minutes, ==, 1440);
  g_assert_false (doorstep_clock_time_parse ("24:01", NULL));
  g_assert_false (doorstep_clock_time_parse ("7:30", NULL));
  g_assert_false (doorstep_clock_time_parse ("07:60", NULL));
  g_assert_cmpstr (formatted, ==, "07:30");
}

static const DoorstepHoursSpan demo_hours[] = {
  { 1, 450, 1080 }, { 2, 450, 1080 }, { 3, 450, 1080 }, { 4, 450, 1080 },
  { 5, 450, 1080 }, { 6, 540, 840 },
};

static char *
describe_at (int  day,
             int  hour,
             int  minute,
             gboolean *is_open)
{
  /* November 2026: the 23rd is a Monday. */
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GDateTime) when = g_date_time_new (tz, 2026, 11, day, hour, minute, 0);

  return doorstep_hours_describe (demo_hours, G_N_ELEMENTS (demo_hours), when, is_open);
}

static void
test_hours (void)
{
  const struct { int day, hour, minute; gboolean open; const char *text; } cases[] = {
    { 23, 7, 29, FALSE, "Closed · opens at 07:30" },
    { 23, 7, 30, TRUE,  "Open now · closes 18:00" },
    { 23, 17, 59, TRUE, "Open now · closes 18:00" },
    { 23, 18, 0, FALSE, "Closed · opens tomorrow at 07:30" },
    { 27, 20, 0, FALSE, "Closed · opens tomorrow at 09:00" },   /* Friday evening */
    { 28, 13, 0, TRUE,  "Open now · closes 14:00" },            /* Saturday */
    { 28, 15, 0, FALSE, "Closed · opens Monday at 07:30" },
    { 29, 12, 0, FALSE, "Closed · opens tomorrow at 07:30" },   /* Sunday */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean is_open = !cases[i].open;
      g_autofree char *text = describe_at (cases[i].day, cases[i].hour, cases[i].minute, &is_open);
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
      g_autoptr(GDateTime) when = g_date_time_new (tz, 2026, 11, cases[i].day, cases[i].hour, cases[i].minute, 0);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpint (is_open, ==, cases[i].open);
      g_assert_cmpint (doorstep_hours_is_open (demo_hours, G_N_ELEMENTS (demo_hours), when), ==, cases[i].open);
    }

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autofree char *never = doorstep_hours_describe (NULL, 0, now, NULL);
    g_assert_cmpstr (never, ==, "Closed");
  }
}

static void
test_hours_in_business_timezone (void)
{
  /* 16:00 UTC on a Monday is 08:00 in Portland: open there, whatever the
   * zone of the computer looking. */
  g_autoptr(GTimeZone) portland = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 11, 23, 16, 0, 0);
  g_autoptr(GDateTime) there = g_date_time_to_timezone (utc, portland);
  g_autoptr(GDateTime) early_utc = g_date_time_new_utc (2026, 11, 23, 14, 0, 0);
  g_autoptr(GDateTime) early_there = g_date_time_to_timezone (early_utc, portland);

  g_assert_true (doorstep_hours_is_open (demo_hours, G_N_ELEMENTS (demo_hours), there));
  g_assert_false (doorstep_hours_is_open (demo_hours, G_N_ELEMENTS (demo_hours), early_there));
}

int
main (int    argc,
      char **argv)
{
  /* Weekday names and formats in English, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/common/enums/round-trip", test_enums_round_trip);
  g_test_add_func ("/common/money/format", test_money_format);
  g_test_add_func ("/common/money/parse", test_money_parse);
  g_test_add_func ("/common/quote/totals", test_quote_totals);
  g_test_add_func ("/common/validate/email", test_validate_email);
  g_test_add_func ("/common/validate/phone", test_validate_phone);
  g_test_add_func ("/common/validate/text", test_validate_text);
  g_test_add_func ("/common/validate/initials", test_initials);
  g_test_add_func ("/common/validate/check-lines", test_check_lines);
  g_test_add_func ("/common/validate/json-check", test_json_check);
  g_test_add_func ("/common/time/timestamps", test_timestamps);
  g_test_add_func ("/common/time/clock", test_clock_times);
  g_test_add_func ("/common/time/hours", test_hours);
  g_test_add_func ("/common/time/hours-timezone", test_hours_in_business_timezone);

  return g_test_run ();
}

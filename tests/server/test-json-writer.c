/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ds-json-writer.h"

/* What the server writes as JSON is read back as written by json-glib,
 * whatever the strings hold. */

static void
test_round_trip (void)
{
  const char *strings[] = { "", "plain", "quote \" and backslash \\", "tab\tnew\nline\r\x01\x1f",
                            "Ünïcödé — 家 😀", "</script>", "bad \xff\xfe utf-8" };
  g_autoptr(DsJsonWriter) writer = ds_json_writer_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *root, *nested;
  JsonArray *array;
  gsize length;

  ds_json_writer_begin_object (writer);
  ds_json_writer_set_member_name (writer, "strings");
  ds_json_writer_begin_array (writer);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    ds_json_writer_add_string_value (writer, strings[i]);
  ds_json_writer_end_array (writer);
  ds_json_writer_set_member_name (writer, "empty");
  ds_json_writer_begin_array (writer);
  ds_json_writer_end_array (writer);
  ds_json_writer_set_member_name (writer, "nested");
  ds_json_writer_begin_object (writer);
  ds_json_writer_set_member_name (writer, "min");
  ds_json_writer_add_int_value (writer, G_MININT64);
  ds_json_writer_set_member_name (writer, "max");
  ds_json_writer_add_int_value (writer, G_MAXINT64);
  ds_json_writer_set_member_name (writer, "zero");
  ds_json_writer_add_int_value (writer, 0);
  ds_json_writer_set_member_name (writer, "negative");
  ds_json_writer_add_int_value (writer, -1205);
  ds_json_writer_set_member_name (writer, "yes");
  ds_json_writer_add_boolean_value (writer, TRUE);
  ds_json_writer_set_member_name (writer, "nothing");
  ds_json_writer_add_null_value (writer);
  ds_json_writer_set_member_name (writer, "objects");
  ds_json_writer_begin_array (writer);
  ds_json_writer_begin_object (writer);
  ds_json_writer_end_object (writer);
  ds_json_writer_begin_object (writer);
  ds_json_writer_set_member_name (writer, "a \"key\"");
  ds_json_writer_add_int_value (writer, 1);
  ds_json_writer_end_object (writer);
  ds_json_writer_end_array (writer);
  ds_json_writer_end_object (writer);
  ds_json_writer_end_object (writer);

  text = ds_json_writer_take_text (writer, &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  array = json_object_get_array_member (root, "strings");
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (strings));
  for (guint i = 0; i + 1 < G_N_ELEMENTS (strings); i++)
    g_assert_cmpstr (json_array_get_string_element (array, i), ==, strings[i]);
  g_assert_true (g_str_has_prefix (json_array_get_string_element (array, G_N_ELEMENTS (strings) - 1), "bad "));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "empty")), ==, 0);
  nested = json_object_get_object_member (root, "nested");
  g_assert_cmpint (json_object_get_int_member (nested, "min"), ==, G_MININT64);
  g_assert_cmpint (json_object_get_int_member (nested, "max"), ==, G_MAXINT64);
  g_assert_cmpint (json_object_get_int_member (nested, "zero"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (nested, "negative"), ==, -1205);
  g_assert_true (json_object_get_boolean_member (nested, "yes"));
  g_assert_true (json_object_get_null_member (nested, "nothing"));
  array = json_object_get_array_member (nested, "objects");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 1), "a \"key\""), ==, 1);

  /* Emptied by the take: it writes anew. */
  ds_json_writer_add_int_value (writer, 7);
  g_free (text);
  text = ds_json_writer_take_text (writer, NULL);
  g_assert_cmpstr (text, ==, "7");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-writer/round-trip", test_round_trip);
  return g_test_run ();
}

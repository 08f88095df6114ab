/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-common.h"
#include "ds-json.h"

/**
 * ds_json_parse_body:
 * @data: a request body, from outside, of any bytes
 *
 * Returns: (transfer full) (nullable): the JSON object @data holds, or
 *   %NULL with @error: 400 for what is not one JSON object (or nests too
 *   deep), 422 for a string holding a NUL, which is refused rather than
 *   cut short at it
 */
JsonObject *
ds_json_parse_body (const char  *data,
                    gsize        size,
                    GError     **error)
{
  DoorstepJsonCheck result;
  JsonObject *object = doorstep_json_parse_object (data, size, &result);

  switch (result)
    {
    case DOORSTEP_JSON_OK:
      break;
    case DOORSTEP_JSON_TOO_DEEP:
      ds_set_problem_printf (error, DS_ERROR_BAD_REQUEST, "malformed-json",
                             "The request body nests arrays and objects more than %d deep.",
                             DOORSTEP_JSON_DEPTH_MAX);
      break;
    case DOORSTEP_JSON_NOT_AN_OBJECT:
      ds_set_problem (error, DS_ERROR_BAD_REQUEST, "malformed-json", "The request body must be one JSON object.");
      break;
    case DOORSTEP_JSON_HAS_NUL:
      ds_set_problem (error, DS_ERROR_INVALID, "validation",
                      "The request body has a NUL character in it, which no field takes.");
      break;
    case DOORSTEP_JSON_INVALID:
    default:
      ds_set_problem (error, DS_ERROR_BAD_REQUEST, "malformed-json", "The request body is not valid JSON.");
      break;
    }
  return object;
}

/**
 * ds_json_get_boolean:
 * @errors: where a member of the wrong type is reported
 *
 * Returns: the boolean member; @default_value when it is missing or null,
 *   or not a boolean (then with "Must be true or false." in @errors)
 */
gboolean
ds_json_get_boolean (JsonObject *object,
                     const char *member,
                     gboolean    default_value,
                     GHashTable *errors)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return default_value;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      ds_field_errors_add (errors, member, "Must be true or false.");
      return default_value;
    }
  return json_node_get_boolean (node);
}

/**
 * ds_json_get_string:
 * @errors: where a member of the wrong type is reported
 *
 * Returns: (nullable): the string member, or %NULL when it is missing,
 *   null, or not a string (then with "Must be a string." in @errors)
 */
const char *
ds_json_get_string (JsonObject *object,
                    const char *member,
                    GHashTable *errors)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      ds_field_errors_add (errors, member, "Must be a string.");
      return NULL;
    }
  return json_node_get_string (node);
}

/* A string member that must be there: a missing one gets @missing_message. */
const char *
ds_json_require_string (JsonObject *object,
                        const char *member,
                        GHashTable *errors,
                        const char *missing_message)
{
  const char *value = ds_json_get_string (object, member, errors);

  if (value == NULL && !g_hash_table_contains (errors, member))
    ds_field_errors_add (errors, member, missing_message);
  return value;
}

/**
 * ds_base64_decode:
 *
 * Returns: (transfer full) (nullable): the bytes @text encodes, or %NULL
 *   unless @text is plain base64 (RFC 4648, padded, no line breaks)
 */
GBytes *
ds_base64_decode (const char *text)
{
  gsize length = strlen (text);
  guchar *decoded;
  gsize size;

  if (length == 0 || length % 4 != 0)
    return NULL;
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (g_ascii_isalnum (c) || c == '+' || c == '/')
        continue;
      /* '=' pads only the last one or two places */
      if (c == '=' && i >= length - 2 && (i == length - 1 || text[length - 1] == '='))
        continue;
      return NULL;
    }

  decoded = g_base64_decode (text, &size);
  return g_bytes_new_take (decoded, size);
}

/* @value may be %NULL: the member is then null. */
void
ds_json_add_string (DsJsonWriter *builder,
                    const char  *member,
                    const char  *value)
{
  ds_json_writer_set_member_name (builder, member);
  if (value != NULL)
    ds_json_writer_add_string_value (builder, value);
  else
    ds_json_writer_add_null_value (builder);
}

void
ds_json_add_int (DsJsonWriter *builder,
                 const char  *member,
                 gint64       value)
{
  ds_json_writer_set_member_name (builder, member);
  ds_json_writer_add_int_value (builder, value);
}

void
ds_json_add_boolean (DsJsonWriter *builder,
                     const char  *member,
                     gboolean     value)
{
  ds_json_writer_set_member_name (builder, member);
  ds_json_writer_add_boolean_value (builder, value);
}

/* {"amount_minor": 12345, "currency": "USD"} */
void
ds_json_add_money (DsJsonWriter *builder,
                   const char  *member,
                   gint64       amount_minor,
                   const char  *currency)
{
  ds_json_writer_set_member_name (builder, member);
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "amount_minor", amount_minor);
  ds_json_add_string (builder, "currency", currency);
  ds_json_writer_end_object (builder);
}

/**
 * ds_json_add_link:
 * @id: (nullable): what is linked to; %NULL writes null
 *
 * Writes @member as {"id": @id, @name_key: @name}: a record another links
 * to, by its id and the number or title people know it by.
 */
void
ds_json_add_link (DsJsonWriter *builder,
                  const char   *member,
                  const char   *id,
                  const char   *name_key,
                  const char   *name)
{
  ds_json_writer_set_member_name (builder, member);
  if (id == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", id);
  ds_json_add_string (builder, name_key, name);
  ds_json_writer_end_object (builder);
}

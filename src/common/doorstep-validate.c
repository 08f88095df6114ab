/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-validate.h"

/**
 * doorstep_validate_email:
 * @email: (nullable): an address as a person typed it
 *
 * A deliberately plain check: one "@", a non-empty local part, a domain with
 * a dot that does not start or end the domain, no spaces, at most 254 bytes.
 * Whether the mailbox exists is for the mail system to say.
 */
gboolean
doorstep_validate_email (const char *email)
{
  const char *at;
  const char *domain;
  const char *dot;

  if (email == NULL || *email == '\0' || strlen (email) > DOORSTEP_EMAIL_MAX)
    return FALSE;
  if (!g_utf8_validate (email, -1, NULL))
    return FALSE;

  for (const char *p = email; *p; p++)
    if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
      return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  domain = at + 1;
  dot = strrchr (domain, '.');
  if (dot == NULL || dot == domain || dot[1] == '\0' || domain[0] == '.')
    return FALSE;
  if (strstr (domain, "..") != NULL)
    return FALSE;

  return TRUE;
}

/**
 * doorstep_phone_normalize:
 * @phone: (nullable): a number as a person typed it: "+1 (555) 010-2030"
 *
 * Returns: (transfer full) (nullable): the number as a leading "+" (if any)
 *   and digits, fit for a tel: URI, or %NULL if it holds anything but digits
 *   and the usual separators, or not 7 to 15 digits (E.164's range).
 */
char *
doorstep_phone_normalize (const char *phone)
{
  GString *out;
  guint digits = 0;

  if (phone == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (out, *p);
          digits++;
        }
      else if (*p == '+' && out->len == 0 && digits == 0)
        g_string_append_c (out, '+');
      else if (*p == ' ' || *p == '-' || *p == '.' || *p == '(' || *p == ')')
        continue;
      else
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }

  if (digits < 7 || digits > 15)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

gboolean
doorstep_validate_phone (const char *phone)
{
  g_autofree char *normalized = doorstep_phone_normalize (phone);
  return normalized != NULL;
}

/**
 * doorstep_validate_text:
 * @text: (nullable): free text
 * @max_chars: the most characters it may have
 *
 * Returns: whether @text is valid UTF-8, not only white space, and at most
 *   @max_chars characters long.
 */
gboolean
doorstep_validate_text (const char *text,
                        gsize       max_chars)
{
  gboolean has_content = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  if (g_utf8_strlen (text, -1) > (glong) max_chars)
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        has_content = TRUE;
        break;
      }

  return has_content;
}

/**
 * doorstep_check_lines:
 * @text: (nullable): free text of one or more lines, such as a note
 * @max_chars: the most characters it may have
 *
 * Returns: what is wrong with @text: blank, longer than @max_chars, or
 *   holding a control character other than a line break ("\n", "\r\n")
 *   or a tab; %DOORSTEP_TEXT_OK when nothing is
 */
DoorstepTextCheck
doorstep_check_lines (const char *text,
                      gsize       max_chars)
{
  gboolean has_content = FALSE;
  glong length = 0;

  if (text == NULL)
    return DOORSTEP_TEXT_BLANK;
  if (!g_utf8_validate (text, -1, NULL))
    return DOORSTEP_TEXT_CONTROL;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t' && !(c == '\r' && p[1] == '\n'))
        return DOORSTEP_TEXT_CONTROL;
      if (!g_unichar_isspace (c))
        has_content = TRUE;
      length++;
    }
  if (!has_content)
    return DOORSTEP_TEXT_BLANK;
  return length > (glong) max_chars ? DOORSTEP_TEXT_TOO_LONG : DOORSTEP_TEXT_OK;
}

/**
 * doorstep_initials:
 * @name: (nullable): a person's or business's name
 *
 * Returns: (transfer full): up to two upper-case initials, "?" for no name
 */
char *
doorstep_initials (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean at_word_start = TRUE;
  guint count = 0;

  for (const char *p = name; p != NULL && *p && count < 2; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (at_word_start)
            {
              g_string_append_unichar (out, g_unichar_toupper (c));
              count++;
            }
          at_word_start = FALSE;
        }
      else
        at_word_start = TRUE;
    }

  if (out->len == 0)
    g_string_append_c (out, '?');

  return g_string_free (out, FALSE);
}

/* The four hex digits of a \u escape at @at, as a UTF-16 unit. */
static gboolean
read_unit (const char *data,
           gsize       size,
           gsize       at,
           gunichar   *unit)
{
  *unit = 0;
  if (at + 4 > size)
    return FALSE;
  for (gsize i = at; i < at + 4; i++)
    {
      if (!g_ascii_isxdigit (data[i]))
        return FALSE;
      *unit = *unit * 16 + (gunichar) g_ascii_xdigit_value (data[i]);
    }
  return TRUE;
}

/* The escape whose backslash is at @at: one of JSON's, a \u escape of a
 * character other than NUL, a surrogate only as the first of a pair.
 * @end: where the escape's last byte is. json-glib 1.6 leaks the string
 * it was reading when a \u escape is cut short after a surrogate, so
 * what it would refuse is refused here first. */
static DoorstepJsonCheck
check_escape (const char *data,
              gsize       size,
              gsize       at,
              gsize      *end)
{
  gunichar unit, low;

  if (at + 1 >= size)
    return DOORSTEP_JSON_INVALID;
  switch (data[at + 1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      *end = at + 1;
      return DOORSTEP_JSON_OK;
    case 'u':
      break;
    default:
      return DOORSTEP_JSON_INVALID;
    }

  if (!read_unit (data, size, at + 2, &unit))
    return DOORSTEP_JSON_INVALID;
  if (unit == 0)
    return DOORSTEP_JSON_HAS_NUL;
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return DOORSTEP_JSON_INVALID;
  if (unit < 0xD800 || unit > 0xDBFF)
    {
      *end = at + 5;
      return DOORSTEP_JSON_OK;
    }
  if (at + 7 >= size || data[at + 6] != '\\' || data[at + 7] != 'u' ||
      !read_unit (data, size, at + 8, &low) || low < 0xDC00 || low > 0xDFFF)
    return DOORSTEP_JSON_INVALID;
  *end = at + 11;
  return DOORSTEP_JSON_OK;
}

/**
 * doorstep_json_check_object:
 * @data: JSON text from outside, not necessarily valid or NUL-terminated
 *
 * What must hold of JSON text before json-glib parses it, checked in one
 * pass and constant memory on any input: it is one object (whitespace
 * around it, nothing after it) nested no deeper than @max_depth. The
 * parser recurses once per level, and json-glib 1.6 leaks what it parsed
 * when a second value follows the first. Outside strings only what JSON
 * has may appear: json-glib also skips C and C++ comments and reads
 * single-quoted strings, either of which could hide from this count the
 * brackets the parser then recurses into. A NUL, raw or as \u0000 in a
 * string, is refused: json-glib would hand on the string cut short at it;
 * so are escapes JSON does not have and \u escapes that are not four hex
 * digits or that leave a surrogate unpaired (check_escape()).
 * Whether the text is otherwise valid JSON is for the parser to say once
 * this has passed.
 */
DoorstepJsonCheck
doorstep_json_check_object (const char *data,
                            gsize       size,
                            guint       max_depth)
{
  gboolean in_string = FALSE;
  gboolean closed = FALSE;
  guint depth = 0;
  gsize i = 0;

  while (i < size && g_ascii_isspace (data[i]))
    i++;
  if (i == size || data[i] != '{')
    return DOORSTEP_JSON_NOT_AN_OBJECT;

  for (; i < size; i++)
    {
      char c = data[i];

      if (c == '\0')
        return DOORSTEP_JSON_HAS_NUL;
      if (closed)
        {
          if (!g_ascii_isspace (c))
            return DOORSTEP_JSON_NOT_AN_OBJECT;
          continue;
        }

      if (in_string)
        {
          gsize end;

          if (c == '"')
            in_string = FALSE;
          else if (c == '\\')
            {
              DoorstepJsonCheck escape = check_escape (data, size, i, &end);

              if (escape != DOORSTEP_JSON_OK)
                return escape;
              i = end;
            }
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            return DOORSTEP_JSON_TOO_DEEP;
          break;
        case ']':
        case '}':
          if (--depth == 0)
            closed = TRUE;
          break;
        case ' ': case '\t': case '\n': case '\r':
        case ':': case ',': case '-': case '+': case '.':
          break;
        default:
          /* Numbers, and the letters of true, false, null and exponents;
           * nothing else is JSON here. */
          if (!g_ascii_isalnum (c))
            return DOORSTEP_JSON_INVALID;
          break;
        }
    }
  return DOORSTEP_JSON_OK;
}

/**
 * doorstep_json_parse_object:
 * @data: JSON text from outside, of any bytes
 * @result: (out) (optional): why there is no object, or %DOORSTEP_JSON_OK
 *
 * The one way JSON from outside is parsed, on either side: checked with
 * doorstep_json_check_object() (at most %DOORSTEP_JSON_DEPTH_MAX deep),
 * then parsed.
 *
 * Returns: (transfer full) (nullable): the object @data holds
 */
JsonObject *
doorstep_json_parse_object (const char        *data,
                            gsize              size,
                            DoorstepJsonCheck *result)
{
  g_autoptr(JsonParser) parser = NULL;
  DoorstepJsonCheck check = doorstep_json_check_object (data, size, DOORSTEP_JSON_DEPTH_MAX);
  JsonNode *root;

  if (result != NULL)
    *result = check;
  if (check != DOORSTEP_JSON_OK)
    return NULL;

  parser = json_parser_new_immutable ();
  if (size > G_MAXSSIZE || !json_parser_load_from_data (parser, data, (gssize) size, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      if (result != NULL)
        *result = DOORSTEP_JSON_INVALID;
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

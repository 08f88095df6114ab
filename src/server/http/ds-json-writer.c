/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-json-writer.h"

/* The text grows in a buffer of our own: every piece is one check of the
 * room left and one copy (a GString of GLib 2.74 goes through its general
 * insertion for each append, which an answer of a few hundred pieces
 * feels). */
struct _DsJsonWriter {
  char     *text;
  gsize     length;
  gsize     allocated;
  guint     depth;
  gboolean  after_name;
  gboolean  has_items[DS_JSON_WRITER_DEPTH_MAX + 1];  /* per level: a comma before the next */
};

#define INITIAL_SIZE 1024

static inline void
reserve (DsJsonWriter *writer,
         gsize         more)
{
  if (G_LIKELY (writer->length + more + 1 <= writer->allocated))
    return;
  while (writer->length + more + 1 > writer->allocated)
    writer->allocated *= 2;
  writer->text = g_realloc (writer->text, writer->allocated);
}

static inline void
append (DsJsonWriter *writer,
        const char   *data,
        gsize         size)
{
  reserve (writer, size);
  memcpy (writer->text + writer->length, data, size);
  writer->length += size;
}

static inline void
append_c (DsJsonWriter *writer,
          char          c)
{
  reserve (writer, 1);
  writer->text[writer->length++] = c;
}

DsJsonWriter *
ds_json_writer_new (void)
{
  DsJsonWriter *writer = g_new0 (DsJsonWriter, 1);

  writer->allocated = INITIAL_SIZE;
  writer->text = g_malloc (writer->allocated);
  return writer;
}

void
ds_json_writer_free (DsJsonWriter *writer)
{
  if (writer == NULL)
    return;
  g_free (writer->text);
  g_free (writer);
}

/**
 * ds_json_writer_take_text:
 * @length: (out) (optional): the text's length
 *
 * Takes the text written out of @writer, which is then empty.
 *
 * Returns: (transfer full): the text, NUL-terminated
 */
char *
ds_json_writer_take_text (DsJsonWriter *writer,
                          gsize        *length)
{
  char *text = writer->text;

  g_return_val_if_fail (writer->depth == 0, NULL);

  text[writer->length] = '\0';
  if (length != NULL)
    *length = writer->length;
  writer->allocated = INITIAL_SIZE;
  writer->text = g_malloc (writer->allocated);
  writer->length = 0;
  memset (writer->has_items, 0, sizeof writer->has_items);
  return text;
}

static void
begin_value (DsJsonWriter *writer)
{
  /* A value in an object follows its name; one in an array, a comma
   * unless it is the first. */
  if (writer->after_name)
    writer->after_name = FALSE;
  else if (writer->has_items[writer->depth])
    append_c (writer, ',');
  writer->has_items[writer->depth] = TRUE;
}

static void
begin (DsJsonWriter *writer,
       char          bracket)
{
  begin_value (writer);
  append_c (writer, bracket);
  g_return_if_fail (writer->depth < DS_JSON_WRITER_DEPTH_MAX);
  writer->has_items[++writer->depth] = FALSE;
}

static void
end (DsJsonWriter *writer,
     char          bracket)
{
  g_return_if_fail (writer->depth > 0 && !writer->after_name);
  writer->depth--;
  append_c (writer, bracket);
}

void
ds_json_writer_begin_object (DsJsonWriter *writer)
{
  begin (writer, '{');
}

void
ds_json_writer_end_object (DsJsonWriter *writer)
{
  end (writer, '}');
}

void
ds_json_writer_begin_array (DsJsonWriter *writer)
{
  begin (writer, '[');
}

void
ds_json_writer_end_array (DsJsonWriter *writer)
{
  end (writer, ']');
}

/* @text as a JSON string, quotes and all. Text that is not UTF-8 (which
 * nothing of ours should hold) is written with U+FFFD where it breaks. */
static void
append_string (DsJsonWriter *writer,
               const char   *text)
{
  g_autofree char *valid = NULL;
  const char *run;
  const char *p;
  gboolean ascii = TRUE;

  /* Most text is plain ASCII with nothing to escape: one copy. */
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
        break;
    }
  if (*p == '\0')
    {
      gsize size = (gsize) (p - text);

      reserve (writer, size + 2);
      writer->text[writer->length] = '"';
      memcpy (writer->text + writer->length + 1, text, size);
      writer->text[writer->length + 1 + size] = '"';
      writer->length += size + 2;
      return;
    }
  for (; *p != '\0' && ascii; p++)
    ascii = (guchar) *p < 0x80;

  if (!ascii && !g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  append_c (writer, '"');
  run = text;
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      char escaped[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      append (writer, run, (gsize) (p - run));
      switch (c)
        {
        case '"':  append (writer, "\\\"", 2); break;
        case '\\': append (writer, "\\\\", 2); break;
        case '\b': append (writer, "\\b", 2); break;
        case '\f': append (writer, "\\f", 2); break;
        case '\n': append (writer, "\\n", 2); break;
        case '\r': append (writer, "\\r", 2); break;
        case '\t': append (writer, "\\t", 2); break;
        default:
          g_snprintf (escaped, sizeof escaped, "\\u%04x", c);
          append (writer, escaped, 6);
          break;
        }
      run = p + 1;
    }
  append (writer, run, (gsize) (p - run));
  append_c (writer, '"');
}

void
ds_json_writer_set_member_name (DsJsonWriter *writer,
                                const char   *name)
{
  g_return_if_fail (writer->depth > 0 && !writer->after_name);

  if (writer->has_items[writer->depth])
    append_c (writer, ',');
  writer->has_items[writer->depth] = FALSE;
  append_string (writer, name);
  append_c (writer, ':');
  writer->after_name = TRUE;
}

void
ds_json_writer_add_string_value (DsJsonWriter *writer,
                                 const char   *value)
{
  begin_value (writer);
  append_string (writer, value);
}

void
ds_json_writer_add_int_value (DsJsonWriter *writer,
                              gint64        value)
{
  char buffer[24];
  char *p = buffer + sizeof buffer;
  /* In unsigned arithmetic, so that G_MININT64 has a magnitude too. */
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  begin_value (writer);
  do
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--p = '-';
  append (writer, p, (gsize) (buffer + sizeof buffer - p));
}

void
ds_json_writer_add_boolean_value (DsJsonWriter *writer,
                                  gboolean      value)
{
  begin_value (writer);
  if (value)
    append (writer, "true", 4);
  else
    append (writer, "false", 5);
}

void
ds_json_writer_add_null_value (DsJsonWriter *writer)
{
  begin_value (writer);
  append (writer, "null", 4);
}

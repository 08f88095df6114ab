/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-json-writer.h"

struct _DsJsonWriter {
  GString  *out;
  guint     depth;
  gboolean  after_name;
  gboolean  has_items[DS_JSON_WRITER_DEPTH_MAX + 1];  /* per level: a comma before the next */
};

DsJsonWriter *
ds_json_writer_new (void)
{
  DsJsonWriter *writer = g_new0 (DsJsonWriter, 1);

  writer->out = g_string_sized_new (1024);
  return writer;
}

void
ds_json_writer_free (DsJsonWriter *writer)
{
  if (writer == NULL)
    return;
  g_string_free (writer->out, TRUE);
  g_free (writer);
}

/**
 * ds_json_writer_take_text:
 * @length: (out) (optional): the text's length
 *
 * Takes the text written out of @writer, which is then empty.
 *
 * Returns: (transfer full): the text
 */
char *
ds_json_writer_take_text (DsJsonWriter *writer,
                          gsize        *length)
{
  GString *out = writer->out;

  g_return_val_if_fail (writer->depth == 0, NULL);

  writer->out = g_string_sized_new (1024);
  memset (writer->has_items, 0, sizeof writer->has_items);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static void
begin_value (DsJsonWriter *writer)
{
  /* A value in an object follows its name; one in an array, a comma
   * unless it is the first. */
  if (writer->after_name)
    writer->after_name = FALSE;
  else if (writer->has_items[writer->depth])
    g_string_append_c (writer->out, ',');
  writer->has_items[writer->depth] = TRUE;
}

static void
begin (DsJsonWriter *writer,
       char          bracket)
{
  begin_value (writer);
  g_string_append_c (writer->out, bracket);
  g_return_if_fail (writer->depth < DS_JSON_WRITER_DEPTH_MAX);
  writer->has_items[++writer->depth] = FALSE;
}

static void
end (DsJsonWriter *writer,
     char          bracket)
{
  g_return_if_fail (writer->depth > 0 && !writer->after_name);
  writer->depth--;
  g_string_append_c (writer->out, bracket);
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
append_string (GString    *out,
               const char *text)
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
      g_string_append_c (out, '"');
      g_string_append_len (out, text, p - text);
      g_string_append_c (out, '"');
      return;
    }
  for (; *p != '\0' && ascii; p++)
    ascii = (guchar) *p < 0x80;

  if (!ascii && !g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  run = text;
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:   g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

void
ds_json_writer_set_member_name (DsJsonWriter *writer,
                                const char   *name)
{
  g_return_if_fail (writer->depth > 0 && !writer->after_name);

  if (writer->has_items[writer->depth])
    g_string_append_c (writer->out, ',');
  writer->has_items[writer->depth] = FALSE;
  append_string (writer->out, name);
  g_string_append_c (writer->out, ':');
  writer->after_name = TRUE;
}

void
ds_json_writer_add_string_value (DsJsonWriter *writer,
                                 const char   *value)
{
  begin_value (writer);
  append_string (writer->out, value);
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
  g_string_append_len (writer->out, p, buffer + sizeof buffer - p);
}

void
ds_json_writer_add_boolean_value (DsJsonWriter *writer,
                                  gboolean      value)
{
  begin_value (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

void
ds_json_writer_add_null_value (DsJsonWriter *writer)
{
  begin_value (writer);
  g_string_append (writer->out, "null");
}

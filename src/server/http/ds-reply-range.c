/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-reply.h"

/* Ranges of a kept file: one "bytes=" range per request. */

/* "bytes=A-B", "bytes=A-" or "bytes=-N" of @size bytes: one range, or
 * FALSE for anything else (which is then ignored, as HTTP allows). Sets
 * @satisfiable FALSE for a well-formed range that starts past the end. */
static gboolean
parse_range (const char *header,
             gsize       size,
             gsize      *first,
             gsize      *last,
             gboolean   *satisfiable)
{
  const char *spec;
  char *end;
  guint64 a, b;

  *satisfiable = TRUE;
  if (header == NULL || !g_str_has_prefix (header, "bytes="))
    return FALSE;
  spec = header + 6;
  if (strchr (spec, ',') != NULL)
    return FALSE;
  if (*spec == '-')
    {
      if (!g_ascii_isdigit (spec[1]))
        return FALSE;
      b = g_ascii_strtoull (spec + 1, &end, 10);
      if (*end != '\0')
        return FALSE;
      if (b == 0 || size == 0)
        {
          *satisfiable = FALSE;
          return TRUE;
        }
      *first = size - MIN (b, size);
      *last = size - 1;
      return TRUE;
    }
  if (!g_ascii_isdigit (*spec))
    return FALSE;
  a = g_ascii_strtoull (spec, &end, 10);
  if (*end != '-')
    return FALSE;
  if (end[1] == '\0')
    b = G_MAXUINT64;
  else
    {
      if (!g_ascii_isdigit (end[1]))
        return FALSE;
      b = g_ascii_strtoull (end + 1, &end, 10);
      if (*end != '\0' || b < a)
        return FALSE;
    }
  if (a >= size)
    {
      *satisfiable = FALSE;
      return TRUE;
    }
  *first = (gsize) a;
  *last = (gsize) MIN (b, (guint64) size - 1);
  return TRUE;
}

/**
 * ds_reply_apply_range:
 * @reply: (transfer full): a 200 whose ranges are allowed
 * @range: (nullable): the Range header
 * @if_range: (nullable): the If-Range header
 *
 * Answers a Range (whose If-Range, if any, names the reply's ETag) with
 * the part asked for, or 416; anything else leaves @reply whole.
 *
 * Returns: (transfer full): the answer to send
 */
DsReply *
ds_reply_apply_range (DsReply    *reply,
                      const char *range,
                      const char *if_range)
{
  const char *etag = ds_reply_get_header (reply, "ETag");
  GBytes *body = ds_reply_get_body (reply);
  gsize size = body != NULL ? g_bytes_get_size (body) : 0;
  gsize first = 0, last = 0;
  gboolean satisfiable;
  g_autofree char *content_range = NULL;

  ds_reply_set_header (reply, "Accept-Ranges", "bytes");
  if ((if_range != NULL && g_strcmp0 (if_range, etag) != 0) ||
      !parse_range (range, size, &first, &last, &satisfiable))
    return reply;

  if (!satisfiable)
    {
      DsReply *refused = ds_reply_problem (416, "range-not-satisfiable",
                                           "The range asked for starts past the end of the file.");
      g_auto(GStrv) headers = ds_reply_get_headers (reply);

      for (guint i = 0; headers[i] != NULL; i += 2)
        ds_reply_set_header (refused, headers[i], headers[i + 1]);
      content_range = g_strdup_printf ("bytes */%" G_GSIZE_FORMAT, size);
      ds_reply_set_header (refused, "Content-Range", content_range);
      ds_reply_free (reply);
      return refused;
    }
  {
    g_autoptr(GBytes) part = g_bytes_new_from_bytes (body, first, last - first + 1);
    g_autofree char *content_type = g_strdup (ds_reply_get_content_type (reply));

    content_range = g_strdup_printf ("bytes %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT "/%" G_GSIZE_FORMAT,
                                     first, last, size);
    ds_reply_set_header (reply, "Content-Range", content_range);
    ds_reply_set_status (reply, 206);
    ds_reply_set_body (reply, content_type, part);
  }
  return reply;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-problem.h"
#include "ds-reply.h"

struct _DsReply {
  guint       status;
  char       *content_type;   /* NULL without a body */
  GBytes     *body;
  GPtrArray  *headers;        /* name, value, name, value, ... */
  gboolean    ranges;         /* a Range may be answered from the body */
};

static DsReply *
reply_new (guint       status,
           const char *content_type,
           GBytes     *body)
{
  DsReply *reply = g_new0 (DsReply, 1);

  reply->status = status;
  reply->content_type = g_strdup (content_type);
  reply->body = body != NULL ? g_bytes_ref (body) : NULL;
  reply->headers = g_ptr_array_new_with_free_func (g_free);
  return reply;
}

/**
 * ds_reply_json:
 * @writer: the body, whose text is taken out of it
 */
DsReply *
ds_reply_json (guint         status,
               DsJsonWriter *writer)
{
  gsize length;
  char *text = ds_json_writer_take_text (writer, &length);
  g_autoptr(GBytes) body = g_bytes_new_take (text, length);

  return reply_new (status, "application/json", body);
}

/* An answer already in JSON text, as kept for an idempotent replay. */
DsReply *
ds_reply_json_text (guint       status,
                    const char *text)
{
  g_autoptr(GBytes) body = g_bytes_new (text, strlen (text));

  return reply_new (status, "application/json", body);
}

DsReply *
ds_reply_bytes (guint       status,
                const char *content_type,
                GBytes     *body)
{
  return reply_new (status, content_type, body);
}

DsReply *
ds_reply_empty (guint status)
{
  return reply_new (status, NULL, NULL);
}

/**
 * ds_reply_problem:
 * @type: the last part of the problem type, "unauthorized"
 *
 * A problem+json answer that is not an error: what the handler did
 * commits (a failed sign-in is counted, a reused token ends its session).
 */
DsReply *
ds_reply_problem (guint       status,
                  const char *type,
                  const char *detail)
{
  g_autofree char *text = ds_problem_body_new (status, type, detail, NULL, NULL, NULL);
  gsize length = strlen (text);
  g_autoptr(GBytes) body = g_bytes_new_take (g_steal_pointer (&text), length);

  return reply_new (status, "application/problem+json", body);
}

/**
 * ds_reply_pdf:
 * @file_name: what a browser or the app saves it as, "Quote Q-1001.pdf"
 *
 * A document to be shown inline.
 */
DsReply *
ds_reply_pdf (GBytes     *pdf,
              const char *file_name)
{
  DsReply *reply = reply_new (200, "application/pdf", pdf);
  g_autofree char *disposition = g_strdup_printf ("inline; filename=\"%s\"", file_name);

  /* Documents are named from their numbers or ids: nothing to quote. */
  g_return_val_if_fail (strpbrk (file_name, "\"\\") == NULL, reply);
  ds_reply_set_header (reply, "Content-Disposition", disposition);
  return reply;
}

void
ds_reply_free (DsReply *reply)
{
  if (reply == NULL)
    return;
  g_free (reply->content_type);
  g_clear_pointer (&reply->body, g_bytes_unref);
  g_ptr_array_unref (reply->headers);
  g_free (reply);
}

/* Sets a header, replacing one of the same name. */
void
ds_reply_set_header (DsReply    *reply,
                     const char *name,
                     const char *value)
{
  for (guint i = 0; i < reply->headers->len; i += 2)
    if (g_ascii_strcasecmp (g_ptr_array_index (reply->headers, i), name) == 0)
      {
        g_free (g_ptr_array_index (reply->headers, i + 1));
        reply->headers->pdata[i + 1] = g_strdup (value);
        return;
      }
  g_ptr_array_add (reply->headers, g_strdup (name));
  g_ptr_array_add (reply->headers, g_strdup (value));
}

/**
 * ds_reply_set_disposition:
 * @kind: "inline" or "attachment"
 * @file_name: any text: it goes as an ASCII fallback and, whole,
 *   percent-encoded (RFC 6266), so nothing in it can break the header
 */
void
ds_reply_set_disposition (DsReply    *reply,
                          const char *kind,
                          const char *file_name)
{
  g_autoptr(GString) fallback = g_string_new (NULL);
  g_autofree char *encoded = g_uri_escape_string (file_name, NULL, FALSE);
  g_autofree char *value = NULL;

  for (const char *p = file_name; *p != '\0'; p++)
    g_string_append_c (fallback,
                       (guchar) *p < 0x80 && *p != '"' && *p != '\\' && (guchar) *p >= 0x20 ? *p : '_');
  value = g_strdup_printf ("%s; filename=\"%s\"; filename*=UTF-8''%s", kind, fallback->str, encoded);
  ds_reply_set_header (reply, "Content-Disposition", value);
}

/* The dispatcher answers a Range (and If-Range) from this reply's body and
 * ETag: 206 with the part, or 416. */
void
ds_reply_allow_ranges (DsReply *reply)
{
  reply->ranges = TRUE;
}

guint
ds_reply_get_status (const DsReply *reply)
{
  return reply->status;
}

void
ds_reply_set_status (DsReply *reply,
                     guint    status)
{
  reply->status = status;
}

const char *
ds_reply_get_content_type (const DsReply *reply)
{
  return reply->content_type;
}

/* Returns: (transfer none) (nullable) */
GBytes *
ds_reply_get_body (const DsReply *reply)
{
  return reply->body;
}

void
ds_reply_set_body (DsReply    *reply,
                   const char *content_type,
                   GBytes     *body)
{
  g_free (reply->content_type);
  reply->content_type = g_strdup (content_type);
  g_clear_pointer (&reply->body, g_bytes_unref);
  reply->body = body != NULL ? g_bytes_ref (body) : NULL;
}

const char *
ds_reply_get_header (const DsReply *reply,
                     const char    *name)
{
  for (guint i = 0; i < reply->headers->len; i += 2)
    if (g_ascii_strcasecmp (g_ptr_array_index (reply->headers, i), name) == 0)
      return g_ptr_array_index (reply->headers, i + 1);
  return NULL;
}

/* Returns: (transfer full): name, value, name, value, ... */
GStrv
ds_reply_get_headers (const DsReply *reply)
{
  GStrv pairs = g_new0 (char *, reply->headers->len + 1);

  for (guint i = 0; i < reply->headers->len; i++)
    pairs[i] = g_strdup (g_ptr_array_index (reply->headers, i));
  return pairs;
}

gboolean
ds_reply_get_ranges (const DsReply *reply)
{
  return reply->ranges;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-http-guard.h"

typedef enum {
  STATE_HEAD,     /* reading a request line and headers */
  STATE_BODY,     /* skipping a Content-Length body */
  STATE_LOOSE,    /* framing libsoup will refuse itself; stop following */
  STATE_REFUSED,
} State;

struct _DsHttpGuard {
  DsHttpGuardLimits limits;
  State    state;
  guint    refused;       /* the status of a refusal */
  /* Where the request line is: 0 the method, 1 the path, 2 past it; and
   * how much of "%00" the path has just shown. */
  guint    target_part;
  guint    nul_matched;
  gsize    head_size;     /* bytes of this head so far */
  gsize    line_size;     /* bytes of the current line, newline excluded */
  gboolean first_line;
  guint    requests;      /* heads read whole */

  /* the header being read, up to the longest one worth parsing */
  char     line[64];
  gboolean line_truncated;

  gboolean has_length;
  guint64  length;
  gboolean bad_length;
  gboolean has_transfer_encoding;
  guint64  body_left;
};

static void start_head (DsHttpGuard *guard);

DsHttpGuard *
ds_http_guard_new (const DsHttpGuardLimits *limits)
{
  DsHttpGuard *guard = g_new0 (DsHttpGuard, 1);

  guard->limits = *limits;
  start_head (guard);
  return guard;
}

void
ds_http_guard_free (DsHttpGuard *guard)
{
  g_free (guard);
}

static void
start_head (DsHttpGuard *guard)
{
  guard->state = STATE_HEAD;
  guard->head_size = 0;
  guard->line_size = 0;
  guard->first_line = TRUE;
  guard->target_part = 0;
  guard->nul_matched = 0;
  guard->line_truncated = FALSE;
  guard->has_length = FALSE;
  guard->length = 0;
  guard->bad_length = FALSE;
  guard->has_transfer_encoding = FALSE;
}

static gboolean
header_is (const char *line,
           gsize       size,
           const char *name,
           const char **value)
{
  gsize name_size = strlen (name);

  if (size <= name_size || line[name_size] != ':' || g_ascii_strncasecmp (line, name, name_size) != 0)
    return FALSE;
  *value = line + name_size + 1;
  return TRUE;
}

/* The only headers that frame a request body. */
static void
read_header (DsHttpGuard *guard)
{
  gsize size = MIN (guard->line_size, sizeof guard->line - 1);
  const char *value;

  if (size > 0 && guard->line[size - 1] == '\r')
    size--;
  guard->line[size] = '\0';

  if (header_is (guard->line, size, "Transfer-Encoding", &value))
    guard->has_transfer_encoding = TRUE;
  else if (header_is (guard->line, size, "Content-Length", &value))
    {
      guint64 length = 0;

      while (*value == ' ' || *value == '\t')
        value++;
      /* A value too long for the buffer is a number no one sends us. */
      if (guard->line_truncated ||
          !g_ascii_string_to_unsigned (g_strchomp ((char *) value), 10, 0, G_MAXINT64, &length, NULL) ||
          (guard->has_length && guard->length != length))
        guard->bad_length = TRUE;
      guard->has_length = TRUE;
      guard->length = length;
    }
}

static void
end_head (DsHttpGuard *guard)
{
  guard->requests++;
  if (guard->bad_length || guard->has_transfer_encoding)
    {
      /* libsoup answers a bad length itself and closes; a chunked body is
       * framed in a way this guard does not follow, and its head is
       * already whole. Either way there is no next head to watch. */
      guard->state = STATE_LOOSE;
      return;
    }
  if (guard->has_length && guard->length > 0)
    {
      guard->state = STATE_BODY;
      guard->body_left = guard->length;
      return;
    }
  start_head (guard);
}

/* Watches the request line's path for an escaped NUL ("%00"): libsoup
 * refuses one with an empty 400, and the API says 422 with a problem. */
static gboolean
path_has_nul (DsHttpGuard *guard,
              guint8       c)
{
  if (guard->target_part == 0)
    {
      if (c == ' ')
        guard->target_part = 1;
      return FALSE;
    }
  if (guard->target_part != 1)
    return FALSE;
  if (c == ' ' || c == '?')
    {
      guard->target_part = 2;
      return FALSE;
    }
  if (c == '%')
    guard->nul_matched = 1;
  else if (c == '0' && guard->nul_matched > 0)
    guard->nul_matched++;
  else
    guard->nul_matched = 0;
  return guard->nul_matched == 3;
}

static guint
refuse (DsHttpGuard *guard,
        guint        status)
{
  guard->state = STATE_REFUSED;
  guard->refused = status;
  return status;
}

/**
 * ds_http_guard_feed:
 *
 * Follows @size more bytes of the connection.
 *
 * Returns: 0 while the requests stay within the limits, else the status to
 *   refuse the connection with (414 or 431, or 422 for a path that holds
 *   an escaped NUL); from then on, always that
 */
guint
ds_http_guard_feed (DsHttpGuard  *guard,
                    const guint8 *data,
                    gsize         size)
{
  gsize i = 0;

  while (i < size)
    {
      switch (guard->state)
        {
        case STATE_REFUSED:
          return guard->refused;

        case STATE_LOOSE:
          return 0;

        case STATE_BODY:
          {
            gsize skip = (gsize) MIN ((guint64) (size - i), guard->body_left);

            i += skip;
            guard->body_left -= skip;
            if (guard->body_left == 0)
              start_head (guard);
          }
          break;

        case STATE_HEAD:
          {
            guint8 c = data[i++];

            guard->head_size++;
            if (c != '\n')
              {
                if (guard->line_size < sizeof guard->line)
                  guard->line[guard->line_size] = (char) c;
                else
                  guard->line_truncated = TRUE;
                guard->line_size++;
                if (guard->first_line && guard->line_size > guard->limits.max_request_line)
                  return refuse (guard, 414);
                if (guard->head_size > guard->limits.max_head)
                  return refuse (guard, guard->first_line ? 414 : 431);
                if (guard->first_line && path_has_nul (guard, c))
                  return refuse (guard, 422);
                break;
              }

            /* An empty line after at least one line ends the head, as
             * libsoup reads it. */
            if ((guard->line_size == 0 || (guard->line_size == 1 && guard->line[0] == '\r')) &&
                guard->head_size > guard->line_size + 1)
              {
                end_head (guard);
                break;
              }
            if (!guard->first_line)
              read_header (guard);
            guard->first_line = FALSE;
            guard->line_size = 0;
            guard->line_truncated = FALSE;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return guard->state == STATE_REFUSED ? guard->refused : 0;
}

/* Whether part of a request head has arrived and the rest has not. */
gboolean
ds_http_guard_in_head (DsHttpGuard *guard)
{
  return guard->state == STATE_HEAD && guard->head_size > 0;
}

/* Whether a request was read whole, and nothing of the next one yet. */
gboolean
ds_http_guard_between_requests (DsHttpGuard *guard)
{
  return guard->state == STATE_HEAD && guard->head_size == 0 && guard->requests > 0;
}

/* How many request heads have been read whole. */
guint
ds_http_guard_requests (DsHttpGuard *guard)
{
  return guard->requests;
}

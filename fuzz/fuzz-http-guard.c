/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-http-guard.h"
#include "fuzz.h"

/* The bytes of a connection, as the guard follows them while libsoup reads:
 * in pieces whose sizes the first byte picks. Once it refuses, it keeps
 * refusing with the same status. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const DsHttpGuardLimits limits = { .max_request_line = 64, .max_head = 256 };
  g_autoptr(DsHttpGuard) guard = ds_http_guard_new (&limits);
  gsize piece;
  guint refused = 0;

  if (size == 0)
    return 0;
  piece = (data[0] % 16) + 1;
  data++;
  size--;

  while (size > 0)
    {
      gsize n = MIN (piece, size);
      guint status = ds_http_guard_feed (guard, data, n);

      g_assert (status == 0 || status == 414 || status == 422 || status == 431);
      g_assert (refused == 0 || status == refused);
      refused = status;
      data += n;
      size -= n;
    }
  return 0;
}

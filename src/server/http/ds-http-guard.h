/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads along with libsoup, byte for byte, just enough HTTP/1.1 framing to
 * know where each request's head (request line and headers) starts and
 * ends, and says when one is too large before libsoup reads it: libsoup 3.2
 * drops a connection whose head passes 64 KiB without a word. It also
 * says when the request line's path holds an escaped NUL, which libsoup
 * refuses with an empty 400. See ds-listener.c, which answers for it. */

typedef struct _DsHttpGuard DsHttpGuard;

typedef struct {
  gsize max_request_line;   /* beyond: 414 */
  gsize max_head;           /* request line and headers together; beyond: 431 */
} DsHttpGuardLimits;

DsHttpGuard *ds_http_guard_new      (const DsHttpGuardLimits *limits);
void         ds_http_guard_free     (DsHttpGuard             *guard);
guint        ds_http_guard_feed     (DsHttpGuard             *guard,
                                     const guint8            *data,
                                     gsize                    size);
gboolean     ds_http_guard_in_head  (DsHttpGuard             *guard);
gboolean     ds_http_guard_between_requests (DsHttpGuard     *guard);
guint        ds_http_guard_requests (DsHttpGuard             *guard);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsHttpGuard, ds_http_guard_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "ds-http-guard.h"

G_BEGIN_DECLS

/* Accepts connections for a SoupServer, so that what libsoup would drop
 * without a word gets an answer: too many connections (503), a request
 * line or head too large (414, 431), a head that takes too long (408). */

typedef struct _DsListener DsListener;

typedef struct {
  guint             max_connections;        /* beyond: 503 with Retry-After */
  guint             head_timeout_seconds;   /* a request head arriving slower: 408 */
  guint             idle_timeout_seconds;   /* a kept-alive connection with nothing to do: closed */
  DsHttpGuardLimits guard;
  /* SO_REUSEPORT: several server processes listen on one port, and the
   * kernel spreads new connections over them. */
  gboolean          reuse_port;
} DsListenerLimits;

#define DS_LISTENER_MAX_CONNECTIONS_DEFAULT 4096

void        ds_listener_limits_init     (DsListenerLimits *limits);

DsListener *ds_listener_new             (SoupServer             *soup,
                                         const DsListenerLimits *limits);
void        ds_listener_free            (DsListener             *listener);
GSocketAddress *ds_listener_add_address (DsListener             *listener,
                                         GSocketAddress         *address,
                                         GError                **error);

G_END_DECLS

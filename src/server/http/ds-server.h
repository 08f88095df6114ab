/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-config.h"
#include "ds-db.h"

G_BEGIN_DECLS

/* The HTTP server: libsoup on the main loop reads requests and writes
 * answers; the workers (ds-workers.c) do everything else. */

typedef struct _DsServer DsServer;

DsServer *ds_server_new          (const char            *db_location,
                                  const DsServerConfig  *config,
                                  GError               **error);
void      ds_server_free         (DsServer              *server);
gboolean  ds_server_listen       (DsServer              *server,
                                  const char            *host,
                                  guint                  port,
                                  GError               **error);
char     *ds_server_get_base_url (DsServer              *server);
gboolean  ds_server_prune        (DsDb                  *db,
                                  const DsServerConfig  *config,
                                  gint64                 now,
                                  guint                 *deleted,
                                  GError               **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-blob-store.h"
#include "ds-db.h"
#include "ds-listener.h"

G_BEGIN_DECLS

typedef struct _DsServer DsServer;

typedef struct {
  /* Login throttling; tests lower nothing, these are the real numbers. */
  guint       account_failures;
  guint       address_failures;
  guint       failure_window_seconds;
  guint       access_token_seconds;
  guint       refresh_token_seconds;
  /* How often what has expired is dropped (tokens, sessions, login
   * failures, idempotency keys); 0 is never (tests). */
  guint       prune_interval_seconds;
  /* Connections and request heads; ds_listener_limits_init() gives the defaults. */
  DsListenerLimits limits;
  /* Where uploaded files' bytes live; owned by whoever made the config. */
  DsBlobStore *blobs;
  /* Answers to reads kept while the data stays the same (ds-answer-cache.c):
   * how many bytes of them at most (0 keeps none), and how many seconds
   * the clock alone may make one late. */
  gsize       answer_cache_bytes;
  guint       answer_cache_seconds;
} DsServerConfig;

DsServer             *ds_server_new          (DsDb                 *db,
                                              const DsServerConfig *config);
void                  ds_server_free         (DsServer             *server);
gboolean              ds_server_listen       (DsServer             *server,
                                              const char           *host,
                                              guint                 port,
                                              GError              **error);
char                 *ds_server_get_base_url (DsServer             *server);
DsDb                 *ds_server_get_db       (DsServer             *server);
const DsServerConfig *ds_server_get_config   (DsServer             *server);
gboolean              ds_server_prune        (DsServer             *server,
                                              gint64                now,
                                              guint                *deleted,
                                              GError              **error);

G_END_DECLS

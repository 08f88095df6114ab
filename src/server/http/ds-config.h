/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-blob-store.h"
#include "ds-listener.h"

G_BEGIN_DECLS

/* How the server was started: what main() read from its options. */
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
  /* Answers to reads kept while the data they read stays the same
   * (ds-answer-cache.c): how many bytes of them at most (0 keeps none),
   * and how many seconds the clock alone may make one late. */
  gsize       answer_cache_bytes;
  guint       answer_cache_seconds;
  /* Worker threads (ds-workers.c), each with its own database
   * connection: for quick requests, and for slow ones (PDFs, photos,
   * password hashes, searches); 0 picks from the number of processors. */
  guint       quick_workers;
  guint       slow_workers;
} DsServerConfig;

G_END_DECLS

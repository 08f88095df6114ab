/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* Idempotency keys: per user, the hash of the request a key was first
 * used for, and the answer it got, kept for a day. The dispatcher
 * (http/ds-dispatch.c) decides when to look one up and when to keep one. */

#define DS_IDEMPOTENCY_KEEP_SECONDS (24 * 60 * 60)

typedef struct {
  char  *request_hash;
  guint  status;
  char  *body;
  char  *location;   /* NULL when none */
} DsKeptAnswer;

gboolean ds_idempotency_store_find   (DsDb           *db,
                                      const char     *user_id,
                                      const char     *key,
                                      DsKeptAnswer  **kept,
                                      GError        **error);
gboolean ds_idempotency_store_keep   (DsDb           *db,
                                      const char     *user_id,
                                      const char     *key,
                                      const char     *request_hash,
                                      guint           status,
                                      const char     *body,
                                      const char     *location,
                                      GError        **error);
gboolean ds_idempotency_store_prune  (DsDb           *db,
                                      const char     *user_id,
                                      gint64          now,
                                      guint          *deleted,
                                      GError        **error);
void     ds_kept_answer_free         (DsKeptAnswer   *kept);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsKeptAnswer, ds_kept_answer_free)

G_END_DECLS

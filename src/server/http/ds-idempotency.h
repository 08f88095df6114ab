/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

/* Retry-safe writes. A handler that must act at most once per
 * Idempotency-Key opens one of these first: it starts a write transaction
 * and either replays the answer stored under the key, refuses a key reused
 * for a different request, or lets the handler go on. The handler then
 * answers through ds_idempotency_respond(), which stores a successful
 * answer under the key in the same transaction as the change it made.
 * Refusals are not stored: a corrected request may reuse the key. Keys are
 * per user and remembered for a day. */

typedef struct _DsIdempotency DsIdempotency;

DsIdempotency *ds_idempotency_begin   (DsContext     *ctx);
gboolean       ds_idempotency_respond (DsIdempotency *idem,
                                       guint          status,
                                       const char    *location,
                                       DsJsonWriter  *writer);
char          *ds_idempotency_derive_key (DsIdempotency *idem,
                                          const char    *purpose);
void           ds_idempotency_free    (DsIdempotency *idem);
gboolean       ds_idempotency_prune   (DsDb          *db,
                                       gint64         now,
                                       guint         *deleted,
                                       GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsIdempotency, ds_idempotency_free)

G_END_DECLS

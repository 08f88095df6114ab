/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-config.h"
#include "ds-db.h"
#include "ds-error.h"
#include "ds-json.h"
#include "ds-reply.h"
#include "ds-route.h"
#include "ds-session-store.h"

G_BEGIN_DECLS

/* One request as its handler sees it, on a worker thread: what was asked
 * (path parameters, query parameters, the body), who asks, whose data it
 * is about, and the worker's own database connection, in the transaction
 * the route declared. Everything here was read and checked by the
 * dispatcher before the handler runs; a handler reads no headers and
 * opens no transactions. */

DsDb                 *ds_call_get_db             (DsCall       *call);
const DsServerConfig *ds_call_get_config         (DsCall       *call);
const DsIdentity     *ds_call_get_identity       (DsCall       *call);
const char           *ds_call_get_customer_id    (DsCall       *call);
gboolean              ds_call_is_customer        (DsCall       *call);
const char           *ds_call_get_param          (DsCall       *call,
                                                  const char   *name);
const char           *ds_call_get_query          (DsCall       *call,
                                                  const char   *name);
GBytes               *ds_call_get_body           (DsCall       *call);
const char           *ds_call_get_remote_address (DsCall       *call);
const char           *ds_call_get_today          (DsCall       *call,
                                                  GError      **error);
gint64                ds_call_get_if_match       (DsCall       *call);
char                 *ds_call_format_etag        (gint64        version);
gboolean              ds_call_not_modified       (DsCall       *call,
                                                  const char   *etag,
                                                  GDateTime    *modified);
char                 *ds_call_derive_key         (DsCall       *call,
                                                  const char   *purpose);
void                  ds_call_also_changed       (DsCall       *call,
                                                  const char   *owner,
                                                  DsTopics      topics);

/* A write step of a route without a transaction of its own (DS_TX_NONE):
 * the work before it (a photo decoded, a password hash checked) runs
 * outside any transaction. */
typedef DsReply *(*DsWriteStep) (DsCall    *call,
                                 gpointer   data,
                                 GError   **error);

DsReply              *ds_call_write              (DsCall       *call,
                                                  DsWriteStep   step,
                                                  gpointer      data,
                                                  gboolean     *committed,
                                                  GError      **error);

G_END_DECLS

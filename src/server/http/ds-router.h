/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-route.h"

G_BEGIN_DECLS

/* Finds the route of a request, once per request: the route table is
 * split into segments when the server starts, so a lookup allocates only
 * the path parameters it hands on. */

typedef struct _DsRouter DsRouter;

DsRouter      *ds_router_new   (const DsRoute  *routes,
                                guint           n_routes);
void           ds_router_free  (DsRouter       *router);
const DsRoute *ds_router_find  (DsRouter       *router,
                                const char     *method,
                                const char     *path,
                                GHashTable    **params,
                                char          **allowed,
                                GError        **error);

gboolean       ds_text_is_clean      (const char   *text);
GHashTable    *ds_query_decode       (const char   *query,
                                      GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsRouter, ds_router_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DsContext DsContext;

typedef enum {
  DS_ACCESS_PUBLIC,     /* no token needed */
  DS_ACCESS_SIGNED_IN,  /* any valid access token */
  DS_ACCESS_STAFF,      /* technician, operator or admin */
} DsAccess;

typedef void (*DsHandler) (DsContext *ctx);

typedef struct {
  const char *method;
  const char *path;     /* "/api/v1/things/{id}"; {x} matches one segment */
  DsAccess    access;
  DsHandler   handler;
  gsize       max_body; /* largest request body; 0 is DOORSTEP_JSON_BODY_MAX */
} DsRoute;

/* The table of every route, in handlers/ds-routes.c. */
const DsRoute *ds_routes_get          (guint        *n_routes);

const DsRoute *ds_router_find         (const char   *method,
                                       const char   *path,
                                       GHashTable   *params,
                                       char        **allowed);
gsize          ds_route_get_max_body  (const DsRoute *route);

G_END_DECLS

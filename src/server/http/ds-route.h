/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "doorstep-common.h"

G_BEGIN_DECLS

/* A route is one row of data (handlers/ds-routes.c): the method and path,
 * who may call it, whose data it works on, its body, whether it needs an
 * Idempotency-Key, its transaction, and the function that turns its typed
 * input into an answer. The dispatcher (ds-dispatch.c) does everything in
 * between, in this order: authentication, the role, the customer scope,
 * the body (read and checked into the route's input struct), If-Match,
 * the transaction with the Idempotency-Key, the handler, retries, and errors
 * into problem+json. */

typedef struct _DsCall DsCall;
typedef struct _DsReply DsReply;

/* Who may call a route: a set of roles. 0 is public: no token needed. */
typedef enum {
  DS_ROLE_SET_CUSTOMER   = 1 << DOORSTEP_ROLE_CUSTOMER,
  DS_ROLE_SET_TECHNICIAN = 1 << DOORSTEP_ROLE_TECHNICIAN,
  DS_ROLE_SET_OPERATOR   = 1 << DOORSTEP_ROLE_OPERATOR,
  DS_ROLE_SET_ADMIN      = 1 << DOORSTEP_ROLE_ADMIN,
} DsRoleSet;

#define DS_ROLES_PUBLIC   0
#define DS_ROLES_STAFF    (DS_ROLE_SET_TECHNICIAN | DS_ROLE_SET_OPERATOR | DS_ROLE_SET_ADMIN)
#define DS_ROLES_CUSTOMER DS_ROLE_SET_CUSTOMER
#define DS_ROLES_ANYONE   (DS_ROLES_CUSTOMER | DS_ROLES_STAFF)

/* Whose portal data a route works on. */
typedef enum {
  DS_SCOPE_NONE,             /* nobody's in particular (the business, one's own account) */
  DS_SCOPE_CUSTOMER,         /* a customer's own; staff name one with customer_id, which only reads */
  DS_SCOPE_CUSTOMER_OR_ALL,  /* ... and staff may leave it out, to read across customers */
  DS_SCOPE_PATH_CUSTOMER,    /* the staff's: the customer the path's {id} names, who must exist */
} DsScope;

typedef enum {
  DS_TX_NONE,    /* the handler asks for a write step itself (ds_call_write), around slow work */
  DS_TX_READ,    /* one snapshot of the database for the whole request */
  DS_TX_WRITE,   /* a serializable write transaction, run again when it collides */
} DsTx;

typedef enum {
  DS_BODY_NONE,
  DS_BODY_JSON,   /* one JSON object, read into the route's input by its reader */
  DS_BODY_BYTES,  /* the bytes as they came (an upload), bounded by max_body */
} DsBody;

/* Which worker lane runs a route: slow work (PDFs, photos, password
 * hashes, searches that scan) has lanes of its own, so it never holds up
 * the quick requests. */
typedef enum {
  DS_LANE_QUICK,
  DS_LANE_SLOW,
} DsLane;

/* What a route's answer depends on, and what a write changes: a write
 * drops only the kept answers of the same customer and topic. */
typedef enum {
  DS_TOPIC_ACCOUNT         = 1 << 0,   /* the signed-in user */
  DS_TOPIC_COMPANY         = 1 << 1,
  DS_TOPIC_CUSTOMERS       = 1 << 2,   /* customer records and properties */
  DS_TOPIC_QUOTES          = 1 << 3,
  DS_TOPIC_INVOICES        = 1 << 4,
  DS_TOPIC_PAYMENTS        = 1 << 5,
  DS_TOPIC_PAYMENT_METHODS = 1 << 6,
  DS_TOPIC_JOBS            = 1 << 7,   /* visits, projects, the calendar feed */
  DS_TOPIC_PLANS           = 1 << 8,   /* plans and equipment */
  DS_TOPIC_FILES           = 1 << 9,
  DS_TOPIC_REQUESTS        = 1 << 10,
  DS_TOPIC_NOTES           = 1 << 11,  /* the staff's notes about a customer, the activity list */
  DS_TOPIC_TAGS            = 1 << 12,  /* the business's tags */
} DsTopics;

#define DS_TOPICS_N 13

/* A JSON body's reader: checks its shape into a struct of the route's
 * own, adding every fault to @errors (field -> message); the dispatcher
 * refuses the request with them (422) before any transaction. An input
 * whose fields must also be checked against the database (the property
 * is the customer's) has a check, which the dispatcher runs in the
 * route's transaction, before the handler, adding to the same errors, so
 * that one refusal names every field at fault. */
typedef struct {
  gpointer       (*read)  (JsonObject  *body,
                           GHashTable  *errors);
  GDestroyNotify   free;
  gboolean       (*check) (DsCall      *call,
                           gpointer     input,
                           GHashTable  *errors,
                           GError     **error);
} DsInput;

/* Returns: (transfer full) (nullable): the answer, or %NULL with @error
 *   set (a DS_ERROR, or a database error) */
typedef DsReply *(*DsHandler) (DsCall    *call,
                               gpointer   input,
                               GError   **error);

typedef struct {
  const char     *method;
  const char     *path;       /* "/api/v1/things/{id}"; {x} matches one segment */
  DsRoleSet       roles;
  DsScope         scope;
  DsTx            tx;
  DsBody          body;
  const DsInput  *input;      /* DS_BODY_JSON: its reader */
  gsize           max_body;   /* 0: DOORSTEP_JSON_BODY_MAX */
  gboolean        idempotent; /* an Idempotency-Key is required */
  gboolean        conditional; /* If-Match with the version changed is required (428) */
  DsLane          lane;
  DsTopics        reads;      /* a GET whose answer may be kept: what it depends on */
  DsTopics        changes;    /* a write: what it changes */
  DsHandler       handler;
} DsRoute;

/* The table of every route, in handlers/ds-routes.c. */
const DsRoute *ds_routes_get            (guint          *n_routes);
void           ds_routes_check          (const DsRoute  *routes,
                                         guint           n_routes);

gsize          ds_route_get_max_body    (const DsRoute  *route);
gboolean       ds_route_allows          (const DsRoute  *route,
                                         DoorstepRole    role);
char          *ds_route_describe_roles  (const DsRoute  *route);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-answer-cache.h"
#include "ds-call.h"
#include "ds-router.h"

G_BEGIN_DECLS

/* What the dispatcher and the server know of a call. A call is made on the
 * main loop from the HTTP message (which stays there), runs on one worker
 * thread, and comes back with its reply. */

typedef enum {
  DS_HEADER_AUTHORIZATION,
  DS_HEADER_IDEMPOTENCY_KEY,
  DS_HEADER_CONTENT_TYPE,
  DS_HEADER_IF_NONE_MATCH,
  DS_HEADER_IF_MODIFIED_SINCE,
  DS_HEADER_IF_MATCH,
  DS_HEADER_IF_UNMODIFIED_SINCE,
  DS_HEADER_IF_RANGE,
  DS_HEADER_RANGE,
  DS_N_HEADERS
} DsHeader;

extern const char * const ds_header_names[DS_N_HEADERS];

/* Answers a write drops beyond its own route's (ds_call_also_changed). */
typedef struct {
  char     *owner;
  DsTopics  topics;
} DsChanged;

/* The dispatcher: the route table, the answers kept, and the server's
 * configuration, shared by every worker. */
typedef struct {
  DsServerConfig  config;
  DsRouter       *router;
  DsAnswerCache  *answers;   /* NULL when none are kept */
  GMutex          write_lock;
} DsDispatcher;

struct _DsCall {
  /* read on the main loop */
  DsDispatcher  *dispatcher;
  const DsRoute *route;
  char          *method;
  char          *path;
  char          *query_string;   /* still escaped; NULL without one */
  GHashTable    *params;         /* NULL without any */
  GHashTable    *query;
  char          *headers[DS_N_HEADERS];
  GBytes        *body;
  char          *remote_address;

  /* worked out on the worker */
  DsDb          *db;
  DsIdentity    *identity;
  char          *customer_id;
  char          *today;
  char          *request_hash;
  gint64         if_match;       /* a conditional write's version; 0 before it is read */
  gpointer       input;
  GHashTable    *input_errors;   /* shape faults awaiting the input's check */
  GArray        *also_changed;   /* DsChanged, for the write under way */
  gboolean       writing;

  /* the outcome */
  DsReply       *reply;
  const char    *cache_status;   /* for the Cache-Status header, or NULL */
};

DsCall       *ds_call_new               (DsDispatcher   *dispatcher,
                                         const DsRoute  *route,
                                         const char     *method,
                                         const char     *path,
                                         const char     *query_string,
                                         GHashTable     *params,
                                         GHashTable     *query);
void          ds_call_free              (DsCall         *call);
gboolean      ds_call_read_if_match     (DsCall         *call,
                                         GError        **error);
const char   *ds_call_get_request_hash  (DsCall         *call);

DsDispatcher *ds_dispatcher_new         (const DsServerConfig *config);
void          ds_dispatcher_free        (DsDispatcher   *dispatcher);
void          ds_dispatcher_run         (DsDispatcher   *dispatcher,
                                         DsCall         *call,
                                         DsDb           *db);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsCall, ds_call_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "doorstep-common.h"
#include "ds-db.h"
#include "ds-json.h"
#include "ds-router.h"
#include "ds-server.h"

G_BEGIN_DECLS

/* One request on its way through a handler: what was asked, who asks, and
 * the only ways to answer it. Every error answer is problem+json. */

/* Who is asking, once the access token checked out. */
typedef struct {
  char         *user_id;
  char         *session_id;
  char         *email;
  char         *display_name;
  DoorstepRole  role;
  char         *customer_id;  /* NULL for staff */
} DsIdentity;

typedef enum {
  DS_SCOPE_READ,            /* staff must name the customer they preview */
  DS_SCOPE_READ_ALL_STAFF,  /* staff may leave it out to read across customers */
  DS_SCOPE_WRITE,           /* only the customer themself; previews never write */
} DsScope;

void                  ds_identity_free              (DsIdentity   *identity);

DsContext            *ds_context_ref                (DsContext    *ctx);
void                  ds_context_unref              (DsContext    *ctx);
DsDb                 *ds_context_get_db             (DsContext    *ctx);
const DsServerConfig *ds_context_get_config         (DsContext    *ctx);
const DsIdentity     *ds_context_get_identity       (DsContext    *ctx);
const char           *ds_context_get_param          (DsContext    *ctx,
                                                     const char   *name);
const char           *ds_context_get_query          (DsContext    *ctx,
                                                     const char   *name);
const char           *ds_context_get_header         (DsContext    *ctx,
                                                     const char   *name);
const char           *ds_context_get_remote_address (DsContext    *ctx);
void                  ds_context_set_header         (DsContext    *ctx,
                                                     const char   *name,
                                                     const char   *value);
void                  ds_context_pause              (DsContext    *ctx);
void                  ds_context_resume             (DsContext    *ctx);

JsonObject           *ds_context_read_json          (DsContext    *ctx);
GBytes               *ds_context_get_body           (DsContext    *ctx);
void                  ds_context_ignore_range       (DsContext    *ctx);
char                 *ds_context_hash_request       (DsContext    *ctx);
gboolean              ds_context_resolve_customer   (DsContext    *ctx,
                                                     DsScope       scope,
                                                     char        **customer_id);

void                  ds_context_respond_json       (DsContext    *ctx,
                                                     guint         status,
                                                     DsJsonWriter *writer);
void                  ds_context_respond_json_text  (DsContext    *ctx,
                                                     guint         status,
                                                     const char   *body);
void                  ds_context_respond_bytes      (DsContext    *ctx,
                                                     guint         status,
                                                     const char   *content_type,
                                                     GBytes       *body);
void                  ds_context_respond_empty      (DsContext    *ctx,
                                                     guint         status);
void                  ds_context_respond_problem    (DsContext    *ctx,
                                                     guint         status,
                                                     const char   *type,
                                                     const char   *detail);
void                  ds_context_respond_problem_full (DsContext  *ctx,
                                                     guint         status,
                                                     const char   *type,
                                                     const char   *detail,
                                                     GHashTable   *field_errors,
                                                     const char   *member,
                                                     const char   *value);
void                  ds_context_respond_not_found  (DsContext    *ctx,
                                                     const char   *detail);
void                  ds_context_respond_invalid    (DsContext    *ctx,
                                                     GHashTable   *field_errors);
void                  ds_context_respond_field_error (DsContext   *ctx,
                                                     const char   *field,
                                                     const char   *message);
void                  ds_context_respond_error      (DsContext    *ctx,
                                                     const GError *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsContext, ds_context_unref)

G_END_DECLS

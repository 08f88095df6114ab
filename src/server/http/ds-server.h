/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "doorstep-common.h"
#include "ds-db.h"

G_BEGIN_DECLS

typedef struct _DsServer DsServer;
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

typedef struct {
  /* Login throttling; tests lower nothing, these are the real numbers. */
  guint       account_failures;
  guint       address_failures;
  guint       failure_window_seconds;
  guint       access_token_seconds;
  guint       refresh_token_seconds;
} DsServerConfig;

const DsRoute *ds_routes_get                  (guint *n_routes);

DsServer      *ds_server_new                  (DsDb                 *db,
                                               const DsServerConfig *config);
void           ds_server_free                 (DsServer             *server);
gboolean       ds_server_listen               (DsServer             *server,
                                               const char           *host,
                                               guint                 port,
                                               GError              **error);
char          *ds_server_get_base_url         (DsServer             *server);

DsContext     *ds_context_ref                 (DsContext  *ctx);
void           ds_context_unref               (DsContext  *ctx);
DsDb          *ds_context_get_db              (DsContext  *ctx);
const DsServerConfig *ds_context_get_config   (DsContext  *ctx);
const DsIdentity *ds_context_get_identity     (DsContext  *ctx);
const char    *ds_context_get_param           (DsContext  *ctx,
                                               const char *name);
const char    *ds_context_get_query           (DsContext  *ctx,
                                               const char *name);
const char    *ds_context_get_header          (DsContext  *ctx,
                                               const char *name);
const char    *ds_context_get_remote_address  (DsContext  *ctx);
void           ds_context_set_header          (DsContext  *ctx,
                                               const char *name,
                                               const char *value);
void           ds_context_pause               (DsContext  *ctx);
void           ds_context_resume              (DsContext  *ctx);

JsonObject    *ds_context_read_json           (DsContext  *ctx);
char          *ds_context_hash_request        (DsContext  *ctx);
gboolean       ds_context_get_limit           (DsContext  *ctx,
                                               guint      *limit);
gboolean       ds_context_get_cursor          (DsContext  *ctx,
                                               char     ***after);
gboolean       ds_context_resolve_customer    (DsContext  *ctx,
                                               DsScope     scope,
                                               char      **customer_id);

void           ds_context_respond_json        (DsContext  *ctx,
                                               guint       status,
                                               JsonNode   *node);
void           ds_context_respond_json_text   (DsContext  *ctx,
                                               guint       status,
                                               const char *body);
void           ds_context_respond_bytes       (DsContext  *ctx,
                                               guint       status,
                                               const char *content_type,
                                               GBytes     *body);
void           ds_context_respond_empty       (DsContext  *ctx,
                                               guint       status);
void           ds_context_respond_problem     (DsContext  *ctx,
                                               guint       status,
                                               const char *type,
                                               const char *detail);
typedef void (*DsRowWriter) (JsonBuilder *builder,
                             DsStmt      *stmt);

void           ds_context_respond_page        (DsContext  *ctx,
                                               DsStmt     *stmt,
                                               guint       limit,
                                               int         key_column,
                                               int         id_column,
                                               DsRowWriter write_row);
void           ds_context_respond_invalid     (DsContext  *ctx,
                                               GHashTable *field_errors);
void           ds_context_respond_error       (DsContext  *ctx,
                                               const GError *error);

const char    *ds_json_get_string             (JsonObject *object,
                                               const char *member,
                                               GHashTable *errors);
GHashTable    *ds_field_errors_new            (void);
void           ds_field_errors_add            (GHashTable *errors,
                                               const char *field,
                                               const char *message);

char          *ds_cursor_encode               (const char *first,
                                               ...) G_GNUC_NULL_TERMINATED;
char         **ds_cursor_decode               (const char *cursor,
                                               guint       n_parts);

char          *ds_new_id                      (const char *prefix);
char          *ds_now_timestamp               (void);
void           ds_json_add_money              (JsonBuilder *builder,
                                               const char  *member,
                                               gint64       amount_minor,
                                               const char  *currency);
void           ds_json_add_nullable_string    (JsonBuilder *builder,
                                               const char  *member,
                                               const char  *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsContext, ds_context_unref)

G_END_DECLS

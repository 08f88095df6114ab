/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "doorstep-api-client.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* Private to api/: how the resource files put a call together. A call
 * names its method and path, and says with flags and setters what it
 * needs: the access token, the customer of a scope, a body, an
 * Idempotency-Key, other headers (If-Match), and what a successful answer
 * (or, read whole, any answer) becomes. The client sends
 * it, checks status, media type and JSON shape, and turns problem+json
 * into a DOORSTEP_API_ERROR. The source object of a call's result is the
 * scope it was made for, or else the client: what its _finish takes. */

typedef enum {
  DOORSTEP_CALL_PUBLIC    = 0,
  DOORSTEP_CALL_SIGNED_IN = 1 << 0,  /* with the access token; a 401 refreshes once and retries */
  DOORSTEP_CALL_BINARY    = 1 << 1,  /* a successful answer is bytes (a PDF), not JSON */
} DoorstepCallFlags;

/* Makes what the caller gets of a successful JSON answer: an object, or
 * %NULL with @error set. */
typedef GObject *(*DoorstepCallReader) (DoorstepApiClient  *client,
                                        JsonObject         *object,
                                        GType               type,
                                        GError            **error);

/* Makes what the caller gets of any answer (a refusal too), for a call
 * that needs more than a successful answer's object: a header (an ETag),
 * or a refusal that carries a result (a 412 with the record as it is
 * now). @object is %NULL when the answer is not JSON. Returns the result,
 * or %NULL with @error set; doorstep_api_error_for_problem() makes the
 * error a refusal usually becomes. */
typedef GObject *(*DoorstepCallAnswerReader) (DoorstepApiClient   *client,
                                              guint                status,
                                              SoupMessageHeaders  *headers,
                                              JsonObject          *object,
                                              GType                type,
                                              GError             **error);

typedef struct _DoorstepApiCall DoorstepApiCall;

/* How much of a request's body has gone out. */
typedef void (*DoorstepCallProgress) (gsize    sent,
                                      gsize    total,
                                      gpointer user_data);

GObject *doorstep_api_read_json_answer (DoorstepApiClient   *client,
                                        guint                status,
                                        const char          *content_type,
                                        GBytes              *bytes,
                                        DoorstepCallReader   reader,
                                        GType                type,
                                        GError             **error);
GError  *doorstep_api_error_for_problem (guint               status,
                                        JsonObject         *problem);
GObject *doorstep_api_read_record      (DoorstepApiClient   *client,
                                        JsonObject          *object,
                                        GType                type,
                                        GError             **error);
GObject *doorstep_api_read_counts      (DoorstepApiClient   *client,
                                        JsonObject          *object,
                                        GType                type,
                                        GError             **error);
GObject *doorstep_api_read_page        (DoorstepApiClient   *client,
                                        JsonObject          *object,
                                        GType                item_type,
                                        GError             **error);

DoorstepApiCall *doorstep_api_call_new                  (DoorstepApiClient   *client,
                                                         const char          *method,
                                                         DoorstepCallFlags    flags,
                                                         const char          *path_format,
                                                         ...) G_GNUC_PRINTF (4, 5);
DoorstepApiCall *doorstep_api_call_new_for_path         (DoorstepApiClient   *client,
                                                         const char          *method,
                                                         DoorstepCallFlags    flags,
                                                         const char          *path);
void             doorstep_api_call_set_scope            (DoorstepApiCall     *call,
                                                         DoorstepScope       *scope);
void             doorstep_api_call_add_query            (DoorstepApiCall     *call,
                                                         const char          *name,
                                                         const char          *value);
void             doorstep_api_call_set_body             (DoorstepApiCall     *call,
                                                         JsonNode            *body);
void             doorstep_api_call_set_raw_body         (DoorstepApiCall     *call,
                                                         const char          *content_type,
                                                         GBytes              *bytes);
void             doorstep_api_call_set_progress         (DoorstepApiCall     *call,
                                                         DoorstepCallProgress progress,
                                                         gpointer             user_data);
void             doorstep_api_call_set_idempotency_key  (DoorstepApiCall     *call,
                                                         const char          *key);
void             doorstep_api_call_add_header           (DoorstepApiCall     *call,
                                                         const char          *name,
                                                         const char          *value);
void             doorstep_api_call_read_record          (DoorstepApiCall     *call,
                                                         GType                type);
void             doorstep_api_call_read_page            (DoorstepApiCall     *call,
                                                         GType                item_type);
void             doorstep_api_call_read_with            (DoorstepApiCall     *call,
                                                         DoorstepCallReader   reader,
                                                         GType                type);
void             doorstep_api_call_read_answer_with     (DoorstepApiCall     *call,
                                                         DoorstepCallAnswerReader reader,
                                                         GType                type);
void             doorstep_api_call_send                 (DoorstepApiCall     *call,
                                                         gpointer             source_tag,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gpointer         doorstep_api_call_finish               (gpointer             source_object,
                                                         GAsyncResult        *result,
                                                         gpointer             source_tag,
                                                         GError             **error);
gboolean         doorstep_api_call_finish_done          (gpointer             source_object,
                                                         GAsyncResult        *result,
                                                         gpointer             source_tag,
                                                         GError             **error);

gboolean         doorstep_api_client_take_tokens        (DoorstepApiClient   *client,
                                                         JsonObject          *object,
                                                         GError             **error);

/* Builds a JSON object body: pairs of member name and string value (a
 * NULL value is JSON null), then NULL. */
JsonNode        *doorstep_api_body_new                  (const char          *first_member,
                                                         ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS

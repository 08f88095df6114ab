/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "doorstep-models.h"
#include "doorstep-quote.h"

G_BEGIN_DECLS

#define DOORSTEP_API_ERROR (doorstep_api_error_quark ())

typedef enum {
  DOORSTEP_API_ERROR_NETWORK,           /* no answer at all */
  DOORSTEP_API_ERROR_TIMEOUT,
  DOORSTEP_API_ERROR_UNAUTHORIZED,      /* 401: wrong credentials or the session ended */
  DOORSTEP_API_ERROR_FORBIDDEN,         /* 403 */
  DOORSTEP_API_ERROR_NOT_FOUND,         /* 404 */
  DOORSTEP_API_ERROR_CONFLICT,          /* 409, 412 */
  DOORSTEP_API_ERROR_VALIDATION,        /* 400, 413, 415, 422: see the field errors */
  DOORSTEP_API_ERROR_RATE_LIMITED,      /* 429 */
  DOORSTEP_API_ERROR_SERVER,            /* 5xx */
  DOORSTEP_API_ERROR_INVALID_RESPONSE,  /* an answer that is not what the API promises */
  DOORSTEP_API_ERROR_INVALID_ADDRESS,   /* the server URL itself is unusable */
} DoorstepApiError;

GQuark      doorstep_api_error_quark            (void);
GHashTable *doorstep_api_error_get_field_errors (const GError *error);

#define DOORSTEP_TYPE_API_CLIENT (doorstep_api_client_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepApiClient, doorstep_api_client, DOORSTEP, API_CLIENT, GObject)

DoorstepApiClient *doorstep_api_client_new                 (void);
const char        *doorstep_api_client_get_base_url        (DoorstepApiClient *self);
gboolean           doorstep_api_client_set_base_url        (DoorstepApiClient *self,
                                                            const char        *base_url,
                                                            GError           **error);
const char        *doorstep_api_client_get_refresh_token   (DoorstepApiClient *self);
void               doorstep_api_client_forget_session      (DoorstepApiClient *self);
const char        *doorstep_api_client_get_acting_customer (DoorstepApiClient *self);
void               doorstep_api_client_set_acting_customer (DoorstepApiClient *self,
                                                            const char        *customer_id);

void            doorstep_api_client_get_health_async    (DoorstepApiClient   *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepHealth *doorstep_api_client_get_health_finish   (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_login_async         (DoorstepApiClient   *self,
                                                         const char          *email,
                                                         const char          *password,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepUser   *doorstep_api_client_login_finish        (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_resume_async        (DoorstepApiClient   *self,
                                                         const char          *refresh_token,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepUser   *doorstep_api_client_resume_finish       (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_logout_async        (DoorstepApiClient   *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean        doorstep_api_client_logout_finish       (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_get_me_async        (DoorstepApiClient   *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepUser   *doorstep_api_client_get_me_finish       (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_get_company_async   (DoorstepApiClient   *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepCompany *doorstep_api_client_get_company_finish (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_get_dashboard_async (DoorstepApiClient   *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepDashboard *doorstep_api_client_get_dashboard_finish (DoorstepApiClient *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_list_async          (DoorstepApiClient   *self,
                                                         const char          *path,
                                                         const char * const  *query,
                                                         const char          *cursor,
                                                         GType                item_type,
                                                         DoorstepItemParser   parser,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepPage   *doorstep_api_client_list_finish         (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_create_request_async (DoorstepApiClient  *self,
                                                         DoorstepRequestKind  kind,
                                                         const char          *service_type_id,
                                                         const char          *property_id,
                                                         const char          *description,
                                                         DoorstepTiming       timing,
                                                         const char          *idempotency_key,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepServiceRequest *doorstep_api_client_create_request_finish (DoorstepApiClient *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void            doorstep_api_client_get_quote_counts_async (DoorstepApiClient *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepQuoteCounts *doorstep_api_client_get_quote_counts_finish (DoorstepApiClient *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
void            doorstep_api_client_get_quote_async     (DoorstepApiClient   *self,
                                                         const char          *quote_id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepQuote  *doorstep_api_client_get_quote_finish    (DoorstepApiClient   *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
void            doorstep_api_client_approve_quote_async (DoorstepApiClient   *self,
                                                         const char          *quote_id,
                                                         const char          *signer_name,
                                                         GBytes              *signature_png,
                                                         const char * const  *selected_item_ids,
                                                         const char          *idempotency_key,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepQuote  *doorstep_api_client_approve_quote_finish (DoorstepApiClient  *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
void            doorstep_api_client_decline_quote_async (DoorstepApiClient   *self,
                                                         const char          *quote_id,
                                                         const char          *reason,
                                                         const char          *idempotency_key,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DoorstepQuote  *doorstep_api_client_decline_quote_finish (DoorstepApiClient  *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
void            doorstep_api_client_get_quote_pdf_async (DoorstepApiClient   *self,
                                                         const char          *quote_id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
GBytes         *doorstep_api_client_get_quote_pdf_finish (DoorstepApiClient  *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-api-client.h"
#include "doorstep-health.h"
#include "doorstep-user.h"

G_BEGIN_DECLS

/* Whether a server is up, and signing in and out. */

void            doorstep_auth_api_get_health_async  (DoorstepApiClient   *client,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DoorstepHealth *doorstep_auth_api_get_health_finish (DoorstepApiClient   *client,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void            doorstep_auth_api_login_async       (DoorstepApiClient   *client,
                                                     const char          *email,
                                                     const char          *password,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DoorstepUser   *doorstep_auth_api_login_finish      (DoorstepApiClient   *client,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void            doorstep_auth_api_resume_async      (DoorstepApiClient   *client,
                                                     const char          *refresh_token,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DoorstepUser   *doorstep_auth_api_resume_finish     (DoorstepApiClient   *client,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void            doorstep_auth_api_logout_async      (DoorstepApiClient   *client,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean        doorstep_auth_api_logout_finish     (DoorstepApiClient   *client,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void            doorstep_auth_api_get_me_async      (DoorstepApiClient   *client,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DoorstepUser   *doorstep_auth_api_get_me_finish     (DoorstepApiClient   *client,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS

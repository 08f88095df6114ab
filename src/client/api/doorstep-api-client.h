/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "doorstep-api-error.h"

G_BEGIN_DECLS

/* The app's one connection to its server: the SoupSession, the server's
 * address and the session's tokens. What can be asked of the server is in
 * a file per resource beside this one (doorstep-quotes-api.h, …). */

#define DOORSTEP_TYPE_API_CLIENT (doorstep_api_client_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepApiClient, doorstep_api_client, DOORSTEP, API_CLIENT, GObject)

DoorstepApiClient *doorstep_api_client_new               (void);
const char        *doorstep_api_client_get_base_url      (DoorstepApiClient  *self);
gboolean           doorstep_api_client_set_base_url      (DoorstepApiClient  *self,
                                                          const char         *base_url,
                                                          GError            **error);
const char        *doorstep_api_client_get_refresh_token (DoorstepApiClient  *self);
void               doorstep_api_client_forget_session    (DoorstepApiClient  *self);

G_END_DECLS

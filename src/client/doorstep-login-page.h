/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_LOGIN_PAGE (doorstep_login_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepLoginPage, doorstep_login_page, DOORSTEP, LOGIN_PAGE, AdwBin)

void doorstep_login_page_set_client (DoorstepLoginPage *self,
                                     DoorstepApiClient *client);
void doorstep_login_page_reset      (DoorstepLoginPage *self,
                                     const char        *server,
                                     const char        *email,
                                     const char        *message);

G_END_DECLS

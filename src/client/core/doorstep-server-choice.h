/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

/* Which server to sign in to, and whose kept sign-in may resume there:
 * the one given with --server, else the one last signed in to (from the
 * settings), else the default; only the account last signed in to that
 * very server may resume. */

#define DOORSTEP_TYPE_SERVER_CHOICE (doorstep_server_choice_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepServerChoice, doorstep_server_choice, DOORSTEP, SERVER_CHOICE, GObject)

DoorstepServerChoice *doorstep_server_choice_new        (DoorstepApiClient     *client,
                                                         GSettings             *settings);
const char           *doorstep_server_choice_get_server (DoorstepServerChoice  *self);
void                  doorstep_server_choice_set_server (DoorstepServerChoice  *self,
                                                         const char            *server);
gboolean              doorstep_server_choice_choose     (DoorstepServerChoice  *self,
                                                         char                 **resumable,
                                                         GError               **error);

G_END_DECLS

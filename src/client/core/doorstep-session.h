/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-api-client.h"
#include "doorstep-company.h"
#include "doorstep-scope.h"
#include "doorstep-technician-photos.h"
#include "doorstep-user.h"

G_BEGIN_DECLS

/* Who is signed in, to which business, and keeping them signed in: the
 * refresh token lives in the Secret Service (never the password), is kept
 * current as it rotates, and is forgotten when the session ends. */

#define DOORSTEP_TYPE_SESSION (doorstep_session_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepSession, doorstep_session, DOORSTEP, SESSION, GObject)

DoorstepSession   *doorstep_session_new                 (DoorstepApiClient    *client);
DoorstepSession   *doorstep_session_from_scope          (DoorstepScope        *scope);
DoorstepScope     *doorstep_session_new_scope           (DoorstepSession      *self,
                                                         const char           *customer_id);
DoorstepApiClient *doorstep_session_get_client          (DoorstepSession      *self);
DoorstepUser      *doorstep_session_get_user            (DoorstepSession      *self);
DoorstepCompany   *doorstep_session_get_company         (DoorstepSession      *self);
const char        *doorstep_session_get_account         (DoorstepSession      *self);
DoorstepTechnicianPhotos *doorstep_session_get_photos (DoorstepSession      *self);

void               doorstep_session_begin               (DoorstepSession      *self,
                                                         DoorstepUser         *user);
void               doorstep_session_prepare_resume      (DoorstepSession      *self,
                                                         const char           *account);
void               doorstep_session_resume_async        (DoorstepSession      *self,
                                                         const char           *account,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
DoorstepUser      *doorstep_session_resume_finish       (DoorstepSession      *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               doorstep_session_forget              (DoorstepSession      *self,
                                                         const char           *account);
void               doorstep_session_sign_out            (DoorstepSession      *self);
void               doorstep_session_load_company_async  (DoorstepSession      *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
DoorstepCompany   *doorstep_session_load_company_finish (DoorstepSession      *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
G_END_DECLS

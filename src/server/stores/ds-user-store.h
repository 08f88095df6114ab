/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* An account, as /me and a sign-in describe it. */
typedef struct {
  char *id;
  char *email;
  char *display_name;
  char *role;
  char *customer_id;     /* NULL for staff */
  char *customer_name;
} DsUser;

char      *ds_password_hash                 (const char  *password);

gboolean   ds_user_store_find_password_hash (DsDb        *db,
                                             const char  *email,
                                             char       **user_id,
                                             char       **password_hash,
                                             GError     **error);
DsUser    *ds_user_store_get                (DsDb        *db,
                                             const char  *user_id,
                                             GError     **error);
gboolean   ds_user_store_get_staff_photo    (DsDb        *db,
                                             const char  *user_id,
                                             GBytes     **photo,
                                             GError     **error);
GPtrArray *ds_user_store_list_by_email (DsDb                *db,
                                        const char * const  *emails,
                                        GError             **error);

void       ds_user_free                     (DsUser      *user);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsUser, ds_user_free)

G_END_DECLS

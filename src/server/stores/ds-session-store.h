/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "ds-db.h"

G_BEGIN_DECLS

/* Who is asking, once their access token checked out. */
typedef struct {
  char         *user_id;
  char         *session_id;
  char         *email;
  char         *display_name;
  DoorstepRole  role;
  char         *customer_id;  /* NULL for staff */
  char         *customer_name; /* the customer's display name; NULL for staff */
} DsIdentity;

/* What a refresh token says of its session. */
typedef struct {
  char     *session_id;
  char     *user_id;
  gboolean  revoked;   /* the session ended */
  gboolean  used;      /* the token was already traded in */
  gboolean  expired;
} DsRefreshToken;

gboolean    ds_session_store_identify        (DsDb            *db,
                                              const char      *access_token,
                                              DsIdentity     **identity,
                                              GError         **error);
char       *ds_session_store_create          (DsDb            *db,
                                              const char      *user_id,
                                              GError         **error);
gboolean    ds_session_store_issue_tokens    (DsDb            *db,
                                              const char      *session_id,
                                              const char      *access_token,
                                              gint64           access_expires_at,
                                              const char      *refresh_token,
                                              gint64           refresh_expires_at,
                                              GError         **error);
gboolean    ds_session_store_find_refresh    (DsDb            *db,
                                              const char      *refresh_token,
                                              DsRefreshToken **token,
                                              GError         **error);
gboolean    ds_session_store_use_refresh     (DsDb            *db,
                                              const char      *refresh_token,
                                              GError         **error);
gboolean    ds_session_store_revoke          (DsDb            *db,
                                              const char      *session_id,
                                              GError         **error);

gboolean    ds_session_store_count_failures  (DsDb            *db,
                                              const char      *scope,
                                              gint64           since,
                                              guint           *count,
                                              gint64          *oldest,
                                              GError         **error);
gboolean    ds_session_store_record_failure  (DsDb            *db,
                                              const char      *scope,
                                              GError         **error);
gboolean    ds_session_store_clear_failures  (DsDb            *db,
                                              const char      *scope,
                                              GError         **error);
gboolean    ds_session_store_prune_failures  (DsDb            *db,
                                              gint64           before,
                                              GError         **error);
gboolean    ds_session_store_prune           (DsDb            *db,
                                              gint64           now,
                                              gint64           failures_before,
                                              guint           *deleted,
                                              GError         **error);

void        ds_refresh_token_free            (DsRefreshToken  *token);
void        ds_identity_free                 (DsIdentity      *identity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsRefreshToken, ds_refresh_token_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsIdentity, ds_identity_free)

G_END_DECLS

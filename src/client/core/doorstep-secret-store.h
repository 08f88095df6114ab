/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What Doorstep keeps in the Secret Service for an account on a server
 * (attributes: server, account), a schema of its own per kind: the
 * refresh token of a signed-in account (the password is never kept), and
 * the private address of the customer's calendar feed, which the server
 * shows only once. */

typedef enum {
  DOORSTEP_SECRET_SIGN_IN,
  DOORSTEP_SECRET_CALENDAR_FEED,
} DoorstepSecretKind;

void      doorstep_secret_store_save_async    (DoorstepSecretKind   kind,
                                               const char          *server,
                                               const char          *account,
                                               const char          *secret,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean  doorstep_secret_store_save_finish   (GAsyncResult        *result,
                                               GError             **error);
void      doorstep_secret_store_lookup_async  (DoorstepSecretKind   kind,
                                               const char          *server,
                                               const char          *account,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
char     *doorstep_secret_store_lookup_finish (GAsyncResult        *result,
                                               GError             **error);
void      doorstep_secret_store_clear_async   (DoorstepSecretKind   kind,
                                               const char          *server,
                                               const char          *account,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean  doorstep_secret_store_clear_finish  (GAsyncResult        *result,
                                               GError             **error);
char     *doorstep_secret_store_lookup_sync   (DoorstepSecretKind   kind,
                                               const char          *server,
                                               const char          *account,
                                               GError             **error);

G_END_DECLS

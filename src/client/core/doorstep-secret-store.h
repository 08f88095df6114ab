/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The refresh token of a signed-in account, kept in the Secret Service
 * under the app's own schema (attributes: server, account). The password
 * is never kept. */

void      doorstep_secret_store_save_async    (const char          *server,
                                               const char          *account,
                                               const char          *refresh_token,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean  doorstep_secret_store_save_finish   (GAsyncResult        *result,
                                               GError             **error);
void      doorstep_secret_store_lookup_async  (const char          *server,
                                               const char          *account,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
char     *doorstep_secret_store_lookup_finish (GAsyncResult        *result,
                                               GError             **error);
void      doorstep_secret_store_clear_async   (const char          *server,
                                               const char          *account,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean  doorstep_secret_store_clear_finish  (GAsyncResult        *result,
                                               GError             **error);
char     *doorstep_secret_store_lookup_sync   (const char          *server,
                                               const char          *account,
                                               GError             **error);

G_END_DECLS

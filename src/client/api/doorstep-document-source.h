/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* How a document the server draws is fetched: a resource's pair of calls
 * that fetch the document of @id, which its API file names
 * (doorstep_quotes_api_pdf, …). DoorstepDocument, above, fetches through
 * it once and keeps the bytes. */
typedef struct {
  void    (*fetch_async)  (DoorstepScope        *scope,
                           const char           *id,
                           GCancellable         *cancellable,
                           GAsyncReadyCallback   callback,
                           gpointer              user_data);
  GBytes *(*fetch_finish) (DoorstepScope        *scope,
                           GAsyncResult         *result,
                           GError              **error);
  /* What it is, for saving it: NULL is a PDF; "text/calendar" an event. */
  const char *content_type;
} DoorstepDocumentSource;

G_END_DECLS

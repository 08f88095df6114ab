/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "doorstep-document-source.h"

G_BEGIN_DECLS

/* A document the server draws (a quote's PDF now; invoices, receipts and
 * reports later): what it is called, the file name it is saved under, and
 * how to fetch it. It is fetched once; viewing and saving share the bytes. */

#define DOORSTEP_TYPE_DOCUMENT (doorstep_document_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDocument, doorstep_document, DOORSTEP, DOCUMENT, GObject)

DoorstepDocument *doorstep_document_new          (DoorstepScope                *scope,
                                                  const DoorstepDocumentSource *source,
                                                  const char                   *id,
                                                  const char                   *title,
                                                  const char                   *subtitle,
                                                  const char                   *file_name);
const char       *doorstep_document_get_title     (DoorstepDocument             *self);
const char       *doorstep_document_get_subtitle  (DoorstepDocument             *self);
const char       *doorstep_document_get_content_type (DoorstepDocument          *self);
const char       *doorstep_document_get_file_name (DoorstepDocument             *self);
GBytes           *doorstep_document_get_bytes     (DoorstepDocument             *self);
void              doorstep_document_fetch_async   (DoorstepDocument             *self,
                                                   GCancellable                 *cancellable,
                                                   GAsyncReadyCallback           callback,
                                                   gpointer                      user_data);
GBytes           *doorstep_document_fetch_finish  (DoorstepDocument             *self,
                                                   GAsyncResult                 *result,
                                                   GError                      **error);

G_END_DECLS

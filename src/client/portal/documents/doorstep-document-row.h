/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-document-entry.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_DOCUMENT_ROW (doorstep_document_row_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDocumentRow, doorstep_document_row, DOORSTEP, DOCUMENT_ROW, GtkBox)

void doorstep_document_row_set_entry      (DoorstepDocumentRow   *self,
                                           DoorstepDocumentEntry *entry);
void doorstep_document_row_show_thumbnail (DoorstepDocumentRow   *self,
                                           const char            *file_id,
                                           GdkPaintable          *thumbnail);

G_END_DECLS

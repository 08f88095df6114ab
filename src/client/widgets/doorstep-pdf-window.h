/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-document.h"

G_BEGIN_DECLS

/* A document in its own window, as the server drew it, with a Download
 * button that saves the bytes already fetched. */

#define DOORSTEP_TYPE_PDF_WINDOW (doorstep_pdf_window_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPdfWindow, doorstep_pdf_window, DOORSTEP, PDF_WINDOW, AdwWindow)

GtkWidget        *doorstep_pdf_window_new          (DoorstepDocument  *document);
DoorstepDocument *doorstep_pdf_window_get_document (DoorstepPdfWindow *self);
void              doorstep_pdf_window_present      (GtkWidget         *from,
                                                    DoorstepDocument  *document);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"
#include "doorstep-pdf-viewer.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PDF_WINDOW (doorstep_pdf_window_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPdfWindow, doorstep_pdf_window, DOORSTEP, PDF_WINDOW, AdwWindow)

DoorstepPdfWindow *doorstep_pdf_window_new_for_quote (DoorstepApiClient *client,
                                                      DoorstepQuote     *quote);
DoorstepPdfViewer *doorstep_pdf_window_get_viewer    (DoorstepPdfWindow *self);
GBytes            *doorstep_pdf_window_get_pdf       (DoorstepPdfWindow *self);

void               doorstep_download_quote_pdf       (GtkWidget         *parent,
                                                      DoorstepApiClient *client,
                                                      DoorstepQuote     *quote,
                                                      GBytes            *pdf);
char              *doorstep_quote_pdf_file_name      (DoorstepQuote     *quote);

G_END_DECLS

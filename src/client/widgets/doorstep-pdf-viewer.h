/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PDF_VIEWER (doorstep_pdf_viewer_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPdfViewer, doorstep_pdf_viewer, DOORSTEP, PDF_VIEWER, AdwBin)

GtkWidget  *doorstep_pdf_viewer_new         (void);
void        doorstep_pdf_viewer_load_bytes  (DoorstepPdfViewer *self,
                                             GBytes            *pdf);
void        doorstep_pdf_viewer_show_error  (DoorstepPdfViewer *self,
                                             const char        *message);
void        doorstep_pdf_viewer_show_loading (DoorstepPdfViewer *self);
int         doorstep_pdf_viewer_get_page    (DoorstepPdfViewer *self);
int         doorstep_pdf_viewer_get_n_pages (DoorstepPdfViewer *self);
double      doorstep_pdf_viewer_get_zoom    (DoorstepPdfViewer *self);
gboolean    doorstep_pdf_viewer_get_rendered (DoorstepPdfViewer *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-document.h"
#include "doorstep-paged-list.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* What a bulk download lists and saves: which list, in which words, and
 * for each item its name, a line about it, the file name in the ZIP and
 * where its PDF comes from. */
typedef struct {
  const char                  *title;           /* "Download Invoices" */
  const char                  *group_title;     /* "Invoices" */
  const char                  *archive_name;    /* "Invoices.zip" */
  const char                  *empty_title;
  const char                  *empty_description;
  const char                  *error_title;
  const DoorstepListEndpoint  *endpoint;
  void (*describe) (gpointer                       item,
                    const char                   **id,
                    char                         **title,
                    char                         **subtitle,
                    char                         **amount,
                    char                         **file_name,
                    const DoorstepDocumentSource **source);
} DoorstepBulkDownloadKind;

#define DOORSTEP_TYPE_BULK_DOWNLOAD_DIALOG (doorstep_bulk_download_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepBulkDownloadDialog, doorstep_bulk_download_dialog, DOORSTEP, BULK_DOWNLOAD_DIALOG,
                      AdwWindow)

GtkWidget  *doorstep_bulk_download_dialog_new      (DoorstepScope                  *scope,
                                                    const DoorstepBulkDownloadKind *kind,
                                                    const char * const             *query);
void        doorstep_bulk_download_dialog_save_to  (DoorstepBulkDownloadDialog     *self,
                                                    GFile                          *file);
const char *doorstep_bulk_download_dialog_get_page (DoorstepBulkDownloadDialog     *self);

G_END_DECLS

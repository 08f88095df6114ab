/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_INVOICES_DOWNLOAD_DIALOG (doorstep_invoices_download_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepInvoicesDownloadDialog, doorstep_invoices_download_dialog, DOORSTEP,
                      INVOICES_DOWNLOAD_DIALOG, AdwWindow)

GtkWidget  *doorstep_invoices_download_dialog_new     (DoorstepScope                  *scope);
void        doorstep_invoices_download_dialog_save_to (DoorstepInvoicesDownloadDialog *self,
                                                       GFile                          *file);
const char *doorstep_invoices_download_dialog_get_page (DoorstepInvoicesDownloadDialog *self);

G_END_DECLS

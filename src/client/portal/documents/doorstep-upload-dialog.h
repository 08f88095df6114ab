/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* Sharing files with the business: the files chosen or dropped, each on a
 * row with its size, a progress bar while it goes and a button that
 * cancels it; what they belong to (a property, a job); each refused file
 * says why and the others still go. "uploaded" is emitted once any file
 * has been kept. */

#define DOORSTEP_TYPE_UPLOAD_DIALOG (doorstep_upload_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepUploadDialog, doorstep_upload_dialog, DOORSTEP, UPLOAD_DIALOG, AdwWindow)

#define DOORSTEP_UPLOAD_MAX_BYTES (5 * 1024 * 1024)

GtkWidget *doorstep_upload_dialog_new        (DoorstepScope        *scope);
void       doorstep_upload_dialog_add_file   (DoorstepUploadDialog *self,
                                              GFile                *file);
void       doorstep_upload_dialog_start      (DoorstepUploadDialog *self);
guint      doorstep_upload_dialog_count      (DoorstepUploadDialog *self,
                                              const char           *state);

G_END_DECLS

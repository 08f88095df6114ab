/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-api-client.h"
#include "doorstep-signature-pad.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_APPROVE_DIALOG (doorstep_approve_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepApproveDialog, doorstep_approve_dialog, DOORSTEP, APPROVE_DIALOG, AdwWindow)

DoorstepApproveDialog *doorstep_approve_dialog_new        (DoorstepApiClient      *client,
                                                           DoorstepQuote          *quote,
                                                           const char * const     *selected_item_ids,
                                                           gint64                  total_minor);
AdwEntryRow           *doorstep_approve_dialog_get_name_row (DoorstepApproveDialog *self);
DoorstepSignaturePad  *doorstep_approve_dialog_get_pad    (DoorstepApproveDialog  *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-quote.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_APPROVE_DIALOG (doorstep_approve_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepApproveDialog, doorstep_approve_dialog, DOORSTEP, APPROVE_DIALOG, AdwWindow)

GtkWidget *doorstep_approve_dialog_new (DoorstepScope      *scope,
                                        DoorstepQuote      *quote,
                                        const char * const *selected_item_ids,
                                        gint64              total_minor);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PAY_DIALOG (doorstep_pay_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPayDialog, doorstep_pay_dialog, DOORSTEP, PAY_DIALOG, AdwWindow)

GtkWidget  *doorstep_pay_dialog_new      (DoorstepScope     *scope,
                                          const char        *preselect);
const char *doorstep_pay_dialog_get_page (DoorstepPayDialog *self);
gboolean    doorstep_pay_dialog_get_busy (DoorstepPayDialog *self);

G_END_DECLS

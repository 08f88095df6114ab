/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_PAYMENT_METHODS_DIALOG (doorstep_payment_methods_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPaymentMethodsDialog, doorstep_payment_methods_dialog, DOORSTEP, PAYMENT_METHODS_DIALOG, AdwWindow)

GtkWidget  *doorstep_payment_methods_dialog_new       (DoorstepScope                *scope);
GListModel *doorstep_payment_methods_dialog_get_cards (DoorstepPaymentMethodsDialog *self);
gboolean    doorstep_payment_methods_dialog_get_busy  (DoorstepPaymentMethodsDialog *self);

G_END_DECLS

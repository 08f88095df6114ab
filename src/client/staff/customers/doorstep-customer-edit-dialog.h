/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG (doorstep_customer_edit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomerEditDialog, doorstep_customer_edit_dialog, DOORSTEP, CUSTOMER_EDIT_DIALOG, AdwWindow)

/* "Edit Customer", for admins: a customer's names, kind, email and phone.
 * It loads the customer itself when shown, sends only what changed, and
 * when someone else changed the same fields meanwhile says who changed
 * what, keeping what was typed. Signals "saved" with the
 * #DoorstepCustomerDetails as saved, then closes. */
GtkWidget *doorstep_customer_edit_dialog_new  (DoorstepScope *scope,
                                               const char    *customer_id);
GtkWidget *doorstep_customer_edit_dialog_open (GtkWidget     *parent,
                                               DoorstepScope *scope,
                                               const char    *customer_id);

G_END_DECLS

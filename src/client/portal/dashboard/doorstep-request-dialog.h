/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-company.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

#define DOORSTEP_TYPE_REQUEST_DIALOG (doorstep_request_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepRequestDialog, doorstep_request_dialog, DOORSTEP, REQUEST_DIALOG, AdwWindow)

/* "Request a job or quote": what, which service, where, when, and in the
 * customer's words. */
GtkWidget *doorstep_request_dialog_new      (DoorstepScope         *scope,
                                             DoorstepCompany       *company);
void       doorstep_request_dialog_set_kind (DoorstepRequestDialog *self,
                                             DoorstepRequestKind    kind);

void       doorstep_request_dialog_prefill  (DoorstepRequestDialog *self,
                                             const char            *property_id,
                                             const char            *description);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-customer-details.h"
#include "doorstep-edit-conflict.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* An admin's change to a customer's details: the record to edit, read
 * with its ETag, and the change saved against that ETag (If-Match), so
 * that it never silently overwrites someone else's. Both are for the
 * staff member's own scope. */

void                     doorstep_customer_edit_api_load_async  (DoorstepScope         *scope,
                                                                 const char            *customer_id,
                                                                 GCancellable          *cancellable,
                                                                 GAsyncReadyCallback    callback,
                                                                 gpointer               user_data);
DoorstepCustomerDetails *doorstep_customer_edit_api_load_finish (DoorstepScope         *scope,
                                                                 GAsyncResult          *result,
                                                                 GError               **error);
void                     doorstep_customer_edit_api_save_async  (DoorstepScope         *scope,
                                                                 const char            *customer_id,
                                                                 const char            *etag,
                                                                 GHashTable            *changes,
                                                                 GCancellable          *cancellable,
                                                                 GAsyncReadyCallback    callback,
                                                                 gpointer               user_data);
DoorstepCustomerDetails *doorstep_customer_edit_api_save_finish (DoorstepScope         *scope,
                                                                 GAsyncResult          *result,
                                                                 DoorstepEditConflict **conflict,
                                                                 GError               **error);

G_END_DECLS

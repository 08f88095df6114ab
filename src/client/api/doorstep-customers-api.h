/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-customer-profile.h"
#include "doorstep-customer.h"
#include "doorstep-note.h"
#include "doorstep-paged-list.h"
#include "doorstep-property.h"

G_BEGIN_DECLS

/* The staff's customers, searched by name, email or phone ("q"). */
extern const DoorstepListEndpoint doorstep_customers_api_list;
/* One customer's properties, in their order (doorstep_paged_list_new_for_id()). */
extern const DoorstepListEndpoint doorstep_customers_api_properties;
/* One customer's notes, pinned first, then newest first (likewise). */
extern const DoorstepListEndpoint doorstep_customers_api_notes;

void                     doorstep_customers_api_get_async          (DoorstepScope        *scope,
                                                                    const char           *customer_id,
                                                                    GCancellable         *cancellable,
                                                                    GAsyncReadyCallback   callback,
                                                                    gpointer              user_data);
DoorstepCustomerProfile *doorstep_customers_api_get_finish         (DoorstepScope        *scope,
                                                                    GAsyncResult         *result,
                                                                    GError              **error);
void                     doorstep_customers_api_add_note_async     (DoorstepScope        *scope,
                                                                    const char           *customer_id,
                                                                    const char           *body,
                                                                    gboolean              pinned,
                                                                    const char           *idempotency_key,
                                                                    GCancellable         *cancellable,
                                                                    GAsyncReadyCallback   callback,
                                                                    gpointer              user_data);
DoorstepNote            *doorstep_customers_api_add_note_finish    (DoorstepScope        *scope,
                                                                    GAsyncResult         *result,
                                                                    GError              **error);
void                     doorstep_customers_api_edit_note_async    (DoorstepScope        *scope,
                                                                    const char           *customer_id,
                                                                    const char           *note_id,
                                                                    const char           *body,
                                                                    gboolean              pinned,
                                                                    GCancellable         *cancellable,
                                                                    GAsyncReadyCallback   callback,
                                                                    gpointer              user_data);
DoorstepNote            *doorstep_customers_api_edit_note_finish   (DoorstepScope        *scope,
                                                                    GAsyncResult         *result,
                                                                    GError              **error);
void                     doorstep_customers_api_delete_note_async  (DoorstepScope        *scope,
                                                                    const char           *customer_id,
                                                                    const char           *note_id,
                                                                    GCancellable         *cancellable,
                                                                    GAsyncReadyCallback   callback,
                                                                    gpointer              user_data);
gboolean                 doorstep_customers_api_delete_note_finish (DoorstepScope        *scope,
                                                                    GAsyncResult         *result,
                                                                    GError              **error);

G_END_DECLS

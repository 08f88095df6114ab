/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document.h"
#include "doorstep-paged-list.h"
#include "doorstep-payment-method.h"
#include "doorstep-payment.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The payment history, and a payment's receipt; saved cards: list, add
 * one (its details go to the gateway's tokenization, Doorstep gets the
 * token), make one the default, remove one. */
extern const DoorstepListEndpoint   doorstep_payments_api_list;
extern const DoorstepDocumentSource doorstep_payments_api_receipt;

void        doorstep_payments_api_list_methods_async   (DoorstepScope       *scope,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GListModel *doorstep_payments_api_list_methods_finish  (DoorstepScope       *scope,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void        doorstep_payments_api_add_card_async       (DoorstepScope       *scope,
                                                        const char          *number,
                                                        guint                exp_month,
                                                        guint                exp_year,
                                                        const char          *cvc,
                                                        gboolean             make_default,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
DoorstepPaymentMethod *doorstep_payments_api_add_card_finish (DoorstepScope  *scope,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void        doorstep_payments_api_change_method_async  (DoorstepScope       *scope,
                                                        const char          *method_id,
                                                        gboolean             remove,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean    doorstep_payments_api_change_method_finish (DoorstepScope       *scope,
                                                        GAsyncResult        *result,
                                                        GError             **error);

G_END_DECLS

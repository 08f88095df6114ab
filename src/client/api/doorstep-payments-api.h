/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document-source.h"
#include "doorstep-paged-list.h"
#include "doorstep-payable.h"
#include "doorstep-payment-config.h"
#include "doorstep-payment-method.h"
#include "doorstep-payment.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The payment history, and a payment's receipt; paying invoices and
 * deposits; saved cards: list, add one (its details go to the gateway's
 * tokenization, Doorstep gets the token), make one the default, remove
 * one. */
extern const DoorstepListEndpoint   doorstep_payments_api_list;
extern const DoorstepListEndpoint   doorstep_payments_api_payable;
extern const DoorstepDocumentSource doorstep_payments_api_receipt;

void        doorstep_payments_api_list_methods_async   (DoorstepScope       *scope,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GListModel *doorstep_payments_api_list_methods_finish  (DoorstepScope       *scope,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* One line of a payment: an invoice, or a quote's deposit, and how much. */
typedef struct {
  const char *invoice_id;
  const char *quote_id;
  gint64      amount_minor;
} DoorstepPayLine;

void        doorstep_payments_api_get_config_async     (DoorstepScope       *scope,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
DoorstepPaymentConfig *doorstep_payments_api_get_config_finish (DoorstepScope *scope,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void        doorstep_payments_api_tokenize_async       (DoorstepScope       *scope,
                                                        const char          *number,
                                                        guint                exp_month,
                                                        guint                exp_year,
                                                        const char          *cvc,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
char       *doorstep_payments_api_tokenize_finish      (DoorstepScope       *scope,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void        doorstep_payments_api_pay_async            (DoorstepScope       *scope,
                                                        const DoorstepPayLine *lines,
                                                        guint                n_lines,
                                                        gint64               tip_minor,
                                                        const char          *payment_method_id,
                                                        const char          *token,
                                                        gboolean             save_card,
                                                        gboolean             make_default,
                                                        const char          *idempotency_key,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GListModel *doorstep_payments_api_pay_finish           (DoorstepScope       *scope,
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document-source.h"
#include "doorstep-paged-list.h"
#include "doorstep-quote.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A customer's quotes: the list by status (DoorstepQuoteFilter names) with
 * counts, one quote, approving and declining it, and its PDF. */
extern const DoorstepListEndpoint   doorstep_quotes_api_list;
/* A quote's PDF, for a DoorstepDocument: the get_pdf pair below. */
extern const DoorstepDocumentSource doorstep_quotes_api_pdf;

void           doorstep_quotes_api_get_async      (DoorstepScope       *scope,
                                                   const char          *quote_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DoorstepQuote *doorstep_quotes_api_get_finish     (DoorstepScope       *scope,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void           doorstep_quotes_api_approve_async  (DoorstepScope       *scope,
                                                   const char          *quote_id,
                                                   const char          *signer_name,
                                                   GBytes              *signature_png,
                                                   const char * const  *selected_item_ids,
                                                   const char          *idempotency_key,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DoorstepQuote *doorstep_quotes_api_approve_finish (DoorstepScope       *scope,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void           doorstep_quotes_api_decline_async  (DoorstepScope       *scope,
                                                   const char          *quote_id,
                                                   const char          *reason,
                                                   const char          *idempotency_key,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DoorstepQuote *doorstep_quotes_api_decline_finish (DoorstepScope       *scope,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void           doorstep_quotes_api_get_pdf_async  (DoorstepScope       *scope,
                                                   const char          *quote_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GBytes        *doorstep_quotes_api_get_pdf_finish (DoorstepScope       *scope,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS

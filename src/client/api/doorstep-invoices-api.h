/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document-source.h"
#include "doorstep-invoice.h"
#include "doorstep-paged-list.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A customer's invoices by DoorstepInvoiceFilter, with counts; one
 * invoice with its items and payments; its PDF. */
extern const DoorstepListEndpoint   doorstep_invoices_api_list;
extern const DoorstepDocumentSource doorstep_invoices_api_pdf;

void             doorstep_invoices_api_get_async  (DoorstepScope       *scope,
                                                   const char          *invoice_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DoorstepInvoice *doorstep_invoices_api_get_finish (DoorstepScope       *scope,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-documents-api.h"
#include "doorstep-invoices-api.h"
#include "doorstep-payments-api.h"
#include "doorstep-plans-api.h"
#include "doorstep-quotes-api.h"

const DoorstepListEndpoint doorstep_documents_api_list = {
  .path = "/documents",
  .item_type = doorstep_document_entry_get_type,
  .filter_param = "kind",
  .search_param = "q",
  .counts_path = "/documents/counts",
};

/* Where @entry's PDF comes from: the route of the resource it is. */
const DoorstepDocumentSource *
doorstep_documents_api_source_for (DoorstepDocumentEntry *entry)
{
  switch (doorstep_document_entry_get_kind (entry))
    {
    case DOORSTEP_DOCUMENT_INVOICE:
      return &doorstep_invoices_api_pdf;
    case DOORSTEP_DOCUMENT_RECEIPT:
      return &doorstep_payments_api_receipt;
    case DOORSTEP_DOCUMENT_PLAN:
      return &doorstep_plans_api_contract;
    case DOORSTEP_DOCUMENT_QUOTE:
    default:
      return &doorstep_quotes_api_pdf;
    }
}

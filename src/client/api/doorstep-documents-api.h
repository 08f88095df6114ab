/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document-entry.h"
#include "doorstep-document.h"
#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* The customer's documents in one list, by kind (all, quotes, invoices,
 * receipts, plans) and by what they are called, with counts; each one's
 * PDF from its own resource. */
extern const DoorstepListEndpoint doorstep_documents_api_list;

const DoorstepDocumentSource *doorstep_documents_api_source_for (DoorstepDocumentEntry *entry);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* Every document the business has drawn for the customer: All, Quotes,
 * Invoices, Receipts and Plans with counts, searched by name as you type;
 * a document opens in the PDF viewer; several save as one ZIP. */

#define DOORSTEP_TYPE_DOCUMENTS_PAGE (doorstep_documents_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDocumentsPage, doorstep_documents_page, DOORSTEP, DOCUMENTS_PAGE, DoorstepListPage)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* Every document and file shared with the customer: All, Photos (a grid
 * of thumbnails), Documents, Quotes, Invoices, Receipts and Plans with
 * counts, searched by name as you type; a photo opens in the image
 * viewer, a PDF in the PDF viewer; several save as one ZIP; files are
 * shared by choosing or dropping them, and the customer's own deleted. */

#define DOORSTEP_TYPE_DOCUMENTS_PAGE (doorstep_documents_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDocumentsPage, doorstep_documents_page, DOORSTEP, DOCUMENTS_PAGE, DoorstepListPage)

GtkWidget *doorstep_documents_page_share_files (DoorstepDocumentsPage *self,
                                                GSList                *files);

G_END_DECLS

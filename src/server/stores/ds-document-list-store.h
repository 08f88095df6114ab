/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* Everything shared with a customer, in one list: the documents the
 * business draws for them (quotes once priced, invoices, payment receipts
 * and plans' contracts, each drawn on request by its own renderer, never
 * copied) and the files uploaded by the business or by them. */

typedef struct {
  char *kind;            /* "quote", "invoice", "receipt", "plan", "photo", "document" */
  char *id;              /* of the quote, invoice, payment, plan or file */
  char *name;            /* "Quote Q-1001" */
  char *title;
  char *day;             /* "YYYY-MM-DD": issued, paid or started */
  char *property_label;
  char *content_type;
  gint64 size_bytes;     /* files only; -1 for drawn documents */
  char *shared_by;       /* "business", "customer" */
  char *shared_by_name;
  char *job_title;
  gboolean has_thumbnail;
} DsDocument;

/* The kinds a list can be narrowed to, by their filter names. */
gboolean  ds_document_kind_from_filter (const char          *filter,
                                        const char         **kind);
DsPage   *ds_document_store_list       (DsDb                *db,
                                        const char          *customer_id,
                                        const char          *kind,
                                        const char          *search,
                                        const char          *since,
                                        const char          *until,
                                        const char          *property_id,
                                        const DsPageRequest *request,
                                        GError             **error);
gboolean  ds_document_store_count      (DsDb                *db,
                                        const char          *customer_id,
                                        const char          *search,
                                        const char          *since,
                                        const char          *until,
                                        const char          *property_id,
                                        GHashTable          *counts,
                                        GError             **error);
void      ds_document_free             (DsDocument          *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDocument, ds_document_free)

G_END_DECLS

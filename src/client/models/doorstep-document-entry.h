/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-record.h"

G_BEGIN_DECLS

/* One of the customer's documents in the Documents list: a quote, an
 * invoice, a receipt or a plan's contract, by the id its own PDF route
 * takes; or a photo or a document the business or the customer shared,
 * by its file id. */
typedef enum {
  DOORSTEP_DOCUMENT_QUOTE,
  DOORSTEP_DOCUMENT_INVOICE,
  DOORSTEP_DOCUMENT_RECEIPT,
  DOORSTEP_DOCUMENT_PLAN,
  DOORSTEP_DOCUMENT_PHOTO,
  DOORSTEP_DOCUMENT_FILE,
} DoorstepDocumentKind;

#define DOORSTEP_TYPE_DOCUMENT_ENTRY (doorstep_document_entry_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDocumentEntry, doorstep_document_entry, DOORSTEP, DOCUMENT_ENTRY, DoorstepRecord)

DoorstepDocumentKind doorstep_document_entry_get_kind           (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_id             (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_name           (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_title          (DoorstepDocumentEntry *self);
GDate               *doorstep_document_entry_get_date           (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_property_label (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_content_type   (DoorstepDocumentEntry *self);
gint64               doorstep_document_entry_get_size           (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_job_title      (DoorstepDocumentEntry *self);
gboolean             doorstep_document_entry_has_thumbnail      (DoorstepDocumentEntry *self);
gboolean             doorstep_document_entry_can_delete         (DoorstepDocumentEntry *self);
gboolean             doorstep_document_entry_is_file            (DoorstepDocumentEntry *self);
gboolean             doorstep_document_entry_is_photo           (DoorstepDocumentEntry *self);
char                *doorstep_document_entry_dup_shared_by      (DoorstepDocumentEntry *self);
const char          *doorstep_document_entry_get_icon_name      (DoorstepDocumentEntry *self);
char                *doorstep_document_entry_dup_details        (DoorstepDocumentEntry *self);
char                *doorstep_document_entry_dup_file_name      (DoorstepDocumentEntry *self);

G_END_DECLS

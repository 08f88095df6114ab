/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-document-entry.h"
#include "doorstep-time.h"

struct _DoorstepDocumentEntry {
  DoorstepRecord  parent_instance;
  char           *kind;
  char           *id;
  char           *name;
  char           *title;
  GDate          *date;
  char           *property_label;
};

G_DEFINE_FINAL_TYPE (DoorstepDocumentEntry, doorstep_document_entry, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepDocumentEntry, kind, STRING, "kind", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, name, STRING, "name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, title, STRING, "title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, date, DATE, "date", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, property_label, STRING, "property_label", OPTIONAL, NULL),
};

static const char * const kinds[] = { "quote", "invoice", "receipt", "plan" };

static gboolean
doorstep_document_entry_parse (DoorstepRecord  *record,
                               JsonObject      *object,
                               GError         **error)
{
  DoorstepDocumentEntry *self = DOORSTEP_DOCUMENT_ENTRY (record);

  if (!g_strv_contains (kinds, self->kind))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "document %s is of an unknown kind", self->id);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_document_entry_class_init (DoorstepDocumentEntryClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_document_entry_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "document", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_document_entry_init (DoorstepDocumentEntry *self)
{
}

DoorstepDocumentKind
doorstep_document_entry_get_kind (DoorstepDocumentEntry *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (self->kind, kinds[i]))
      return (DoorstepDocumentKind) i;
  return DOORSTEP_DOCUMENT_QUOTE;
}

const char *doorstep_document_entry_get_id (DoorstepDocumentEntry *self) { return self->id; }
const char *doorstep_document_entry_get_name (DoorstepDocumentEntry *self) { return self->name; }
const char *doorstep_document_entry_get_title (DoorstepDocumentEntry *self) { return self->title; }
GDate *doorstep_document_entry_get_date (DoorstepDocumentEntry *self) { return self->date; }
const char *doorstep_document_entry_get_property_label (DoorstepDocumentEntry *self) { return self->property_label; }

const char *
doorstep_document_entry_get_icon_name (DoorstepDocumentEntry *self)
{
  switch (doorstep_document_entry_get_kind (self))
    {
    case DOORSTEP_DOCUMENT_INVOICE:
      return "emblem-documents-symbolic";
    case DOORSTEP_DOCUMENT_RECEIPT:
      return "auth-smartcard-symbolic";
    case DOORSTEP_DOCUMENT_PLAN:
      return "security-high-symbolic";
    case DOORSTEP_DOCUMENT_QUOTE:
    default:
      return "document-edit-symbolic";
    }
}

/* "12 Oct 2026 · Rental duplex" */
char *
doorstep_document_entry_dup_details (DoorstepDocumentEntry *self)
{
  g_autofree char *day = doorstep_date_format (self->date);

  return self->property_label != NULL ? g_strdup_printf ("%s · %s", day, self->property_label) : g_steal_pointer (&day);
}

/* "Invoice I-2007.pdf", with nothing that could be a folder. */
char *
doorstep_document_entry_dup_file_name (DoorstepDocumentEntry *self)
{
  char *name = g_strdup_printf ("%s.pdf", self->name);

  return g_strdelimit (name, "/\\:", '-');
}

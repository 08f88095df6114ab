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
  char           *content_type;
  gint64          size_bytes;
  char           *shared_by;
  char           *shared_by_name;
  char           *job_title;
  gboolean        has_thumbnail;
  gboolean        can_delete;
};

G_DEFINE_FINAL_TYPE (DoorstepDocumentEntry, doorstep_document_entry, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepDocumentEntry, kind, STRING, "kind", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, name, STRING, "name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, title, STRING, "title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, date, DATE, "date", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, content_type, STRING, "content_type", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, size_bytes, INT, "size_bytes", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, shared_by, STRING, "shared_by", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, shared_by_name, STRING, "shared_by_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, job_title, STRING, "job_title", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, has_thumbnail, BOOLEAN, "has_thumbnail", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDocumentEntry, can_delete, BOOLEAN, "can_delete", OPTIONAL, NULL),
};

/* In the order of DoorstepDocumentKind. */
static const char * const kinds[] = { "quote", "invoice", "receipt", "plan", "photo", "document" };
static const char * const content_types[] = { "application/pdf", "image/jpeg", "image/png" };

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
  /* What it is decides how it is shown and saved: only what the server
   * takes, and a photo only as an image. */
  if (!g_strv_contains (content_types, self->content_type) ||
      (g_str_equal (self->kind, "photo") != g_str_has_prefix (self->content_type, "image/")) ||
      self->size_bytes < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "document %s is of an unknown type", self->id);
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
const char *doorstep_document_entry_get_content_type (DoorstepDocumentEntry *self) { return self->content_type; }
gint64 doorstep_document_entry_get_size (DoorstepDocumentEntry *self) { return self->size_bytes; }
const char *doorstep_document_entry_get_job_title (DoorstepDocumentEntry *self) { return self->job_title; }
gboolean doorstep_document_entry_has_thumbnail (DoorstepDocumentEntry *self) { return self->has_thumbnail; }
gboolean doorstep_document_entry_can_delete (DoorstepDocumentEntry *self) { return self->can_delete; }

/* Uploaded (a photo or a document), rather than drawn by the business. */
gboolean
doorstep_document_entry_is_file (DoorstepDocumentEntry *self)
{
  DoorstepDocumentKind kind = doorstep_document_entry_get_kind (self);

  return kind == DOORSTEP_DOCUMENT_PHOTO || kind == DOORSTEP_DOCUMENT_FILE;
}

gboolean
doorstep_document_entry_is_photo (DoorstepDocumentEntry *self)
{
  return doorstep_document_entry_get_kind (self) == DOORSTEP_DOCUMENT_PHOTO;
}

/* "Shared by you", "Shared by Northwind Home Services" */
char *
doorstep_document_entry_dup_shared_by (DoorstepDocumentEntry *self)
{
  if (g_strcmp0 (self->shared_by, "customer") == 0)
    return g_strdup (_("Shared by you"));
  if (self->shared_by_name != NULL)
    /* Translators: who shared a file, "Shared by Northwind Home Services" */
    return g_strdup_printf (_("Shared by %s"), self->shared_by_name);
  return NULL;
}

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
    case DOORSTEP_DOCUMENT_PHOTO:
      return "image-x-generic-symbolic";
    case DOORSTEP_DOCUMENT_FILE:
      return "x-office-document-symbolic";
    case DOORSTEP_DOCUMENT_QUOTE:
    default:
      return "document-edit-symbolic";
    }
}

/* "12 Oct 2026 · Rental duplex", and for a file "12 Oct 2026 · 1.2 MB ·
 * Home · Shared by you" */
char *
doorstep_document_entry_dup_details (DoorstepDocumentEntry *self)
{
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *day = doorstep_date_format (self->date);

  g_string_append (details, day);
  if (doorstep_document_entry_is_file (self))
    {
      g_autofree char *size = g_format_size ((guint64) self->size_bytes);
      g_autofree char *shared = doorstep_document_entry_dup_shared_by (self);

      /* The job, when there is one, is its title already. */
      g_string_append_printf (details, " · %s", size);
      if (self->job_title != NULL && self->title == NULL)
        g_string_append_printf (details, " · %s", self->job_title);
      else if (self->property_label != NULL)
        g_string_append_printf (details, " · %s", self->property_label);
      if (shared != NULL)
        g_string_append_printf (details, " · %s", shared);
      return g_string_free (g_steal_pointer (&details), FALSE);
    }
  if (self->property_label != NULL)
    g_string_append_printf (details, " · %s", self->property_label);
  return g_string_free (g_steal_pointer (&details), FALSE);
}

/* "Invoice I-2007.pdf", or a file's own name, with nothing that could be
 * a folder. */
char *
doorstep_document_entry_dup_file_name (DoorstepDocumentEntry *self)
{
  char *name = doorstep_document_entry_is_file (self) ? g_strdup (self->name) : g_strdup_printf ("%s.pdf", self->name);

  return g_strdelimit (name, "/\\:", '-');
}

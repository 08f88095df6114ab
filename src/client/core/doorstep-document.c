/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-document.h"

struct _DoorstepDocument {
  GObject                       parent_instance;

  DoorstepScope                *scope;
  const DoorstepDocumentSource *source;
  char                         *id;
  char                         *title;
  char                         *subtitle;
  char                         *file_name;
  GBytes                       *bytes;
};

G_DEFINE_FINAL_TYPE (DoorstepDocument, doorstep_document, G_TYPE_OBJECT)

static void
doorstep_document_finalize (GObject *object)
{
  DoorstepDocument *self = DOORSTEP_DOCUMENT (object);

  g_clear_object (&self->scope);
  g_free (self->id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->file_name);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (doorstep_document_parent_class)->finalize (object);
}

static void
doorstep_document_class_init (DoorstepDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_document_finalize;
}

static void
doorstep_document_init (DoorstepDocument *self)
{
}

/**
 * doorstep_document_new:
 * @source: (not nullable): static; how to fetch it
 * @subtitle: (nullable): what it is about, shown under the title
 * @file_name: the name it is offered to be saved under
 */
DoorstepDocument *
doorstep_document_new (DoorstepScope                *scope,
                       const DoorstepDocumentSource *source,
                       const char                   *id,
                       const char                   *title,
                       const char                   *subtitle,
                       const char                   *file_name)
{
  DoorstepDocument *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (source != NULL && id != NULL && title != NULL && file_name != NULL, NULL);

  self = g_object_new (DOORSTEP_TYPE_DOCUMENT, NULL);
  self->scope = g_object_ref (scope);
  self->source = source;
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->file_name = g_strdup (file_name);
  return self;
}

const char *doorstep_document_get_title (DoorstepDocument *self) { return self->title; }
const char *doorstep_document_get_subtitle (DoorstepDocument *self) { return self->subtitle; }
const char *doorstep_document_get_file_name (DoorstepDocument *self) { return self->file_name; }

const char *
doorstep_document_get_content_type (DoorstepDocument *self)
{
  return self->source->content_type != NULL ? self->source->content_type : "application/pdf";
}

/**
 * doorstep_document_get_bytes:
 *
 * Returns: (transfer none) (nullable): the document once fetched
 */
GBytes *
doorstep_document_get_bytes (DoorstepDocument *self)
{
  g_return_val_if_fail (DOORSTEP_IS_DOCUMENT (self), NULL);
  return self->bytes;
}

static void
fetch_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DoorstepDocument *self = g_task_get_source_object (task);
  GError *error = NULL;
  GBytes *bytes = self->source->fetch_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = g_bytes_ref (bytes);
  g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

/* Fetches the document, or gives what was fetched before. */
void
doorstep_document_fetch_async (DoorstepDocument    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_document_fetch_async);
  if (self->bytes != NULL)
    {
      g_task_return_pointer (task, g_bytes_ref (self->bytes), (GDestroyNotify) g_bytes_unref);
      g_object_unref (task);
      return;
    }
  self->source->fetch_async (self->scope, self->id, cancellable, fetch_cb, task);
}

/**
 * doorstep_document_fetch_finish:
 *
 * Returns: (transfer full) (nullable): the document's bytes
 */
GBytes *
doorstep_document_fetch_finish (DoorstepDocument  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

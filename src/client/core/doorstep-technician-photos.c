/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-jobs-api.h"
#include "doorstep-technician-photos.h"

struct _DoorstepTechnicianPhotos {
  GObject            parent_instance;

  DoorstepApiClient *client;
  GCancellable      *cancellable;
  GHashTable        *photos;      /* technician id → GdkTexture */
  GHashTable        *waiting;     /* technician id → GPtrArray of GTask waiting for it */
  guint              generation;  /* moved on by forgetting: what was asked before is not kept */
};

G_DEFINE_FINAL_TYPE (DoorstepTechnicianPhotos, doorstep_technician_photos, G_TYPE_OBJECT)

/* Photos larger than this are not shown (the server keeps them small). */
#define MAX_PHOTO_BYTES (2 * 1024 * 1024)

typedef struct {
  DoorstepTechnicianPhotos *self;
  char                     *technician_id;
  guint                     generation;
} PhotoRequest;

static void
photo_request_free (PhotoRequest *request)
{
  g_object_unref (request->self);
  g_free (request->technician_id);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhotoRequest, photo_request_free)

static void
photo_loaded_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PhotoRequest) request = user_data;
  DoorstepTechnicianPhotos *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = doorstep_jobs_api_get_photo_finish (DOORSTEP_API_CLIENT (source_object), result, &error);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  gpointer key;

  if (self->waiting == NULL ||
      !g_hash_table_steal_extended (self->waiting, request->technician_id, &key, (gpointer *) &waiting))
    return;
  g_free (key);

  if (bytes != NULL && g_bytes_get_size (bytes) > MAX_PHOTO_BYTES)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The photo is too large to show."));
  else if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture != NULL && request->generation == self->generation)
    g_hash_table_insert (self->photos, g_strdup (request->technician_id), g_object_ref (texture));

  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (texture != NULL)
        g_task_return_pointer (task, g_object_ref (texture), g_object_unref);
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

static void
doorstep_technician_photos_dispose (GObject *object)
{
  DoorstepTechnicianPhotos *self = DOORSTEP_TECHNICIAN_PHOTOS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_pointer (&self->photos, g_hash_table_unref);
  g_clear_pointer (&self->waiting, g_hash_table_unref);
  G_OBJECT_CLASS (doorstep_technician_photos_parent_class)->dispose (object);
}

static void
doorstep_technician_photos_class_init (DoorstepTechnicianPhotosClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = doorstep_technician_photos_dispose;
}

static void
doorstep_technician_photos_init (DoorstepTechnicianPhotos *self)
{
  self->cancellable = g_cancellable_new ();
  self->photos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->waiting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

DoorstepTechnicianPhotos *
doorstep_technician_photos_new (DoorstepApiClient *client)
{
  DoorstepTechnicianPhotos *self;

  g_return_val_if_fail (DOORSTEP_IS_API_CLIENT (client), NULL);

  self = g_object_new (DOORSTEP_TYPE_TECHNICIAN_PHOTOS, NULL);
  self->client = g_object_ref (client);
  return self;
}

/**
 * doorstep_technician_photos_load_async:
 * @technician_id: whose photo: a technician whose record has a photo_url
 *
 * Fetches and decodes a technician's photo, or gives the one fetched
 * before.
 */
void
doorstep_technician_photos_load_async (DoorstepTechnicianPhotos *self,
                                       const char               *technician_id,
                                       GCancellable             *cancellable,
                                       GAsyncReadyCallback       callback,
                                       gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  GdkTexture *cached;
  GPtrArray *waiting;
  PhotoRequest *request;

  g_return_if_fail (DOORSTEP_IS_TECHNICIAN_PHOTOS (self));
  g_return_if_fail (technician_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, doorstep_technician_photos_load_async);
  if ((cached = g_hash_table_lookup (self->photos, technician_id)) != NULL)
    {
      g_task_return_pointer (task, g_object_ref (cached), g_object_unref);
      return;
    }

  /* One request per person, however many rows ask. */
  if ((waiting = g_hash_table_lookup (self->waiting, technician_id)) != NULL)
    {
      g_ptr_array_add (waiting, g_steal_pointer (&task));
      return;
    }
  waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (waiting, g_steal_pointer (&task));
  g_hash_table_insert (self->waiting, g_strdup (technician_id), waiting);

  request = g_new0 (PhotoRequest, 1);
  request->self = g_object_ref (self);
  request->technician_id = g_strdup (technician_id);
  request->generation = self->generation;
  doorstep_jobs_api_get_photo_async (self->client, technician_id, self->cancellable, photo_loaded_cb, request);
}

/**
 * doorstep_technician_photos_load_finish:
 *
 * Returns: (transfer full) (nullable): the photo
 */
GdkTexture *
doorstep_technician_photos_load_finish (DoorstepTechnicianPhotos  *self,
                                        GAsyncResult              *result,
                                        GError                   **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Forgets every photo, and keeps none of those on their way: the next
 * person to sign in fetches their own. */
void
doorstep_technician_photos_forget (DoorstepTechnicianPhotos *self)
{
  g_return_if_fail (DOORSTEP_IS_TECHNICIAN_PHOTOS (self));

  g_hash_table_remove_all (self->photos);
  self->generation++;
}

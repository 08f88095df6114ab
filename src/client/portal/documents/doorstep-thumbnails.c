/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-document-entry.h"
#include "doorstep-documents-api.h"
#include "doorstep-thumbnails.h"

struct _DoorstepThumbnails {
  GObject        parent_instance;

  DoorstepScope *scope;       /* of the page's list */
  GHashTable    *thumbnails;  /* file id → GdkTexture */
  GHashTable    *pending;     /* file ids whose thumbnail is on its way */
  GCancellable  *cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepThumbnails, doorstep_thumbnails, G_TYPE_OBJECT)

enum {
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  GWeakRef  thumbnails;
  char     *id;
} ThumbnailRequest;

static void
thumbnail_request_free (ThumbnailRequest *request)
{
  g_weak_ref_clear (&request->thumbnails);
  g_free (request->id);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThumbnailRequest, thumbnail_request_free)

static void
thumbnail_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ThumbnailRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = doorstep_documents_api_get_thumbnail_finish (DOORSTEP_SCOPE (source_object), result,
                                                                         &error);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(DoorstepThumbnails) self = g_weak_ref_get (&request->thumbnails);
  const char *id = request->id;

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_hash_table_remove (self->pending, id);
  /* A thumbnail that does not come or does not decode leaves the icon. */
  if (bytes == NULL || (texture = gdk_texture_new_from_bytes (bytes, NULL)) == NULL)
    return;
  g_hash_table_insert (self->thumbnails, g_strdup (id), g_object_ref (texture));
  g_signal_emit (self, signals[LOADED], 0, id, texture);
}

/* Tiles: a photo's thumbnail over its name. The picture is named by the
 * file it shows, so that a thumbnail that comes later finds it. */

static void
tile_loaded_cb (GtkPicture *picture,
                const char *id,
                GdkTexture *texture)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (picture), "file-id"), id) == 0)
    gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

static void
tile_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               DoorstepThumbnails       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "photo-tile");
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_COVER);
  gtk_widget_set_size_request (picture, 140, 105);
  gtk_frame_set_child (GTK_FRAME (frame), picture);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
  g_signal_connect_object (self, "loaded", G_CALLBACK (tile_loaded_cb), picture, G_CONNECT_SWAPPED);
}

static void
tile_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DoorstepThumbnails       *self)
{
  DoorstepDocumentEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkPicture *picture = GTK_PICTURE (gtk_frame_get_child (GTK_FRAME (gtk_widget_get_first_child (box))));
  GtkLabel *label = GTK_LABEL (gtk_widget_get_last_child (box));
  const char *id = doorstep_document_entry_get_id (entry);
  g_autofree char *details = doorstep_document_entry_dup_details (entry);
  g_autofree char *accessible = NULL;
  GdkTexture *texture;

  g_object_set_data_full (G_OBJECT (picture), "file-id", g_strdup (id), g_free);
  gtk_label_set_text (label, doorstep_document_entry_get_name (entry));
  gtk_widget_set_tooltip_text (box, details);
  /* Translators: a photo read aloud: "Cracked igniter.jpg, photo, 24 Sep 2026 · 12 kB · …" */
  accessible = g_strdup_printf (_("%s, photo, %s"), doorstep_document_entry_get_name (entry), details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  texture = doorstep_document_entry_has_thumbnail (entry) ? doorstep_thumbnails_lookup (self, id) : NULL;
  gtk_picture_set_paintable (picture, texture != NULL ? GDK_PAINTABLE (texture) : NULL);
}

static void
tile_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                DoorstepThumbnails       *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkPicture *picture = GTK_PICTURE (gtk_frame_get_child (GTK_FRAME (gtk_widget_get_first_child (box))));

  g_object_set_data (G_OBJECT (picture), "file-id", NULL);
  gtk_picture_set_paintable (picture, NULL);
}

static void
doorstep_thumbnails_dispose (GObject *object)
{
  DoorstepThumbnails *self = DOORSTEP_THUMBNAILS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  G_OBJECT_CLASS (doorstep_thumbnails_parent_class)->dispose (object);
}

static void
doorstep_thumbnails_class_init (DoorstepThumbnailsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = doorstep_thumbnails_dispose;

  /**
   * DoorstepThumbnails::loaded:
   * @file_id: the photo's
   * @texture: its thumbnail
   *
   * A thumbnail asked for has come: whatever shows the photo shows it.
   */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_STRING, GDK_TYPE_TEXTURE);
}

static void
doorstep_thumbnails_init (DoorstepThumbnails *self)
{
  self->thumbnails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

DoorstepThumbnails *
doorstep_thumbnails_new (void)
{
  return g_object_new (DOORSTEP_TYPE_THUMBNAILS, NULL);
}

/**
 * doorstep_thumbnails_set_scope:
 * @scope: (nullable): whose photos are asked for from now on
 */
void
doorstep_thumbnails_set_scope (DoorstepThumbnails *self,
                               DoorstepScope      *scope)
{
  g_return_if_fail (DOORSTEP_IS_THUMBNAILS (self));
  g_set_object (&self->scope, scope);
}

/**
 * doorstep_thumbnails_lookup:
 * @file_id: a photo that has a thumbnail
 *
 * Returns: (transfer none) (nullable): the photo's thumbnail when it is
 *   here; otherwise it is asked for, and ::loaded says when it comes
 */
GdkTexture *
doorstep_thumbnails_lookup (DoorstepThumbnails *self,
                            const char         *file_id)
{
  GdkTexture *texture;

  g_return_val_if_fail (DOORSTEP_IS_THUMBNAILS (self), NULL);
  g_return_val_if_fail (file_id != NULL, NULL);

  texture = g_hash_table_lookup (self->thumbnails, file_id);
  if (texture == NULL && self->scope != NULL && !g_hash_table_contains (self->pending, file_id))
    {
      ThumbnailRequest *request = g_new0 (ThumbnailRequest, 1);

      g_weak_ref_init (&request->thumbnails, self);
      request->id = g_strdup (file_id);
      g_hash_table_add (self->pending, g_strdup (file_id));
      doorstep_documents_api_get_thumbnail_async (self->scope, file_id, self->cancellable, thumbnail_cb, request);
    }
  return texture;
}

/**
 * doorstep_thumbnails_new_tile_factory:
 *
 * Returns: (transfer full): the factory of the Photos grid's tiles, each
 *   a photo's thumbnail over its name
 */
GtkListItemFactory *
doorstep_thumbnails_new_tile_factory (DoorstepThumbnails *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (DOORSTEP_IS_THUMBNAILS (self), NULL);

  g_signal_connect_object (factory, "setup", G_CALLBACK (tile_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (tile_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (tile_unbind_cb), self, 0);
  return factory;
}

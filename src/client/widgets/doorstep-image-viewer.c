/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-document-entry.h"
#include "doorstep-documents-api.h"
#include "doorstep-download.h"
#include "doorstep-image-viewer.h"

#define ZOOM_STEP 1.25
#define ZOOM_MIN  0.1
#define ZOOM_MAX  8.0

struct _DoorstepImageViewer {
  AdwWindow          parent_instance;

  AdwWindowTitle    *title;
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkPicture        *picture;
  AdwStatusPage     *error_page;

  DoorstepScope     *scope;
  GListModel        *entries;
  guint              position;
  DoorstepDocument  *document;   /* the photo shown */
  GdkTexture        *texture;
  GCancellable      *cancellable;
  double             zoom;       /* 0: best fit */
};

G_DEFINE_FINAL_TYPE (DoorstepImageViewer, doorstep_image_viewer, ADW_TYPE_WINDOW)

static DoorstepDocumentEntry *
entry_at (DoorstepImageViewer *self,
          guint                position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->entries, position);

  if (item == NULL || !DOORSTEP_IS_DOCUMENT_ENTRY (item) ||
      !doorstep_document_entry_is_photo (DOORSTEP_DOCUMENT_ENTRY (item)))
    return NULL;
  return DOORSTEP_DOCUMENT_ENTRY (g_steal_pointer (&item));
}

/* The nearest photo from @position in @step's direction, or -1. */
static gint64
find_photo (DoorstepImageViewer *self,
            gint64               position,
            int                  step)
{
  guint n = g_list_model_get_n_items (self->entries);

  for (gint64 i = position + step; i >= 0 && i < n; i += step)
    {
      g_autoptr(DoorstepDocumentEntry) entry = entry_at (self, (guint) i);

      if (entry != NULL)
        return i;
    }
  return -1;
}

static void
update_actions (DoorstepImageViewer *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.previous", find_photo (self, self->position, -1) >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.next", find_photo (self, self->position, 1) >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-in", self->texture != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-out", self->texture != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-fit", self->texture != NULL && self->zoom > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.download", self->document != NULL);
}

static void
apply_zoom (DoorstepImageViewer *self)
{
  if (self->zoom <= 0 || self->texture == NULL)
    {
      gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_NEVER);
      gtk_widget_set_size_request (GTK_WIDGET (self->picture), -1, -1);
    }
  else
    {
      gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
      gtk_widget_set_size_request (GTK_WIDGET (self->picture),
                                   (int) (gdk_texture_get_width (self->texture) * self->zoom),
                                   (int) (gdk_texture_get_height (self->texture) * self->zoom));
    }
  update_actions (self);
}

static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GdkTexture *texture = gdk_texture_new_from_bytes (task_data, &error);

  if (texture != NULL)
    g_task_return_pointer (task, texture, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
show_error (DoorstepImageViewer *self,
            const GError        *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
decoded_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = g_task_propagate_pointer (G_TASK (result), &error);
  DoorstepImageViewer *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_IMAGE_VIEWER (user_data);
  if (texture == NULL)
    {
      g_autoptr(GError) unreadable = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                                          _("This photo is damaged and cannot be shown."));
      show_error (self, unreadable);
      return;
    }
  g_set_object (&self->texture, texture);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_stack_set_visible_child_name (self->stack, "image");
  apply_zoom (self);
}

static void
fetched_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = doorstep_document_fetch_finish (DOORSTEP_DOCUMENT (source_object), result, &error);
  DoorstepImageViewer *self;
  g_autoptr(GTask) task = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_IMAGE_VIEWER (user_data);
  if (bytes == NULL)
    {
      show_error (self, error);
      return;
    }
  /* Decoding a large photo takes a moment; the window stays responsive. */
  task = g_task_new (NULL, self->cancellable, decoded_cb, self);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, decode_thread);
}

static void
show_position (DoorstepImageViewer *self,
               guint                position)
{
  g_autoptr(DoorstepDocumentEntry) entry = entry_at (self, position);
  g_autofree char *details = NULL;
  g_autofree char *file_name = NULL;

  if (entry == NULL)
    return;
  self->position = position;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->texture);
  gtk_picture_set_paintable (self->picture, NULL);
  self->zoom = 0;

  details = doorstep_document_entry_dup_details (entry);
  file_name = doorstep_document_entry_dup_file_name (entry);
  adw_window_title_set_title (self->title, doorstep_document_entry_get_name (entry));
  if (doorstep_document_entry_get_title (entry) != NULL)
    {
      /* Its job first, "Annual furnace service · 24 Sep 2026 · …" */
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", doorstep_document_entry_get_title (entry), details);

      adw_window_title_set_subtitle (self->title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->title, details);
  gtk_window_set_title (GTK_WINDOW (self), doorstep_document_entry_get_name (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  doorstep_document_entry_get_name (entry), -1);

  g_clear_object (&self->document);
  self->document = doorstep_document_new (self->scope, doorstep_documents_api_source_for (entry),
                                          doorstep_document_entry_get_id (entry),
                                          doorstep_document_entry_get_name (entry), details, file_name);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_actions (self);
  doorstep_document_fetch_async (self->document, self->cancellable, fetched_cb, self);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepImageViewer *self = DOORSTEP_IMAGE_VIEWER (widget);
  gint64 next = find_photo (self, self->position, g_str_equal (action_name, "viewer.next") ? 1 : -1);

  if (next >= 0)
    show_position (self, (guint) next);
}

/* The scale the photo is drawn at now, fitted or zoomed. */
static double
current_scale (DoorstepImageViewer *self)
{
  double width, height;

  if (self->zoom > 0)
    return self->zoom;
  width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  height = gtk_widget_get_height (GTK_WIDGET (self->scroller));
  if (width <= 0 || height <= 0)
    return 1.0;
  return MIN (width / gdk_texture_get_width (self->texture), height / gdk_texture_get_height (self->texture));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepImageViewer *self = DOORSTEP_IMAGE_VIEWER (widget);

  if (self->texture == NULL)
    return;
  if (g_str_equal (action_name, "viewer.zoom-fit"))
    self->zoom = 0;
  else if (g_str_equal (action_name, "viewer.zoom-in"))
    self->zoom = MIN (current_scale (self) * ZOOM_STEP, ZOOM_MAX);
  else
    self->zoom = MAX (current_scale (self) / ZOOM_STEP, ZOOM_MIN);
  apply_zoom (self);
}

static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepImageViewer *self = DOORSTEP_IMAGE_VIEWER (widget);

  if (self->document != NULL)
    doorstep_download_document (widget, self->document);
}

static void
retry_cb (DoorstepImageViewer *self)
{
  show_position (self, self->position);
}

static void
doorstep_image_viewer_dispose (GObject *object)
{
  DoorstepImageViewer *self = DOORSTEP_IMAGE_VIEWER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_object (&self->texture);
  g_clear_object (&self->entries);
  g_clear_object (&self->scope);
  G_OBJECT_CLASS (doorstep_image_viewer_parent_class)->dispose (object);
}

static void
doorstep_image_viewer_class_init (DoorstepImageViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_image_viewer_dispose;

  gtk_widget_class_install_action (widget_class, "viewer.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "viewer.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "viewer.download", NULL, download_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "viewer.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "viewer.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "viewer.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "viewer.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "viewer.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "viewer.download", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
doorstep_image_viewer_init (DoorstepImageViewer *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *zooms = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *retry = gtk_button_new_with_mnemonic (_("_Try Again"));

  gtk_window_set_default_size (GTK_WINDOW (self), 900, 680);
  gtk_widget_add_css_class (GTK_WIDGET (self), "image-viewer");

  self->title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_widget_add_css_class (steps, "linked");
  gtk_box_append (GTK_BOX (steps), icon_button ("go-previous-symbolic", _("Previous Photo"), "viewer.previous"));
  gtk_box_append (GTK_BOX (steps), icon_button ("go-next-symbolic", _("Next Photo"), "viewer.next"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), steps);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), icon_button ("folder-download-symbolic", _("Download"),
                                                                 "viewer.download"));
  gtk_widget_add_css_class (zooms, "linked");
  gtk_box_append (GTK_BOX (zooms), icon_button ("zoom-out-symbolic", _("Zoom Out"), "viewer.zoom-out"));
  gtk_box_append (GTK_BOX (zooms), icon_button ("zoom-fit-best-symbolic", _("Best Fit"), "viewer.zoom-fit"));
  gtk_box_append (GTK_BOX (zooms), icon_button ("zoom-in-symbolic", _("Zoom In"), "viewer.zoom-in"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), zooms);
  gtk_box_append (GTK_BOX (box), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Loading the photo"), -1);
  gtk_stack_add_named (self->stack, spinner, "loading");

  self->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_picture_set_content_fit (self->picture, GTK_CONTENT_FIT_CONTAIN);
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->picture));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scroller), "image");

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "image-missing-symbolic");
  adw_status_page_set_title (self->error_page, _("The Photo Didn’t Load"));
  gtk_widget_set_halign (retry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retry, "pill");
  g_signal_connect_swapped (retry, "clicked", G_CALLBACK (retry_cb), self);
  adw_status_page_set_child (self->error_page, retry);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * doorstep_image_viewer_new:
 * @entries: the list the photo was opened from (of #DoorstepDocumentEntry;
 *   Previous and Next step over what is not a photo)
 * @position: the photo's place in @entries
 */
GtkWidget *
doorstep_image_viewer_new (DoorstepScope *scope,
                           GListModel    *entries,
                           guint          position)
{
  DoorstepImageViewer *self = g_object_new (DOORSTEP_TYPE_IMAGE_VIEWER, NULL);

  self->scope = g_object_ref (scope);
  self->entries = g_object_ref (entries);
  show_position (self, position);
  return GTK_WIDGET (self);
}

const char *
doorstep_image_viewer_get_title_text (DoorstepImageViewer *self)
{
  return adw_window_title_get_title (self->title);
}

gboolean
doorstep_image_viewer_is_loaded (DoorstepImageViewer *self)
{
  return self->texture != NULL;
}

double
doorstep_image_viewer_get_zoom (DoorstepImageViewer *self)
{
  return self->zoom;
}

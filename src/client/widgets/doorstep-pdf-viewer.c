/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "doorstep-pdf-viewer.h"

/* Shows a PDF one page at a time, with page navigation, zoom and fit to
 * width. Opening the document and rendering a page both run in a worker
 * thread, so a large PDF never holds up the window; poppler is not
 * thread-safe per document, so one mutex guards each document, and a
 * render that is overtaken by a newer request is dropped.
 *
 * Keys: Page Down, Right or n for the next page; Page Up, Left or p for
 * the previous; Home and End; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits
 * the page to the width. */

#define ZOOM_MIN  0.25
#define ZOOM_MAX  4.0
#define ZOOM_STEP 1.25
#define PAGE_MARGIN 24

typedef struct {
  PopplerDocument *document;
  GMutex           lock;
  gatomicrefcount  ref_count;
} SharedDocument;

struct _DoorstepPdfViewer {
  AdwBin             parent_instance;

  GtkStack          *stack;
  GtkLabel          *page_label;
  GtkLabel          *zoom_label;
  GtkToggleButton   *fit_button;
  GtkScrolledWindow *scrolled_window;
  GtkPicture        *picture;
  AdwStatusPage     *error_page;

  SharedDocument    *doc;
  GCancellable      *cancellable;
  int                page;
  int                n_pages;
  double             zoom;       /* 1.0 is 72 dpi at the screen's scale */
  gboolean           fit_width;
  guint              generation;  /* of the newest render asked for */
  gboolean           rendered;    /* the page shown is the one asked for */
  int                last_fit_width;
};

G_DEFINE_FINAL_TYPE (DoorstepPdfViewer, doorstep_pdf_viewer, ADW_TYPE_BIN)

static SharedDocument *
shared_document_ref (SharedDocument *doc)
{
  g_atomic_ref_count_inc (&doc->ref_count);
  return doc;
}

static void
shared_document_unref (SharedDocument *doc)
{
  if (!g_atomic_ref_count_dec (&doc->ref_count))
    return;
  g_clear_object (&doc->document);
  g_mutex_clear (&doc->lock);
  g_free (doc);
}

/* Opening */

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (task_data, NULL, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

static void render_page (DoorstepPdfViewer *self);
static void update_controls (DoorstepPdfViewer *self);

static void
open_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepPdfViewer *self = DOORSTEP_PDF_VIEWER (source_object);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = g_task_propagate_pointer (G_TASK (result), &error);

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        doorstep_pdf_viewer_show_error (self, _("The document could not be opened. It may be damaged."));
      return;
    }

  self->doc = g_new0 (SharedDocument, 1);
  g_mutex_init (&self->doc->lock);
  g_atomic_ref_count_init (&self->doc->ref_count);
  self->doc->document = document;
  self->n_pages = poppler_document_get_n_pages (document);
  self->page = 0;

  if (self->n_pages == 0)
    {
      doorstep_pdf_viewer_show_error (self, _("The document has no pages."));
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "page");
  render_page (self);
}

/* Rendering */

typedef struct {
  SharedDocument *doc;
  int             page;
  double          zoom;        /* with the screen's scale in it */
  int             fit_width;   /* device pixels, or 0 */
  guint           generation;
} RenderData;

static void
render_data_free (RenderData *data)
{
  shared_document_unref (data->doc);
  g_free (data);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  PopplerPage *page;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, scale;
  int pixel_width, pixel_height, stride;
  GdkTexture *texture;

  g_mutex_lock (&data->doc->lock);
  page = poppler_document_get_page (data->doc->document, data->page);
  if (page == NULL)
    {
      g_mutex_unlock (&data->doc->lock);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "No page %d", data->page);
      return;
    }
  poppler_page_get_size (page, &width, &height);
  scale = data->fit_width > 0 ? data->fit_width / width : data->zoom;
  pixel_width = MAX ((int) (width * scale), 1);
  pixel_height = MAX ((int) (height * scale), 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  g_object_unref (page);
  g_mutex_unlock (&data->doc->lock);

  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * pixel_height);
  cairo_surface_destroy (surface);

  /* cairo's ARGB32 is premultiplied BGRA in memory on little-endian machines */
  texture = gdk_memory_texture_new (pixel_width, pixel_height,
                                    G_BYTE_ORDER == G_LITTLE_ENDIAN ? GDK_MEMORY_B8G8R8A8_PREMULTIPLIED
                                                                    : GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
                                    bytes, (gsize) stride);
  g_task_return_pointer (task, texture, g_object_unref);
}

static void
render_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepPdfViewer *self = DOORSTEP_PDF_VIEWER (source_object);
  RenderData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = g_task_propagate_pointer (G_TASK (result), &error);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (texture == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        doorstep_pdf_viewer_show_error (self, _("This page could not be shown."));
      return;
    }
  /* A newer request overtook this one. */
  if (data->generation != self->generation)
    return;

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_widget_set_size_request (GTK_WIDGET (self->picture),
                               gdk_texture_get_width (texture) / scale,
                               gdk_texture_get_height (texture) / scale);
  self->rendered = TRUE;
  update_controls (self);
}

static int
available_width (DoorstepPdfViewer *self)
{
  return MAX (gtk_widget_get_width (GTK_WIDGET (self->scrolled_window)) - 2 * PAGE_MARGIN, 100);
}

static void
render_page (DoorstepPdfViewer *self)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  RenderData *data;
  GTask *task;

  if (self->doc == NULL)
    return;

  data = g_new0 (RenderData, 1);
  data->doc = shared_document_ref (self->doc);
  data->page = self->page;
  data->zoom = self->zoom * scale;
  data->fit_width = self->fit_width ? available_width (self) * scale : 0;
  data->generation = ++self->generation;
  self->last_fit_width = self->fit_width ? available_width (self) : 0;
  self->rendered = FALSE;

  task = g_task_new (self, self->cancellable, render_cb, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) render_data_free);
  g_task_run_in_thread (task, render_thread);
  g_object_unref (task);

  update_controls (self);
}

static void
update_controls (DoorstepPdfViewer *self)
{
  g_autofree char *page_text = NULL;
  g_autofree char *zoom_text = NULL;
  gboolean ready = self->doc != NULL;

  /* Translators: "Page 1 of 3" */
  page_text = ready ? g_strdup_printf (_("Page %d of %d"), self->page + 1, self->n_pages) : g_strdup ("");
  gtk_label_set_text (self->page_label, page_text);
  zoom_text = self->fit_width ? g_strdup (_("Fit Width")) : g_strdup_printf ("%d%%", (int) (self->zoom * 100 + 0.5));
  gtk_label_set_text (self->zoom_label, zoom_text);

  g_signal_handlers_block_matched (self->fit_button, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_toggle_button_set_active (self->fit_button, self->fit_width);
  g_signal_handlers_unblock_matched (self->fit_button, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.previous-page", ready && self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.next-page", ready && self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.first-page", ready && self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.last-page", ready && self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.zoom-in", ready && (self->fit_width || self->zoom < ZOOM_MAX));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.zoom-out", ready && (self->fit_width || self->zoom > ZOOM_MIN));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.fit-width", ready);
}

static void
go_to_page (DoorstepPdfViewer *self,
            int                page)
{
  page = CLAMP (page, 0, self->n_pages - 1);
  if (self->doc == NULL || page == self->page)
    return;
  self->page = page;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  render_page (self);
}

/* The zoom a fitted page has, so zooming in from "fit" starts there. */
static double
fitted_zoom (DoorstepPdfViewer *self)
{
  double width = 612, height;

  if (self->doc != NULL)
    {
      g_autoptr(GObject) page = NULL;

      g_mutex_lock (&self->doc->lock);
      page = G_OBJECT (poppler_document_get_page (self->doc->document, self->page));
      if (page != NULL)
        poppler_page_get_size (POPPLER_PAGE (page), &width, &height);
      g_mutex_unlock (&self->doc->lock);
    }
  return available_width (self) / width;
}

static void
set_zoom (DoorstepPdfViewer *self,
          double             zoom)
{
  self->fit_width = FALSE;
  self->zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  render_page (self);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPdfViewer *self = DOORSTEP_PDF_VIEWER (widget);

  if (g_str_equal (action_name, "pdf.next-page"))
    go_to_page (self, self->page + 1);
  else if (g_str_equal (action_name, "pdf.previous-page"))
    go_to_page (self, self->page - 1);
  else if (g_str_equal (action_name, "pdf.first-page"))
    go_to_page (self, 0);
  else if (g_str_equal (action_name, "pdf.last-page"))
    go_to_page (self, self->n_pages - 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPdfViewer *self = DOORSTEP_PDF_VIEWER (widget);
  double current = self->fit_width ? fitted_zoom (self) : self->zoom;

  if (g_str_equal (action_name, "pdf.zoom-in"))
    set_zoom (self, current * ZOOM_STEP);
  else if (g_str_equal (action_name, "pdf.zoom-out"))
    set_zoom (self, current / ZOOM_STEP);
  else
    {
      self->fit_width = TRUE;
      render_page (self);
    }
}

static void
fit_toggled_cb (DoorstepPdfViewer *self)
{
  if (gtk_toggle_button_get_active (self->fit_button))
    gtk_widget_activate_action (GTK_WIDGET (self), "pdf.fit-width", NULL);
  else
    set_zoom (self, fitted_zoom (self));
}

/* Fitted pages follow the window's width. */
static void
width_changed_cb (DoorstepPdfViewer *self)
{
  if (self->fit_width && self->doc != NULL && ABS (available_width (self) - self->last_fit_width) > 8)
    render_page (self);
}

static void
doorstep_pdf_viewer_dispose (GObject *object)
{
  DoorstepPdfViewer *self = DOORSTEP_PDF_VIEWER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->doc, shared_document_unref);

  G_OBJECT_CLASS (doorstep_pdf_viewer_parent_class)->dispose (object);
}

static void
doorstep_pdf_viewer_class_init (DoorstepPdfViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_pdf_viewer_dispose;

  gtk_widget_class_install_action (widget_class, "pdf.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf.first-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf.last-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pdf.fit-width", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "pdf.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "pdf.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "pdf.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "pdf.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "pdf.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "pdf.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "pdf.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "pdf.last-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "pdf.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "pdf.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "pdf.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "pdf.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "pdf.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "pdf.fit-width", NULL);

  gtk_widget_class_set_css_name (widget_class, "pdf-viewer");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-pdf-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, page_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, fit_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, picture);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfViewer, error_page);
  gtk_widget_class_bind_template_callback (widget_class, fit_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, width_changed_cb);
}

static void
doorstep_pdf_viewer_init (DoorstepPdfViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->zoom = 1.0;
  self->fit_width = TRUE;
  update_controls (self);
}

GtkWidget *
doorstep_pdf_viewer_new (void)
{
  return g_object_new (DOORSTEP_TYPE_PDF_VIEWER, NULL);
}

void
doorstep_pdf_viewer_show_loading (DoorstepPdfViewer *self)
{
  g_return_if_fail (DOORSTEP_IS_PDF_VIEWER (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->doc, shared_document_unref);
  self->n_pages = 0;
  self->page = 0;
  self->rendered = FALSE;
  gtk_picture_set_paintable (self->picture, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_controls (self);
}

/**
 * doorstep_pdf_viewer_load_bytes:
 *
 * Opens @pdf in a worker thread and shows its first page.
 */
void
doorstep_pdf_viewer_load_bytes (DoorstepPdfViewer *self,
                                GBytes            *pdf)
{
  GTask *task;

  g_return_if_fail (DOORSTEP_IS_PDF_VIEWER (self));
  g_return_if_fail (pdf != NULL);

  doorstep_pdf_viewer_show_loading (self);
  task = g_task_new (self, self->cancellable, open_cb, NULL);
  g_task_set_task_data (task, g_bytes_ref (pdf), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, open_thread);
  g_object_unref (task);
}

void
doorstep_pdf_viewer_show_error (DoorstepPdfViewer *self,
                                const char        *message)
{
  g_return_if_fail (DOORSTEP_IS_PDF_VIEWER (self));

  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

int doorstep_pdf_viewer_get_page (DoorstepPdfViewer *self) { return self->page; }
int doorstep_pdf_viewer_get_n_pages (DoorstepPdfViewer *self) { return self->n_pages; }
double doorstep_pdf_viewer_get_zoom (DoorstepPdfViewer *self) { return self->zoom; }
gboolean doorstep_pdf_viewer_get_rendered (DoorstepPdfViewer *self) { return self->rendered; }

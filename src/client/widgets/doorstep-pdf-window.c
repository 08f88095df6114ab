/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-download.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-pdf-window.h"

struct _DoorstepPdfWindow {
  AdwWindow          parent_instance;

  /* template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *download_button;
  DoorstepPdfViewer *viewer;

  DoorstepDocument  *document;
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepPdfWindow, doorstep_pdf_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fetch_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DoorstepPdfWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = doorstep_document_fetch_finish (DOORSTEP_DOCUMENT (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_PDF_WINDOW (user_data);
  if (pdf == NULL)
    {
      doorstep_pdf_viewer_show_error (self->viewer, error->message);
      return;
    }
  gtk_widget_set_sensitive (self->download_button, TRUE);
  doorstep_pdf_viewer_load_bytes (self->viewer, pdf);
  gtk_widget_grab_focus (GTK_WIDGET (self->viewer));
}

static void
download_clicked_cb (DoorstepPdfWindow *self)
{
  doorstep_download_document (GTK_WIDGET (self), self->document);
}

static void
doorstep_pdf_window_constructed (GObject *object)
{
  DoorstepPdfWindow *self = DOORSTEP_PDF_WINDOW (object);

  G_OBJECT_CLASS (doorstep_pdf_window_parent_class)->constructed (object);

  adw_window_title_set_title (self->window_title, doorstep_document_get_title (self->document));
  adw_window_title_set_subtitle (self->window_title, doorstep_document_get_subtitle (self->document));
  doorstep_document_fetch_async (self->document, self->cancellable, fetch_cb, self);
}

static void
doorstep_pdf_window_dispose (GObject *object)
{
  DoorstepPdfWindow *self = DOORSTEP_PDF_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (doorstep_pdf_window_parent_class)->dispose (object);
}

static void
doorstep_pdf_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DoorstepPdfWindow *self = DOORSTEP_PDF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_pdf_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DoorstepPdfWindow *self = DOORSTEP_PDF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_pdf_window_class_init (DoorstepPdfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = doorstep_pdf_window_constructed;
  object_class->dispose = doorstep_pdf_window_dispose;
  object_class->get_property = doorstep_pdf_window_get_property;
  object_class->set_property = doorstep_pdf_window_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, DOORSTEP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOORSTEP_TYPE_PDF_VIEWER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-pdf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfWindow, download_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPdfWindow, viewer);
  gtk_widget_class_bind_template_callback (widget_class, download_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
doorstep_pdf_window_init (DoorstepPdfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
doorstep_pdf_window_new (DoorstepDocument *document)
{
  g_return_val_if_fail (DOORSTEP_IS_DOCUMENT (document), NULL);
  return g_object_new (DOORSTEP_TYPE_PDF_WINDOW, "document", document, NULL);
}

DoorstepDocument *
doorstep_pdf_window_get_document (DoorstepPdfWindow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PDF_WINDOW (self), NULL);
  return self->document;
}

/**
 * doorstep_pdf_window_present:
 * @from: the widget asking, whose window the new one stands over
 * @document: (nullable): what to show; nothing happens without one
 *
 * Shows @document in a window of its own, as Preview PDF does.
 */
void
doorstep_pdf_window_present (GtkWidget        *from,
                             DoorstepDocument *document)
{
  GtkWidget *window;

  g_return_if_fail (GTK_IS_WIDGET (from));

  if (document == NULL)
    return;
  window = doorstep_pdf_window_new (document);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (from)));
  gtk_window_present (GTK_WINDOW (window));
}

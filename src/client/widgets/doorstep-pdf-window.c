/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-pdf-window.h"
#include "doorstep-window.h"

/* A quote's PDF, as the server drew it, in its own window with a Download
 * button. The PDF is fetched once and saved from memory. */

struct _DoorstepPdfWindow {
  AdwWindow          parent_instance;

  DoorstepPdfViewer *viewer;
  GtkWidget         *download_button;

  DoorstepApiClient *client;
  DoorstepQuote     *quote;
  GBytes            *pdf;
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepPdfWindow, doorstep_pdf_window, ADW_TYPE_WINDOW)

char *
doorstep_quote_pdf_file_name (DoorstepQuote *quote)
{
  /* Translators: the file name a quote's PDF is saved under; %s is its number */
  return g_strdup_printf (_("Quote %s.pdf"), doorstep_quote_get_number (quote));
}

/* Saving */

typedef struct {
  GtkWidget         *parent;
  GBytes            *pdf;
  DoorstepApiClient *client;
  char              *quote_id;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->parent);
  g_clear_pointer (&data->pdf, g_bytes_unref);
  g_clear_object (&data->client);
  g_free (data->quote_id);
  g_free (data);
}

static void
replace_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source_object), result, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The PDF could not be saved: %s"), error->message);
      doorstep_window_toast_from (data->parent, message);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (G_FILE (source_object));
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);
      doorstep_window_toast_from (data->parent, message);
    }
  save_data_free (data);
}

static void
write_pdf (SaveData *data,
           GFile    *file)
{
  g_file_replace_contents_bytes_async (file, data->pdf, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, replace_cb, data);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  SaveData *data = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    {
      save_data_free (data);
      return;
    }
  write_pdf (data, file);
}

static void
choose_file (SaveData   *data,
             const char *file_name)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (data->parent));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Download PDF"), parent,
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Save"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  if (downloads != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (downloads);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct {
  SaveData *data;
  char     *file_name;
} FetchData;

static void
fetch_for_download_cb (GObject      *source_object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  FetchData *fetch = user_data;
  g_autoptr(GError) error = NULL;

  fetch->data->pdf = doorstep_api_client_get_quote_pdf_finish (DOORSTEP_API_CLIENT (source_object), result, &error);
  if (fetch->data->pdf == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The PDF could not be downloaded: %s"), error->message);
      doorstep_window_toast_from (fetch->data->parent, message);
      save_data_free (fetch->data);
    }
  else
    choose_file (fetch->data, fetch->file_name);
  g_free (fetch->file_name);
  g_free (fetch);
}

/**
 * doorstep_download_quote_pdf:
 * @pdf: (nullable): the PDF when already fetched
 *
 * Asks where to save the quote's PDF and saves it there, fetching it first
 * when @pdf is %NULL. Success and failure are told in a toast.
 */
void
doorstep_download_quote_pdf (GtkWidget         *parent,
                             DoorstepApiClient *client,
                             DoorstepQuote     *quote,
                             GBytes            *pdf)
{
  SaveData *data = g_new0 (SaveData, 1);
  g_autofree char *file_name = doorstep_quote_pdf_file_name (quote);

  data->parent = g_object_ref (parent);
  data->client = g_object_ref (client);
  data->quote_id = g_strdup (doorstep_quote_get_id (quote));

  if (pdf != NULL)
    {
      data->pdf = g_bytes_ref (pdf);
      choose_file (data, file_name);
    }
  else
    {
      FetchData *fetch = g_new0 (FetchData, 1);

      fetch->data = data;
      fetch->file_name = g_steal_pointer (&file_name);
      doorstep_api_client_get_quote_pdf_async (client, data->quote_id, NULL, fetch_for_download_cb, fetch);
    }
}

/* The window */

static void
fetch_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(DoorstepPdfWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = doorstep_api_client_get_quote_pdf_finish (DOORSTEP_API_CLIENT (source_object),
                                                                     result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (pdf == NULL)
    {
      doorstep_pdf_viewer_show_error (self->viewer, error->message);
      return;
    }

  self->pdf = g_steal_pointer (&pdf);
  gtk_widget_set_sensitive (self->download_button, TRUE);
  doorstep_pdf_viewer_load_bytes (self->viewer, self->pdf);
  gtk_widget_grab_focus (GTK_WIDGET (self->viewer));
}

static void
download_clicked_cb (DoorstepPdfWindow *self)
{
  if (self->pdf != NULL)
    doorstep_download_quote_pdf (GTK_WIDGET (self), self->client, self->quote, self->pdf);
}

static void
doorstep_pdf_window_dispose (GObject *object)
{
  DoorstepPdfWindow *self = DOORSTEP_PDF_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->quote);
  g_clear_pointer (&self->pdf, g_bytes_unref);

  G_OBJECT_CLASS (doorstep_pdf_window_parent_class)->dispose (object);
}

static void
doorstep_pdf_window_class_init (DoorstepPdfWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = doorstep_pdf_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
doorstep_pdf_window_init (DoorstepPdfWindow *self)
{
  self->cancellable = g_cancellable_new ();
}

DoorstepPdfWindow *
doorstep_pdf_window_new_for_quote (DoorstepApiClient *client,
                                   DoorstepQuote     *quote)
{
  DoorstepPdfWindow *self = g_object_new (DOORSTEP_TYPE_PDF_WINDOW,
                                          "default-width", 760,
                                          "default-height", 900,
                                          NULL);
  g_autofree char *title = g_strdup_printf (_("Quote %s"), doorstep_quote_get_number (quote));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *window_title = adw_window_title_new (title, doorstep_quote_get_title (quote));

  self->client = g_object_ref (client);
  self->quote = g_object_ref (quote);
  gtk_window_set_title (GTK_WINDOW (self), title);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);
  self->download_button = gtk_button_new_from_icon_name ("folder-download-symbolic");
  gtk_widget_set_tooltip_text (self->download_button, _("Download PDF"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->download_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Download PDF"), -1);
  gtk_widget_set_sensitive (self->download_button, FALSE);
  g_signal_connect_swapped (self->download_button, "clicked", G_CALLBACK (download_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->download_button);
  gtk_box_append (GTK_BOX (box), header);

  self->viewer = DOORSTEP_PDF_VIEWER (doorstep_pdf_viewer_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->viewer), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->viewer));
  adw_window_set_content (ADW_WINDOW (self), box);

  doorstep_api_client_get_quote_pdf_async (client, doorstep_quote_get_id (quote), self->cancellable,
                                           fetch_cb, g_object_ref (self));
  return self;
}

DoorstepPdfViewer *doorstep_pdf_window_get_viewer (DoorstepPdfWindow *self) { return self->viewer; }
GBytes *doorstep_pdf_window_get_pdf (DoorstepPdfWindow *self) { return self->pdf; }

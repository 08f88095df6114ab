/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-download.h"
#include "doorstep-toast.h"

/* Downloading a document: fetch it unless it is already here, ask where to
 * save it (the Downloads folder first, under its file name), write it, and
 * say in a toast how that went. Fetching stops when the widget it was
 * asked from goes; a file once chosen is written all the same. */

typedef struct {
  GtkWidget        *parent;
  DoorstepDocument *document;
  GCancellable     *cancellable;
  gulong            destroy_id;
} Download;

static void
download_free (Download *download)
{
  g_clear_signal_handler (&download->destroy_id, download->parent);
  g_clear_object (&download->parent);
  g_clear_object (&download->document);
  g_clear_object (&download->cancellable);
  g_free (download);
}

static void
replace_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Download *download = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source_object), result, NULL, &error))
    message = g_strdup_printf (_("The file could not be saved: %s"), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (G_FILE (source_object));
      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  doorstep_toast (download->parent, message);
  download_free (download);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  Download *download = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    {
      download_free (download);
      return;
    }
  g_file_replace_contents_bytes_async (file, doorstep_document_get_bytes (download->document), NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL, replace_cb, download);
}

static void
choose_file (Download *download)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (download->parent));
  const char *content_type = doorstep_document_get_content_type (download->document);
  gboolean calendar = g_str_equal (content_type, "text/calendar");
  gboolean image = g_str_has_prefix (content_type, "image/");
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (calendar ? _("Save Calendar Event")
                                                               : image ? _("Download Photo") : _("Download PDF"),
                                                               parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Save"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  gtk_file_filter_set_name (filter, calendar ? _("Calendar events") : image ? _("Images") : _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, doorstep_document_get_content_type (download->document));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), doorstep_document_get_file_name (download->document));
  if (downloads != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (downloads);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), download);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fetch_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Download *download = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = doorstep_document_fetch_finish (DOORSTEP_DOCUMENT (source_object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      download_free (download);
      return;
    }
  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The file could not be downloaded: %s"), error->message);
      doorstep_toast (download->parent, message);
      download_free (download);
      return;
    }
  choose_file (download);
}

/**
 * doorstep_download_document:
 * @parent: the widget whose window the file chooser and toasts belong to
 *
 * Asks where to save @document and saves it there, fetching it first when
 * it has not been. Success and failure are told in a toast.
 */
void
doorstep_download_document (GtkWidget        *parent,
                            DoorstepDocument *document)
{
  Download *download = g_new0 (Download, 1);

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (DOORSTEP_IS_DOCUMENT (document));

  download->parent = g_object_ref (parent);
  download->document = g_object_ref (document);
  download->cancellable = g_cancellable_new ();
  download->destroy_id = g_signal_connect_swapped (parent, "destroy", G_CALLBACK (g_cancellable_cancel),
                                                   download->cancellable);
  doorstep_document_fetch_async (document, download->cancellable, fetch_cb, download);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "doorstep-bulk-download-dialog.h"
#include "doorstep-document-entry.h"
#include "doorstep-documents-page.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-image-viewer.h"
#include "doorstep-pdf-window.h"
#include "doorstep-upload-dialog.h"
#include "ui-fixture.h"

/* The Documents page: every kind with its count, narrowed to receipts,
 * searched as you type (and nothing found), a document opened in the PDF
 * viewer, and three (a photo among them) saved as one ZIP, read back with
 * libarchive; photos as a grid of thumbnails, one opened in the image
 * viewer, stepped through and zoomed; two files shared (one refused, with
 * why), and the one kept deleted again. */

static DoorstepListPage *
documents_page (void)
{
  return ui_portal_section ("documents");
}

static void
wait_for (guint n_items)
{
  GListModel *model;

  WAIT_FOR (g_strcmp0 (ui_stack_state (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "list") == 0 &&
            (model = doorstep_list_page_get_items (documents_page ())) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (model)) &&
            !doorstep_paged_list_get_has_more (DOORSTEP_PAGED_LIST (model)) &&
            g_list_model_get_n_items (model) == n_items);
}

static guint
zip_entries (const char *path)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  guint n = 0;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 16384), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      g_assert_true (g_str_has_suffix (archive_entry_pathname (entry), ".pdf") ||
                     g_str_has_suffix (archive_entry_pathname (entry), ".jpg"));
      g_assert_cmpint (archive_entry_size (entry), >, 1000);
      n++;
    }
  archive_read_free (archive);
  return n;
}

/* Whether an image under @widget shows a picture rather than an icon. */
static gboolean
shows_thumbnail (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget) && gtk_image_get_storage_type (GTK_IMAGE (widget)) == GTK_IMAGE_PAINTABLE)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_thumbnail (child))
      return TRUE;
  return FALSE;
}

static void
test_documents (void)
{
  GtkEditable *search;
  GtkWindow *window;
  DoorstepBulkDownloadDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("doorstep-docs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Documents.zip", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ui_sign_in_customer ();
  ui_show_portal_section ("documents");
  doorstep_list_page_set_filter (documents_page (), "all");
  wait_for (39);
  WAIT_FOR (g_strcmp0 (ui_filter_count (documents_page (), "receipts"), "8") == 0);
  g_assert_cmpstr (ui_filter_count (documents_page (), "all"), ==, "39");
  g_assert_cmpstr (ui_filter_count (documents_page (), "photos"), ==, "8");
  g_assert_cmpstr (ui_filter_count (documents_page (), "documents"), ==, "5");
  g_assert_cmpstr (ui_filter_count (documents_page (), "plans"), ==, "3");
  ui_screenshot_all (ui_window, "documents");

  /* Receipts only. */
  doorstep_list_page_set_filter (documents_page (), "receipts");
  wait_for (8);
  g_assert_true (ui_find_label (GTK_WIDGET (documents_page ()), "Receipt R-5008 · Bathroom fan replacement"));

  /* Searched as typed, across every kind; and nothing found. */
  doorstep_list_page_set_filter (documents_page (), "all");
  search = ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "search_entry");
  gtk_editable_set_text (search, "furnace");
  wait_for (9);
  /* The counts follow: nine in all, one of them a plan, four photos. */
  WAIT_FOR (g_strcmp0 (ui_filter_count (documents_page (), "all"), "9") == 0 &&
            g_strcmp0 (ui_filter_count (documents_page (), "plans"), "1") == 0 &&
            g_strcmp0 (ui_filter_count (documents_page (), "photos"), "4") == 0);
  /* The photos among them show their thumbnails. */
  WAIT_FOR (shows_thumbnail (GTK_WIDGET (ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"))));
  ui_save_png (GTK_WIDGET (ui_window), "documents-search-wide-light");
  gtk_editable_set_text (search, "nothing-by-this-name");
  WAIT_FOR (g_strcmp0 (ui_stack_state (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "empty") == 0);
  ui_screenshot_all (ui_window, "documents-empty");
  gtk_editable_set_text (search, "furnace");
  wait_for (9);

  /* One property's, and this year's; then everything again. */
  gtk_editable_set_text (search, "");
  wait_for (39);
  gtk_drop_down_set_selected (ui_child (documents_page (), DOORSTEP_TYPE_DOCUMENTS_PAGE, "property_dropdown"), 2);
  WAIT_FOR (({ GListModel *m = doorstep_list_page_get_items (documents_page ());
               gboolean all_duplex = m != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (m)) &&
                                     g_list_model_get_n_items (m) > 0 && g_list_model_get_n_items (m) < 39;
               for (guint i = 0; all_duplex && i < g_list_model_get_n_items (m); i++)
                 {
                   g_autoptr(DoorstepDocumentEntry) e = g_list_model_get_item (m, i);
                   all_duplex = g_strcmp0 (doorstep_document_entry_get_property_label (e), "Rental duplex") == 0;
                 }
               all_duplex; }));
  gtk_drop_down_set_selected (ui_child (documents_page (), DOORSTEP_TYPE_DOCUMENTS_PAGE, "when_dropdown"), 4);
  WAIT_FOR (({ GListModel *m = doorstep_list_page_get_items (documents_page ());
               g_autoptr(GDateTime) now = g_date_time_new_now_local ();
               gboolean this_year = m != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (m));
               for (guint i = 0; this_year && i < g_list_model_get_n_items (m); i++)
                 {
                   g_autoptr(DoorstepDocumentEntry) e = g_list_model_get_item (m, i);
                   this_year = g_date_get_year (doorstep_document_entry_get_date (e)) ==
                               (GDateYear) g_date_time_get_year (now);
                 }
               this_year; }));
  ui_screenshot_all (ui_window, "documents-narrowed");

  /* A range of days of one's own, picked on two calendars. */
  {
    AdwMessageDialog *range;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) first = g_date_time_add_days (now, -40);
    g_autoptr(GDateTime) last = g_date_time_add_days (now, -20);
    GDate first_day, last_day;

    gtk_drop_down_set_selected (ui_child (documents_page (), DOORSTEP_TYPE_DOCUMENTS_PAGE, "when_dropdown"), 5);
    WAIT_FOR ((range = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (range)));
    gtk_calendar_select_day (ui_find_named (GTK_WIDGET (range), "range-from"), first);
    gtk_calendar_select_day (ui_find_named (GTK_WIDGET (range), "range-to"), last);
    ui_save_png (GTK_WIDGET (range), "documents-range-wide-light");
    adw_message_dialog_response (range, "apply");
    /* Responding by hand does not close it, as a click would. */
    gtk_window_destroy (GTK_WINDOW (range));
    g_date_set_dmy (&first_day, (GDateDay) g_date_time_get_day_of_month (first),
                    (GDateMonth) g_date_time_get_month (first), (GDateYear) g_date_time_get_year (first));
    g_date_set_dmy (&last_day, (GDateDay) g_date_time_get_day_of_month (last),
                    (GDateMonth) g_date_time_get_month (last), (GDateYear) g_date_time_get_year (last));
    WAIT_FOR (({ GListModel *m = doorstep_list_page_get_items (documents_page ());
                 gboolean inside = m != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (m)) &&
                                   g_list_model_get_n_items (m) < 39;
                 for (guint i = 0; inside && i < g_list_model_get_n_items (m); i++)
                   {
                     g_autoptr(DoorstepDocumentEntry) e = g_list_model_get_item (m, i);
                     GDate *d = doorstep_document_entry_get_date (e);
                     inside = g_date_compare (d, &first_day) >= 0 && g_date_compare (d, &last_day) <= 0;
                   }
                 inside; }));
  }
  gtk_drop_down_set_selected (ui_child (documents_page (), DOORSTEP_TYPE_DOCUMENTS_PAGE, "when_dropdown"), 0);
  gtk_drop_down_set_selected (ui_child (documents_page (), DOORSTEP_TYPE_DOCUMENTS_PAGE, "property_dropdown"), 0);
  wait_for (39);
  gtk_editable_set_text (search, "furnace");
  wait_for (9);

  /* A plan's contract opens in the PDF viewer. */
  doorstep_list_page_set_filter (documents_page (), "plans");
  wait_for (1);
  g_signal_emit_by_name (ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", 0);
  WAIT_FOR ((window = ui_find_window (DOORSTEP_TYPE_PDF_WINDOW)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)));
  {
    DoorstepPdfViewer *viewer = ui_child (window, DOORSTEP_TYPE_PDF_WINDOW, "viewer");

    WAIT_FOR (g_strcmp0 (ui_stack_state (viewer, DOORSTEP_TYPE_PDF_VIEWER, "stack"), "page") == 0 &&
              doorstep_pdf_viewer_get_rendered (viewer));
    ui_save_png (GTK_WIDGET (window), "documents-pdf-wide-light");
  }
  gtk_window_destroy (window);
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_PDF_WINDOW) == NULL);

  /* Three of what is shown, a photo among them, saved as one ZIP. */
  doorstep_list_page_set_filter (documents_page (), "all");
  wait_for (9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (documents_page ()), "documents.download", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_BULK_DOWNLOAD_DIALOG)) != NULL &&
            g_strcmp0 (doorstep_bulk_download_dialog_get_page (dialog), "choose") == 0 &&
            ui_find_named (GTK_WIDGET (dialog), "download-check-pln_demo0furnace") != NULL);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-pln_demo0furnace"), TRUE);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-quo_demo0furnace"), TRUE);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-fil_demo0filter0before"), TRUE);
  ui_screenshot_all (GTK_WINDOW (dialog), "documents-download");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  doorstep_bulk_download_dialog_save_to (dialog, file);
  WAIT_FOR (dialog == NULL || g_strcmp0 (doorstep_bulk_download_dialog_get_page (dialog), "choose") == 0);
  g_assert_null (dialog);
  g_assert_cmpuint (zip_entries (path), ==, 3);
  g_unlink (path);
  g_rmdir (dir);
  gtk_editable_set_text (search, "");
}

/* Whether some picture under @widget shows something. */
static gboolean
shows_picture (GtkWidget *widget)
{
  if (GTK_IS_PICTURE (widget) && gtk_picture_get_paintable (GTK_PICTURE (widget)) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_picture (child))
      return TRUE;
  return FALSE;
}

static void
test_photos (void)
{
  DoorstepImageViewer *viewer;
  GtkWidget *view;
  g_autofree char *first = NULL;

  doorstep_list_page_set_filter (documents_page (), "photos");
  wait_for (8);
  view = doorstep_list_page_get_view (documents_page ());
  g_assert_true (GTK_IS_GRID_VIEW (view));
  /* Thumbnails, each fetched once. */
  WAIT_FOR (shows_picture (view));
  ui_screenshot_all (ui_window, "documents-photos");

  /* The first in the image viewer; the next; zoomed in and back. */
  g_signal_emit_by_name (view, "activate", 0);
  WAIT_FOR ((viewer = ui_find_window (DOORSTEP_TYPE_IMAGE_VIEWER)) != NULL &&
            doorstep_image_viewer_is_loaded (viewer));
  first = g_strdup (doorstep_image_viewer_get_title_text (viewer));
  ui_screenshot_all (GTK_WINDOW (viewer), "image-viewer");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.next", NULL));
  WAIT_FOR (g_strcmp0 (doorstep_image_viewer_get_title_text (viewer), first) != 0 &&
            doorstep_image_viewer_is_loaded (viewer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-in", NULL));
  g_assert_cmpfloat (doorstep_image_viewer_get_zoom (viewer), >, 0);
  ui_save_png (GTK_WIDGET (viewer), "image-viewer-zoomed-wide-light");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-fit", NULL));
  g_assert_cmpfloat (doorstep_image_viewer_get_zoom (viewer), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.previous", NULL));
  WAIT_FOR (g_strcmp0 (doorstep_image_viewer_get_title_text (viewer), first) == 0);
  gtk_window_destroy (GTK_WINDOW (viewer));
  WAIT_FOR (ui_find_window (DOORSTEP_TYPE_IMAGE_VIEWER) == NULL);

  /* No photo by that name: the grid's empty state. */
  gtk_editable_set_text (ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "search_entry"), "no-such-photo");
  WAIT_FOR (g_strcmp0 (ui_stack_state (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "empty") == 0);
  ui_screenshot_all (ui_window, "documents-photos-empty");
  gtk_editable_set_text (ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "search_entry"), "");
  wait_for (8);
}

/* A progress bar under @widget that shows part of a file sent. */
static gboolean
shows_progress (GtkWidget *widget)
{
  if (GTK_IS_PROGRESS_BAR (widget) && gtk_widget_get_visible (widget) &&
      gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (widget)) > 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_progress (child))
      return TRUE;
  return FALSE;
}

/* A PNG of about 4 MB (noise does not compress) whose image data is
 * damaged half-way: its header passes, its decoding does not. */
static void
write_damaged_png (const char *path)
{
  g_autoptr(GdkPixbuf) noise = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 1100, 1100);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  guint8 *pixels = gdk_pixbuf_get_pixels (noise);
  gsize length, size = (gsize) gdk_pixbuf_get_rowstride (noise) * 1100;

  for (gsize i = 0; i < size; i++)
    pixels[i] = (guint8) g_random_int ();
  g_assert_true (gdk_pixbuf_save (noise, path, "png", &error, NULL));
  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  for (gsize i = length / 2; i < length / 2 + 64; i++)
    data[i] = (char) ~data[i];
  g_assert_true (g_file_set_contents (path, data, (gssize) length, &error));
}

static void
test_share (void)
{
  g_autofree char *dir = g_dir_make_tmp ("doorstep-share-XXXXXX", NULL);
  g_autofree char *photo_path = g_build_filename (dir, "Meter reading.png", NULL);
  g_autofree char *notes_path = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *damaged_path = g_build_filename (dir, "Attic.png", NULL);
  g_autoptr(GFile) damaged = g_file_new_for_path (damaged_path);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 48);
  g_autoptr(GFile) photo = g_file_new_for_path (photo_path);
  g_autoptr(GFile) notes = g_file_new_for_path (notes_path);
  g_autoptr(GError) error = NULL;
  GSList *files = NULL;
  DoorstepUploadDialog *dialog;
  GListModel *items;
  g_autofree char *id = NULL;
  AdwMessageDialog *confirm;

  gdk_pixbuf_fill (pixbuf, 0x4488ccff);
  g_assert_true (gdk_pixbuf_save (pixbuf, photo_path, "png", &error, NULL));
  g_assert_true (g_file_set_contents (notes_path, "Call before coming.", -1, &error));
  write_damaged_png (damaged_path);
  files = g_slist_append (files, photo);
  files = g_slist_append (files, notes);
  files = g_slist_append (files, damaged);

  /* Three files, as if dropped on the page: a photo, one not shareable,
   * and a large photo that is damaged (it goes, and the server says so). */
  dialog = DOORSTEP_UPLOAD_DIALOG (doorstep_documents_page_share_files (DOORSTEP_DOCUMENTS_PAGE (documents_page ()),
                                                                        files));
  g_slist_free (files);
  g_assert_nonnull (dialog);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  ui_screenshot_all (GTK_WINDOW (dialog), "upload-waiting");
  doorstep_upload_dialog_start (dialog);
  /* The large one's bar moves as it goes (over loopback it is gone before
   * a frame could be drawn, so there is no screenshot of it). */
  WAIT_FOR (shows_progress (GTK_WIDGET (dialog)));
  WAIT_FOR (doorstep_upload_dialog_count (dialog, "done") == 1 && doorstep_upload_dialog_count (dialog, "failed") == 2);
  /* The refused one says why, in words. */
  g_assert_true (ui_find_label (GTK_WIDGET (dialog),
                                "Only PDF documents and JPEG or PNG photos can be shared; this file is none of them."));
  g_assert_true (ui_find_label (GTK_WIDGET (dialog), "This image is damaged or incomplete and cannot be opened."));
  ui_screenshot_all (GTK_WINDOW (dialog), "upload-refused");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  doorstep_upload_dialog_start (dialog);  /* Done */
  WAIT_FOR (dialog == NULL);

  /* The page shows it, shared by her. */
  wait_for (9);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM files WHERE name = 'Meter reading.png' AND shared_by = 'customer'"),
                   ==, 1);

  /* She deletes it again, once she says so. */
  doorstep_list_page_set_filter (documents_page (), "all");
  gtk_editable_set_text (ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "search_entry"), "Meter");
  wait_for (1);
  items = doorstep_list_page_get_items (documents_page ());
  {
    g_autoptr(DoorstepDocumentEntry) entry = g_list_model_get_item (items, 0);

    g_assert_true (doorstep_document_entry_can_delete (entry));
    id = g_strdup (doorstep_document_entry_get_id (entry));
  }
  ui_screenshot_all (ui_window, "documents-shared-by-you");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (documents_page ()), "documents.delete", "s", id));
  WAIT_FOR ((confirm = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (confirm)));
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Delete This File?");
  ui_screenshot_all (GTK_WINDOW (confirm), "documents-delete");
  adw_message_dialog_response (confirm, "delete");
  gtk_window_destroy (GTK_WINDOW (confirm));
  WAIT_FOR (ui_query_int ("SELECT COUNT(*) FROM files WHERE name = 'Meter reading.png'") == 0);
  WAIT_FOR (g_strcmp0 (ui_stack_state (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "empty") == 0);
  gtk_editable_set_text (ui_child (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "search_entry"), "");
  wait_for (39);

  g_unlink (photo_path);
  g_unlink (notes_path);
  g_unlink (damaged_path);
  g_rmdir (dir);
}

static const UiTest tests[] = {
  { "documents", test_documents },
  { "photos", test_photos },
  { "share", test_share },
  { NULL }
};

static const UiPhase phases[] = {
  { "documents", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}

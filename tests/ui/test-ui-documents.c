/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "doorstep-bulk-download-dialog.h"
#include "doorstep-document-entry.h"
#include "doorstep-documents-page.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-pdf-window.h"
#include "ui-fixture.h"

/* The Documents page: every kind with its count, narrowed to receipts,
 * searched as you type (and nothing found), a document opened in the PDF
 * viewer, and two saved as one ZIP, read back with libarchive. */

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
      g_assert_true (g_str_has_suffix (archive_entry_pathname (entry), ".pdf"));
      g_assert_cmpint (archive_entry_size (entry), >, 1000);
      n++;
    }
  archive_read_free (archive);
  return n;
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
  wait_for (26);
  WAIT_FOR (g_strcmp0 (ui_filter_count (documents_page (), "receipts"), "8") == 0);
  g_assert_cmpstr (ui_filter_count (documents_page (), "all"), ==, "26");
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
  wait_for (4);
  /* The counts follow: four in all, one of them a plan. */
  WAIT_FOR (g_strcmp0 (ui_filter_count (documents_page (), "all"), "4") == 0 &&
            g_strcmp0 (ui_filter_count (documents_page (), "plans"), "1") == 0);
  ui_save_png (GTK_WIDGET (ui_window), "documents-search-wide-light");
  gtk_editable_set_text (search, "nothing-by-this-name");
  WAIT_FOR (g_strcmp0 (ui_stack_state (documents_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "empty") == 0);
  ui_screenshot_all (ui_window, "documents-empty");
  gtk_editable_set_text (search, "furnace");
  wait_for (4);

  /* One property's, and this year's; then everything again. */
  gtk_editable_set_text (search, "");
  wait_for (26);
  gtk_drop_down_set_selected (ui_child (documents_page (), DOORSTEP_TYPE_DOCUMENTS_PAGE, "property_dropdown"), 2);
  WAIT_FOR (({ GListModel *m = doorstep_list_page_get_items (documents_page ());
               gboolean all_duplex = m != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (m)) &&
                                     g_list_model_get_n_items (m) > 0 && g_list_model_get_n_items (m) < 26;
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
    g_date_set_dmy (&first_day, (GDateDay) g_date_time_get_day_of_month (first),
                    (GDateMonth) g_date_time_get_month (first), (GDateYear) g_date_time_get_year (first));
    g_date_set_dmy (&last_day, (GDateDay) g_date_time_get_day_of_month (last),
                    (GDateMonth) g_date_time_get_month (last), (GDateYear) g_date_time_get_year (last));
    WAIT_FOR (({ GListModel *m = doorstep_list_page_get_items (documents_page ());
                 gboolean inside = m != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (m)) &&
                                   g_list_model_get_n_items (m) < 26;
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
  wait_for (26);
  gtk_editable_set_text (search, "furnace");
  wait_for (4);

  /* The first opens in the PDF viewer. */
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

  /* Two of what is shown, saved as one ZIP. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (documents_page ()), "documents.download", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_BULK_DOWNLOAD_DIALOG)) != NULL &&
            g_strcmp0 (doorstep_bulk_download_dialog_get_page (dialog), "choose") == 0 &&
            ui_find_named (GTK_WIDGET (dialog), "download-check-pln_demo0furnace") != NULL);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-pln_demo0furnace"), TRUE);
  gtk_check_button_set_active (ui_find_named (GTK_WIDGET (dialog), "download-check-quo_demo0furnace"), TRUE);
  ui_screenshot_all (GTK_WINDOW (dialog), "documents-download");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  doorstep_bulk_download_dialog_save_to (dialog, file);
  WAIT_FOR (dialog == NULL || g_strcmp0 (doorstep_bulk_download_dialog_get_page (dialog), "choose") == 0);
  g_assert_null (dialog);
  g_assert_cmpuint (zip_entries (path), ==, 2);
  g_unlink (path);
  g_rmdir (dir);
}

static const UiTest tests[] = {
  { "documents", test_documents },
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

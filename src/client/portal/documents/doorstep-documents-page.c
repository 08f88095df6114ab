/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-bulk-download-dialog.h"
#include "doorstep-document-row.h"
#include "doorstep-documents-api.h"
#include "doorstep-documents-page.h"
#include "doorstep-pdf-window.h"
#include "doorstep-time.h"

/* What the Documents page adds to every list page: the documents endpoint,
 * its five filters and its search, its empty texts, a document opening in
 * the PDF viewer (where it can be downloaded), and saving several as one
 * ZIP (documents.download) from the current filter and search. */

struct _DoorstepDocumentsPage {
  DoorstepListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (DoorstepDocumentsPage, doorstep_documents_page, DOORSTEP_TYPE_LIST_PAGE)

static const struct {
  const char *name;
  const char *label;
} filters[] = {
  { "all", N_("All") },
  { "quotes", N_("Quotes") },
  { "invoices", N_("Invoices") },
  { "receipts", N_("Receipts") },
  { "plans", N_("Plans") },
};

static void
doorstep_documents_page_describe_empty (DoorstepListPage  *page,
                                        const char        *filter,
                                        const char        *search,
                                        char             **title,
                                        char             **description)
{
  if (search != NULL && *search != '\0')
    {
      *title = g_strdup (_("No Matching Documents"));
      /* Translators: nothing found for what was typed */
      *description = g_strdup_printf (_("No document’s name or title contains “%s”."), search);
      return;
    }
  *title = g_strdup (_("No Documents"));
  if (g_strcmp0 (filter, "quotes") == 0)
    *description = g_strdup (_("Quotes the business prices for you appear here."));
  else if (g_strcmp0 (filter, "invoices") == 0)
    *description = g_strdup (_("Invoices for your work appear here."));
  else if (g_strcmp0 (filter, "receipts") == 0)
    *description = g_strdup (_("A receipt for every payment appears here."));
  else if (g_strcmp0 (filter, "plans") == 0)
    *description = g_strdup (_("The contracts of your warranties and service plans appear here."));
  else
    *description = g_strdup (_("Quotes, invoices, receipts and plan contracts appear here as PDFs."));
}

static char *
doorstep_documents_page_describe_count (DoorstepListPage *page,
                                        const char       *label,
                                        guint             count)
{
  /* Translators: the accessible name of a filter, "Receipts, 8 documents" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u document", "%s, %u documents", count), label, count);
}

static DoorstepDocument *
new_document (DoorstepListPage      *page,
              DoorstepDocumentEntry *entry)
{
  g_autofree char *file_name = doorstep_document_entry_dup_file_name (entry);

  return doorstep_document_new (doorstep_list_page_get_scope (page), doorstep_documents_api_source_for (entry),
                                doorstep_document_entry_get_id (entry), doorstep_document_entry_get_name (entry),
                                doorstep_document_entry_get_title (entry), file_name);
}

static void
doorstep_documents_page_activate (DoorstepListPage *page,
                                  gpointer          item)
{
  g_autoptr(DoorstepDocument) document = NULL;

  if (doorstep_list_page_get_scope (page) == NULL)
    return;
  document = new_document (page, DOORSTEP_DOCUMENT_ENTRY (item));
  doorstep_pdf_window_present (GTK_WIDGET (page), document);
}

static void
describe_for_download (gpointer                       item,
                       const char                   **id,
                       char                         **title,
                       char                         **subtitle,
                       char                         **amount,
                       char                         **file_name,
                       const DoorstepDocumentSource **source)
{
  DoorstepDocumentEntry *entry = item;

  *id = doorstep_document_entry_get_id (entry);
  *title = doorstep_document_entry_get_title (entry) != NULL
           ? g_strdup_printf ("%s · %s", doorstep_document_entry_get_name (entry),
                              doorstep_document_entry_get_title (entry))
           : g_strdup (doorstep_document_entry_get_name (entry));
  *subtitle = doorstep_document_entry_dup_details (entry);
  *amount = NULL;
  *file_name = doorstep_document_entry_dup_file_name (entry);
  *source = doorstep_documents_api_source_for (entry);
}

static const DoorstepBulkDownloadKind documents_download = {
  .title = N_("Download Documents"),
  .group_title = N_("Documents"),
  /* Translators: the suggested name of a ZIP of documents */
  .archive_name = N_("Documents.zip"),
  .empty_title = N_("No Documents"),
  .empty_description = N_("Nothing here matches what the Documents page shows."),
  .error_title = N_("Your Documents Didn’t Load"),
  .endpoint = &doorstep_documents_api_list,
  .describe = describe_for_download,
};

/* What the page shows (its filter and search) is what the dialog lists. */
static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepListPage *page = DOORSTEP_LIST_PAGE (widget);
  DoorstepScope *scope = doorstep_list_page_get_scope (page);
  g_autofree char *search = g_strstrip (g_strdup (doorstep_list_page_get_search (page)));
  const char *query[5] = { "kind", doorstep_list_page_get_filter (page) != NULL
                                   ? doorstep_list_page_get_filter (page) : "all", NULL, NULL, NULL };
  GtkWidget *dialog;

  if (scope == NULL)
    return;
  if (*search != '\0')
    {
      query[2] = "q";
      query[3] = search;
    }
  dialog = doorstep_bulk_download_dialog_new (scope, &documents_download, query);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
doorstep_documents_page_class_init (DoorstepDocumentsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_documents_page_describe_empty;
  list_class->describe_count = doorstep_documents_page_describe_count;
  list_class->activate = doorstep_documents_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_documents_api_list);

  g_type_ensure (DOORSTEP_TYPE_DOCUMENT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/documents/doorstep-documents-page.ui");
  gtk_widget_class_install_action (widget_class, "documents.download", NULL, download_action);
}

static void
doorstep_documents_page_init (DoorstepDocumentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    doorstep_list_page_add_filter (DOORSTEP_LIST_PAGE (self), filters[i].name, _(filters[i].label));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-bulk-download-dialog.h"
#include "doorstep-customer.h"
#include "doorstep-property.h"
#include "doorstep-document-row.h"
#include "doorstep-documents-api.h"
#include "doorstep-documents-page.h"
#include "doorstep-image-viewer.h"
#include "doorstep-pdf-window.h"
#include "doorstep-range-dialog.h"
#include "doorstep-thumbnails.h"
#include "doorstep-time.h"
#include "doorstep-toast.h"
#include "doorstep-upload-dialog.h"

/* What the Documents page adds to every list page: the documents endpoint,
 * its seven filters and its search, its empty texts, Photos as a grid of
 * thumbnails, a photo opening in the image viewer and a PDF in the PDF
 * viewer (where each can be downloaded), narrowing by when (Today, This
 * Week, Last Month, This Year, a range) and by property, saving several as
 * one ZIP (documents.download) from what is shown, sharing files
 * (documents.upload, or dropped on the page) and deleting one the customer
 * shared (documents.delete). */

struct _DoorstepDocumentsPage {
  DoorstepListPage  parent_instance;

  /* template widgets */
  GtkDropDown      *when_dropdown;
  GtkDropDown      *property_dropdown;
  GtkWidget        *upload_button;

  DoorstepThumbnails *thumbnails;
  GCancellable     *cancellable;

  GPtrArray        *property_ids;   /* the dropdown's, after "All Properties" */
  char             *since;
  char             *until;
  char             *property_id;
};

enum {
  WHEN_ANY,
  WHEN_TODAY,
  WHEN_THIS_WEEK,
  WHEN_LAST_MONTH,
  WHEN_THIS_YEAR,
  WHEN_CUSTOM,
};

G_DEFINE_FINAL_TYPE (DoorstepDocumentsPage, doorstep_documents_page, DOORSTEP_TYPE_LIST_PAGE)

static const struct {
  const char *name;
  const char *label;
} filters[] = {
  { "all", N_("All") },
  { "photos", N_("Photos") },
  { "documents", N_("Documents") },
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
  if (g_strcmp0 (filter, "photos") == 0)
    {
      g_free (*title);
      *title = g_strdup (_("No Photos"));
      *description = g_strdup (_("Before and after photos of your jobs appear here, and photos you share."));
    }
  else if (g_strcmp0 (filter, "documents") == 0)
    *description = g_strdup (_("Documents the business shares with you appear here, and those you share."));
  else if (g_strcmp0 (filter, "quotes") == 0)
    *description = g_strdup (_("Quotes the business prices for you appear here."));
  else if (g_strcmp0 (filter, "invoices") == 0)
    *description = g_strdup (_("Invoices for your work appear here."));
  else if (g_strcmp0 (filter, "receipts") == 0)
    *description = g_strdup (_("A receipt for every payment appears here."));
  else if (g_strcmp0 (filter, "plans") == 0)
    *description = g_strdup (_("The contracts of your warranties and service plans appear here."));
  else
    *description = g_strdup (_("Photos, documents, quotes, invoices, receipts and plan contracts appear here. "
                               "Drop files here to share them."));
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
  DoorstepScope *scope = doorstep_list_page_get_scope (page);

  if (scope == NULL)
    return;
  if (doorstep_document_entry_is_photo (DOORSTEP_DOCUMENT_ENTRY (item)))
    {
      GListModel *items = doorstep_list_page_get_items (page);
      GtkWidget *viewer;
      guint position = 0;

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(GObject) other = g_list_model_get_item (items, i);

          if (other == item)
            position = i;
        }
      viewer = doorstep_image_viewer_new (scope, items, position);
      gtk_window_set_transient_for (GTK_WINDOW (viewer), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));
      gtk_window_present (GTK_WINDOW (viewer));
      return;
    }
  document = new_document (page, DOORSTEP_DOCUMENT_ENTRY (item));
  doorstep_pdf_window_present (GTK_WIDGET (page), document);
}

static gboolean
doorstep_documents_page_shows_grid (DoorstepListPage *page,
                                    const char       *filter)
{
  return g_strcmp0 (filter, "photos") == 0;
}

/* Thumbnails come from DoorstepThumbnails: the grid's tiles show theirs
 * themselves; a row asks with documents.show-thumbnail, and is shown it
 * here, at once or when it comes. */

/* Every row under @widget that shows the file @id. */
static void
show_thumbnail_in (GtkWidget  *widget,
                   const char *id,
                   GdkTexture *texture)
{
  if (DOORSTEP_IS_DOCUMENT_ROW (widget))
    doorstep_document_row_show_thumbnail (DOORSTEP_DOCUMENT_ROW (widget), id, GDK_PAINTABLE (texture));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    show_thumbnail_in (child, id, texture);
}

static void
thumbnail_loaded_cb (DoorstepDocumentsPage *self,
                     const char            *id,
                     GdkTexture            *texture)
{
  show_thumbnail_in (doorstep_list_page_get_view (DOORSTEP_LIST_PAGE (self)), id, texture);
}

static void
show_thumbnail_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DoorstepDocumentsPage *self = DOORSTEP_DOCUMENTS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GdkTexture *texture = doorstep_thumbnails_lookup (self->thumbnails, id);

  if (texture != NULL)
    thumbnail_loaded_cb (self, id, texture);
}

static void
scope_changed_cb (DoorstepDocumentsPage *self)
{
  doorstep_thumbnails_set_scope (self->thumbnails, doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (self)));
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

static char *
format_day (GDateTime *moment)
{
  return g_date_time_format (moment, "%Y-%m-%d");
}

static void when_changed_cb (DoorstepDocumentsPage *self);

static void
apply_range (DoorstepDocumentsPage *self,
             char                  *since,
             char                  *until)
{
  g_free (self->since);
  g_free (self->until);
  self->since = since;
  self->until = until;
  doorstep_list_page_set_query (DOORSTEP_LIST_PAGE (self), "since", self->since);
  doorstep_list_page_set_query (DOORSTEP_LIST_PAGE (self), "until", self->until);
}

static void
range_response_cb (DoorstepRangeDialog   *dialog,
                   const char            *response,
                   DoorstepDocumentsPage *self)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *label = NULL;
  GtkStringList *items = GTK_STRING_LIST (gtk_drop_down_get_model (self->when_dropdown));

  if (!g_str_equal (response, "apply"))
    {
      /* Back to what was chosen before, or any time. */
      g_signal_handlers_block_by_func (self->when_dropdown, when_changed_cb, self);
      gtk_drop_down_set_selected (self->when_dropdown, self->since != NULL ? WHEN_CUSTOM : WHEN_ANY);
      g_signal_handlers_unblock_by_func (self->when_dropdown, when_changed_cb, self);
      return;
    }
  doorstep_range_dialog_get_range (dialog, &first, &last);
  first_text = g_date_time_format (first, "%-d %b %Y");
  last_text = g_date_time_format (last, "%-d %b %Y");
  /* Translators: a range of days, "3 Nov 2026 – 20 Nov 2026" */
  label = g_strdup_printf (_("%s – %s"), first_text, last_text);
  {
    const char * const replacement[] = { label, NULL };

    g_signal_handlers_block_by_func (self->when_dropdown, when_changed_cb, self);
    gtk_string_list_splice (items, WHEN_CUSTOM, 1, replacement);
    gtk_drop_down_set_selected (self->when_dropdown, WHEN_CUSTOM);
    g_signal_handlers_unblock_by_func (self->when_dropdown, when_changed_cb, self);
  }
  apply_range (self, format_day (first), format_day (last));
}

static void
ask_range (DoorstepDocumentsPage *self)
{
  GtkWidget *dialog = doorstep_range_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));

  g_signal_connect_object (dialog, "response", G_CALLBACK (range_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The days a choice covers, in this computer's calendar. */
static void
when_changed_cb (DoorstepDocumentsPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;

  switch (gtk_drop_down_get_selected (self->when_dropdown))
    {
    case WHEN_TODAY:
      from = g_date_time_ref (now);
      to = g_date_time_ref (now);
      break;
    case WHEN_THIS_WEEK:
      /* From Monday */
      from = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now));
      to = g_date_time_ref (now);
      break;
    case WHEN_LAST_MONTH:
      {
        g_autoptr(GDateTime) first = g_date_time_add_days (now, 1 - g_date_time_get_day_of_month (now));

        from = g_date_time_add_months (first, -1);
        to = g_date_time_add_days (first, -1);
      }
      break;
    case WHEN_THIS_YEAR:
      from = g_date_time_add_days (now, 1 - g_date_time_get_day_of_year (now));
      to = g_date_time_ref (now);
      break;
    case WHEN_CUSTOM:
      ask_range (self);
      return;
    case WHEN_ANY:
    default:
      break;
    }
  apply_range (self, from != NULL ? format_day (from) : NULL, to != NULL ? format_day (to) : NULL);
}

static void
property_changed_cb (DoorstepDocumentsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->property_dropdown);

  g_free (self->property_id);
  self->property_id = selected > 0 && selected - 1 < self->property_ids->len
                      ? g_strdup (g_ptr_array_index (self->property_ids, selected - 1)) : NULL;
  doorstep_list_page_set_query (DOORSTEP_LIST_PAGE (self), "property_id", self->property_id);
}

/* The customer's properties, once the portal knows them (on showing, or
 * on loading). */
static void
fill_properties (DoorstepDocumentsPage *self)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (self));
  DoorstepCustomer *customer = scope != NULL ? doorstep_scope_get_customer (scope) : NULL;
  GListModel *properties = customer != NULL ? doorstep_customer_get_properties (customer) : NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = properties != NULL ? g_list_model_get_n_items (properties) : 0;

  if (n == self->property_ids->len && gtk_drop_down_get_model (self->property_dropdown) != NULL)
    return;
  g_ptr_array_set_size (self->property_ids, 0);
  gtk_string_list_append (labels, _("All Properties"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepProperty) property = g_list_model_get_item (properties, i);

      gtk_string_list_append (labels, doorstep_property_get_label (property));
      g_ptr_array_add (self->property_ids, g_strdup (doorstep_property_get_id (property)));
    }
  g_signal_handlers_block_by_func (self->property_dropdown, property_changed_cb, self);
  gtk_drop_down_set_model (self->property_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->property_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->property_dropdown, property_changed_cb, self);
  /* One property: nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->property_dropdown), n > 1);
}

/* What the page shows (its filter, search, days and property) is what the
 * dialog lists. */
static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepListPage *page = DOORSTEP_LIST_PAGE (widget);
  DoorstepScope *scope = doorstep_list_page_get_scope (page);
  g_autofree char *search = g_strstrip (g_strdup (doorstep_list_page_get_search (page)));
  DoorstepDocumentsPage *self = DOORSTEP_DOCUMENTS_PAGE (widget);
  g_autoptr(GPtrArray) query = g_ptr_array_new ();
  GtkWidget *dialog;

  if (scope == NULL)
    return;
  g_ptr_array_add (query, (gpointer) "kind");
  g_ptr_array_add (query, (gpointer) (doorstep_list_page_get_filter (page) != NULL
                                      ? doorstep_list_page_get_filter (page) : "all"));
  if (*search != '\0')
    {
      g_ptr_array_add (query, (gpointer) "q");
      g_ptr_array_add (query, search);
    }
  if (self->since != NULL)
    {
      g_ptr_array_add (query, (gpointer) "since");
      g_ptr_array_add (query, self->since);
      g_ptr_array_add (query, (gpointer) "until");
      g_ptr_array_add (query, self->until);
    }
  if (self->property_id != NULL)
    {
      g_ptr_array_add (query, (gpointer) "property_id");
      g_ptr_array_add (query, self->property_id);
    }
  g_ptr_array_add (query, NULL);
  dialog = doorstep_bulk_download_dialog_new (scope, &documents_download, (const char * const *) query->pdata);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Sharing files: the dialog, with whatever was chosen or dropped. */

static void
uploaded_cb (DoorstepUploadDialog  *dialog,
             guint                  n_files,
             DoorstepDocumentsPage *self)
{
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file shared", "%u files shared",
                                                           n_files), n_files);

  doorstep_toast (GTK_WIDGET (self), message);
  doorstep_list_page_refresh (DOORSTEP_LIST_PAGE (self));
}

/**
 * doorstep_documents_page_share_files:
 * @files: (element-type GFile): what to share
 *
 * Opens the dialog that shares @files (chosen, or dropped on the page).
 *
 * Returns: (transfer none) (nullable): the dialog
 */
GtkWidget *
doorstep_documents_page_share_files (DoorstepDocumentsPage *self,
                                     GSList                *files)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (self));
  GtkWidget *dialog;

  if (scope == NULL || doorstep_scope_get_read_only (scope))
    return NULL;
  dialog = doorstep_upload_dialog_new (scope);
  for (GSList *l = files; l != NULL; l = l->next)
    doorstep_upload_dialog_add_file (DOORSTEP_UPLOAD_DIALOG (dialog), l->data);
  g_signal_connect_object (dialog, "uploaded", G_CALLBACK (uploaded_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     DoorstepDocumentsPage *self)
{
  g_autoptr(GListModel) chosen = NULL;
  GSList *files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = g_list_model_get_n_items (chosen); i > 0; i--)
        files = g_slist_prepend (files, g_list_model_get_item (chosen, i - 1));
      doorstep_documents_page_share_files (self, files);
      g_slist_free_full (files, g_object_unref);
    }
  g_object_unref (chooser);
}

static void
upload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (widget));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) shareable = NULL;
  g_autoptr(GtkFileFilter) everything = NULL;

  /* A staff preview reads only (the server refuses it too). */
  if (scope == NULL || doorstep_scope_get_read_only (scope))
    return;
  chooser = gtk_file_chooser_native_new (_("Share Files"),
                                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Choose"), _("_Cancel"));
  shareable = gtk_file_filter_new ();
  everything = gtk_file_filter_new ();

  gtk_file_filter_set_name (shareable, _("PDF documents and photos"));
  gtk_file_filter_add_mime_type (shareable, "application/pdf");
  gtk_file_filter_add_mime_type (shareable, "image/jpeg");
  gtk_file_filter_add_mime_type (shareable, "image/png");
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), shareable);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), everything);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget         *target,
         const GValue          *value,
         double                 x,
         double                 y,
         DoorstepDocumentsPage *self)
{
  GSList *files = g_value_get_boxed (value);

  return files != NULL && doorstep_documents_page_share_files (self, files) != NULL;
}

/* Deleting a file the customer shared, once they say so. */

static void
deleted_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DoorstepDocumentsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!doorstep_documents_api_delete_finish (DOORSTEP_SCOPE (source_object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        doorstep_toast (GTK_WIDGET (self), error->message);
      return;
    }
  doorstep_toast (GTK_WIDGET (self), _("File deleted"));
  doorstep_list_page_refresh (DOORSTEP_LIST_PAGE (self));
}

static void
delete_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    DoorstepDocumentsPage *self)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (self));

  if (!g_str_equal (response, "delete") || scope == NULL)
    return;
  doorstep_documents_api_delete_async (scope, g_object_get_data (G_OBJECT (dialog), "file-id"), self->cancellable,
                                       deleted_cb, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepDocumentsPage *self = DOORSTEP_DOCUMENTS_PAGE (widget);
  GListModel *items = doorstep_list_page_get_items (DOORSTEP_LIST_PAGE (self));
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(DoorstepDocumentEntry) entry = NULL;
  GtkWidget *dialog;

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items) && entry == NULL; i++)
    {
      g_autoptr(DoorstepDocumentEntry) candidate = g_list_model_get_item (items, i);

      if (g_str_equal (doorstep_document_entry_get_id (candidate), id))
        entry = g_steal_pointer (&candidate);
    }
  if (entry == NULL || !doorstep_document_entry_can_delete (entry))
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Delete This File?"), NULL);
  /* Translators: "Leak.jpg will no longer be shared with the business." */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("%s will no longer be shared with the business."),
                                  doorstep_document_entry_get_name (entry));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Staff previewing read only: no sharing, no deleting. */
static void
update_writable (DoorstepDocumentsPage *self)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (self));
  gboolean writable = scope != NULL && !doorstep_scope_get_read_only (scope);

  gtk_widget_set_visible (self->upload_button, writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.upload", writable);
}

static void
doorstep_documents_page_dispose (GObject *object)
{
  DoorstepDocumentsPage *self = DOORSTEP_DOCUMENTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->thumbnails);

  g_clear_pointer (&self->property_ids, g_ptr_array_unref);
  g_clear_pointer (&self->since, g_free);
  g_clear_pointer (&self->until, g_free);
  g_clear_pointer (&self->property_id, g_free);
  G_OBJECT_CLASS (doorstep_documents_page_parent_class)->dispose (object);
}

static void
doorstep_documents_page_class_init (DoorstepDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_documents_page_dispose;
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_documents_page_describe_empty;
  list_class->describe_count = doorstep_documents_page_describe_count;
  list_class->activate = doorstep_documents_page_activate;
  list_class->shows_grid = doorstep_documents_page_shows_grid;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_documents_api_list);

  g_type_ensure (DOORSTEP_TYPE_DOCUMENT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/documents/doorstep-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentsPage, when_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentsPage, property_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentsPage, upload_button);
  gtk_widget_class_bind_template_callback (widget_class, when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, property_changed_cb);
  gtk_widget_class_install_action (widget_class, "documents.download", NULL, download_action);
  gtk_widget_class_install_action (widget_class, "documents.upload", NULL, upload_action);
  gtk_widget_class_install_action (widget_class, "documents.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "documents.show-thumbnail", "s", show_thumbnail_action);
}

static void
doorstep_documents_page_init (DoorstepDocumentsPage *self)
{
  g_autoptr(GtkListItemFactory) grid_factory = NULL;
  GtkDropTarget *drop;

  self->property_ids = g_ptr_array_new_with_free_func (g_free);
  self->thumbnails = doorstep_thumbnails_new ();
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Shown, or loaded while shown (a section loads when first shown). */
  g_signal_connect (self, "map", G_CALLBACK (fill_properties), NULL);
  g_signal_connect (self, "notify::scope", G_CALLBACK (fill_properties), NULL);
  g_signal_connect (self, "map", G_CALLBACK (update_writable), NULL);
  /* A new list comes with each scope (a customer, or a staff preview). */
  g_signal_connect (self, "notify::items", G_CALLBACK (update_writable), NULL);

  g_signal_connect (self, "notify::scope", G_CALLBACK (scope_changed_cb), NULL);
  g_signal_connect_object (self->thumbnails, "loaded", G_CALLBACK (thumbnail_loaded_cb), self, G_CONNECT_SWAPPED);
  grid_factory = doorstep_thumbnails_new_tile_factory (self->thumbnails);
  doorstep_list_page_set_grid_factory (DOORSTEP_LIST_PAGE (self), grid_factory);

  /* Files dropped anywhere on the page are offered for sharing. */
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    doorstep_list_page_add_filter (DOORSTEP_LIST_PAGE (self), filters[i].name, _(filters[i].label));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-invoices-api.h"
#include "doorstep-invoices-download-dialog.h"
#include "doorstep-money.h"
#include "doorstep-time.h"
#include "doorstep-toast.h"
#include "doorstep-zip.h"

/* Bulk download: tick invoices (a page at a time, Show More for older
 * ones, or Select All of what is shown), choose where to save, and get
 * one ZIP of their PDFs. Each PDF is fetched in turn with a progress bar
 * ("3 of 12"), then the ZIP is written with libarchive off the main loop
 * and replaces the chosen file only once complete. Cancel stops it and
 * leaves nothing behind. */

struct _DoorstepInvoicesDownloadDialog {
  AdwWindow          parent_instance;

  /* template widgets */
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkListBox        *list;
  GtkWidget         *more_button;
  GtkLabel          *error_label;
  AdwStatusPage     *progress_page;
  GtkProgressBar    *progress_bar;
  GtkRevealer       *footer_revealer;
  GtkLabel          *count_label;

  DoorstepScope     *scope;
  DoorstepPagedList *invoices;
  GHashTable        *ticked;      /* invoice id → DoorstepInvoice, ticked */
  GCancellable      *cancellable; /* the dialog's */
  GCancellable      *saving;      /* one download's */

  /* one download */
  GPtrArray         *queue;       /* DoorstepInvoice to fetch, in order */
  guint              fetched;
  DoorstepZip       *zip;
  GFile             *file;
};

G_DEFINE_FINAL_TYPE (DoorstepInvoicesDownloadDialog, doorstep_invoices_download_dialog, ADW_TYPE_WINDOW)

static void
update_count (DoorstepInvoicesDownloadDialog *self)
{
  guint n = g_hash_table_size (self->ticked);
  g_autofree char *text = NULL;

  /* Translators: how many invoices are ticked */
  text = n == 0 ? g_strdup (_("None selected"))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u invoice selected", "%u invoices selected", n), n);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.save", n > 0 && self->saving == NULL);
}

static void
toggled_cb (GtkCheckButton                 *check,
            DoorstepInvoicesDownloadDialog *self)
{
  DoorstepInvoice *invoice = g_object_get_data (G_OBJECT (check), "invoice");

  if (gtk_check_button_get_active (check))
    g_hash_table_insert (self->ticked, g_strdup (doorstep_invoice_get_id (invoice)), g_object_ref (invoice));
  else
    g_hash_table_remove (self->ticked, doorstep_invoice_get_id (invoice));
  update_count (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DoorstepInvoicesDownloadDialog *self = user_data;
  DoorstepInvoice *invoice = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  /* Translators: "Invoice I-2007" */
  g_autofree char *title = g_strdup_printf (_("Invoice %s"), doorstep_invoice_get_number (invoice));
  g_autofree char *name = g_strdup_printf ("download-check-%s", doorstep_invoice_get_id (invoice));
  g_autofree char *total = doorstep_money_format (doorstep_invoice_get_total (invoice),
                                                  doorstep_invoice_get_currency (invoice));
  g_autofree char *issued = doorstep_invoice_get_issued_on (invoice) != NULL
                            ? doorstep_date_format (doorstep_invoice_get_issued_on (invoice)) : NULL;
  g_autofree char *subtitle = issued != NULL
                              ? g_markup_printf_escaped ("%s · %s", doorstep_invoice_get_title (invoice), issued)
                              : g_markup_escape_text (doorstep_invoice_get_title (invoice), -1);
  GtkWidget *amount = gtk_label_new (total);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (check, name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->ticked, doorstep_invoice_get_id (invoice)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (check), "invoice", g_object_ref (invoice), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_add_css_class (amount, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
  return row;
}

static void
list_changed_cb (DoorstepInvoicesDownloadDialog *self)
{
  const GError *error = doorstep_paged_list_get_error (self->invoices);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->invoices));

  gtk_widget_set_visible (self->more_button, doorstep_paged_list_get_has_more (self->invoices) &&
                                             !doorstep_paged_list_get_loading (self->invoices));
  if (!doorstep_paged_list_get_loaded (self->invoices) || self->saving != NULL)
    return;
  if (error != NULL && n == 0)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "choose" : "empty");
  gtk_revealer_set_reveal_child (self->footer_revealer, n > 0);
  update_count (self);
}

static void
load (DoorstepInvoicesDownloadDialog *self)
{
  const char * const query[] = { "status", "all", NULL };

  if (self->invoices != NULL)
    g_signal_handlers_disconnect_by_data (self->invoices, self);
  g_clear_object (&self->invoices);
  self->invoices = doorstep_paged_list_new (self->scope, &doorstep_invoices_api_list, query);
  g_signal_connect_object (self->invoices, "notify::loaded", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->invoices, "notify::loading", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->invoices, "notify::has-more", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->invoices), create_row, self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
  doorstep_paged_list_load_more (self->invoices);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  load (DOORSTEP_INVOICES_DOWNLOAD_DIALOG (widget));
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  doorstep_paged_list_load_more (DOORSTEP_INVOICES_DOWNLOAD_DIALOG (widget)->invoices);
}

/* Ticks every row shown. */
static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DoorstepInvoicesDownloadDialog *self = DOORSTEP_INVOICES_DOWNLOAD_DIALOG (widget);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      if (GTK_IS_CHECK_BUTTON (check))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
}

/* Downloading */

static void
finish (DoorstepInvoicesDownloadDialog *self,
        const GError                   *error)
{
  g_clear_object (&self->saving);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->zip, doorstep_zip_free);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The invoices could not be saved: %s"), error->message);

      gtk_label_set_text (self->error_label, message);
    }
  gtk_stack_set_visible_child_name (self->stack, "choose");
  gtk_revealer_set_reveal_child (self->footer_revealer, TRUE);
  update_count (self);
}

static void
written_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepInvoicesDownloadDialog *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!doorstep_zip_write_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->saving != NULL)
        finish (self, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? NULL : error);
      g_object_unref (self);
      return;
    }

  {
    GtkWidget *parent = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self)));
    g_autofree char *name = g_file_get_basename (self->file);
    guint n = doorstep_zip_get_n_files (self->zip);
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u invoice in “%s”",
                                                             "Saved %u invoices in “%s”", n), n, name);

    finish (self, NULL);
    if (parent != NULL)
      doorstep_toast (parent, message);
    gtk_window_close (GTK_WINDOW (self));
  }
  g_object_unref (self);
}

static void fetch_next (DoorstepInvoicesDownloadDialog *self);

static void
fetched_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepInvoicesDownloadDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = doorstep_invoices_api_pdf.fetch_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (pdf == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        finish (self, error);
      g_object_unref (self);
      return;
    }

  {
    DoorstepInvoice *invoice = g_ptr_array_index (self->queue, self->fetched);
    /* Translators: the file name of an invoice's PDF in the ZIP; %s is its number */
    g_autofree char *name = g_strdup_printf (_("Invoice %s.pdf"), doorstep_invoice_get_number (invoice));

    if (!doorstep_zip_add (self->zip, name, pdf))
      {
        g_autofree char *again = g_strdup_printf (_("Invoice %s (%s).pdf"), doorstep_invoice_get_number (invoice),
                                                  doorstep_invoice_get_id (invoice));
        doorstep_zip_add (self->zip, again, pdf);
      }
  }
  self->fetched++;
  fetch_next (self);
  g_object_unref (self);
}

static void
fetch_next (DoorstepInvoicesDownloadDialog *self)
{
  guint total = self->queue->len;
  g_autofree char *text = NULL;

  /* Translators: progress of a bulk download, "3 of 12" */
  text = g_strdup_printf (_("%u of %u"), self->fetched, total);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->fetched / (total + 1));

  if (self->fetched < total)
    {
      DoorstepInvoice *invoice = g_ptr_array_index (self->queue, self->fetched);

      doorstep_invoices_api_pdf.fetch_async (self->scope, doorstep_invoice_get_id (invoice), self->saving,
                                             fetched_cb, g_object_ref (self));
      return;
    }
  gtk_progress_bar_set_text (self->progress_bar, _("Writing the ZIP file"));
  doorstep_zip_write_async (self->zip, self->file, self->saving, written_cb, g_object_ref (self));
}

/**
 * doorstep_invoices_download_dialog_save_to:
 *
 * Saves the ticked invoices, in the order shown, as one ZIP in @file;
 * what the file chooser's Save does.
 */
void
doorstep_invoices_download_dialog_save_to (DoorstepInvoicesDownloadDialog *self,
                                           GFile                          *file)
{
  GListModel *model;

  g_return_if_fail (DOORSTEP_IS_INVOICES_DOWNLOAD_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->saving != NULL || g_hash_table_size (self->ticked) == 0)
    return;
  model = G_LIST_MODEL (self->invoices);
  self->saving = g_cancellable_new ();
  self->queue = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DoorstepInvoice) invoice = g_list_model_get_item (model, i);

      if (g_hash_table_contains (self->ticked, doorstep_invoice_get_id (invoice)))
        g_ptr_array_add (self->queue, g_steal_pointer (&invoice));
    }
  self->fetched = 0;
  self->zip = doorstep_zip_new ();
  g_set_object (&self->file, file);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
  update_count (self);
  fetch_next (self);
}

static void
chooser_response_cb (GtkNativeDialog                *chooser,
                     int                             response,
                     DoorstepInvoicesDownloadDialog *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                          : NULL;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL)
    doorstep_invoices_download_dialog_save_to (self, file);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepInvoicesDownloadDialog *self = DOORSTEP_INVOICES_DOWNLOAD_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  if (self->saving != NULL || g_hash_table_size (self->ticked) == 0)
    return;
  chooser = gtk_file_chooser_native_new (_("Download Invoices"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("ZIP archives"));
  gtk_file_filter_add_mime_type (filter, "application/zip");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested name of a ZIP of invoices */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Invoices.zip"));
  if (downloads != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (downloads);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DoorstepInvoicesDownloadDialog *self = DOORSTEP_INVOICES_DOWNLOAD_DIALOG (widget);

  if (self->saving == NULL)
    return;
  g_cancellable_cancel (self->saving);
  finish (self, NULL);
}

static void
doorstep_invoices_download_dialog_dispose (GObject *object)
{
  DoorstepInvoicesDownloadDialog *self = DOORSTEP_INVOICES_DOWNLOAD_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->saving != NULL)
    g_cancellable_cancel (self->saving);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->saving);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->invoices);
  g_clear_object (&self->scope);
  g_clear_object (&self->file);
  g_clear_pointer (&self->ticked, g_hash_table_unref);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->zip, doorstep_zip_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_INVOICES_DOWNLOAD_DIALOG);
  G_OBJECT_CLASS (doorstep_invoices_download_dialog_parent_class)->dispose (object);
}

static void
doorstep_invoices_download_dialog_class_init (DoorstepInvoicesDownloadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_invoices_download_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/invoices/doorstep-invoices-download-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, more_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, footer_revealer);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesDownloadDialog, count_label);
  gtk_widget_class_install_action (widget_class, "download.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "download.more", NULL, more_action);
  gtk_widget_class_install_action (widget_class, "download.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "download.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "download.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_invoices_download_dialog_init (DoorstepInvoicesDownloadDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->ticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

GtkWidget *
doorstep_invoices_download_dialog_new (DoorstepScope *scope)
{
  DoorstepInvoicesDownloadDialog *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);

  self = g_object_new (DOORSTEP_TYPE_INVOICES_DOWNLOAD_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  load (self);
  return GTK_WIDGET (self);
}

/**
 * doorstep_invoices_download_dialog_get_page:
 *
 * Returns: the step shown: "loading", "error", "empty", "choose" or
 *   "progress"
 */
const char *
doorstep_invoices_download_dialog_get_page (DoorstepInvoicesDownloadDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_INVOICES_DOWNLOAD_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

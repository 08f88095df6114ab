/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-bulk-download-dialog.h"
#include "doorstep-check-item.h"
#include "doorstep-check-list.h"
#include "doorstep-toast.h"
#include "doorstep-zip.h"

/* Bulk download: tick documents (invoices, or any of the customer's) a
 * page at a time, Show More for older ones, or Select All of what is
 * shown; choose where to save, and get one ZIP of them. Each one is
 * fetched in turn with a progress bar ("3 of 12"), then the ZIP is written
 * with libarchive off the main loop and replaces the chosen file only once
 * complete. Cancel stops it and leaves nothing behind. What is listed and
 * how each item is named comes from a DoorstepBulkDownloadKind; each is a
 * DoorstepCheckItem in a DoorstepCheckList, kept by id so that what is
 * ticked stays ticked through a reload. */

typedef struct {
  GObject                      *item;
  char                         *file_name;
  const DoorstepDocumentSource *source;
} Queued;

static void
queued_free (Queued *queued)
{
  g_object_unref (queued->item);
  g_free (queued->file_name);
  g_free (queued);
}

struct _DoorstepBulkDownloadDialog {
  AdwWindow          parent_instance;

  /* template widgets */
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  AdwStatusPage     *empty_page;
  AdwPreferencesGroup *group;
  DoorstepCheckList *list;
  GtkWidget         *more_button;
  GtkLabel          *error_label;
  AdwStatusPage     *progress_page;
  GtkProgressBar    *progress_bar;
  GtkRevealer       *footer_revealer;
  GtkLabel          *count_label;

  DoorstepScope     *scope;
  const DoorstepBulkDownloadKind *kind;
  char             **query;
  DoorstepPagedList *items;
  GHashTable        *checks;      /* item id → DoorstepCheckItem */
  GCancellable      *cancellable; /* the dialog's */
  GCancellable      *saving;      /* one download's */

  /* one download */
  GPtrArray         *queue;       /* Queued to fetch, in order */
  guint              fetched;
  DoorstepZip       *zip;
  GFile             *file;
};

G_DEFINE_FINAL_TYPE (DoorstepBulkDownloadDialog, doorstep_bulk_download_dialog, ADW_TYPE_WINDOW)

static guint
count_ticked (DoorstepBulkDownloadDialog *self)
{
  GHashTableIter iter;
  DoorstepCheckItem *check;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &check))
    n += doorstep_check_item_get_active (check) ? 1 : 0;
  return n;
}

static void
update_count (DoorstepBulkDownloadDialog *self)
{
  guint n = count_ticked (self);
  g_autofree char *text = NULL;

  /* Translators: how many files are ticked */
  text = n == 0 ? g_strdup (_("None selected"))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n), n);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.save", n > 0 && self->saving == NULL);
}

/* An item of the list as a row to tick: the same one for the same id. */
static gpointer
map_item (gpointer item,
          gpointer user_data)
{
  DoorstepBulkDownloadDialog *self = user_data;
  g_autoptr(GObject) object = item;
  DoorstepCheckItem *check;
  const char *id = NULL;
  const DoorstepDocumentSource *source = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *file_name = NULL;

  self->kind->describe (object, &id, &title, &subtitle, &amount, &file_name, &source);
  check = g_hash_table_lookup (self->checks, id);
  if (check == NULL)
    {
      check = doorstep_check_item_new (object, id, title, subtitle, amount);
      g_signal_connect_object (check, "notify::active", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
      g_hash_table_insert (self->checks, g_strdup (id), check);
    }
  return g_object_ref (check);
}

static void
list_changed_cb (DoorstepBulkDownloadDialog *self)
{
  const GError *error = doorstep_paged_list_get_error (self->items);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  gtk_widget_set_visible (self->more_button, doorstep_paged_list_get_has_more (self->items) &&
                                             !doorstep_paged_list_get_loading (self->items));
  if (!doorstep_paged_list_get_loaded (self->items) || self->saving != NULL)
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
load (DoorstepBulkDownloadDialog *self)
{
  g_autoptr(GtkMapListModel) checks = NULL;

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_data (self->items, self);
  g_clear_object (&self->items);
  self->items = doorstep_paged_list_new (self->scope, self->kind->endpoint, (const char * const *) self->query);
  g_signal_connect_object (self->items, "notify::loaded", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->items, "notify::loading", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->items, "notify::has-more", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  checks = gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (self->items)), map_item, self, NULL);
  doorstep_check_list_set_model (self->list, G_LIST_MODEL (checks));
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_revealer_set_reveal_child (self->footer_revealer, FALSE);
  doorstep_paged_list_load_more (self->items);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  load (DOORSTEP_BULK_DOWNLOAD_DIALOG (widget));
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  doorstep_paged_list_load_more (DOORSTEP_BULK_DOWNLOAD_DIALOG (widget)->items);
}

/* Ticks every row shown. */
static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  doorstep_check_list_set_all_active (DOORSTEP_BULK_DOWNLOAD_DIALOG (widget)->list, TRUE);
}

/* Downloading */

static void
finish (DoorstepBulkDownloadDialog *self,
        const GError                   *error)
{
  g_clear_object (&self->saving);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->zip, doorstep_zip_free);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The files could not be saved: %s"), error->message);

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
  DoorstepBulkDownloadDialog *self = user_data;
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
    /* Translators: after a bulk download, "Saved 2 files in “Invoices.zip”" */
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u file in “%s”",
                                                             "Saved %u files in “%s”", n), n, name);

    finish (self, NULL);
    if (parent != NULL)
      doorstep_toast (parent, message);
    gtk_window_close (GTK_WINDOW (self));
  }
  g_object_unref (self);
}

static void fetch_next (DoorstepBulkDownloadDialog *self);

static void
fetched_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepBulkDownloadDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  Queued *queued;
  g_autoptr(GBytes) pdf = NULL;

  if (self->queue == NULL)
    {
      g_object_unref (self);
      return;
    }
  queued = g_ptr_array_index (self->queue, self->fetched);
  pdf = queued->source->fetch_finish (DOORSTEP_SCOPE (source_object), result, &error);
  if (pdf == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        finish (self, error);
      g_object_unref (self);
      return;
    }

  /* Two documents may share a name; the second gets a number. */
  for (guint n = 1; !doorstep_zip_add (self->zip, queued->file_name, pdf) && n < 100; n++)
    {
      /* "Leak.jpg" becomes "Leak (2).jpg" */
      const char *dot = strrchr (queued->file_name, '.');
      gsize stem_length = dot != NULL && dot != queued->file_name ? (gsize) (dot - queued->file_name)
                                                                   : strlen (queued->file_name);
      g_autofree char *stem = g_strndup (queued->file_name, stem_length);
      g_autofree char *again = g_strdup_printf ("%s (%u)%s", stem, n + 1, queued->file_name + stem_length);

      if (doorstep_zip_add (self->zip, again, pdf))
        break;
    }
  self->fetched++;
  fetch_next (self);
  g_object_unref (self);
}

static void
fetch_next (DoorstepBulkDownloadDialog *self)
{
  guint total = self->queue->len;
  g_autofree char *text = NULL;

  /* Translators: progress of a bulk download, "3 of 12" */
  text = g_strdup_printf (_("%u of %u"), self->fetched, total);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->fetched / (total + 1));

  if (self->fetched < total)
    {
      Queued *queued = g_ptr_array_index (self->queue, self->fetched);
      const char *id = NULL;
      const DoorstepDocumentSource *source = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *file_name = NULL;

      self->kind->describe (queued->item, &id, &title, &subtitle, &amount, &file_name, &source);
      queued->source->fetch_async (self->scope, id, self->saving, fetched_cb, g_object_ref (self));
      return;
    }
  gtk_progress_bar_set_text (self->progress_bar, _("Writing the ZIP file"));
  doorstep_zip_write_async (self->zip, self->file, self->saving, written_cb, g_object_ref (self));
}

/**
 * doorstep_bulk_download_dialog_save_to:
 *
 * Saves the ticked items, in the order shown, as one ZIP in @file; what
 * the file chooser's Save does.
 */
void
doorstep_bulk_download_dialog_save_to (DoorstepBulkDownloadDialog *self,
                                           GFile                          *file)
{
  GListModel *model;

  g_return_if_fail (DOORSTEP_IS_BULK_DOWNLOAD_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->saving != NULL || count_ticked (self) == 0)
    return;
  model = G_LIST_MODEL (self->items);
  self->saving = g_cancellable_new ();
  self->queue = g_ptr_array_new_with_free_func ((GDestroyNotify) queued_free);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id = NULL;
      const DoorstepDocumentSource *source = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *file_name = NULL;

      DoorstepCheckItem *check;

      self->kind->describe (item, &id, &title, &subtitle, &amount, &file_name, &source);
      check = g_hash_table_lookup (self->checks, id);
      if (check != NULL && doorstep_check_item_get_active (check))
        {
          Queued *queued = g_new0 (Queued, 1);

          /* A file name from the server is data: no folders. */
          g_strdelimit (file_name, "/\\", '-');
          queued->item = g_steal_pointer (&item);
          queued->file_name = g_steal_pointer (&file_name);
          queued->source = source;
          g_ptr_array_add (self->queue, queued);
        }
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
                     DoorstepBulkDownloadDialog *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                          : NULL;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL)
    doorstep_bulk_download_dialog_save_to (self, file);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepBulkDownloadDialog *self = DOORSTEP_BULK_DOWNLOAD_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  if (self->saving != NULL || count_ticked (self) == 0)
    return;
  chooser = gtk_file_chooser_native_new (_(self->kind->title), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("ZIP archives"));
  gtk_file_filter_add_mime_type (filter, "application/zip");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _(self->kind->archive_name));
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
  DoorstepBulkDownloadDialog *self = DOORSTEP_BULK_DOWNLOAD_DIALOG (widget);

  if (self->saving == NULL)
    return;
  g_cancellable_cancel (self->saving);
  finish (self, NULL);
}

static void
doorstep_bulk_download_dialog_dispose (GObject *object)
{
  DoorstepBulkDownloadDialog *self = DOORSTEP_BULK_DOWNLOAD_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->saving != NULL)
    g_cancellable_cancel (self->saving);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->saving);
  if (self->list != NULL)
    doorstep_check_list_set_model (self->list, NULL);
  g_clear_object (&self->items);
  g_clear_object (&self->scope);
  g_clear_object (&self->file);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->zip, doorstep_zip_free);
  g_clear_pointer (&self->query, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_BULK_DOWNLOAD_DIALOG);
  G_OBJECT_CLASS (doorstep_bulk_download_dialog_parent_class)->dispose (object);
}

static void
doorstep_bulk_download_dialog_class_init (DoorstepBulkDownloadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_bulk_download_dialog_dispose;

  g_type_ensure (DOORSTEP_TYPE_CHECK_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-bulk-download-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, more_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, footer_revealer);
  gtk_widget_class_bind_template_child (widget_class, DoorstepBulkDownloadDialog, count_label);
  gtk_widget_class_install_action (widget_class, "download.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "download.more", NULL, more_action);
  gtk_widget_class_install_action (widget_class, "download.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "download.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "download.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_bulk_download_dialog_init (DoorstepBulkDownloadDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * doorstep_bulk_download_dialog_new:
 * @query: (nullable) (array zero-terminated=1): the list's parameters,
 *   pairs of name and value
 */
GtkWidget *
doorstep_bulk_download_dialog_new (DoorstepScope                  *scope,
                                   const DoorstepBulkDownloadKind *kind,
                                   const char * const             *query)
{
  DoorstepBulkDownloadDialog *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (DOORSTEP_TYPE_BULK_DOWNLOAD_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  self->kind = kind;
  self->query = g_strdupv ((char **) query);
  /* The kind's words are marked N_() where it is defined. */
  gtk_window_set_title (GTK_WINDOW (self), _(kind->title));
  adw_preferences_group_set_title (self->group, _(kind->group_title));
  adw_preferences_group_set_description (self->group, _("Tick what to save together as one ZIP file."));
  adw_status_page_set_title (self->empty_page, _(kind->empty_title));
  adw_status_page_set_description (self->empty_page, _(kind->empty_description));
  adw_status_page_set_title (self->error_page, _(kind->error_title));
  load (self);
  return GTK_WIDGET (self);
}

/**
 * doorstep_bulk_download_dialog_get_page:
 *
 * Returns: the step shown: "loading", "error", "empty", "choose" or
 *   "progress"
 */
const char *
doorstep_bulk_download_dialog_get_page (DoorstepBulkDownloadDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_BULK_DOWNLOAD_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-customer.h"
#include "doorstep-documents-api.h"
#include "doorstep-jobs-api.h"
#include "doorstep-paged-list.h"
#include "doorstep-property.h"
#include "doorstep-upload-dialog.h"
#include "doorstep-visit.h"

typedef enum {
  UPLOAD_WAITING,
  UPLOAD_SENDING,
  UPLOAD_DONE,
  UPLOAD_FAILED,
  UPLOAD_CANCELLED,
} UploadState;

static const char * const state_names[] = { "waiting", "sending", "done", "failed", "cancelled" };

/* Counted: each request under way holds a reference, since its callback
 * may still come once the window has gone (dialog is then NULL). */
typedef struct {
  guint                 refs;
  DoorstepUploadDialog *dialog;    /* not owned; NULL once the window has gone */
  GFile                *file;
  char                 *name;
  char                 *key;       /* the same for a retry of this file */
  UploadState           state;
  GCancellable         *cancellable;
  AdwActionRow         *row;
  GtkProgressBar       *bar;
  GtkButton            *cancel;
  GtkImage             *icon;
} Upload;

struct _DoorstepUploadDialog {
  AdwWindow          parent_instance;

  GtkButton         *start_button;
  AdwPreferencesGroup *files_group;
  AdwComboRow       *property_row;
  AdwComboRow       *job_row;

  DoorstepScope     *scope;
  GPtrArray         *uploads;       /* of Upload */
  GPtrArray         *property_ids;  /* the property row's, after "None" */
  GPtrArray         *job_ids;       /* the job row's, after "None" */
  GPtrArray         *job_lists;     /* DoorstepPagedList: upcoming, completed */
  gboolean           started;
};

G_DEFINE_FINAL_TYPE (DoorstepUploadDialog, doorstep_upload_dialog, ADW_TYPE_WINDOW)

enum {
  UPLOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static Upload *
upload_ref (Upload *upload)
{
  upload->refs++;
  return upload;
}

static void
upload_unref (Upload *upload)
{
  if (--upload->refs > 0)
    return;
  g_clear_object (&upload->cancellable);
  g_clear_object (&upload->file);
  g_free (upload->name);
  g_free (upload->key);
  g_free (upload);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Upload, upload_unref)

/* The window has gone: stop, and forget it. */
static void
upload_orphan (Upload *upload)
{
  upload->dialog = NULL;
  g_cancellable_cancel (upload->cancellable);
  upload_unref (upload);
}

static gboolean
all_ended (DoorstepUploadDialog *self)
{
  for (guint i = 0; i < self->uploads->len; i++)
    {
      Upload *upload = g_ptr_array_index (self->uploads, i);

      if (upload->state == UPLOAD_WAITING || upload->state == UPLOAD_SENDING)
        return FALSE;
    }
  return TRUE;
}

static void
update_button (DoorstepUploadDialog *self)
{
  gboolean ended = self->started && all_ended (self);

  gtk_button_set_label (self->start_button, ended ? _("_Done") : _("_Upload"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_button),
                            ended || (!self->started && self->uploads->len > 0));
  gtk_widget_set_sensitive (GTK_WIDGET (self->property_row), !self->started);
  gtk_widget_set_sensitive (GTK_WIDGET (self->job_row), !self->started);
}

static void
set_state (Upload      *upload,
           UploadState  state,
           const char  *message)
{
  upload->state = state;
  gtk_widget_set_visible (GTK_WIDGET (upload->cancel), state == UPLOAD_WAITING || state == UPLOAD_SENDING);
  gtk_widget_set_visible (GTK_WIDGET (upload->bar), state == UPLOAD_SENDING);
  gtk_widget_set_visible (GTK_WIDGET (upload->icon), state == UPLOAD_DONE || state == UPLOAD_FAILED);
  if (state == UPLOAD_DONE)
    {
      gtk_image_set_from_icon_name (upload->icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (upload->icon), "error");
      gtk_widget_add_css_class (GTK_WIDGET (upload->icon), "success");
    }
  else if (state == UPLOAD_FAILED)
    {
      gtk_image_set_from_icon_name (upload->icon, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (upload->icon), "error");
    }
  if (message != NULL)
    adw_action_row_set_subtitle (upload->row, message);
  gtk_widget_set_name (GTK_WIDGET (upload->row), state_names[state]);
  update_button (upload->dialog);
}

static void
finish_one (Upload *upload)
{
  DoorstepUploadDialog *self = upload->dialog;

  if (all_ended (self))
    {
      guint done = doorstep_upload_dialog_count (self, "done");

      if (done > 0)
        g_signal_emit (self, signals[UPLOADED], 0, done);
    }
}

static void
progress_cb (gsize    sent,
             gsize    total,
             gpointer user_data)
{
  Upload *upload = user_data;

  if (total > 0 && upload->dialog != NULL)
    gtk_progress_bar_set_fraction (upload->bar, (double) sent / (double) total);
}

static void
uploaded_cb (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Upload) upload = user_data;
  g_autoptr(GError) error = NULL;
  gboolean kept = doorstep_documents_api_upload_finish (DOORSTEP_SCOPE (source_object), result, &error);

  if (upload->dialog == NULL || upload->state != UPLOAD_SENDING)
    return;  /* gone, or cancelled (and said so then) */
  if (!kept)
    {
      set_state (upload, UPLOAD_FAILED, error->message);
    }
  else
    set_state (upload, UPLOAD_DONE, _("Shared"));
  finish_one (upload);
}

static const char *
selected_id (AdwComboRow *row,
             GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected > 0 && selected - 1 < ids->len ? g_ptr_array_index (ids, selected - 1) : NULL;
}

static void
loaded_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Upload) upload = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (source_object), result, NULL, &error);
  DoorstepUploadDialog *self;

  if (upload->dialog == NULL || upload->state != UPLOAD_SENDING)
    return;
  self = upload->dialog;
  if (bytes == NULL)
    {
      set_state (upload, UPLOAD_FAILED, error->message);
      finish_one (upload);
      return;
    }
  if (g_bytes_get_size (bytes) > DOORSTEP_UPLOAD_MAX_BYTES)
    {
      set_state (upload, UPLOAD_FAILED, _("This file is larger than 5 MB; files of up to 5 MB can be shared."));
      finish_one (upload);
      return;
    }
  doorstep_documents_api_upload_async (self->scope, bytes, upload->name,
                                       selected_id (self->property_row, self->property_ids),
                                       selected_id (self->job_row, self->job_ids), upload->key,
                                       progress_cb, upload, upload->cancellable, uploaded_cb, upload_ref (upload));
}

static void
info_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Upload) upload = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source_object), result, &error);

  if (upload->dialog == NULL || upload->state != UPLOAD_SENDING)
    return;
  /* Too large is said at once, without reading a byte of it. */
  if (info != NULL && g_file_info_get_size (info) > DOORSTEP_UPLOAD_MAX_BYTES)
    {
      set_state (upload, UPLOAD_FAILED, _("This file is larger than 5 MB; files of up to 5 MB can be shared."));
      finish_one (upload);
      return;
    }
  g_file_load_bytes_async (upload->file, upload->cancellable, loaded_cb, upload_ref (upload));
}

static void
start_upload (Upload *upload)
{
  set_state (upload, UPLOAD_SENDING, NULL);
  gtk_progress_bar_set_fraction (upload->bar, 0);
  g_file_query_info_async (upload->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, upload->cancellable, info_cb, upload_ref (upload));
}

static void
cancel_clicked_cb (GtkButton *button,
                   Upload    *upload)
{
  g_cancellable_cancel (upload->cancellable);
  set_state (upload, UPLOAD_CANCELLED, _("Cancelled"));
  finish_one (upload);
}

/**
 * doorstep_upload_dialog_start:
 *
 * Sends every file that waits; once all have ended, the button closes.
 */
void
doorstep_upload_dialog_start (DoorstepUploadDialog *self)
{
  if (self->started)
    {
      if (all_ended (self))
        gtk_window_close (GTK_WINDOW (self));
      return;
    }
  self->started = TRUE;
  for (guint i = 0; i < self->uploads->len; i++)
    {
      Upload *upload = g_ptr_array_index (self->uploads, i);

      if (upload->state == UPLOAD_WAITING)
        start_upload (upload);
    }
  update_button (self);
}

static void
start_clicked_cb (DoorstepUploadDialog *self)
{
  doorstep_upload_dialog_start (self);
}

/**
 * doorstep_upload_dialog_add_file:
 *
 * Adds @file to what will be shared; once sending has started, it goes
 * at once.
 */
void
doorstep_upload_dialog_add_file (DoorstepUploadDialog *self,
                                 GFile                *file)
{
  Upload *upload = g_new0 (Upload, 1);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename != NULL ? basename : "file");

  upload->refs = 1;
  upload->dialog = self;
  upload->file = g_object_ref (file);
  upload->name = g_steal_pointer (&name);
  upload->key = g_uuid_string_random ();
  upload->cancellable = g_cancellable_new ();

  upload->row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (upload->row), upload->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (upload->row), FALSE);
  adw_action_row_set_subtitle (upload->row, _("Waiting"));
  adw_action_row_set_title_lines (upload->row, 1);
  adw_action_row_set_subtitle_lines (upload->row, 3);
  upload->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_valign (GTK_WIDGET (upload->bar), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (upload->bar), 80, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (upload->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sent so far"), -1);
  upload->icon = GTK_IMAGE (gtk_image_new ());
  upload->cancel = GTK_BUTTON (gtk_button_new_from_icon_name ("process-stop-symbolic"));
  gtk_widget_set_valign (GTK_WIDGET (upload->cancel), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (upload->cancel), "flat");
  /* Translators: cancel sending one file */
  gtk_widget_set_tooltip_text (GTK_WIDGET (upload->cancel), _("Cancel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (upload->cancel), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cancel this file"), -1);
  g_signal_connect (upload->cancel, "clicked", G_CALLBACK (cancel_clicked_cb), upload);
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (upload->bar));
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (upload->icon));
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (upload->cancel));
  adw_action_row_add_suffix (upload->row, suffix);
  adw_preferences_group_add (self->files_group, GTK_WIDGET (upload->row));

  g_ptr_array_add (self->uploads, upload);
  set_state (upload, UPLOAD_WAITING, NULL);

  /* Its size, as soon as it is known. */
  {
    g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                                   NULL, NULL);

    if (info != NULL)
      {
        g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));

        adw_action_row_set_subtitle (upload->row, size);
      }
  }
  if (self->started)
    start_upload (upload);
}

/* How many files are in @state ("done", "failed", …): for tests. */
guint
doorstep_upload_dialog_count (DoorstepUploadDialog *self,
                              const char           *state)
{
  guint n = 0;

  for (guint i = 0; i < self->uploads->len; i++)
    {
      Upload *upload = g_ptr_array_index (self->uploads, i);

      n += g_str_equal (state_names[upload->state], state);
    }
  return n;
}

static void
fill_properties (DoorstepUploadDialog *self)
{
  DoorstepCustomer *customer = doorstep_scope_get_customer (self->scope);
  GListModel *properties = customer != NULL ? doorstep_customer_get_properties (customer) : NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = properties != NULL ? g_list_model_get_n_items (properties) : 0;

  gtk_string_list_append (labels, _("None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepProperty) property = g_list_model_get_item (properties, i);

      gtk_string_list_append (labels, doorstep_property_get_label (property));
      g_ptr_array_add (self->property_ids, g_strdup (doorstep_property_get_id (property)));
    }
  adw_combo_row_set_model (self->property_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->property_row, 0);
}

/* The jobs of the visits listed so far, upcoming then done, each once. */
static void
fill_jobs (DoorstepUploadDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *chosen = selected_id (self->job_row, self->job_ids);
  g_autofree char *keep = g_strdup (chosen);
  guint selected = 0;

  g_ptr_array_set_size (self->job_ids, 0);
  gtk_string_list_append (labels, _("None"));
  for (guint l = 0; l < self->job_lists->len; l++)
    {
      GListModel *visits = g_ptr_array_index (self->job_lists, l);

      for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
        {
          g_autoptr(DoorstepVisit) visit = g_list_model_get_item (visits, i);
          const char *job_id = doorstep_visit_get_job_id (visit);
          gboolean seen = FALSE;

          for (guint k = 0; k < self->job_ids->len && !seen; k++)
            seen = g_str_equal (g_ptr_array_index (self->job_ids, k), job_id);
          if (seen)
            continue;
          g_ptr_array_add (self->job_ids, g_strdup (job_id));
          gtk_string_list_append (labels, doorstep_visit_get_title (visit));
          if (g_strcmp0 (keep, job_id) == 0)
            selected = self->job_ids->len;
        }
    }
  adw_combo_row_set_model (self->job_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->job_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->job_row), self->job_ids->len > 0);
}

static void
doorstep_upload_dialog_dispose (GObject *object)
{
  DoorstepUploadDialog *self = DOORSTEP_UPLOAD_DIALOG (object);

  /* Whatever is still under way stops with the window. */
  g_clear_pointer (&self->uploads, g_ptr_array_unref);
  for (guint i = 0; self->job_lists != NULL && i < self->job_lists->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->job_lists, i), self);
  g_clear_pointer (&self->job_lists, g_ptr_array_unref);
  g_clear_pointer (&self->property_ids, g_ptr_array_unref);
  g_clear_pointer (&self->job_ids, g_ptr_array_unref);
  g_clear_object (&self->scope);
  G_OBJECT_CLASS (doorstep_upload_dialog_parent_class)->dispose (object);
}

static void
doorstep_upload_dialog_class_init (DoorstepUploadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_upload_dialog_dispose;

  /**
   * DoorstepUploadDialog::uploaded:
   * @n_files: how many were kept
   */
  signals[UPLOADED] = g_signal_new ("uploaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_upload_dialog_init (DoorstepUploadDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *attach = adw_preferences_group_new ();

  self->uploads = g_ptr_array_new_with_free_func ((GDestroyNotify) upload_orphan);
  self->property_ids = g_ptr_array_new_with_free_func (g_free);
  self->job_ids = g_ptr_array_new_with_free_func (g_free);
  self->job_lists = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_window_set_title (GTK_WINDOW (self), _("Share Files"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->start_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Upload")));
  gtk_widget_add_css_class (GTK_WIDGET (self->start_button), "suggested-action");
  g_signal_connect_swapped (self->start_button, "clicked", G_CALLBACK (start_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->start_button));
  gtk_box_append (GTK_BOX (box), header);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (attach), _("Belongs To"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (attach),
                                         _("So the business knows what the files are about."));
  self->property_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->property_row), _("Property"));
  self->job_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->job_row), _("Job"));
  gtk_widget_set_visible (GTK_WIDGET (self->job_row), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (attach), GTK_WIDGET (self->property_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (attach), GTK_WIDGET (self->job_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (attach));

  self->files_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->files_group, _("Files"));
  adw_preferences_group_set_description (self->files_group,
                                         _("PDF documents and JPEG or PNG photos, of up to 5 MB each."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->files_group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
doorstep_upload_dialog_new (DoorstepScope *scope)
{
  DoorstepUploadDialog *self = g_object_new (DOORSTEP_TYPE_UPLOAD_DIALOG, NULL);
  const char * const statuses[] = { "upcoming", "completed" };

  self->scope = g_object_ref (scope);
  fill_properties (self);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      const char * const query[] = { "status", statuses[i], NULL };
      DoorstepPagedList *visits = doorstep_paged_list_new (scope, &doorstep_jobs_api_list, query);

      g_ptr_array_add (self->job_lists, visits);
      g_signal_connect_swapped (visits, "items-changed", G_CALLBACK (fill_jobs), self);
      doorstep_paged_list_load_more (visits);
    }
  update_button (self);
  return GTK_WIDGET (self);
}

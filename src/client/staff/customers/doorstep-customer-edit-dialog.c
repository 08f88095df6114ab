/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-customer-edit-api.h"
#include "doorstep-customer-edit-dialog.h"
#include "doorstep-form.h"

/* "Edit Customer": the form is always about one version of the record,
 * the one the dialog last heard of (its ETag goes with the save). A field
 * the admin changed is one whose text differs from that version; only
 * those are sent. When someone else changed the same fields first (412),
 * the admin's fields stay as typed and are marked with who changed them
 * to what, the fields the admin left alone take the other person's
 * values (so saving again keeps them), and the new version becomes the
 * one the form is about. Nothing typed is lost to any failure. */

/* In the order of doorstep_customer_details_fields. */
enum {
  FIELD_FIRST_NAME,
  FIELD_LAST_NAME,
  FIELD_COMPANY_NAME,
  FIELD_CUSTOMER_TYPE,
  FIELD_EMAIL,
  FIELD_PHONE,
  N_FIELDS
};

/* What a field's message under its group starts with. */
static const char * const field_titles[N_FIELDS] = {
  N_("First Name"), N_("Last Name"), N_("Company Name"), N_("Customer Type"), N_("Email"), N_("Phone"),
};

struct _DoorstepCustomerEditDialog {
  AdwWindow                parent_instance;

  /* template widgets */
  AdwWindowTitle          *window_title;
  GtkWidget               *save_button;
  GtkSpinner              *spinner;
  GtkRevealer             *banner_revealer;
  GtkLabel                *banner_label;
  GtkStack                *state_stack;
  AdwStatusPage           *error_page;
  GtkWidget               *form_box;
  AdwPreferencesGroup     *name_group;
  AdwEntryRow             *first_name_row;
  AdwEntryRow             *last_name_row;
  AdwEntryRow             *company_name_row;
  AdwComboRow             *customer_type_row;
  AdwEntryRow             *email_row;
  AdwEntryRow             *phone_row;
  GtkLabel                *first_name_message;
  GtkLabel                *last_name_message;
  GtkLabel                *company_name_message;
  GtkLabel                *email_message;
  GtkLabel                *phone_message;

  /* the template's, by field */
  GtkWidget               *rows[N_FIELDS];
  GtkLabel                *messages[N_FIELDS];  /* NULL where the row has a subtitle for it */

  /* owned references */
  DoorstepScope           *scope;
  char                    *customer_id;
  DoorstepCustomerDetails *record;      /* the version the form is about */
  DoorstepForm            *form;
  GCancellable            *cancellable;
  GtkWidget               *focus_before;  /* weak: where focus was when saving began */
  gboolean                 started;
  gboolean                 loading;
  gboolean                 saving;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomerEditDialog, doorstep_customer_edit_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
field_member (guint field)
{
  return doorstep_customer_details_fields[field];
}

/* What the record says of @field; %NULL for empty. */
static const char *
get_record_value (DoorstepCustomerEditDialog *self,
                  guint                       field)
{
  return self->record != NULL ? doorstep_customer_details_get_field (self->record, field_member (field)) : NULL;
}

/* What the form says of @field, trimmed as the server trims; %NULL for
 * empty. A kind of customer this app does not know is kept as it was. */
static char *
dup_form_value (DoorstepCustomerEditDialog *self,
                guint                       field)
{
  char *text;

  if (field == FIELD_CUSTOMER_TYPE)
    {
      guint selected = adw_combo_row_get_selected (self->customer_type_row);

      if (selected == GTK_INVALID_LIST_POSITION)
        return g_strdup (get_record_value (self, field));
      return g_strdup (doorstep_customer_type_to_string ((DoorstepCustomerType) selected));
    }

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[field]))));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_form_value (DoorstepCustomerEditDialog *self,
                guint                       field,
                const char                 *value)
{
  DoorstepCustomerType type;

  if (field == FIELD_CUSTOMER_TYPE)
    adw_combo_row_set_selected (self->customer_type_row,
                                value != NULL && doorstep_customer_type_from_string (value, &type)
                                ? (guint) type : GTK_INVALID_LIST_POSITION);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), value != NULL ? value : "");
}

static gboolean
is_field_changed (DoorstepCustomerEditDialog *self,
                  guint                       field)
{
  g_autofree char *value = dup_form_value (self, field);

  return g_strcmp0 (value, get_record_value (self, field)) != 0;
}

static gboolean
has_changes (DoorstepCustomerEditDialog *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (is_field_changed (self, f))
      return TRUE;
  return FALSE;
}

/* member → the form's value (NULL clears it), for each field changed. */
static GHashTable *
collect_changes (DoorstepCustomerEditDialog *self)
{
  GHashTable *changes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint f = 0; f < N_FIELDS; f++)
    if (is_field_changed (self, f))
      g_hash_table_insert (changes, (gpointer) field_member (f), dup_form_value (self, f));
  return changes;
}

static void
update_actions (DoorstepCustomerEditDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "edit.save", self->record != NULL && !self->saving && has_changes (self));
  gtk_widget_action_set_enabled (widget, "edit.reload", self->record == NULL && !self->loading);
}

static gboolean
is_business (DoorstepCustomerEditDialog *self)
{
  g_autofree char *type = dup_form_value (self, FIELD_CUSTOMER_TYPE);

  return g_strcmp0 (type, doorstep_customer_type_to_string (DOORSTEP_CUSTOMER_TYPE_BUSINESS)) == 0;
}

/* A business needs its company name; anyone else a name of some kind. */
static void
update_required (DoorstepCustomerEditDialog *self)
{
  gboolean business = is_business (self);
  g_autofree char *company = business ? g_strdup_printf ("%s *", _(field_titles[FIELD_COMPANY_NAME]))
                                      : g_strdup (_(field_titles[FIELD_COMPANY_NAME]));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->company_name_row), company);
  adw_preferences_group_set_description (self->name_group,
                                         business ? _("* A business needs its company name.")
                                                  : _("A first or last name, or a company name, is required."));
}

/* @message: (nullable): what is wrong with @field, or %NULL when nothing is */
static void
show_field_error (DoorstepCustomerEditDialog *self,
                  guint                       field,
                  const char                 *message)
{
  GtkLabel *label = self->messages[field];

  doorstep_form_set_field_error (self->form, field_member (field), message);
  if (message != NULL)
    {
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->rows[field]),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows[field]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->rows[field]), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->rows[field]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  /* An entry row has no subtitle, and a tooltip alone is easily missed:
   * its message also goes under its group, named by the field. */
  if (label != NULL)
    {
      /* Translators: a field's name, then what is wrong with it */
      g_autofree char *text = message != NULL ? g_strdup_printf (_("%s: %s"), _(field_titles[field]), message) : NULL;

      gtk_label_set_text (label, text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
    }
}

static gboolean
is_field_marked (DoorstepCustomerEditDialog *self,
                 guint                       field)
{
  return gtk_widget_has_css_class (self->rows[field], "error");
}

static void
focus_first_marked (DoorstepCustomerEditDialog *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (is_field_marked (self, f))
      {
        gtk_widget_grab_focus (self->rows[f]);
        return;
      }
}

static void
clear_errors (DoorstepCustomerEditDialog *self)
{
  doorstep_form_clear_errors (self->form);
  for (guint f = 0; f < N_FIELDS; f++)
    show_field_error (self, f, NULL);
}

/* The server's rules, said before sending: the names the record is left
 * with, and an email or phone the admin typed. */
static gboolean
check_fields (DoorstepCustomerEditDialog *self)
{
  g_autofree char *first = dup_form_value (self, FIELD_FIRST_NAME);
  g_autofree char *last = dup_form_value (self, FIELD_LAST_NAME);
  g_autofree char *company = dup_form_value (self, FIELD_COMPANY_NAME);
  g_autofree char *email = dup_form_value (self, FIELD_EMAIL);
  g_autofree char *phone = dup_form_value (self, FIELD_PHONE);
  gboolean ok = TRUE;

  if (company == NULL && is_business (self))
    {
      show_field_error (self, FIELD_COMPANY_NAME, _("A business needs its name."));
      ok = FALSE;
    }
  if (first == NULL && last == NULL && company == NULL)
    {
      show_field_error (self, FIELD_LAST_NAME, _("Give the customer a name, or a company name."));
      ok = FALSE;
    }
  if (email != NULL && is_field_changed (self, FIELD_EMAIL) && !doorstep_validate_email (email))
    {
      show_field_error (self, FIELD_EMAIL, _("Enter an email address such as name@example.com."));
      ok = FALSE;
    }
  if (phone != NULL && is_field_changed (self, FIELD_PHONE) && !doorstep_validate_phone (phone))
    {
      show_field_error (self, FIELD_PHONE, _("Enter a phone number such as +1 503 555 0100."));
      ok = FALSE;
    }

  if (!ok)
    focus_first_marked (self);
  return ok;
}

static void
show_record (DoorstepCustomerEditDialog *self,
             DoorstepCustomerDetails    *record)
{
  g_set_object (&self->record, record);
  for (guint f = 0; f < N_FIELDS; f++)
    set_form_value (self, f, get_record_value (self, f));
  adw_window_title_set_subtitle (self->window_title, doorstep_customer_details_get_display_name (record));
}

/* Someone else changed some of the same fields first: the admin decides
 * again on those, with the other person's change beside each. */
static void
show_conflict (DoorstepCustomerEditDialog *self,
               DoorstepEditConflict       *conflict)
{
  DoorstepCustomerDetails *current = DOORSTEP_CUSTOMER_DETAILS (doorstep_edit_conflict_get_current (conflict));
  GHashTable *field_errors = doorstep_edit_conflict_get_field_errors (conflict);

  /* A field left alone follows the record, so saving again keeps what
   * the other person did; a field changed here stays as typed. */
  for (guint f = 0; f < N_FIELDS; f++)
    if (!is_field_changed (self, f))
      set_form_value (self, f, doorstep_customer_details_get_field (current, field_member (f)));
  g_set_object (&self->record, current);
  adw_window_title_set_subtitle (self->window_title, doorstep_customer_details_get_display_name (current));

  for (guint f = 0; f < N_FIELDS; f++)
    {
      const char *message = g_hash_table_lookup (field_errors, field_member (f));

      if (message != NULL)
        show_field_error (self, f, message);
    }
  doorstep_form_set_error (self->form, doorstep_edit_conflict_get_message (conflict));
  focus_first_marked (self);
}

static void
show_save_error (DoorstepCustomerEditDialog *self,
                 const GError               *error)
{
  GHashTable *field_errors = doorstep_api_error_get_field_errors (error);

  doorstep_form_set_error (self->form, error->message);
  for (guint f = 0; field_errors != NULL && f < N_FIELDS; f++)
    {
      const char *message = g_hash_table_lookup (field_errors, field_member (f));

      if (message != NULL)
        show_field_error (self, f, message);
    }
  focus_first_marked (self);
}

static void
set_saving (DoorstepCustomerEditDialog *self,
            gboolean                    saving)
{
  GtkWindow *window = GTK_WINDOW (self);

  self->saving = saving;
  /* Focus leaves the form before it turns insensitive, and comes back
   * after: a GtkText made insensitive while focused keeps its cursor
   * blinking without focus (GTK 4.8). */
  if (saving)
    {
      GtkWidget *focus = gtk_window_get_focus (window);

      g_clear_weak_pointer (&self->focus_before);
      if (focus != NULL && gtk_widget_is_ancestor (focus, self->form_box))
        g_set_weak_pointer (&self->focus_before, focus);
      gtk_window_set_focus (window, NULL);
    }
  gtk_widget_set_sensitive (self->form_box, !saving);
  if (!saving && self->focus_before != NULL)
    {
      gtk_widget_grab_focus (self->focus_before);
      g_clear_weak_pointer (&self->focus_before);
    }
  gtk_spinner_set_spinning (self->spinner, saving);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), saving);
  update_actions (self);
}

static void
loaded_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepCustomerEditDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCustomerDetails) record = doorstep_customer_edit_api_load_finish (DOORSTEP_SCOPE (source_object),
                                                                                      result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_CUSTOMER_EDIT_DIALOG (user_data);
  self->loading = FALSE;
  if (record == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "error");
      update_actions (self);
      return;
    }

  show_record (self, record);
  gtk_stack_set_visible_child_name (self->state_stack, "form");
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->first_name_row));
}

static void
load (DoorstepCustomerEditDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  update_actions (self);
  doorstep_customer_edit_api_load_async (self->scope, self->customer_id, self->cancellable, loaded_cb, self);
}

static void
saved_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DoorstepCustomerEditDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepEditConflict) conflict = NULL;
  g_autoptr(DoorstepCustomerDetails) record = doorstep_customer_edit_api_save_finish (DOORSTEP_SCOPE (source_object),
                                                                                      result, &conflict, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_CUSTOMER_EDIT_DIALOG (user_data);
  set_saving (self, FALSE);
  if (record != NULL)
    {
      g_signal_emit (self, signals[SAVED], 0, record);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (conflict != NULL)
    show_conflict (self, conflict);
  else
    show_save_error (self, error);
  update_actions (self);
}

static void
entry_changed_cb (DoorstepCustomerEditDialog *self,
                  GtkWidget                  *row)
{
  /* What was wrong with it is for the admin to have seen and changed. */
  for (guint f = 0; f < N_FIELDS; f++)
    if (self->rows[f] == row && is_field_marked (self, f))
      show_field_error (self, f, NULL);
  update_actions (self);
}

static void
type_changed_cb (DoorstepCustomerEditDialog *self)
{
  if (is_field_marked (self, FIELD_CUSTOMER_TYPE))
    show_field_error (self, FIELD_CUSTOMER_TYPE, NULL);
  /* Only a business must have its company name. */
  if (!is_business (self) && is_field_marked (self, FIELD_COMPANY_NAME))
    show_field_error (self, FIELD_COMPANY_NAME, NULL);
  update_required (self);
  update_actions (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepCustomerEditDialog *self = DOORSTEP_CUSTOMER_EDIT_DIALOG (widget);
  g_autoptr(GHashTable) changes = NULL;

  if (self->record == NULL || self->saving)
    return;

  clear_errors (self);
  if (!check_fields (self))
    return;
  changes = collect_changes (self);
  if (g_hash_table_size (changes) == 0)
    return;

  set_saving (self, TRUE);
  doorstep_customer_edit_api_save_async (self->scope, self->customer_id,
                                         doorstep_customer_details_get_etag (self->record), changes,
                                         self->cancellable, saved_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  load (DOORSTEP_CUSTOMER_EDIT_DIALOG (widget));
}

static void
doorstep_customer_edit_dialog_map (GtkWidget *widget)
{
  DoorstepCustomerEditDialog *self = DOORSTEP_CUSTOMER_EDIT_DIALOG (widget);

  GTK_WIDGET_CLASS (doorstep_customer_edit_dialog_parent_class)->map (widget);

  if (!self->started)
    {
      self->started = TRUE;
      load (self);
    }
}

static void
doorstep_customer_edit_dialog_dispose (GObject *object)
{
  DoorstepCustomerEditDialog *self = DOORSTEP_CUSTOMER_EDIT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->focus_before);
  g_clear_object (&self->scope);
  g_clear_object (&self->record);
  g_clear_pointer (&self->customer_id, g_free);
  g_clear_pointer (&self->form, doorstep_form_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG);

  G_OBJECT_CLASS (doorstep_customer_edit_dialog_parent_class)->dispose (object);
}

static void
doorstep_customer_edit_dialog_class_init (DoorstepCustomerEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_customer_edit_dialog_dispose;
  widget_class->map = doorstep_customer_edit_dialog_map;

  /**
   * DoorstepCustomerEditDialog::saved:
   * @details: the customer's details as saved, with their new ETag
   *
   * The change is saved; the dialog closes after.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOORSTEP_TYPE_CUSTOMER_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customer-edit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, state_stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, name_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, company_name_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, customer_type_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, first_name_message);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, last_name_message);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, company_name_message);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, email_message);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerEditDialog, phone_message);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_changed_cb);

  gtk_widget_class_install_action (widget_class, "edit.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "edit.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_customer_edit_dialog_init (DoorstepCustomerEditDialog *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  g_assert (doorstep_customer_details_fields[N_FIELDS] == NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  self->rows[FIELD_FIRST_NAME] = GTK_WIDGET (self->first_name_row);
  self->rows[FIELD_LAST_NAME] = GTK_WIDGET (self->last_name_row);
  self->rows[FIELD_COMPANY_NAME] = GTK_WIDGET (self->company_name_row);
  self->rows[FIELD_CUSTOMER_TYPE] = GTK_WIDGET (self->customer_type_row);
  self->rows[FIELD_EMAIL] = GTK_WIDGET (self->email_row);
  self->rows[FIELD_PHONE] = GTK_WIDGET (self->phone_row);
  self->messages[FIELD_FIRST_NAME] = self->first_name_message;
  self->messages[FIELD_LAST_NAME] = self->last_name_message;
  self->messages[FIELD_COMPANY_NAME] = self->company_name_message;
  self->messages[FIELD_EMAIL] = self->email_message;
  self->messages[FIELD_PHONE] = self->phone_message;

  /* The form's general message is the banner's: shown while it has one. */
  self->form = doorstep_form_new (self->banner_label);
  g_object_bind_property (self->banner_label, "visible", self->banner_revealer, "reveal-child", G_BINDING_SYNC_CREATE);
  for (guint f = 0; f < N_FIELDS; f++)
    doorstep_form_add_field (self->form, field_member (f), self->rows[f]);

  /* The order matches DoorstepCustomerType. */
  for (guint i = 0; i < doorstep_customer_type_get_count (); i++)
    gtk_string_list_append (types, doorstep_customer_type_get_label ((DoorstepCustomerType) i));
  adw_combo_row_set_model (self->customer_type_row, G_LIST_MODEL (types));
  adw_combo_row_set_selected (self->customer_type_row, GTK_INVALID_LIST_POSITION);

  update_required (self);
  update_actions (self);
}

/**
 * doorstep_customer_edit_dialog_new:
 * @scope: the staff member's own scope
 * @customer_id: whose details to edit
 *
 * Returns: (transfer none): the dialog, which loads the customer when shown
 */
GtkWidget *
doorstep_customer_edit_dialog_new (DoorstepScope *scope,
                                   const char    *customer_id)
{
  DoorstepCustomerEditDialog *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (customer_id != NULL, NULL);

  self = g_object_new (DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  self->customer_id = g_strdup (customer_id);
  return GTK_WIDGET (self);
}

/**
 * doorstep_customer_edit_dialog_open:
 * @parent: a widget of the window the dialog belongs to
 *
 * Shows a new dialog over @parent's window.
 *
 * Returns: (transfer none): the dialog, for its "saved" signal
 */
GtkWidget *
doorstep_customer_edit_dialog_open (GtkWidget     *parent,
                                    DoorstepScope *scope,
                                    const char    *customer_id)
{
  GtkWidget *dialog;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  dialog = doorstep_customer_edit_dialog_new (scope, customer_id);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
    }
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-form.h"
#include "doorstep-property.h"
#include "doorstep-request-dialog.h"
#include "doorstep-requests-api.h"
#include "doorstep-service-type.h"

/* "Request a job or quote": what, which service, where, when, and in the
 * customer's words. Nothing typed is lost when sending fails. */

struct _DoorstepRequestDialog {
  AdwWindow          parent_instance;

  /* template widgets */
  GtkWidget         *form_box;
  GtkLabel          *error_label;
  AdwComboRow       *kind_row;
  AdwComboRow       *service_row;
  AdwComboRow       *property_row;
  AdwComboRow       *timing_row;
  GtkTextView       *description_view;
  GtkLabel          *description_error;
  GtkLabel          *description_count;
  GtkSpinner        *spinner;

  /* owned references */
  DoorstepForm      *form;
  DoorstepScope     *scope;
  GListModel        *service_types;
  GListModel        *properties;
  GCancellable      *cancellable;
  char              *idempotency_key;  /* one per dialog: a resend is the same request */
  gboolean           sending;
};

G_DEFINE_FINAL_TYPE (DoorstepRequestDialog, doorstep_request_dialog, ADW_TYPE_WINDOW)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_description (DoorstepRequestDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_sending (DoorstepRequestDialog *self,
             gboolean               sending)
{
  self->sending = sending;
  gtk_widget_set_sensitive (self->form_box, !sending);
  gtk_spinner_set_spinning (self->spinner, sending);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), sending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.send",
                                 !sending && g_list_model_get_n_items (self->properties) > 0);
}

static void
description_changed_cb (DoorstepRequestDialog *self)
{
  g_autofree char *text = dup_description (self);
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *count = g_strdup_printf ("%ld / %d", length, DOORSTEP_REQUEST_DESCRIPTION_MAX);

  gtk_label_set_text (self->description_count, count);
  if (length > DOORSTEP_REQUEST_DESCRIPTION_MAX)
    gtk_widget_add_css_class (GTK_WIDGET (self->description_count), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->description_count), "error");
  if (length > 0)
    doorstep_form_set_field_error (self->form, "description", NULL);
}

static void
sent_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepRequestDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepServiceRequest) request = doorstep_requests_api_create_finish (DOORSTEP_SCOPE (source_object),
                                                                                    result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_REQUEST_DIALOG (user_data);
  set_sending (self, FALSE);
  if (request == NULL)
    {
      doorstep_form_show_api_error (self->form, error);
      return;
    }

  g_signal_emit (self, signals[SENT], 0, request);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gpointer
get_selected (AdwComboRow *row)
{
  return adw_combo_row_get_selected_item (row);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepRequestDialog *self = DOORSTEP_REQUEST_DIALOG (widget);
  g_autofree char *description = dup_description (self);
  DoorstepServiceType *service = get_selected (self->service_row);
  DoorstepProperty *property = get_selected (self->property_row);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint timing = adw_combo_row_get_selected (self->timing_row);

  if (self->sending)
    return;

  doorstep_form_clear_errors (self->form);

  if (*description == '\0')
    {
      doorstep_form_set_field_error (self->form, "description", _("Describe what you need, so the team can prepare."));
      gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
      return;
    }
  if (g_utf8_strlen (description, -1) > DOORSTEP_REQUEST_DESCRIPTION_MAX)
    {
      doorstep_form_set_field_error (self->form, "description", _("Keep the description under 4,000 characters."));
      gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
      return;
    }
  if (service == NULL || property == NULL || kind == GTK_INVALID_LIST_POSITION || timing == GTK_INVALID_LIST_POSITION)
    {
      doorstep_form_set_error (self->form, _("Choose a service, a property and a time."));
      return;
    }

  set_sending (self, TRUE);
  doorstep_requests_api_create_async (self->scope,
                                      kind == 0 ? DOORSTEP_REQUEST_KIND_JOB : DOORSTEP_REQUEST_KIND_QUOTE,
                                      doorstep_service_type_get_id (service),
                                      doorstep_property_get_id (property),
                                      description,
                                      (DoorstepTiming) timing,
                                      self->idempotency_key,
                                      self->cancellable, sent_cb, self);
}

static char *
service_name_cb (DoorstepServiceType *service)
{
  return g_strdup (doorstep_service_type_get_name (service));
}

static char *
property_name_cb (DoorstepProperty *property)
{
  return doorstep_property_dup_summary (property);
}

static void
doorstep_request_dialog_dispose (GObject *object)
{
  DoorstepRequestDialog *self = DOORSTEP_REQUEST_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_pointer (&self->form, doorstep_form_free);
  g_clear_object (&self->service_types);
  g_clear_object (&self->properties);
  g_clear_pointer (&self->idempotency_key, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_REQUEST_DIALOG);

  G_OBJECT_CLASS (doorstep_request_dialog_parent_class)->dispose (object);
}

static void
doorstep_request_dialog_class_init (DoorstepRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_request_dialog_dispose;

  /**
   * DoorstepRequestDialog::sent:
   * @request: the request as the server recorded it
   */
  signals[SENT] = g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOORSTEP_TYPE_SERVICE_REQUEST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/dashboard/doorstep-request-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, property_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, timing_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, description_error);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, description_count);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRequestDialog, spinner);

  gtk_widget_class_install_action (widget_class, "request.send", NULL, send_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "request.send", NULL);
}

static void
doorstep_request_dialog_init (DoorstepRequestDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) timings = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->idempotency_key = g_uuid_string_random ();
  self->form = doorstep_form_new (self->error_label);
  doorstep_form_add_field (self->form, "kind", GTK_WIDGET (self->kind_row));
  doorstep_form_add_field (self->form, "service_type_id", GTK_WIDGET (self->service_row));
  doorstep_form_add_field (self->form, "property_id", GTK_WIDGET (self->property_row));
  doorstep_form_add_field (self->form, "preferred_timing", GTK_WIDGET (self->timing_row));
  doorstep_form_add_field (self->form, "description", GTK_WIDGET (self->description_error));

  /* The order matches DoorstepRequestKind and DoorstepTiming. */
  gtk_string_list_append (kinds, _("A job"));
  gtk_string_list_append (kinds, _("A quote"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  for (guint i = 0; i < doorstep_timing_get_count (); i++)
    gtk_string_list_append (timings, doorstep_timing_get_label ((DoorstepTiming) i));
  adw_combo_row_set_model (self->timing_row, G_LIST_MODEL (timings));
  adw_combo_row_set_selected (self->timing_row, DOORSTEP_TIMING_FLEXIBLE);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (description_changed_cb), self);
  description_changed_cb (self);
}

/**
 * doorstep_request_dialog_new:
 * @scope: whose request it is; its customer's properties are offered
 * @company: the business, for the services it offers
 */
GtkWidget *
doorstep_request_dialog_new (DoorstepScope   *scope,
                             DoorstepCompany *company)
{
  DoorstepRequestDialog *self;
  DoorstepCustomer *customer;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (DOORSTEP_IS_COMPANY (company), NULL);
  customer = doorstep_scope_get_customer (scope);
  g_return_val_if_fail (customer != NULL, NULL);

  self = g_object_new (DOORSTEP_TYPE_REQUEST_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  self->service_types = g_object_ref (doorstep_company_get_service_types (company));
  self->properties = g_object_ref (doorstep_customer_get_properties (customer));

  adw_combo_row_set_expression (self->service_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (service_name_cb), NULL, NULL));
  adw_combo_row_set_model (self->service_row, self->service_types);
  adw_combo_row_set_expression (self->property_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (property_name_cb), NULL, NULL));
  adw_combo_row_set_model (self->property_row, self->properties);

  if (g_list_model_get_n_items (self->properties) == 0)
    doorstep_form_set_error (self->form, _("There is no property on your account yet. Call your service provider to add one."));

  set_sending (self, FALSE);
  return GTK_WIDGET (self);
}

/* Starts the form on a job or a quote. */
void
doorstep_request_dialog_set_kind (DoorstepRequestDialog *self,
                                  DoorstepRequestKind    kind)
{
  g_return_if_fail (DOORSTEP_IS_REQUEST_DIALOG (self));
  adw_combo_row_set_selected (self->kind_row, kind == DOORSTEP_REQUEST_KIND_QUOTE ? 1 : 0);
}

/**
 * doorstep_request_dialog_prefill:
 * @property_id: (nullable): the property to select
 * @description: (nullable): what to start the description with
 *
 * Starts the form on what the customer asked for from elsewhere: the next
 * visit of a plan, for its property.
 */
void
doorstep_request_dialog_prefill (DoorstepRequestDialog *self,
                                 const char            *property_id,
                                 const char            *description)
{
  g_return_if_fail (DOORSTEP_IS_REQUEST_DIALOG (self));

  for (guint i = 0; property_id != NULL && i < g_list_model_get_n_items (self->properties); i++)
    {
      g_autoptr(DoorstepProperty) property = g_list_model_get_item (self->properties, i);

      if (g_strcmp0 (doorstep_property_get_id (property), property_id) == 0)
        adw_combo_row_set_selected (self->property_row, i);
    }
  if (description != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), description, -1);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "doorstep-api-error.h"
#include "doorstep-form.h"

/* A field's message goes where the field has room for it: the subtitle of
 * an action or combo row, the tooltip of an entry row (which has no
 * subtitle), or a label of its own under a field such as a text view or
 * the signature pad. A row with an error is marked "error" either way. */

struct _DoorstepForm {
  GtkLabel   *error_label;
  GHashTable *fields;  /* server field name → widget */
};

static void
set_widget_error (GtkWidget  *widget,
                  const char *message)
{
  if (GTK_IS_LABEL (widget))
    {
      gtk_label_set_text (GTK_LABEL (widget), message != NULL ? message : "");
      gtk_widget_set_visible (widget, message != NULL);
      return;
    }

  if (ADW_IS_ACTION_ROW (widget))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), message != NULL ? message : "");
  else
    gtk_widget_set_tooltip_text (widget, message);

  if (message != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/**
 * doorstep_form_new:
 * @error_label: where the form's general message goes; hidden when none
 */
DoorstepForm *
doorstep_form_new (GtkLabel *error_label)
{
  DoorstepForm *self = g_new0 (DoorstepForm, 1);

  self->error_label = g_object_ref (error_label);
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return self;
}

void
doorstep_form_free (DoorstepForm *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->error_label);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_free (self);
}

/**
 * doorstep_form_add_field:
 * @name: the field's name in the API, as problem+json "errors" name it
 * @widget: the row, or the label under the field, to show its message
 */
void
doorstep_form_add_field (DoorstepForm *self,
                         const char   *name,
                         GtkWidget    *widget)
{
  g_hash_table_insert (self->fields, g_strdup (name), g_object_ref (widget));
}

/* @message: (nullable): what is wrong, or %NULL when nothing is */
void
doorstep_form_set_field_error (DoorstepForm *self,
                               const char   *name,
                               const char   *message)
{
  GtkWidget *widget = g_hash_table_lookup (self->fields, name);

  g_return_if_fail (widget != NULL);
  set_widget_error (widget, message);
}

/* @message: (nullable): the general message, or %NULL to hide it */
void
doorstep_form_set_error (DoorstepForm *self,
                         const char   *message)
{
  set_widget_error (GTK_WIDGET (self->error_label), message);
}

/* Says what the server said: its detail, and each field's message beside
 * the field. What the person typed stays as it was. */
void
doorstep_form_show_api_error (DoorstepForm *self,
                              const GError *error)
{
  GHashTable *fields = doorstep_api_error_get_field_errors (error);
  GHashTableIter iter;
  gpointer name, message;

  doorstep_form_set_error (self, error->message);
  if (fields == NULL)
    return;

  g_hash_table_iter_init (&iter, fields);
  while (g_hash_table_iter_next (&iter, &name, &message))
    if (g_hash_table_contains (self->fields, name))
      doorstep_form_set_field_error (self, name, message);
}

void
doorstep_form_clear_errors (DoorstepForm *self)
{
  GHashTableIter iter;
  gpointer widget;

  doorstep_form_set_error (self, NULL);
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    set_widget_error (widget, NULL);
}

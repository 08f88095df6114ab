/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-paged-rows.h"
#include "doorstep-rows.h"

struct _DoorstepPagedRows {
  AdwBin                      parent_instance;

  /* template widgets */
  GtkListBox                 *list_box;
  GtkLabel                   *empty_label;
  GtkWidget                  *spinner;
  GtkWidget                  *error_box;
  GtkLabel                   *error_label;
  GtkWidget                  *more_button;

  /* owned references */
  DoorstepPagedList          *list;
  char                       *error_title;
  GtkListBoxCreateWidgetFunc  make_row;
  gpointer                    make_row_data;
};

G_DEFINE_FINAL_TYPE (DoorstepPagedRows, doorstep_paged_rows, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EMPTY_TEXT,
  PROP_MORE_LABEL,
  PROP_ERROR_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (DoorstepPagedRows *self)
{
  gboolean loaded = self->list != NULL && doorstep_paged_list_get_loaded (self->list);
  gboolean loading = self->list != NULL && doorstep_paged_list_get_loading (self->list);
  const GError *error = self->list != NULL ? doorstep_paged_list_get_error (self->list) : NULL;
  guint n = loaded ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;

  /* A new list that failed shows its error, not the rows of the one before. */
  if (error != NULL && !loaded && gtk_list_box_get_row_at_index (self->list_box, 0) != NULL)
    doorstep_rows_bind (self->list_box, NULL, NULL, NULL);

  gtk_widget_set_visible (self->spinner, loading);
  gtk_widget_set_visible (self->error_box, error != NULL);
  if (error != NULL)
    {
      /* Translators: what did not load, then why: "The notes didn’t load. Could not connect." */
      g_autofree char *text = g_strdup_printf (_("%s %s"), self->error_title != NULL ? self->error_title : "",
                                               error->message);

      gtk_label_set_text (self->error_label, g_strstrip (text));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), loaded && n == 0 && error == NULL && !loading);
  gtk_widget_set_visible (self->more_button, loaded && n > 0 && error == NULL && !loading &&
                                             doorstep_paged_list_get_has_more (self->list));
}

/* The first page is in: its rows replace the ones shown before. */
static void
loaded_cb (DoorstepPagedRows *self)
{
  if (self->list == NULL || !doorstep_paged_list_get_loaded (self->list))
    return;
  g_signal_handlers_disconnect_by_func (self->list, loaded_cb, self);
  doorstep_rows_bind (self->list_box, G_LIST_MODEL (self->list), self->make_row, self->make_row_data);
  update (self);
}

static void
drop_list (DoorstepPagedRows *self)
{
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
}

static void
retry_cb (DoorstepPagedRows *self)
{
  if (self->list != NULL)
    doorstep_paged_list_load_more (self->list);
}

static void
more_cb (DoorstepPagedRows *self)
{
  if (self->list == NULL)
    return;
  /* Focus stays in the list, on its last row, as the button goes. */
  if (gtk_widget_has_focus (self->more_button))
    {
      GtkListBoxRow *last = gtk_list_box_get_row_at_index (self->list_box,
                                                           (int) g_list_model_get_n_items (G_LIST_MODEL (self->list)) - 1);

      if (last != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (last));
    }
  doorstep_paged_list_load_more (self->list);
}

static void
doorstep_paged_rows_dispose (GObject *object)
{
  DoorstepPagedRows *self = DOORSTEP_PAGED_ROWS (object);

  drop_list (self);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  G_OBJECT_CLASS (doorstep_paged_rows_parent_class)->dispose (object);
}

static void
doorstep_paged_rows_finalize (GObject *object)
{
  g_free (DOORSTEP_PAGED_ROWS (object)->error_title);
  G_OBJECT_CLASS (doorstep_paged_rows_parent_class)->finalize (object);
}

static void
doorstep_paged_rows_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DoorstepPagedRows *self = DOORSTEP_PAGED_ROWS (object);

  switch (prop_id)
    {
    case PROP_EMPTY_TEXT:
      gtk_label_set_text (self->empty_label, g_value_get_string (value));
      break;
    case PROP_MORE_LABEL:
      gtk_button_set_label (GTK_BUTTON (self->more_button), g_value_get_string (value));
      break;
    case PROP_ERROR_TITLE:
      g_free (self->error_title);
      self->error_title = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_paged_rows_class_init (DoorstepPagedRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags write_only = G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = doorstep_paged_rows_dispose;
  object_class->finalize = doorstep_paged_rows_finalize;
  object_class->set_property = doorstep_paged_rows_set_property;

  /* What the template it is in sets: the empty line, Show More's label
   * (with a mnemonic), and the sentence before an error's message. */
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL, write_only);
  properties[PROP_MORE_LABEL] =
    g_param_spec_string ("more-label", NULL, NULL, NULL, write_only);
  properties[PROP_ERROR_TITLE] =
    g_param_spec_string ("error-title", NULL, NULL, NULL, write_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-paged-rows.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPagedRows, list_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPagedRows, empty_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPagedRows, spinner);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPagedRows, error_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPagedRows, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPagedRows, more_button);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_cb);
}

static void
doorstep_paged_rows_init (DoorstepPagedRows *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * doorstep_paged_rows_set_list:
 * @list: (nullable): the list to show, whose first page it asks for if
 *   none is loading; NULL shows nothing and drops every row
 * @make_row: makes the row of an item
 *
 * Shows @list, keeping the rows shown until its first page is in.
 */
void
doorstep_paged_rows_set_list (DoorstepPagedRows          *self,
                              DoorstepPagedList          *list,
                              GtkListBoxCreateWidgetFunc  make_row,
                              gpointer                    user_data)
{
  g_return_if_fail (DOORSTEP_IS_PAGED_ROWS (self));
  g_return_if_fail (list == NULL || DOORSTEP_IS_PAGED_LIST (list));
  g_return_if_fail (list == NULL || make_row != NULL);

  drop_list (self);
  self->make_row = make_row;
  self->make_row_data = user_data;
  if (list == NULL)
    {
      doorstep_rows_bind (self->list_box, NULL, NULL, NULL);
      update (self);
      return;
    }

  self->list = g_object_ref (list);
  g_signal_connect_swapped (list, "notify::loaded", G_CALLBACK (update), self);
  g_signal_connect_swapped (list, "notify::loading", G_CALLBACK (update), self);
  g_signal_connect_swapped (list, "notify::error", G_CALLBACK (update), self);
  g_signal_connect_swapped (list, "notify::has-more", G_CALLBACK (update), self);
  g_signal_connect_swapped (list, "items-changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (list, "notify::loaded", G_CALLBACK (loaded_cb), self);
  if (doorstep_paged_list_get_loaded (list))
    loaded_cb (self);
  else if (!doorstep_paged_list_get_loading (list))
    doorstep_paged_list_load_more (list);
  update (self);
}

/**
 * doorstep_paged_rows_get_list:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
DoorstepPagedList *
doorstep_paged_rows_get_list (DoorstepPagedRows *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAGED_ROWS (self), NULL);
  return self->list;
}

/**
 * doorstep_paged_rows_get_list_box:
 *
 * Returns: (transfer none): the boxed list of the rows
 */
GtkListBox *
doorstep_paged_rows_get_list_box (DoorstepPagedRows *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PAGED_ROWS (self), NULL);
  return self->list_box;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-filter-bar.h"
#include "doorstep-list-filter.h"

struct _DoorstepFilterBar {
  AdwBin                 parent_instance;

  /* template widgets */
  GtkBox                *box;

  /* owned references */
  GListStore            *filters;  /* of DoorstepListFilter, a button each */
  GPtrArray             *buttons;
  char                  *filter;   /* the name of the one pressed */
  GCancellable          *counts_cancellable;

  DoorstepDescribeCount  describe;
  gpointer               describe_data;
};

G_DEFINE_FINAL_TYPE (DoorstepFilterBar, doorstep_filter_bar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_count (DoorstepFilterBar  *self,
            DoorstepListFilter *filter,
            GtkWidget          *button,
            gboolean            counted,
            guint               count)
{
  const char *label = doorstep_list_filter_get_label (filter);
  g_autofree char *accessible = NULL;

  if (!counted)
    accessible = g_strdup (label);
  else if (self->describe != NULL)
    accessible = self->describe (label, count, self->describe_data);
  else
    /* Translators: a filter and how many items it holds, "Open, 3" */
    accessible = g_strdup_printf (_("%s, %u"), label, count);

  doorstep_list_filter_set_count (filter, counted, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
counts_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepFilterBar *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCounts) counts = NULL;

  counts = doorstep_list_endpoint_get_counts_finish (DOORSTEP_SCOPE (source_object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_FILTER_BAR (user_data);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filters)); i++)
    {
      g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (G_LIST_MODEL (self->filters), i);
      guint count = 0;
      gboolean counted = counts != NULL && doorstep_counts_lookup (counts, doorstep_list_filter_get_name (filter),
                                                                  &count);

      show_count (self, filter, g_ptr_array_index (self->buttons, i), counted, count);
    }
}

static void
toggled_cb (GtkToggleButton   *button,
            DoorstepFilterBar *self)
{
  guint index;

  if (!gtk_toggle_button_get_active (button) || !g_ptr_array_find (self->buttons, button, &index))
    return;

  {
    g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (G_LIST_MODEL (self->filters), index);

    if (g_strcmp0 (self->filter, doorstep_list_filter_get_name (filter)) == 0)
      return;
    g_free (self->filter);
    self->filter = g_strdup (doorstep_list_filter_get_name (filter));
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

static void
doorstep_filter_bar_dispose (GObject *object)
{
  DoorstepFilterBar *self = DOORSTEP_FILTER_BAR (object);

  g_cancellable_cancel (self->counts_cancellable);
  g_clear_object (&self->counts_cancellable);
  g_clear_object (&self->filters);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_filter_bar_parent_class)->dispose (object);
}

static void
doorstep_filter_bar_finalize (GObject *object)
{
  g_free (DOORSTEP_FILTER_BAR (object)->filter);
  G_OBJECT_CLASS (doorstep_filter_bar_parent_class)->finalize (object);
}

static void
doorstep_filter_bar_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_string (value, DOORSTEP_FILTER_BAR (object)->filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_filter_bar_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FILTER:
      doorstep_filter_bar_set_filter (DOORSTEP_FILTER_BAR (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_filter_bar_class_init (DoorstepFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_filter_bar_dispose;
  object_class->finalize = doorstep_filter_bar_finalize;
  object_class->get_property = doorstep_filter_bar_get_property;
  object_class->set_property = doorstep_filter_bar_set_property;

  /* The name of the filter pressed; set, it presses that one's button. */
  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepFilterBar, box);
}

static void
doorstep_filter_bar_init (DoorstepFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filters = g_list_store_new (DOORSTEP_TYPE_LIST_FILTER);
  self->buttons = g_ptr_array_new ();
}

/**
 * doorstep_filter_bar_add_filter:
 * @name: the filter's value of the endpoint's filter parameter
 * @label: the filter's button label
 *
 * Adds a filter button; the first one added is the one pressed at first.
 */
void
doorstep_filter_bar_add_filter (DoorstepFilterBar *self,
                                const char        *name,
                                const char        *label)
{
  g_autoptr(DoorstepListFilter) filter = NULL;
  GtkWidget *button;
  GtkWidget *content;
  GtkWidget *count;

  g_return_if_fail (DOORSTEP_IS_FILTER_BAR (self));

  filter = doorstep_list_filter_new (name, label);
  button = gtk_toggle_button_new ();
  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  count = gtk_label_new (NULL);
  gtk_widget_add_css_class (count, "filter-count");
  gtk_widget_add_css_class (count, "numeric");
  g_object_bind_property (filter, "count-text", count, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (filter, "counted", count, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (content), gtk_label_new (label));
  gtk_box_append (GTK_BOX (content), count);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "filter-button");
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (self->buttons->len > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), g_ptr_array_index (self->buttons, 0));
  else
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      self->filter = g_strdup (name);
    }
  g_signal_connect (button, "toggled", G_CALLBACK (toggled_cb), self);

  gtk_box_append (self->box, button);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  g_ptr_array_add (self->buttons, button);
  g_list_store_append (self->filters, filter);
}

/* How a button with its count is read aloud: "Open, 3 quotes" where the
 * page says so, "Open, 3" if not. */
void
doorstep_filter_bar_set_describe_count (DoorstepFilterBar     *self,
                                        DoorstepDescribeCount  describe,
                                        gpointer               user_data)
{
  g_return_if_fail (DOORSTEP_IS_FILTER_BAR (self));

  self->describe = describe;
  self->describe_data = user_data;
}

/**
 * doorstep_filter_bar_get_filters:
 *
 * Returns: (transfer none): the filters, #DoorstepListFilter, with their
 *   counts
 */
GListModel *
doorstep_filter_bar_get_filters (DoorstepFilterBar *self)
{
  g_return_val_if_fail (DOORSTEP_IS_FILTER_BAR (self), NULL);
  return G_LIST_MODEL (self->filters);
}

const char *
doorstep_filter_bar_get_filter (DoorstepFilterBar *self)
{
  g_return_val_if_fail (DOORSTEP_IS_FILTER_BAR (self), NULL);
  return self->filter;
}

/* Presses the button of the filter named @filter. */
void
doorstep_filter_bar_set_filter (DoorstepFilterBar *self,
                                const char        *filter)
{
  g_return_if_fail (DOORSTEP_IS_FILTER_BAR (self));

  for (guint i = 0; i < self->buttons->len; i++)
    {
      g_autoptr(DoorstepListFilter) item = g_list_model_get_item (G_LIST_MODEL (self->filters), i);

      if (g_strcmp0 (doorstep_list_filter_get_name (item), filter) == 0)
        gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, i), TRUE);
    }
}

/* Presses the first button, the filter a list starts with. */
void
doorstep_filter_bar_reset (DoorstepFilterBar *self)
{
  g_return_if_fail (DOORSTEP_IS_FILTER_BAR (self));

  if (self->buttons->len > 0)
    gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, 0), TRUE);
}

/**
 * doorstep_filter_bar_load_counts:
 * @scope: (nullable): whose items to count; %NULL counts nothing
 * @query: pairs of parameter name and value that narrow the list, then
 *   %NULL; not the filter, which is what is counted
 *
 * Asks the endpoint's counts path (if it has one) for each filter's
 * count, and shows them; a count asked for before is dropped.
 */
void
doorstep_filter_bar_load_counts (DoorstepFilterBar          *self,
                                 const DoorstepListEndpoint *endpoint,
                                 DoorstepScope              *scope,
                                 const char * const         *query)
{
  g_return_if_fail (DOORSTEP_IS_FILTER_BAR (self));

  g_cancellable_cancel (self->counts_cancellable);
  g_clear_object (&self->counts_cancellable);
  if (scope == NULL || endpoint->counts_path == NULL)
    return;

  self->counts_cancellable = g_cancellable_new ();
  doorstep_list_endpoint_get_counts_async (endpoint, scope, query, self->counts_cancellable, counts_cb, self);
}

/* Drops the counts, and any on their way, for the next person to see. */
void
doorstep_filter_bar_clear_counts (DoorstepFilterBar *self)
{
  g_return_if_fail (DOORSTEP_IS_FILTER_BAR (self));

  g_cancellable_cancel (self->counts_cancellable);
  for (guint i = 0; i < self->buttons->len; i++)
    {
      g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (G_LIST_MODEL (self->filters), i);

      show_count (self, filter, g_ptr_array_index (self->buttons, i), FALSE, 0);
    }
}

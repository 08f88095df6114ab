/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-rows.h"
#include "doorstep-section.h"
#include "doorstep-strip.h"

typedef struct {
  /* template widgets */
  GtkBox            *box;
  GtkLabel          *title_label;
  GtkListBox        *list_box;
  GtkWidget         *error_box;
  GtkLabel          *error_label;
  GtkWidget         *more_button;

  /* owned references */
  DoorstepScope     *scope;
  DoorstepPagedList *items;
  char              *error_title;
} DoorstepStripPrivate;

static void section_iface_init   (DoorstepSectionInterface *iface);
static void buildable_iface_init (GtkBuildableIface        *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (DoorstepStrip, doorstep_strip, ADW_TYPE_BIN,
                                  G_ADD_PRIVATE (DoorstepStrip)
                                  G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_TITLE,
  PROP_MORE_LABEL,
  PROP_ERROR_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_row (gpointer item,
          gpointer user_data)
{
  DoorstepStrip *self = user_data;

  return DOORSTEP_STRIP_GET_CLASS (self)->create_row (self, item);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  DoorstepStrip *self = user_data;
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);
  g_autoptr(GObject) item = NULL;
  g_autoptr(GObject) previous = NULL;

  if (priv->items == NULL ||
      (item = g_list_model_get_item (G_LIST_MODEL (priv->items), gtk_list_box_row_get_index (row))) == NULL)
    return;
  if (before != NULL)
    previous = g_list_model_get_item (G_LIST_MODEL (priv->items), gtk_list_box_row_get_index (before));
  gtk_list_box_row_set_header (row, DOORSTEP_STRIP_GET_CLASS (self)->create_header (self, item, previous));
}

static void
update (DoorstepStrip *self)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);
  guint n = priv->items != NULL ? g_list_model_get_n_items (G_LIST_MODEL (priv->items)) : 0;
  const GError *error = priv->items != NULL ? doorstep_paged_list_get_error (priv->items) : NULL;
  gboolean loading = priv->items != NULL && doorstep_paged_list_get_loading (priv->items);

  /* A reload keeps the rows shown until its first page is in. */
  if (priv->items != NULL && !doorstep_paged_list_get_loaded (priv->items) && error == NULL)
    return;
  /* A reload that failed shows its error, not the rows of the list before. */
  gtk_widget_set_visible (GTK_WIDGET (priv->list_box), n > 0);
  gtk_widget_set_visible (priv->error_box, error != NULL);
  if (error != NULL)
    {
      /* Translators: what did not load, then why: "Your projects didn’t load. Could not connect." */
      g_autofree char *text = g_strdup_printf (_("%s %s"), priv->error_title, error->message);

      gtk_label_set_text (priv->error_label, text);
    }
  gtk_widget_set_visible (priv->more_button, n > 0 && error == NULL && !loading &&
                                             doorstep_paged_list_get_has_more (priv->items));
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0 || error != NULL);
}

static void
drop_items (DoorstepStrip *self)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  if (priv->items != NULL)
    g_signal_handlers_disconnect_by_data (priv->items, self);
  doorstep_rows_bind (priv->list_box, NULL, NULL, NULL);
  g_clear_object (&priv->items);
}

static void
loaded_cb (DoorstepStrip *self)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  if (priv->items != NULL && doorstep_paged_list_get_loaded (priv->items))
    {
      g_signal_handlers_disconnect_by_func (priv->items, loaded_cb, self);
      doorstep_rows_bind (priv->list_box, G_LIST_MODEL (priv->items), make_row, self);
      update (self);
    }
}

static void
reload (DoorstepStrip *self)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);
  DoorstepStripClass *klass = DOORSTEP_STRIP_GET_CLASS (self);

  if (priv->scope == NULL)
    return;

  /* The rows stay until the new list replaces them, so a reload does not
   * make the page jump. */
  if (priv->items != NULL)
    g_signal_handlers_disconnect_by_data (priv->items, self);
  g_clear_object (&priv->items);
  priv->items = doorstep_paged_list_new (priv->scope, klass->endpoint, klass->query);
  g_signal_connect_swapped (priv->items, "notify::loaded", G_CALLBACK (update), self);
  g_signal_connect_swapped (priv->items, "notify::loading", G_CALLBACK (update), self);
  g_signal_connect_swapped (priv->items, "notify::error", G_CALLBACK (update), self);
  g_signal_connect_swapped (priv->items, "items-changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (priv->items, "notify::loaded", G_CALLBACK (loaded_cb), self);
  doorstep_paged_list_load_more (priv->items);
}

static void
retry_cb (DoorstepStrip *self)
{
  reload (self);
}

static void
more_cb (DoorstepStrip *self)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  if (priv->items != NULL)
    doorstep_paged_list_load_more (priv->items);
}

/* DoorstepSection */

static void
doorstep_strip_load (DoorstepSection *section,
                     DoorstepScope   *scope)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (DOORSTEP_STRIP (section));

  doorstep_section_clear (section);
  g_set_object (&priv->scope, scope);
}

static void
doorstep_strip_reload (DoorstepSection *section)
{
  reload (DOORSTEP_STRIP (section));
}

static void
doorstep_strip_clear (DoorstepSection *section)
{
  DoorstepStrip *self = DOORSTEP_STRIP (section);
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  drop_items (self);
  g_clear_object (&priv->scope);
  update (self);
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_strip_load;
  iface->reload = doorstep_strip_reload;
  iface->clear = doorstep_strip_clear;
}

/* GtkBuildable */

/* The base's template sets its child as a property, so every <child> is
 * a subclass's, and goes under the rows. */
static void
doorstep_strip_add_child (GtkBuildable *buildable,
                          GtkBuilder   *builder,
                          GObject      *child,
                          const char   *type)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (DOORSTEP_STRIP (buildable));

  if (priv->box != NULL && GTK_IS_WIDGET (child) && type == NULL)
    gtk_box_append (priv->box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = doorstep_strip_add_child;
}

/* GObject */

/* Not in init: there the class is still the base's, not the subclass's. */
static void
doorstep_strip_constructed (GObject *object)
{
  DoorstepStrip *self = DOORSTEP_STRIP (object);
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  G_OBJECT_CLASS (doorstep_strip_parent_class)->constructed (object);
  if (DOORSTEP_STRIP_GET_CLASS (self)->create_header != NULL)
    gtk_list_box_set_header_func (priv->list_box, header_func, self, NULL);
}

static void
doorstep_strip_dispose (GObject *object)
{
  DoorstepStrip *self = DOORSTEP_STRIP (object);
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  drop_items (self);
  g_clear_object (&priv->scope);
  G_OBJECT_CLASS (doorstep_strip_parent_class)->dispose (object);
}

static void
doorstep_strip_finalize (GObject *object)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (DOORSTEP_STRIP (object));

  g_free (priv->error_title);
  G_OBJECT_CLASS (doorstep_strip_parent_class)->finalize (object);
}

static void
doorstep_strip_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (DOORSTEP_STRIP (object));

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_text (priv->title_label, g_value_get_string (value));
      break;
    case PROP_MORE_LABEL:
      gtk_button_set_label (GTK_BUTTON (priv->more_button), g_value_get_string (value));
      break;
    case PROP_ERROR_TITLE:
      g_free (priv->error_title);
      priv->error_title = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_strip_class_init (DoorstepStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags write_only = G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = doorstep_strip_constructed;
  object_class->dispose = doorstep_strip_dispose;
  object_class->finalize = doorstep_strip_finalize;
  object_class->set_property = doorstep_strip_set_property;

  /* What a subclass's template sets: the heading, Show More's label, and
   * the sentence before the error's message. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, write_only);
  properties[PROP_MORE_LABEL] =
    g_param_spec_string ("more-label", NULL, NULL, NULL, write_only);
  properties[PROP_ERROR_TITLE] =
    g_param_spec_string ("error-title", NULL, NULL, NULL, write_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-strip.ui");
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepStrip, box);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepStrip, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepStrip, list_box);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepStrip, error_box);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepStrip, error_label);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepStrip, more_button);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_cb);
}

static void
doorstep_strip_init (DoorstepStrip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Names the list a strip of this class shows: @endpoint filtered by
 * @query (pairs of name and value), which must outlive the class. */
void
doorstep_strip_class_set_list (DoorstepStripClass         *klass,
                               const DoorstepListEndpoint *endpoint,
                               const char * const         *query)
{
  g_return_if_fail (DOORSTEP_IS_STRIP_CLASS (klass));
  g_return_if_fail (endpoint != NULL);

  klass->endpoint = endpoint;
  klass->query = query;
}

/**
 * doorstep_strip_get_items:
 *
 * Returns: (transfer none) (nullable): the items shown, once loaded
 */
GListModel *
doorstep_strip_get_items (DoorstepStrip *self)
{
  DoorstepStripPrivate *priv = doorstep_strip_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_STRIP (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (priv->list_box)) ? G_LIST_MODEL (priv->items) : NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-document-row.h"

/* A document in the list: an icon for its kind (a photo's thumbnail,
 * from the page that holds the row), its name and title, the
 * day and the property (for a file its size, job and who shared it), what
 * type it is, and Delete for a file the customer shared. */

struct _DoorstepDocumentRow {
  GtkBox                 parent_instance;

  GtkImage              *icon;
  GtkLabel              *title_label;
  GtkLabel              *details_label;
  GtkButton             *delete_button;
  GtkImage              *type_icon;

  DoorstepDocumentEntry *entry;
};

G_DEFINE_FINAL_TYPE (DoorstepDocumentRow, doorstep_document_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A photo's thumbnail in place of its icon: asked of the page that holds
 * the row (documents.show-thumbnail), which shows it with
 * doorstep_document_row_show_thumbnail(), at once or when it comes. Rows
 * are bound before they are in the page, so asked again when mapped. */
static void
show_own_thumbnail (DoorstepDocumentRow *self)
{
  if (self->entry == NULL || !doorstep_document_entry_is_photo (self->entry) ||
      !doorstep_document_entry_has_thumbnail (self->entry))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "documents.show-thumbnail", "s",
                              doorstep_document_entry_get_id (self->entry));
}

static void
show_entry (DoorstepDocumentRow *self)
{
  DoorstepDocumentEntry *entry = self->entry;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *delete_label = NULL;
  const char *type;

  if (entry == NULL)
    return;
  title = doorstep_document_entry_get_title (entry) != NULL
          ? g_strdup_printf ("%s · %s", doorstep_document_entry_get_name (entry),
                             doorstep_document_entry_get_title (entry))
          : g_strdup (doorstep_document_entry_get_name (entry));
  details = doorstep_document_entry_dup_details (entry);
  gtk_image_set_from_icon_name (self->icon, doorstep_document_entry_get_icon_name (entry));
  gtk_image_set_pixel_size (self->icon, doorstep_document_entry_is_photo (entry) ? 40 : 24);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "dim-label");
  show_own_thumbnail (self);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);

  type = g_str_equal (doorstep_document_entry_get_content_type (entry), "image/jpeg") ? _("JPEG image")
         : g_str_equal (doorstep_document_entry_get_content_type (entry), "image/png") ? _("PNG image") : _("PDF");
  gtk_image_set_from_icon_name (self->type_icon, g_str_has_prefix (doorstep_document_entry_get_content_type (entry),
                                                                   "image/")
                                                 ? "image-x-generic-symbolic" : "x-office-document-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->type_icon), type);

  /* The target first: a button with an action that takes one and none
   * set would be refused. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", doorstep_document_entry_get_id (entry));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "documents.delete");
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), doorstep_document_entry_can_delete (entry));
  delete_label = g_strdup_printf (_("Delete %s"), doorstep_document_entry_get_name (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);

  /* Translators: a document row read aloud: "Invoice I-2007 · Quarterly pest control, 12 Oct 2026 · Rental duplex, PDF" */
  accessible = g_strdup_printf (_("%s, %s, %s"), title, details, type);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
doorstep_document_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_DOCUMENT_ROW (object)->entry);
  G_OBJECT_CLASS (doorstep_document_row_parent_class)->dispose (object);
}

static void
doorstep_document_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, DOORSTEP_DOCUMENT_ROW (object)->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_document_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ENTRY:
      doorstep_document_row_set_entry (DOORSTEP_DOCUMENT_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_document_row_class_init (DoorstepDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_document_row_dispose;
  object_class->get_property = doorstep_document_row_get_property;
  object_class->set_property = doorstep_document_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, DOORSTEP_TYPE_DOCUMENT_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/documents/doorstep-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentRow, icon);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDocumentRow, type_icon);
}

static void
doorstep_document_row_init (DoorstepDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (show_own_thumbnail), NULL);
}

/* @thumbnail has come for the file @file_id: shown if this row shows it. */
void
doorstep_document_row_show_thumbnail (DoorstepDocumentRow *self,
                                      const char          *file_id,
                                      GdkPaintable        *thumbnail)
{
  g_return_if_fail (DOORSTEP_IS_DOCUMENT_ROW (self));

  if (self->entry == NULL || g_strcmp0 (doorstep_document_entry_get_id (self->entry), file_id) != 0)
    return;
  gtk_image_set_from_paintable (self->icon, thumbnail);
  /* A photo at full strength, unlike an icon. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "dim-label");
}

/* @entry: (nullable): the document to show; %NULL while the row is unbound */
void
doorstep_document_row_set_entry (DoorstepDocumentRow   *self,
                                 DoorstepDocumentEntry *entry)
{
  g_return_if_fail (DOORSTEP_IS_DOCUMENT_ROW (self));

  if (!g_set_object (&self->entry, entry))
    return;
  show_entry (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

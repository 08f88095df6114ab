/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-detail-page.h"
#include "doorstep-download.h"
#include "doorstep-pdf-window.h"
#include "doorstep-section.h"

typedef struct {
  /* template widgets */
  GtkBox            *box;
  GtkWidget         *back_button;
  GtkLabel          *heading;
  GtkWidget         *document_buttons;
  GtkWidget         *preview_button;
  AdwButtonContent  *preview_content;
  GtkWidget         *download_button;
  GtkStack          *stack;
  GtkWidget         *spinner;
  GtkBox            *content_box;
  AdwStatusPage     *error_page;
  GtkWidget         *retry_button;
  GtkWidget         *bottom;        /* from the subclass's template, or NULL */

  /* owned references */
  DoorstepScope     *scope;
  char              *id;
  GObject           *record;        /* the record of id, once loaded */
  DoorstepDocument  *document;
  GCancellable      *cancellable;   /* of the load, and what the record shown fetches */
} DoorstepDetailPagePrivate;

static void section_iface_init   (DoorstepSectionInterface *iface);
static void buildable_iface_init (GtkBuildableIface        *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (DoorstepDetailPage, doorstep_detail_page, ADW_TYPE_BIN,
                                  G_ADD_PRIVATE (DoorstepDetailPage)
                                  G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_BACK_LABEL,
  PROP_LOADING_LABEL,
  PROP_ERROR_TITLE,
  PROP_ERROR_ICON_NAME,
  PROP_RETRY_SUGGESTED,
  PROP_PREVIEW_LABEL,
  PROP_PREVIEW_TOOLTIP,
  PROP_DOWNLOAD_LABEL,
  PROP_DOWNLOAD_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "loading", "content" or "error". What is under the content acts on the
 * record shown, so it goes while there is none. */
static void
set_state (DoorstepDetailPage *self,
           const char         *state)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  gtk_stack_set_visible_child_name (priv->stack, state);
  if (priv->bottom != NULL)
    gtk_widget_set_visible (priv->bottom, g_str_equal (state, "content"));
}

/* A load under way. It holds no reference to its page, which cancels its
 * loads as it goes: a cancelled load ends without looking at the page. */
typedef struct {
  DoorstepDetailPageClass *klass;
  DoorstepDetailPage      *page;
  DoorstepScope           *scope;
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->scope);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static void
load_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) record = load->klass->load_finish (load->scope, result, &error);
  DoorstepDetailPagePrivate *priv;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  priv = doorstep_detail_page_get_instance_private (load->page);
  if (record == NULL)
    {
      adw_status_page_set_description (priv->error_page, error->message);
      set_state (load->page, "error");
      return;
    }
  doorstep_detail_page_set_record (load->page, record);
}

/* Cancels what the page was loading or fetching for its record. */
static void
cancel (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();
}

static void
load (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);
  Load *load;

  cancel (self);
  if (priv->scope == NULL || priv->id == NULL)
    return;

  /* A reload keeps the record shown until the new one is in. */
  if (priv->record == NULL)
    set_state (self, "loading");
  load = g_new0 (Load, 1);
  load->klass = DOORSTEP_DETAIL_PAGE_GET_CLASS (self);
  load->page = self;
  load->scope = g_object_ref (priv->scope);
  load->klass->load_async (priv->scope, priv->id, priv->cancellable, load_cb, load);
}

static void
drop_record (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_clear_object (&priv->record);
  doorstep_detail_page_set_document (self, NULL);
  gtk_label_set_text (priv->heading, "");
}

static void
retry_cb (DoorstepDetailPage *self)
{
  load (self);
}

static void
preview_pdf_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (widget));

  if (priv->document != NULL)
    doorstep_pdf_window_present (widget, priv->document);
}

static void
download_pdf_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (widget));

  if (priv->document != NULL)
    doorstep_download_document (widget, priv->document);
}

/* DoorstepSection */

static void
doorstep_detail_page_load (DoorstepSection *section,
                           DoorstepScope   *scope)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (section));

  doorstep_section_clear (section);
  g_set_object (&priv->scope, scope);
}

static void
doorstep_detail_page_reload (DoorstepSection *section)
{
  load (DOORSTEP_DETAIL_PAGE (section));
}

static void
doorstep_detail_page_clear (DoorstepSection *section)
{
  DoorstepDetailPage *self = DOORSTEP_DETAIL_PAGE (section);
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);
  DoorstepDetailPageClass *klass = DOORSTEP_DETAIL_PAGE_GET_CLASS (self);

  cancel (self);
  g_clear_object (&priv->scope);
  g_clear_pointer (&priv->id, g_free);
  drop_record (self);
  if (klass->clear != NULL)
    klass->clear (self);
  set_state (self, "loading");
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_detail_page_load;
  iface->reload = doorstep_detail_page_reload;
  iface->clear = doorstep_detail_page_clear;
}

/* GtkBuildable */

/* The base's template sets its child as a property, so every <child> is
 * a subclass's: its content, or with type="bottom" what goes under it. */
static void
doorstep_detail_page_add_child (GtkBuildable *buildable,
                                GtkBuilder   *builder,
                                GObject      *child,
                                const char   *type)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (buildable));

  if (priv->content_box == NULL || !GTK_IS_WIDGET (child))
    parent_buildable_iface->add_child (buildable, builder, child, type);
  else if (type == NULL)
    gtk_box_append (priv->content_box, GTK_WIDGET (child));
  else if (g_str_equal (type, "bottom") && priv->bottom == NULL)
    {
      priv->bottom = GTK_WIDGET (child);
      gtk_box_append (priv->box, priv->bottom);
      gtk_widget_set_visible (priv->bottom, FALSE);
    }
  else
    GTK_BUILDER_WARN_INVALID_CHILD_TYPE (buildable, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = doorstep_detail_page_add_child;
}

/* GObject */

static void
doorstep_detail_page_dispose (GObject *object)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (object));

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->scope);
  g_clear_object (&priv->record);
  g_clear_object (&priv->document);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself. */

  G_OBJECT_CLASS (doorstep_detail_page_parent_class)->dispose (object);
}

static void
doorstep_detail_page_finalize (GObject *object)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (object));

  g_free (priv->id);
  G_OBJECT_CLASS (doorstep_detail_page_parent_class)->finalize (object);
}

static void
set_label_and_tooltip (GtkWidget    *widget,
                       const GValue *value)
{
  gtk_widget_set_tooltip_text (widget, g_value_get_string (value));
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_value_get_string (value), -1);
}

static void
doorstep_detail_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (DOORSTEP_DETAIL_PAGE (object));

  switch (prop_id)
    {
    case PROP_BACK_LABEL:
      set_label_and_tooltip (priv->back_button, value);
      break;
    case PROP_LOADING_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (priv->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    case PROP_ERROR_TITLE:
      adw_status_page_set_title (priv->error_page, g_value_get_string (value));
      break;
    case PROP_ERROR_ICON_NAME:
      adw_status_page_set_icon_name (priv->error_page, g_value_get_string (value));
      break;
    case PROP_RETRY_SUGGESTED:
      if (g_value_get_boolean (value))
        gtk_widget_add_css_class (priv->retry_button, "suggested-action");
      else
        gtk_widget_remove_css_class (priv->retry_button, "suggested-action");
      break;
    case PROP_PREVIEW_LABEL:
      adw_button_content_set_label (priv->preview_content, g_value_get_string (value));
      break;
    case PROP_PREVIEW_TOOLTIP:
      gtk_widget_set_tooltip_text (priv->preview_button, g_value_get_string (value));
      break;
    case PROP_DOWNLOAD_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (priv->download_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    case PROP_DOWNLOAD_TOOLTIP:
      gtk_widget_set_tooltip_text (priv->download_button, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_detail_page_class_init (DoorstepDetailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags write_only = G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = doorstep_detail_page_dispose;
  object_class->finalize = doorstep_detail_page_finalize;
  object_class->set_property = doorstep_detail_page_set_property;

  /* What a subclass's template sets: the texts that name its record and
   * its document (the defaults name a PDF), and the error page's look. */
  properties[PROP_BACK_LABEL] =
    g_param_spec_string ("back-label", NULL, NULL, NULL, write_only);
  properties[PROP_LOADING_LABEL] =
    g_param_spec_string ("loading-label", NULL, NULL, NULL, write_only);
  properties[PROP_ERROR_TITLE] =
    g_param_spec_string ("error-title", NULL, NULL, NULL, write_only);
  properties[PROP_ERROR_ICON_NAME] =
    g_param_spec_string ("error-icon-name", NULL, NULL, NULL, write_only);
  properties[PROP_RETRY_SUGGESTED] =
    g_param_spec_boolean ("retry-suggested", NULL, NULL, TRUE, write_only);
  properties[PROP_PREVIEW_LABEL] =
    g_param_spec_string ("preview-label", NULL, NULL, NULL, write_only);
  properties[PROP_PREVIEW_TOOLTIP] =
    g_param_spec_string ("preview-tooltip", NULL, NULL, NULL, write_only);
  properties[PROP_DOWNLOAD_LABEL] =
    g_param_spec_string ("download-label", NULL, NULL, NULL, write_only);
  properties[PROP_DOWNLOAD_TOOLTIP] =
    g_param_spec_string ("download-tooltip", NULL, NULL, NULL, write_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-detail-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, box);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, back_button);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, heading);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, document_buttons);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, preview_button);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, preview_content);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, download_button);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, stack);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, spinner);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, content_box);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, error_page);
  gtk_widget_class_bind_template_child_private (widget_class, DoorstepDetailPage, retry_button);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);

  gtk_widget_class_install_action (widget_class, "detail.preview-pdf", NULL, preview_pdf_action);
  gtk_widget_class_install_action (widget_class, "detail.download-pdf", NULL, download_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "detail.preview-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "detail.download-pdf", NULL);
}

static void
doorstep_detail_page_init (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->cancellable = g_cancellable_new ();
  doorstep_detail_page_set_document (self, NULL);
}

/* Shows the record @id of the page's scope, loading it; the same record
 * again is reloaded, staying in view meanwhile. */
void
doorstep_detail_page_show (DoorstepDetailPage *self,
                           const char         *id)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_DETAIL_PAGE (self));
  g_return_if_fail (id != NULL);

  if (g_strcmp0 (priv->id, id) != 0)
    {
      g_free (priv->id);
      priv->id = g_strdup (id);
      drop_record (self);
    }
  load (self);
}

/**
 * doorstep_detail_page_get_id:
 *
 * Returns: (nullable): the id of the record shown or loading
 */
const char *
doorstep_detail_page_get_id (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_DETAIL_PAGE (self), NULL);
  return priv->id;
}

/**
 * doorstep_detail_page_get_record:
 *
 * Returns: (transfer none) (nullable): the record shown, once loaded
 */
gpointer
doorstep_detail_page_get_record (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_DETAIL_PAGE (self), NULL);
  return priv->record;
}

/* Shows @record, which the page's own id names, without loading it: what
 * an action on it answered with. */
void
doorstep_detail_page_set_record (DoorstepDetailPage *self,
                                 gpointer            record)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_DETAIL_PAGE (self));
  g_return_if_fail (G_IS_OBJECT (record));

  g_set_object (&priv->record, record);
  DOORSTEP_DETAIL_PAGE_GET_CLASS (self)->show_record (self, record);
  set_state (self, "content");
}

/**
 * doorstep_detail_page_get_scope:
 *
 * Returns: (transfer none) (nullable): whose record it is, once loaded
 *   with a scope
 */
DoorstepScope *
doorstep_detail_page_get_scope (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_DETAIL_PAGE (self), NULL);
  return priv->scope;
}

/**
 * doorstep_detail_page_get_cancellable:
 *
 * Returns: (transfer none): cancelled when the page loads again, is
 *   cleared or goes: for what the record shown fetches (pictures)
 */
GCancellable *
doorstep_detail_page_get_cancellable (DoorstepDetailPage *self)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_val_if_fail (DOORSTEP_IS_DETAIL_PAGE (self), NULL);
  return priv->cancellable;
}

/* The heading above the record, beside Back; cleared with the record. */
void
doorstep_detail_page_set_heading (DoorstepDetailPage *self,
                                  const char         *heading)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_DETAIL_PAGE (self));
  gtk_label_set_text (priv->heading, heading != NULL ? heading : "");
}

/**
 * doorstep_detail_page_set_document:
 * @document: (nullable): the record's document, or NULL when it has none
 *   (yet)
 *
 * Offers @document to preview and download; dropped with the record.
 */
void
doorstep_detail_page_set_document (DoorstepDetailPage *self,
                                   DoorstepDocument   *document)
{
  DoorstepDetailPagePrivate *priv = doorstep_detail_page_get_instance_private (self);

  g_return_if_fail (DOORSTEP_IS_DETAIL_PAGE (self));
  g_return_if_fail (document == NULL || DOORSTEP_IS_DOCUMENT (document));

  g_set_object (&priv->document, document);
  gtk_widget_set_visible (priv->document_buttons, document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.preview-pdf", document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.download-pdf", document != NULL);
}

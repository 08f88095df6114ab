/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "doorstep-list-page.h"
#include "doorstep-session.h"
#include "doorstep-visit-row.h"

struct _DoorstepVisitRow {
  GtkBox         parent_instance;

  AdwAvatar     *avatar;
  GtkLabel      *window_label;
  GtkLabel      *details_label;
  GtkLabel      *status_label;

  DoorstepVisit *visit;
  GCancellable  *photo_cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepVisitRow, doorstep_visit_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_VISIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_styles[] = { "scheduled", "under-way", "completed", "cancelled", "requested" };

const char *
doorstep_visit_status_style (DoorstepVisitStatus status)
{
  switch (status)
    {
    case DOORSTEP_VISIT_STATUS_ON_THE_WAY:
    case DOORSTEP_VISIT_STATUS_IN_PROGRESS:
      return "under-way";
    case DOORSTEP_VISIT_STATUS_COMPLETED:
      return "completed";
    case DOORSTEP_VISIT_STATUS_CANCELLED:
      return "cancelled";
    case DOORSTEP_VISIT_STATUS_RESCHEDULE_REQUESTED:
    case DOORSTEP_VISIT_STATUS_CANCELLATION_REQUESTED:
      return "requested";
    case DOORSTEP_VISIT_STATUS_SCHEDULED:
    default:
      return "scheduled";
    }
}

static void
photo_loaded_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AdwAvatar) avatar = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) photo = doorstep_technician_photos_load_finish (DOORSTEP_TECHNICIAN_PHOTOS (source_object),
                                                                        result, &error);

  if (photo != NULL)
    adw_avatar_set_custom_image (avatar, GDK_PAINTABLE (photo));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("No technician photo: %s", error->message);  /* the initials stay */
}

/**
 * doorstep_avatar_show_visit:
 * @visit: (nullable): whose first technician to show
 * @scope: (nullable): the scope of the page that shows it, whose session
 *   keeps the photos it has shown; %NULL shows only the initials
 * @cancellable: cancelled when @avatar shows someone else
 *
 * Shows the technician's initials at once and their photo, when they have
 * one, once it is in (fetched once per session).
 */
void
doorstep_avatar_show_visit (AdwAvatar     *avatar,
                            DoorstepVisit *visit,
                            DoorstepScope *scope,
                            GCancellable  *cancellable)
{
  GListModel *technicians = visit != NULL ? doorstep_visit_get_technicians (visit) : NULL;
  g_autoptr(DoorstepTechnician) technician = technicians != NULL && g_list_model_get_n_items (technicians) > 0
                                             ? g_list_model_get_item (technicians, 0) : NULL;
  DoorstepSession *session = scope != NULL ? doorstep_session_from_scope (scope) : NULL;

  adw_avatar_set_custom_image (avatar, NULL);
  adw_avatar_set_text (avatar, technician != NULL ? doorstep_technician_get_display_name (technician) : "");
  adw_avatar_set_show_initials (avatar, technician != NULL);
  if (technician != NULL && doorstep_technician_get_photo_url (technician) != NULL && session != NULL)
    doorstep_technician_photos_load_async (doorstep_session_get_photos (session),
                                           doorstep_technician_get_id (technician), cancellable, photo_loaded_cb,
                                           g_object_ref (avatar));
}

/* The scope of the list the row is in: rows are made by the list's
 * factory, which knows nothing of the page, and are bound before they
 * are put in it. */
static DoorstepScope *
get_scope (DoorstepVisitRow *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), DOORSTEP_TYPE_LIST_PAGE);

  return page != NULL ? doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (page)) : NULL;
}

static void
show_avatar (DoorstepVisitRow *self)
{
  g_cancellable_cancel (self->photo_cancellable);
  g_clear_object (&self->photo_cancellable);
  self->photo_cancellable = g_cancellable_new ();
  doorstep_avatar_show_visit (self->avatar, self->visit, get_scope (self), self->photo_cancellable);
}

static void
show_visit (DoorstepVisitRow *self)
{
  DoorstepVisit *visit = self->visit;
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *window = NULL;
  g_autofree char *details_text = NULL;
  g_autofree char *accessible = NULL;
  const char *technician;
  const char *status;

  for (guint i = 0; i < G_N_ELEMENTS (status_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_styles[i]);
  if (visit == NULL)
    return;

  window = doorstep_visit_dup_window (visit);
  technician = doorstep_visit_get_technician_name (visit);
  status = doorstep_visit_status_get_label (doorstep_visit_get_status (visit));

  g_ptr_array_add (details, g_strdup (doorstep_visit_get_service_name (visit) != NULL
                                      ? doorstep_visit_get_service_name (visit)
                                      : doorstep_visit_get_title (visit)));
  if (doorstep_visit_get_property_label (visit) != NULL)
    g_ptr_array_add (details, g_strdup (doorstep_visit_get_property_label (visit)));
  if (technician != NULL && doorstep_visit_get_technician_count (visit) > 1)
    /* Translators: who is coming when there are several, "Luis Ortega and 1 more" */
    g_ptr_array_add (details, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more",
                                                            doorstep_visit_get_technician_count (visit) - 1),
                                               technician, doorstep_visit_get_technician_count (visit) - 1));
  else if (technician != NULL)
    g_ptr_array_add (details, g_strdup (technician));
  g_ptr_array_add (details, NULL);
  details_text = g_strjoinv (" · ", (char **) details->pdata);

  show_avatar (self);
  gtk_label_set_text (self->window_label, window);
  gtk_label_set_text (self->details_label, details_text);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label),
                            doorstep_visit_status_style (doorstep_visit_get_status (visit)));

  /* Translators: a visit row read aloud: "Tue 24 Nov, 08:00–10:00, Furnace tune-up · Home · Luis Ortega, Scheduled" */
  accessible = g_strdup_printf (_("%s, %s, %s"), window, details_text, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Now in its list, the row can show the photo its scope's session has. */
static void
doorstep_visit_row_root (GtkWidget *widget)
{
  DoorstepVisitRow *self = DOORSTEP_VISIT_ROW (widget);

  GTK_WIDGET_CLASS (doorstep_visit_row_parent_class)->root (widget);
  if (self->visit != NULL)
    show_avatar (self);
}

static void
doorstep_visit_row_dispose (GObject *object)
{
  DoorstepVisitRow *self = DOORSTEP_VISIT_ROW (object);

  g_cancellable_cancel (self->photo_cancellable);
  g_clear_object (&self->photo_cancellable);
  g_clear_object (&self->visit);
  G_OBJECT_CLASS (doorstep_visit_row_parent_class)->dispose (object);
}

static void
doorstep_visit_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_VISIT:
      g_value_set_object (value, DOORSTEP_VISIT_ROW (object)->visit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_visit_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_VISIT:
      doorstep_visit_row_set_visit (DOORSTEP_VISIT_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_visit_row_class_init (DoorstepVisitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_visit_row_dispose;
  object_class->get_property = doorstep_visit_row_get_property;
  object_class->set_property = doorstep_visit_row_set_property;
  widget_class->root = doorstep_visit_row_root;

  properties[PROP_VISIT] =
    g_param_spec_object ("visit", NULL, NULL, DOORSTEP_TYPE_VISIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/jobs/doorstep-visit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepVisitRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepVisitRow, window_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepVisitRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepVisitRow, status_label);
}

static void
doorstep_visit_row_init (DoorstepVisitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @visit: (nullable): the visit to show; %NULL while the row is unbound */
void
doorstep_visit_row_set_visit (DoorstepVisitRow *self,
                              DoorstepVisit    *visit)
{
  g_return_if_fail (DOORSTEP_IS_VISIT_ROW (self));

  if (!g_set_object (&self->visit, visit))
    return;
  show_visit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIT]);
}

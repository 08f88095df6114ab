/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-jobs-api.h"
#include "doorstep-projects-strip.h"
#include "doorstep-section.h"

/* The customer's open projects, above the Jobs page's visits: a row each
 * with its progress, opening it (jobs.open-project). Hidden when there
 * are none; a page of them at a time, with Show More for the rest. */

struct _DoorstepProjectsStrip {
  AdwBin             parent_instance;

  /* template widgets */
  GtkListBox        *list_box;
  GtkWidget         *error_box;
  GtkLabel          *error_label;
  GtkWidget         *more_button;

  DoorstepScope     *scope;
  DoorstepPagedList *projects;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepProjectsStrip, doorstep_projects_strip, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DoorstepProject *project = DOORSTEP_PROJECT (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *progress = doorstep_project_dup_progress_text (project);
  g_autofree char *subtitle = doorstep_project_get_property_label (project) != NULL
                              /* Translators: a project's progress and property, "2 of 5 stages done · Duplex" */
                              ? g_strdup_printf (_("%s · %s"), progress, doorstep_project_get_property_label (project))
                              : g_strdup (progress);
  guint count = doorstep_project_get_stage_count (project);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_project_get_title (project));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("view-list-symbolic"));
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar),
                                 count > 0 ? (double) doorstep_project_get_stages_done (project) / count : 0.0);
  gtk_widget_set_size_request (bar, 72, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, progress, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
update (DoorstepProjectsStrip *self)
{
  guint n = self->projects != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->projects)) : 0;
  const GError *error = self->projects != NULL ? doorstep_paged_list_get_error (self->projects) : NULL;
  gboolean loading = self->projects != NULL && doorstep_paged_list_get_loading (self->projects);

  /* A reload keeps the rows shown until its first page is in. */
  if (self->projects != NULL && !doorstep_paged_list_get_loaded (self->projects) && error == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n > 0);
  gtk_widget_set_visible (self->error_box, error != NULL);
  if (error != NULL)
    {
      /* Translators: the open projects could not be read; then why */
      g_autofree char *text = g_strdup_printf (_("Your projects didn’t load. %s"), error->message);

      gtk_label_set_text (self->error_label, text);
    }
  gtk_widget_set_visible (self->more_button, n > 0 && error == NULL && !loading &&
                                             doorstep_paged_list_get_has_more (self->projects));
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0 || error != NULL);
}

static void
drop_projects (DoorstepProjectsStrip *self)
{
  if (self->projects != NULL)
    g_signal_handlers_disconnect_by_data (self->projects, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->projects);
}

static void
start (DoorstepProjectsStrip *self)
{
  static const char * const query[] = { "status", "open", NULL };

  if (self->scope == NULL)
    return;

  /* The rows stay until the new list replaces them, so a reload does not
   * make the page jump. */
  if (self->projects != NULL)
    g_signal_handlers_disconnect_by_data (self->projects, self);
  g_clear_object (&self->projects);
  self->projects = doorstep_paged_list_new (self->scope, &doorstep_jobs_api_projects, query);
  g_signal_connect_swapped (self->projects, "notify::loaded", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->projects, "notify::loading", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->projects, "notify::error", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->projects, "items-changed", G_CALLBACK (update), self);
  doorstep_paged_list_load_more (self->projects);
}

static void
loaded_cb (DoorstepProjectsStrip *self)
{
  if (self->projects != NULL && doorstep_paged_list_get_loaded (self->projects))
    {
      g_signal_handlers_disconnect_by_func (self->projects, loaded_cb, self);
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->projects), create_row, NULL, NULL);
      update (self);
    }
}

static void
reload (DoorstepProjectsStrip *self)
{
  start (self);
  if (self->projects != NULL)
    {
      g_signal_connect_swapped (self->projects, "notify::loaded", G_CALLBACK (loaded_cb), self);
      loaded_cb (self);
    }
}

static void
retry_cb (DoorstepProjectsStrip *self)
{
  reload (self);
}

static void
more_cb (DoorstepProjectsStrip *self)
{
  if (self->projects != NULL)
    doorstep_paged_list_load_more (self->projects);
}

static void
row_activated_cb (DoorstepProjectsStrip *self,
                  GtkListBoxRow         *row)
{
  g_autoptr(DoorstepProject) project = NULL;

  if (self->projects == NULL)
    return;
  project = g_list_model_get_item (G_LIST_MODEL (self->projects), gtk_list_box_row_get_index (row));
  if (project != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "jobs.open-project", "s", doorstep_project_get_id (project));
}

/* DoorstepSection */

static void
doorstep_projects_strip_load (DoorstepSection *section,
                              DoorstepScope   *scope)
{
  DoorstepProjectsStrip *self = DOORSTEP_PROJECTS_STRIP (section);

  doorstep_section_clear (section);
  g_set_object (&self->scope, scope);
}

static void
doorstep_projects_strip_reload (DoorstepSection *section)
{
  reload (DOORSTEP_PROJECTS_STRIP (section));
}

static void
doorstep_projects_strip_clear (DoorstepSection *section)
{
  DoorstepProjectsStrip *self = DOORSTEP_PROJECTS_STRIP (section);

  drop_projects (self);
  g_clear_object (&self->scope);
  update (self);
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_projects_strip_load;
  iface->reload = doorstep_projects_strip_reload;
  iface->clear = doorstep_projects_strip_clear;
}

/* GObject */

static void
doorstep_projects_strip_dispose (GObject *object)
{
  DoorstepProjectsStrip *self = DOORSTEP_PROJECTS_STRIP (object);

  drop_projects (self);
  g_clear_object (&self->scope);
  G_OBJECT_CLASS (doorstep_projects_strip_parent_class)->dispose (object);
}

static void
doorstep_projects_strip_class_init (DoorstepProjectsStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_projects_strip_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/jobs/doorstep-projects-strip.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectsStrip, list_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectsStrip, error_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectsStrip, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepProjectsStrip, more_button);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
doorstep_projects_strip_init (DoorstepProjectsStrip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * doorstep_projects_strip_get_projects:
 *
 * Returns: (transfer none) (nullable): the open projects shown, once
 *   loaded
 */
GListModel *
doorstep_projects_strip_get_projects (DoorstepProjectsStrip *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PROJECTS_STRIP (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->list_box)) ? G_LIST_MODEL (self->projects) : NULL;
}

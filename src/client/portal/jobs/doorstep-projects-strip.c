/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-jobs-api.h"
#include "doorstep-projects-strip.h"

/* The customer's open projects, above the Jobs page's visits: a row each
 * with its progress, opening it (jobs.open-project). */

struct _DoorstepProjectsStrip {
  DoorstepStrip parent_instance;
};

G_DEFINE_FINAL_TYPE (DoorstepProjectsStrip, doorstep_projects_strip, DOORSTEP_TYPE_STRIP)

static GtkWidget *
doorstep_projects_strip_create_row (DoorstepStrip *strip,
                                    gpointer       item)
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
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", doorstep_project_get_id (project));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "jobs.open-project");
  return row;
}

static void
doorstep_projects_strip_class_init (DoorstepProjectsStripClass *klass)
{
  static const char * const query[] = { "status", "open", NULL };
  DoorstepStripClass *strip_class = DOORSTEP_STRIP_CLASS (klass);

  strip_class->create_row = doorstep_projects_strip_create_row;
  doorstep_strip_class_set_list (strip_class, &doorstep_jobs_api_projects, query);
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/doorstep/Doorstep/portal/jobs/doorstep-projects-strip.ui");
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
  return doorstep_strip_get_items (DOORSTEP_STRIP (self));
}

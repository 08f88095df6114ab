/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "doorstep-rows.h"

/* A group's own list moves focus on past its first and last rows with Up
 * and Down, and is named by the group's title; a list box in a group does
 * the same, so that the rows it holds cannot be told from the group's. */

static gboolean
keynav_failed_cb (GtkWidget        *list_box,
                  GtkDirectionType  direction)
{
  GtkRoot *root = gtk_widget_get_root (list_box);

  if (root == NULL || (direction != GTK_DIR_UP && direction != GTK_DIR_DOWN))
    return FALSE;
  return gtk_widget_child_focus (GTK_WIDGET (root),
                                 direction == GTK_DIR_UP ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
}

/* The group is known only once the list box is in it, which for one made
 * in code is after it was bound. */
static void
realize_cb (GtkWidget *list_box)
{
  GtkWidget *group = gtk_widget_get_ancestor (list_box, ADW_TYPE_PREFERENCES_GROUP);
  const char *title = group != NULL ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)) : NULL;

  if (title != NULL && *title != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_box), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

/* Runs after the list box's own handler, so its rows are already there;
 * it counts rows, not items, so a list bound before (and still changing)
 * cannot get it wrong. */
static void
items_changed_cb (GtkListBox *list_box)
{
  gtk_widget_set_visible (GTK_WIDGET (list_box), gtk_list_box_get_row_at_index (list_box, 0) != NULL);
}

static void
set_up (GtkListBox *list_box)
{
  if (g_signal_handler_find (list_box, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, keynav_failed_cb, NULL) != 0)
    return;
  g_signal_connect (list_box, "keynav-failed", G_CALLBACK (keynav_failed_cb), NULL);
  g_signal_connect (list_box, "realize", G_CALLBACK (realize_cb), NULL);
}

/**
 * doorstep_rows_bind:
 * @list_box: a boxed list, usually in an AdwPreferencesGroup
 * @model: (nullable): the items, or NULL for no rows
 * @make_row: makes the row of an item
 *
 * Shows a row for each item of @model in @list_box, in its order,
 * replacing the rows it showed.
 */
void
doorstep_rows_bind (GtkListBox                 *list_box,
                    GListModel                 *model,
                    GtkListBoxCreateWidgetFunc  make_row,
                    gpointer                    user_data)
{
  g_return_if_fail (GTK_IS_LIST_BOX (list_box));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));
  g_return_if_fail (model == NULL || make_row != NULL);

  set_up (list_box);
  gtk_list_box_bind_model (list_box, model, make_row, user_data, NULL);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), list_box,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  items_changed_cb (list_box);
}

/**
 * doorstep_rows_new:
 *
 * Returns: (transfer floating): a boxed list showing a row for each item
 *   of @model, for a group made in code
 */
GtkWidget *
doorstep_rows_new (GListModel                 *model,
                   GtkListBoxCreateWidgetFunc  make_row,
                   gpointer                    user_data)
{
  GtkWidget *list_box = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  doorstep_rows_bind (GTK_LIST_BOX (list_box), model, make_row, user_data);
  return list_box;
}

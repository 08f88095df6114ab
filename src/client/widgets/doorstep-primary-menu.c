/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-primary-menu.h"

/* The menu GtkApplication loaded from gtk/menus.ui, asked of whichever
 * application runs: a widget needs no more of it. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  GApplication *app = g_application_get_default ();

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  if (GTK_IS_APPLICATION (app))
    gtk_menu_button_set_menu_model (button,
                                    G_MENU_MODEL (gtk_application_get_menu_by_id (GTK_APPLICATION (app), "primary-menu")));
}

/**
 * doorstep_primary_menu_button_init:
 *
 * Gives @button the application's menu (gtk/menus.ui's "primary-menu"),
 * made into a popover the first time it is opened rather than when the
 * button is built.
 */
void
doorstep_primary_menu_button_init (GtkMenuButton *button)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  gtk_menu_button_set_create_popup_func (button, create_primary_menu_cb, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-toast.h"

/**
 * doorstep_toast:
 * @widget: a widget in the main window, or in a window transient for it
 *   (a dialog, the PDF preview)
 *
 * Shows @message as a toast in the main window, through its "win.toast"
 * action, so no widget needs to know the window's type.
 */
void
doorstep_toast (GtkWidget  *widget,
                const char *message)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_activate_action (widget, "win.toast", "s", message))
    return;

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (root))),
                                "win.toast", "s", message);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-toast.h"

/* Toasts, and opening what the desktop opens, which says so in a toast
 * when it cannot. */

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

static void
uri_shown_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autofree char *failure = user_data;
  g_autoptr(GError) error = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source_object), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_debug ("Could not open a URI: %s", error->message);
  doorstep_toast (GTK_WIDGET (source_object), failure);
}

/**
 * doorstep_show_uri:
 * @uri: (nullable): what to open: a web page, a file, "tel:"; nothing
 *   happens for %NULL
 * @failure: what the toast says when nothing on the computer opens it, in
 *   words that say what to do instead
 *
 * Opens @uri with the desktop's app for it, from @widget's window.
 */
void
doorstep_show_uri (GtkWidget    *widget,
                   const char   *uri,
                   const char   *failure,
                   GCancellable *cancellable)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (uri != NULL && GTK_IS_WINDOW (root))
    gtk_show_uri_full (GTK_WINDOW (root), uri, GDK_CURRENT_TIME, cancellable, uri_shown_cb, g_strdup (failure));
}

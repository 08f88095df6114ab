/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void doorstep_toast    (GtkWidget    *widget,
                        const char   *message);
void doorstep_show_uri (GtkWidget    *widget,
                        const char   *uri,
                        const char   *failure,
                        GCancellable *cancellable);

G_END_DECLS

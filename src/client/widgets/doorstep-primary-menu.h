/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void doorstep_primary_menu_button_init (GtkMenuButton *button);

G_END_DECLS

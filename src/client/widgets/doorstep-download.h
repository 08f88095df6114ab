/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-document.h"

G_BEGIN_DECLS

void doorstep_download_document (GtkWidget        *parent,
                                 DoorstepDocument *document);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Documents from one day to another, picked on two calendars, From and
 * To, whichever way round; "apply" shows them, "cancel" goes back. */

#define DOORSTEP_TYPE_RANGE_DIALOG (doorstep_range_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepRangeDialog, doorstep_range_dialog, DOORSTEP, RANGE_DIALOG, AdwMessageDialog)

GtkWidget *doorstep_range_dialog_new       (GtkWindow            *parent);
void       doorstep_range_dialog_get_range (DoorstepRangeDialog  *self,
                                            GDateTime           **first,
                                            GDateTime           **last);

G_END_DECLS

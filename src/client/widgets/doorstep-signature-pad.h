/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOORSTEP_TYPE_SIGNATURE_PAD (doorstep_signature_pad_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepSignaturePad, doorstep_signature_pad, DOORSTEP, SIGNATURE_PAD, GtkWidget)

GtkWidget *doorstep_signature_pad_new        (void);
gboolean   doorstep_signature_pad_is_empty   (DoorstepSignaturePad   *self);
void       doorstep_signature_pad_clear      (DoorstepSignaturePad   *self);
void       doorstep_signature_pad_add_stroke (DoorstepSignaturePad   *self,
                                              const graphene_point_t *points,
                                              guint                   n_points);
GBytes    *doorstep_signature_pad_to_png     (DoorstepSignaturePad   *self);

G_END_DECLS

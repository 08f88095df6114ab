/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The one way a form says what is wrong: a general message in its error
 * label, and each field's message beside that field. */

typedef struct _DoorstepForm DoorstepForm;

DoorstepForm *doorstep_form_new             (GtkLabel     *error_label);
void          doorstep_form_free            (DoorstepForm *self);
void          doorstep_form_add_field       (DoorstepForm *self,
                                             const char   *name,
                                             GtkWidget    *widget);
void          doorstep_form_set_field_error (DoorstepForm *self,
                                             const char   *name,
                                             const char   *message);
void          doorstep_form_set_error       (DoorstepForm *self,
                                             const char   *message);
void          doorstep_form_show_api_error  (DoorstepForm *self,
                                             const GError *error);
void          doorstep_form_clear_errors    (DoorstepForm *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DoorstepForm, doorstep_form_free)

G_END_DECLS

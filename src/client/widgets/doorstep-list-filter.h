/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One filter of a list page: its name in the API, its label, and how many
 * items it holds once the server has counted them. */

#define DOORSTEP_TYPE_LIST_FILTER (doorstep_list_filter_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepListFilter, doorstep_list_filter, DOORSTEP, LIST_FILTER, GObject)

DoorstepListFilter *doorstep_list_filter_new         (const char         *name,
                                                      const char         *label);
const char         *doorstep_list_filter_get_name    (DoorstepListFilter *self);
const char         *doorstep_list_filter_get_label   (DoorstepListFilter *self);
gboolean            doorstep_list_filter_get_counted (DoorstepListFilter *self);
guint               doorstep_list_filter_get_count   (DoorstepListFilter *self);
void                doorstep_list_filter_set_count   (DoorstepListFilter *self,
                                                      gboolean            counted,
                                                      guint               count);

G_END_DECLS

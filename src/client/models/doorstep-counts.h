/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How many items each filter of a list holds, by the filter's name, as a
 * list's counts endpoint answers: {"all": 7, "open": 3, …}. */
#define DOORSTEP_TYPE_COUNTS (doorstep_counts_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCounts, doorstep_counts, DOORSTEP, COUNTS, GObject)

DoorstepCounts *doorstep_counts_new_from_json (JsonObject      *object,
                                               GError         **error);
gboolean        doorstep_counts_lookup        (DoorstepCounts  *self,
                                               const char      *filter,
                                               guint           *count);

G_END_DECLS

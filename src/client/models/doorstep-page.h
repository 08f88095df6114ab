/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One page of a paginated list: its items and the cursor of the next. */
#define DOORSTEP_TYPE_PAGE (doorstep_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPage, doorstep_page, DOORSTEP, PAGE, GObject)

DoorstepPage *doorstep_page_new_from_json   (JsonObject    *object,
                                             GType          item_type,
                                             GError       **error);
GListModel   *doorstep_page_get_items       (DoorstepPage  *self);
const char   *doorstep_page_get_next_cursor (DoorstepPage  *self);

G_END_DECLS

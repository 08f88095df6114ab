/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Readers for JSON from the API: a member that is missing, null or of the
 * wrong type is %NULL (or the fallback), so nonsense from a server becomes
 * an error, never a crash. @object may be %NULL. A @member may be a path,
 * "total.amount_minor". */

JsonNode   *doorstep_json_get_node    (JsonObject *object,
                                       const char *member);
gboolean    doorstep_json_node_holds  (JsonNode   *node,
                                       GType       type);
const char *doorstep_json_get_string  (JsonObject *object,
                                       const char *member);
JsonObject *doorstep_json_get_object  (JsonObject *object,
                                       const char *member);
JsonArray  *doorstep_json_get_array   (JsonObject *object,
                                       const char *member);
gint64      doorstep_json_get_int     (JsonObject *object,
                                       const char *member,
                                       gint64      fallback);
gboolean    doorstep_json_get_boolean (JsonObject *object,
                                       const char *member,
                                       gboolean    fallback);
gboolean    doorstep_json_require     (gboolean    condition,
                                       const char *what,
                                       GError    **error);

G_END_DECLS

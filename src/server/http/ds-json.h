/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ds-error.h"
#include "ds-json-writer.h"

G_BEGIN_DECLS

/* Reading request bodies: a field error table maps a member name to the
 * message the app shows beside that field. */
JsonObject *ds_json_parse_body           (const char  *data,
                                          gsize        size,
                                          GError     **error);
const char *ds_json_get_string           (JsonObject  *object,
                                          const char  *member,
                                          GHashTable  *errors);
const char *ds_json_require_string       (JsonObject  *object,
                                          const char  *member,
                                          GHashTable  *errors,
                                          const char  *missing_message);

gboolean    ds_json_get_boolean          (JsonObject  *object,
                                          const char  *member,
                                          gboolean     default_value,
                                          GHashTable  *errors);

GBytes     *ds_base64_decode             (const char  *text);

/* Writing answers. */
void        ds_json_add_string           (DsJsonWriter *builder,
                                          const char  *member,
                                          const char  *value);
void        ds_json_add_int              (DsJsonWriter *builder,
                                          const char  *member,
                                          gint64       value);
void        ds_json_add_boolean          (DsJsonWriter *builder,
                                          const char  *member,
                                          gboolean     value);
void        ds_json_add_link             (DsJsonWriter *builder,
                                          const char  *member,
                                          const char  *id,
                                          const char  *name_key,
                                          const char  *name);
void        ds_json_add_money            (DsJsonWriter *builder,
                                          const char  *member,
                                          gint64       amount_minor,
                                          const char  *currency);

G_END_DECLS

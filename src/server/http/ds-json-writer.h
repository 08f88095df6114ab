/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes JSON text straight into one growing buffer, in the calls of a
 * JsonBuilder: an answer is written once, with no tree of nodes to build,
 * walk and free. Nesting is limited to DS_JSON_WRITER_DEPTH_MAX, more than
 * any answer of ours has. */

#define DS_JSON_WRITER_DEPTH_MAX 64

typedef struct _DsJsonWriter DsJsonWriter;

DsJsonWriter *ds_json_writer_new               (void);
void          ds_json_writer_free              (DsJsonWriter *writer);
char         *ds_json_writer_take_text         (DsJsonWriter *writer,
                                                gsize        *length);
void          ds_json_writer_begin_object      (DsJsonWriter *writer);
void          ds_json_writer_end_object        (DsJsonWriter *writer);
void          ds_json_writer_begin_array       (DsJsonWriter *writer);
void          ds_json_writer_end_array         (DsJsonWriter *writer);
void          ds_json_writer_set_member_name   (DsJsonWriter *writer,
                                                const char   *name);
void          ds_json_writer_add_string_value  (DsJsonWriter *writer,
                                                const char   *value);
void          ds_json_writer_add_int_value     (DsJsonWriter *writer,
                                                gint64        value);
void          ds_json_writer_add_boolean_value (DsJsonWriter *writer,
                                                gboolean      value);
void          ds_json_writer_add_null_value    (DsJsonWriter *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsJsonWriter, ds_json_writer_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-json.h"
#include "ds-tag-json.h"

void
ds_tag_json_write (DsJsonWriter *builder,
                   const DsTag  *tag)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", tag->id);
  ds_json_add_string (builder, "name", tag->name);
  ds_json_add_string (builder, "colour", tag->colour);
  ds_json_add_boolean (builder, "warns", tag->warns);
  ds_json_writer_end_object (builder);
}

/* @member as an array of @tags (%NULL for none). */
void
ds_tag_json_write_list (DsJsonWriter *builder,
                        const char   *member,
                        GPtrArray    *tags)
{
  ds_json_writer_set_member_name (builder, member);
  ds_json_writer_begin_array (builder);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    ds_tag_json_write (builder, g_ptr_array_index (tags, i));
  ds_json_writer_end_array (builder);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-json.h"
#include "ds-property-json.h"

void
ds_property_json_write (DsJsonWriter     *builder,
                        const DsProperty *property)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", property->id);
  ds_json_add_string (builder, "label", property->label);
  ds_json_writer_set_member_name (builder, "address");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "line1", property->address_line1);
  ds_json_add_string (builder, "line2", property->address_line2);
  ds_json_add_string (builder, "city", property->city);
  ds_json_add_string (builder, "region", property->region);
  ds_json_add_string (builder, "postal_code", property->postal_code);
  ds_json_writer_end_object (builder);
  ds_json_writer_set_member_name (builder, "year_built");
  if (property->has_year_built)
    ds_json_writer_add_int_value (builder, property->year_built);
  else
    ds_json_writer_add_null_value (builder);
  ds_json_add_string (builder, "building_details", property->building_details);
  ds_json_writer_end_object (builder);
}

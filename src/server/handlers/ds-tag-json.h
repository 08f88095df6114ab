/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-json-writer.h"
#include "ds-tag-store.h"

G_BEGIN_DECLS

/* A tag as every answer that shows one writes it: the tags list, a
 * customer's profile and the customers list's rows. */

void ds_tag_json_write      (DsJsonWriter *builder,
                             const DsTag  *tag);
void ds_tag_json_write_list (DsJsonWriter *builder,
                             const char   *member,
                             GPtrArray    *tags);

G_END_DECLS

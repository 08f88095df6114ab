/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-customer-store.h"
#include "ds-json-writer.h"

G_BEGIN_DECLS

/* A property as every answer that shows one writes it: the dashboard's
 * customer and the staff's pages of a customer's properties. */

void ds_property_json_write (DsJsonWriter     *builder,
                             const DsProperty *property);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-customer.h"
#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* The staff's customers, searched by name, email or phone ("q"). */
extern const DoorstepListEndpoint doorstep_customers_api_list;

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-customers-api.h"

const DoorstepListEndpoint doorstep_customers_api_list = {
  .path = "/customers",
  .item_type = doorstep_customer_get_type,
  .search_param = "q",
};

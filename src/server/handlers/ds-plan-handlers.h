/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

void     ds_write_job_links        (DsJsonWriter    *builder,
                                    const GPtrArray *links);

DsReply *ds_plans_list_handler     (DsCall *call, gpointer input, GError **error);
DsReply *ds_plans_get_handler      (DsCall *call, gpointer input, GError **error);
DsReply *ds_plans_contract_handler (DsCall *call, gpointer input, GError **error);

G_END_DECLS

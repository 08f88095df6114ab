/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-document-source.h"
#include "doorstep-equipment.h"
#include "doorstep-paged-list.h"
#include "doorstep-plan.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* A customer's warranties and service plans, active first; one plan in
 * full. Their equipment by property; one item with its history. */
extern const DoorstepListEndpoint doorstep_plans_api_list;
extern const DoorstepListEndpoint doorstep_plans_api_equipment;
extern const DoorstepDocumentSource doorstep_plans_api_contract;

void          doorstep_plans_api_get_async  (DoorstepScope       *scope,
                                             const char          *plan_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
DoorstepPlan *doorstep_plans_api_get_finish (DoorstepScope       *scope,
                                             GAsyncResult        *result,
                                             GError             **error);

void               doorstep_plans_api_get_equipment_async  (DoorstepScope       *scope,
                                                            const char          *equipment_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
DoorstepEquipment *doorstep_plans_api_get_equipment_finish (DoorstepScope       *scope,
                                                            GAsyncResult        *result,
                                                            GError             **error);

G_END_DECLS

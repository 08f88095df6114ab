/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-plans-api.h"

const DoorstepListEndpoint doorstep_plans_api_list = {
  .path = "/plans",
  .item_type = doorstep_plan_get_type,
};

const DoorstepListEndpoint doorstep_plans_api_equipment = {
  .path = "/equipment",
  .item_type = doorstep_equipment_get_type,
};

void
doorstep_plans_api_get_async (DoorstepScope       *scope,
                              const char          *plan_id,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/plans/%s", plan_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_PLAN);
  doorstep_api_call_send (call, doorstep_plans_api_get_async, cancellable, callback, user_data);
}

DoorstepPlan *
doorstep_plans_api_get_finish (DoorstepScope  *scope,
                               GAsyncResult   *result,
                               GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_plans_api_get_async, error);
}

void
doorstep_plans_api_get_equipment_async (DoorstepScope       *scope,
                                        const char          *equipment_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/equipment/%s", equipment_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_EQUIPMENT);
  doorstep_api_call_send (call, doorstep_plans_api_get_equipment_async, cancellable, callback, user_data);
}

DoorstepEquipment *
doorstep_plans_api_get_equipment_finish (DoorstepScope  *scope,
                                         GAsyncResult   *result,
                                         GError        **error)
{
  return doorstep_api_call_finish (scope, result, doorstep_plans_api_get_equipment_async, error);
}

static void
get_contract_async (DoorstepScope       *scope,
                    const char          *plan_id,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN | DOORSTEP_CALL_BINARY,
                                                 "/plans/%s/contract", plan_id);

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_send (call, get_contract_async, cancellable, callback, user_data);
}

static GBytes *
get_contract_finish (DoorstepScope  *scope,
                     GAsyncResult   *result,
                     GError        **error)
{
  return doorstep_api_call_finish (scope, result, get_contract_async, error);
}

const DoorstepDocumentSource doorstep_plans_api_contract = {
  .fetch_async = get_contract_async,
  .fetch_finish = get_contract_finish,
};

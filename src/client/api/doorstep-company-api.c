/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-company-api.h"

void
doorstep_company_api_get_async (DoorstepApiClient   *client,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (client, "GET", DOORSTEP_CALL_SIGNED_IN, "/company");

  doorstep_api_call_read_record (call, DOORSTEP_TYPE_COMPANY);
  doorstep_api_call_send (call, doorstep_company_api_get_async, cancellable, callback, user_data);
}

DoorstepCompany *
doorstep_company_api_get_finish (DoorstepApiClient  *client,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  return doorstep_api_call_finish (client, result, doorstep_company_api_get_async, error);
}

void
doorstep_company_api_get_dashboard_async (DoorstepScope       *scope,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  DoorstepApiCall *call = doorstep_api_call_new (doorstep_scope_get_client (scope), "GET",
                                                 DOORSTEP_CALL_SIGNED_IN, "/dashboard");

  doorstep_api_call_set_scope (call, scope);
  doorstep_api_call_read_record (call, DOORSTEP_TYPE_DASHBOARD);
  doorstep_api_call_send (call, doorstep_company_api_get_dashboard_async, cancellable, callback, user_data);
}

DoorstepDashboard *
doorstep_company_api_get_dashboard_finish (DoorstepScope  *scope,
                                           GAsyncResult   *result,
                                           GError        **error)
{
  return doorstep_api_call_finish (scope, result,
                                   doorstep_company_api_get_dashboard_async, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-api-client.h"
#include "doorstep-company.h"
#include "doorstep-dashboard.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The business, and a customer's summary of what they have with it. */

void               doorstep_company_api_get_async           (DoorstepApiClient   *client,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
DoorstepCompany   *doorstep_company_api_get_finish          (DoorstepApiClient   *client,
                                                             GAsyncResult        *result,
                                                             GError             **error);
void               doorstep_company_api_get_dashboard_async (DoorstepScope       *scope,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
DoorstepDashboard *doorstep_company_api_get_dashboard_finish (DoorstepScope      *scope,
                                                             GAsyncResult        *result,
                                                             GError             **error);

G_END_DECLS

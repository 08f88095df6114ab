/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "doorstep-scope.h"
#include "doorstep-service-request.h"

G_BEGIN_DECLS

/* A customer's requests for a job or a quote. */

void                    doorstep_requests_api_create_async  (DoorstepScope        *scope,
                                                             DoorstepRequestKind   kind,
                                                             const char           *service_type_id,
                                                             const char           *property_id,
                                                             const char           *description,
                                                             DoorstepTiming        timing,
                                                             const char           *idempotency_key,
                                                             GCancellable         *cancellable,
                                                             GAsyncReadyCallback   callback,
                                                             gpointer              user_data);
DoorstepServiceRequest *doorstep_requests_api_create_finish (DoorstepScope        *scope,
                                                             GAsyncResult         *result,
                                                             GError              **error);

G_END_DECLS

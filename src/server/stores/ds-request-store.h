/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* A customer's request for a job or a quote. */
typedef struct {
  char *id;
  char *customer_id;
  char *kind;
  char *service_type_id;
  char *service_type_name;
  char *property_id;
  char *property_label;
  char *description;
  char *preferred_timing;
  char *status;
  char *created_at;
} DsRequest;

/* What a new request says; the store adds its id, status and time. */
typedef struct {
  const char *customer_id;
  const char *property_id;
  const char *kind;
  const char *service_type_id;
  const char *description;
  const char *preferred_timing;
  const char *created_by;
} DsNewRequest;

char      *ds_request_store_create     (DsDb                *db,
                                        const DsNewRequest  *request,
                                        GError             **error);
DsRequest *ds_request_store_get        (DsDb                *db,
                                        const char          *request_id,
                                        GError             **error);
DsPage    *ds_request_store_list       (DsDb                *db,
                                        const char          *customer_id,
                                        const DsPageRequest *request,
                                        GError             **error);
gboolean   ds_request_store_count_open (DsDb                *db,
                                        const char          *customer_id,
                                        gint64              *count,
                                        GError             **error);

void       ds_request_free             (DsRequest           *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsRequest, ds_request_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "ds-db.h"

G_BEGIN_DECLS

/* The business itself: there is one, or none on a server not set up yet. */
typedef struct {
  char *name;
  char *phone;
  char *sms_phone;
  char *email;
  char *website;
  char *address_line1;
  char *address_line2;
  char *city;
  char *region;
  char *postal_code;
  char *country;
  char *timezone;
  char *currency;
  /* How long before a visit the customer may still ask to reschedule or
   * cancel it online. */
  guint notice_hours;
  /* The least a customer may pay towards an invoice when not paying all
   * of it; 0 when the business takes whole balances only. */
  gint64 partial_payment_minimum_minor;
  gboolean tips_allowed;
} DsCompany;

typedef struct {
  char *id;
  char *name;
} DsServiceType;

gboolean   ds_company_store_get                (DsDb        *db,
                                                DsCompany  **company,
                                                GError     **error);
DsCompany *ds_company_store_require            (DsDb        *db,
                                                GError     **error);
gboolean   ds_company_store_get_today          (DsDb        *db,
                                                char       **today,
                                                char       **currency,
                                                GError     **error);
GArray    *ds_company_store_list_hours         (DsDb        *db,
                                                GError     **error);
GPtrArray *ds_company_store_list_service_types (DsDb        *db,
                                                GError     **error);
gboolean   ds_company_store_has_service_type   (DsDb        *db,
                                                const char  *service_type_id,
                                                gboolean    *exists,
                                                GError     **error);

char      *ds_company_dup_today                (const DsCompany *company);
void       ds_company_free                     (DsCompany   *company);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsCompany, ds_company_free)

G_END_DECLS

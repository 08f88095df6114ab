/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

typedef struct {
  char     *id;
  char     *label;
  char     *address_line1;
  char     *address_line2;
  char     *city;
  char     *region;
  char     *postal_code;
  gboolean  has_year_built;
  gint64    year_built;
  char     *building_details;
} DsProperty;

/* A customer as the staff's list shows one. */
typedef struct {
  char   *id;
  char   *display_name;
  char   *customer_type;
  char   *email;
  char   *phone;
  char   *city;           /* of their first property */
  gint64  property_count;
  gint64  balance_due_minor;     /* on open invoices */
  gint64  lifetime_value_minor;  /* paid in all */
  char   *last_job_on;           /* the day of their last completed visit, or NULL */
} DsCustomerSummary;

/* The orders a page of the list may be asked in (sort=NAME, or -NAME). */
extern const DsListSorts ds_customer_list_sorts;

/* A customer's record as the staff's profile shows it. */
typedef struct {
  char   *id;
  char   *display_name;
  char   *first_name;
  char   *last_name;
  char   *company_name;
  char   *customer_type;
  char   *email;
  char   *phone;
  char   *created_at;
  gint64  property_count;
  gint64  version;        /* moved by every change (ds-customer-edit-store.c) */
  gboolean notifications; /* the business sends them notifications at all */
} DsCustomerProfile;

/* A customer as their portal knows them. */
typedef struct {
  char      *id;
  char      *display_name;
  GPtrArray *properties;  /* of DsProperty */
} DsCustomer;

gboolean  ds_customer_store_exists        (DsDb                *db,
                                           const char          *customer_id,
                                           gboolean            *exists,
                                           GError             **error);
DsPage   *ds_customer_store_list          (DsDb                *db,
                                           const char          *search,
                                           const char          *tag_id,
                                           const DsPageRequest *request,
                                           GError             **error);
DsCustomer *ds_customer_store_get         (DsDb                *db,
                                           const char          *customer_id,
                                           GError             **error);
DsCustomerProfile *ds_customer_store_get_profile (DsDb                *db,
                                                 const char          *customer_id,
                                                 GError             **error);
DsPage   *ds_customer_store_list_properties (DsDb                *db,
                                             const char          *customer_id,
                                             const DsPageRequest *request,
                                             GError             **error);
gboolean  ds_customer_store_owns_property (DsDb                *db,
                                           const char          *customer_id,
                                           const char          *property_id,
                                           gboolean            *owns,
                                           GError             **error);

void      ds_customer_free                (DsCustomer          *customer);
void      ds_customer_profile_free        (DsCustomerProfile   *profile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsCustomer, ds_customer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsCustomerProfile, ds_customer_profile_free)

G_END_DECLS

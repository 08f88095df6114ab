/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-job-store.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* Warranties and service plans the business sold a customer: what they
 * cover, for how long, and for a service plan the visits a plan year
 * includes and how many were used. A plan year runs from each
 * anniversary of the start. */

typedef struct {
  char *id;
  char *type;
  char *make;
  char *model;
  char *location;
} DsPlanEquipment;

typedef struct {
  char      *id;
  char      *kind;             /* "warranty", "service_plan" */
  char      *name;
  char      *property_id;
  char      *property_label;
  char      *starts_on;
  char      *ends_on;
  char      *renews_on;
  char      *cancelled_on;
  char      *currency;
  gboolean   has_price;
  gint64     price_minor;
  char      *billing_period;   /* "month", "year", or NULL */
  gint64     visits_per_year;
  /* worked out against the business's today */
  const char *status;          /* "active", "expired", "cancelled" */
  gint64     days_left;        /* 0 unless active */
  /* one plan's detail */
  char      *customer_name;
  char      *summary;
  char      *covered;
  char      *not_covered;
  char      *year_starts_on;   /* the plan year today is in */
  char      *year_ends_on;
  gint64     visits_used;      /* completed visits under it this plan year */
  char      *next_visit_due_on;
  GPtrArray *jobs;             /* DsJobLink, newest first */
  GPtrArray *equipment;        /* DsPlanEquipment */
} DsPlan;

DsPage   *ds_plan_store_list (DsDb                *db,
                              const char          *customer_id,
                              const char          *today,
                              const DsPageRequest *request,
                              GError             **error);
DsPlan   *ds_plan_store_require (DsDb             *db,
                                const char       *plan_id,
                                const char       *customer_id,
                                const char       *today,
                                GError          **error);
gboolean  ds_plan_store_get  (DsDb                *db,
                              const char          *plan_id,
                              const char          *customer_id,
                              const char          *today,
                              DsPlan             **plan,
                              GError             **error);
void      ds_plan_free       (DsPlan              *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsPlan, ds_plan_free)

G_END_DECLS

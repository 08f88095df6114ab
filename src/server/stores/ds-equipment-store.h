/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-job-store.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* A customer's equipment, per property: what it is, where, the warranty
 * covering it, and its maintenance: serviced last (the latest completed
 * visit of a job that touched it, else its installation), due next (that
 * plus its service interval). */

typedef struct {
  char *id;
  char *kind;
  char *name;
  char *ends_on;
} DsEquipmentPlan;

typedef struct {
  char       *id;
  char       *type;
  char       *make;
  char       *model;
  char       *serial_number;
  char       *installed_on;
  char       *location;
  char       *property_id;
  char       *property_label;
  gint64      service_interval_months;  /* 0: none set */
  char       *last_serviced_at;
  char       *warranty_id;              /* the active warranty covering it */
  char       *warranty_name;
  char       *warranty_ends_on;
  /* worked out against the business's today */
  char       *next_service_on;          /* NULL without an interval */
  gint64      days_until_service;       /* negative when overdue */
  /* one item's detail */
  GPtrArray  *jobs;                     /* DsJobLink, newest first */
  GPtrArray  *plans;                    /* DsEquipmentPlan */
} DsEquipment;

/* Due "soon": within this many days. */
#define DS_EQUIPMENT_DUE_SOON_DAYS 30

DsPage   *ds_equipment_store_list      (DsDb                *db,
                                        const char          *customer_id,
                                        const char          *property_id,
                                        const char          *today,
                                        const DsPageRequest *request,
                                        GError             **error);
DsEquipment *ds_equipment_store_require (DsDb              *db,
                                        const char        *equipment_id,
                                        const char        *customer_id,
                                        const char        *today,
                                        GError           **error);
const char *ds_equipment_get_maintenance_state (const DsEquipment *equipment);
gboolean  ds_equipment_store_get       (DsDb                *db,
                                        const char          *equipment_id,
                                        const char          *customer_id,
                                        const char          *today,
                                        DsEquipment        **equipment,
                                        GError             **error);
gboolean  ds_equipment_store_count_due (DsDb                *db,
                                        const char          *customer_id,
                                        const char          *today,
                                        gint64              *count,
                                        DsEquipment        **soonest,
                                        GError             **error);
void      ds_equipment_free            (DsEquipment         *equipment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsEquipment, ds_equipment_free)

G_END_DECLS

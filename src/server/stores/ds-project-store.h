/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-job-store.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* Projects: larger work in stages, each stage with its jobs. */

typedef struct {
  char      *id;
  char      *title;
  char      *status;       /* pending, in_progress, done */
  char      *starts_on;
  char      *ends_on;
  GPtrArray *jobs;         /* of DsJob, their visits in them; in a project's detail */
} DsStage;

typedef struct {
  char      *id;
  char      *title;
  char      *description;
  char      *status;       /* open, completed, cancelled */
  char      *property_id;
  char      *property_label;
  char      *quote_id;
  char      *quote_number;
  char      *created_at;
  guint      stage_count;
  guint      stages_done;
  GPtrArray *stages;       /* of DsStage, in order; in the detail only */
} DsProject;

DsPage    *ds_project_store_list    (DsDb                *db,
                                     const char          *customer_id,
                                     gboolean             open_only,
                                     const DsPageRequest *request,
                                     GError             **error);
gboolean   ds_project_store_get     (DsDb                *db,
                                     const char          *project_id,
                                     const char          *customer_id,
                                     DsProject          **project,
                                     GError             **error);
DsProject *ds_project_store_require (DsDb                *db,
                                     const char          *project_id,
                                     const char          *customer_id,
                                     GError             **error);

void       ds_project_free          (DsProject           *project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsProject, ds_project_free)

G_END_DECLS
